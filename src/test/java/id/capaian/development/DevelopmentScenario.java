package id.capaian.development;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A health office for the development tests: the head of the office (kadis, heading the Dinas unit) above the head of
 * a section (the appraiser, heading the section) with three analysts; a colleague of the analysts in the same section
 * under the same head; an administrator (BKPSDM), the agency head, and an administrator of another agency. The
 * analysts' position needs Komunikasi 3, Kerja Sama 3 and Pelayanan Publik 2; the head's needs Pengambilan
 * Keputusan 4.
 */
final class DevelopmentScenario {

    final Agency agency;
    final Unit dinas;
    final Unit seksi;
    final Position analyst;
    final Position headPosition;
    final Employee kadis;
    final Employee head;
    final List<Employee> staff = new ArrayList<>();
    final Employee admin;
    final Employee bupati;
    final Employee stranger;
    final Actor kadisActor;
    final Actor headActor;
    final List<Actor> staffActors = new ArrayList<>();
    final Actor adminActor;
    final Actor bupatiActor;
    final Actor strangerActor;
    final Map<String, Long> competency;

    private final JdbcClient jdbc;
    private final Map<Integer, Period> periods = new java.util.HashMap<>();

    DevelopmentScenario(TestData data, UserDetailsService users, CompetencyManagement competencies, JdbcClient jdbc) {
        this.jdbc = jdbc;
        agency = data.agency();
        dinas = data.unit(agency, null, "Dinas Kesehatan");
        seksi = data.unit(agency, dinas.id(), "Seksi Pelayanan Kesehatan Primer");
        analyst = data.position(agency, PositionKind.FUNGSIONAL, "Administrator Kesehatan Ahli Pertama");
        headPosition = data.position(agency, PositionKind.PENGAWAS, "Kepala Seksi Pelayanan Kesehatan Primer");
        kadis = data.employee(agency, dinas, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "Kepala Dinas");
        head = data.employee(agency, seksi, headPosition, kadis, "Kepala Seksi Yankes");
        for (int i = 1; i <= 4; i++) {
            staff.add(data.employee(agency, seksi, analyst, head, "Analis Yankes " + i));
        }
        admin = data.employee(agency, dinas, null, kadis, "Admin BKPSDM");
        bupati = data.employee(agency, dinas, null, null, "Sekretaris Daerah");
        Agency other = data.agency();
        stranger = data.employee(other, data.unit(other, null, "Dinas Lain"), null, null, "Pegawai Instansi Lain");
        data.account(kadis);
        data.account(head);
        staff.forEach(s -> data.account(s));
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(bupati, Role.EMPLOYEE, Role.AGENCY_HEAD);
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        kadisActor = (Actor) users.loadUserByUsername(kadis.nip());
        headActor = (Actor) users.loadUserByUsername(head.nip());
        staff.forEach(s -> staffActors.add((Actor) users.loadUserByUsername(s.nip())));
        adminActor = (Actor) users.loadUserByUsername(admin.nip());
        bupatiActor = (Actor) users.loadUserByUsername(bupati.nip());
        strangerActor = (Actor) users.loadUserByUsername(stranger.nip());
        jdbc.sql("UPDATE org_unit SET head_employee_id = :h WHERE id = :u").param("h", kadis.id()).param("u", dinas.id()).update();
        jdbc.sql("UPDATE org_unit SET head_employee_id = :h WHERE id = :u").param("h", head.id()).param("u", seksi.id()).update();
        competency = new java.util.HashMap<>();
        competencies.dictionary(Actor.system(), agency.id(), true).forEach(c -> competency.put(c.code(), c.id()));
        competencies.setStandard(adminActor, agency.id(), analyst.id(), Map.of(competency.get("KOMUNIKASI"), 3,
                competency.get("KERJA_SAMA"), 3, competency.get("PELAYANAN_PUBLIK"), 2));
        competencies.setStandard(adminActor, agency.id(), headPosition.id(), Map.of(competency.get("PENGAMBILAN_KEPUTUSAN"), 4));
    }

    /** The colleague of the analysts: same section, same appraiser, no rights over them. */
    Actor colleague() {
        return staffActors.get(3);
    }

    long id(String code) {
        return competency.get(code);
    }

    /**
     * A final annual evaluation of the employee for {@code year} with two results, the first rated below expectation:
     * a draft plan through the planning service, the evaluation rows written straight into the tables.
     */
    long finalEvaluation(PeriodManagement periods, PlanManagement planning, Employee employee, Actor owner, int year,
            String below, String asExpected) {
        Period period = this.periods.computeIfAbsent(year,
                y -> periods.open(adminActor, agency.id(), new PeriodForm(y, SubPeriodScheme.QUARTERLY, null)));
        Plan plan = planning.create(owner, agency.id(), period.id(), employee.id());
        PlannedResult r1 = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA, below, null, null));
        PlannedResult r2 = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.TAMBAHAN, asExpected, null, null));
        long evaluation = jdbc.sql("""
                INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period,
                                        result_rating, behaviour_rating, predikat, final_predikat, status, finalised_at)
                VALUES (:a, :p, :plan, :e, :ap, :u, 'ANNUAL', 0, 'DIBAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI',
                        'BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN', 'FINAL', now()) RETURNING id
                """).param("a", agency.id()).param("p", period.id()).param("plan", plan.id()).param("e", employee.id())
                .param("ap", employee.appraiserId()).param("u", employee.unitId()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO evaluation_result (evaluation_id, result_id, agency_id, rating) VALUES
                (:ev, :r1, :a, 'DIBAWAH_EKSPEKTASI'), (:ev, :r2, :a, 'SESUAI_EKSPEKTASI')
                """).param("ev", evaluation).param("r1", r1.id()).param("r2", r2.id()).param("a", agency.id()).update();
        return evaluation;
    }

    /** An open coaching plan of the employee (as finalising proposes it), written straight into the table. */
    long coachingPlan(Employee employee, Long evaluationId, String goals, String status) {
        return jdbc.sql("""
                INSERT INTO coaching_plan (agency_id, employee_id, evaluation_id, coach_id, goals, status)
                VALUES (:a, :e, :ev, :c, :g, :s) RETURNING id
                """).param("a", agency.id()).param("e", employee.id()).param("ev", evaluationId)
                .param("c", employee.appraiserId()).param("g", goals).param("s", status).query(Long.class).single();
    }

    /** A catalogue training of the competency, written straight into the catalogue table. */
    long training(String code, String title, long competencyId, int jp) {
        return jdbc.sql("""
                INSERT INTO training (agency_id, code, title, kind, jp, competency_id) VALUES (:a, :c, :t, 'E_LEARNING', :jp, :comp)
                RETURNING id
                """).param("a", agency.id()).param("c", code).param("t", title).param("jp", jp).param("comp", competencyId)
                .query(Long.class).single();
    }
}
