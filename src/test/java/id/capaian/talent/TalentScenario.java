package id.capaian.talent;

import id.capaian.evaluation.Predikat;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small agency for the talent tests. The line: the head of the office (kadis) above two heads of division (kabid and
 * a second kabid, {@code sideKabid}); kabid above the head of section (kasi); kasi above four staff members. An
 * administrator (AGENCY_ADMIN) and the agency head (AGENCY_HEAD) sit beside the line; someone of another agency is an
 * AGENCY_ADMIN there. Final annual evaluations are written straight into the evaluation tables for any year (a period
 * and an approved plan are made when missing): the talent module only reads them.
 */
final class TalentScenario {

    static final LocalDate TODAY = LocalDate.now(TalentManagement.JAKARTA);
    /** The last closed year: the 9-box period of the tests. */
    static final int YEAR = TODAY.getYear() - 1;

    final Agency agency;
    final Unit dinas;
    final Unit bidang;
    final Unit seksi;
    final Position kabidPosition;
    final Position target;
    final Employee kadis;
    final Employee kabid;
    final Employee sideKabid;
    final Employee kasi;
    final List<Employee> staff;
    final Employee admin;
    final Employee head;
    final Employee stranger;
    final Actor kadisActor;
    final Actor kabidActor;
    final Actor sideKabidActor;
    final Actor kasiActor;
    final List<Actor> staffActors;
    final Actor adminActor;
    final Actor headActor;
    final Actor strangerActor;

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    TalentScenario(TestData data, UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
        agency = data.agency();
        dinas = data.unit(agency, null, "Badan Kepegawaian dan Pengembangan SDM");
        bidang = data.unit(agency, dinas.id(), "Bidang Penilaian Kinerja");
        seksi = data.unit(agency, bidang.id(), "Subbidang Evaluasi Kinerja");
        Unit other = data.unit(agency, dinas.id(), "Bidang Mutasi");
        kabidPosition = data.position(agency, PositionKind.ADMINISTRATOR, "Kepala Bidang Mutasi");
        target = data.position(agency, PositionKind.ADMINISTRATOR, "Kepala Bidang Penilaian Kinerja");
        kadis = data.employee(agency, dinas, data.position(agency, PositionKind.JPT, "Kepala Badan"), null, "Bonar Panjaitan");
        kabid = data.employee(agency, bidang, data.position(agency, PositionKind.ADMINISTRATOR, "Plt. Kepala Bidang"),
                kadis, "Sondang Hutagalung");
        sideKabid = data.employee(agency, other, kabidPosition, kadis, "Marihot Sinaga");
        kasi = data.employee(agency, seksi, data.position(agency, PositionKind.PENGAWAS, "Kepala Subbidang"), kabid,
                "Rina Marpaung");
        Position analyst = data.position(agency, PositionKind.PELAKSANA, "Analis SDM Aparatur");
        staff = List.of(data.employee(agency, seksi, analyst, kasi, "Yohanes Sitorus"),
                data.employee(agency, seksi, analyst, kasi, "Dewi Lestari Nasution"),
                data.employee(agency, seksi, analyst, kasi, "Hotman Simanjuntak"),
                data.employee(agency, seksi, analyst, kasi, "Fitri Handayani"));
        admin = data.employee(agency, dinas, null, kadis, "Theresia Manurung");
        head = data.employee(agency, dinas, null, null, "Parlindungan Sihombing");
        Agency otherAgency = data.agency();
        stranger = data.employee(otherAgency, data.unit(otherAgency, null, "Dinas Lain"), null, null, "Ucok Siregar");
        for (Employee e : List.of(kadis, kabid, sideKabid, kasi)) {
            data.account(e);
        }
        staff.forEach(e -> data.account(e));
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(head, Role.EMPLOYEE, Role.AGENCY_HEAD);
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        kadisActor = actor(kadis);
        kabidActor = actor(kabid);
        sideKabidActor = actor(sideKabid);
        kasiActor = actor(kasi);
        staffActors = staff.stream().map(this::actor).toList();
        adminActor = actor(admin);
        headActor = actor(head);
        strangerActor = actor(stranger);
    }

    Actor actor(Employee e) {
        return (Actor) users.loadUserByUsername(e.nip());
    }

    static UserDetails user(Actor a) {
        return (UserDetails) a;
    }

    /** The period of a year (made when missing). */
    long period(int year) {
        return jdbc.sql("""
                INSERT INTO performance_period (agency_id, year, scheme, plan_deadline, opened_by)
                VALUES (:a, :y, 'QUARTERLY', :d, 'test')
                ON CONFLICT (agency_id, year) DO UPDATE SET year = EXCLUDED.year RETURNING id
                """).param("a", agency.id()).param("y", year).param("d", Date.valueOf(LocalDate.of(year, 1, 31)))
                .query(Long.class).single();
    }

    /** A final annual evaluation of the year with this predikat. */
    long finalEvaluation(Employee e, int year, Predikat predikat) {
        return evaluation(e, year, predikat, "FINAL");
    }

    /** An annual evaluation of the year that is rated but not final yet. */
    long ratedEvaluation(Employee e, int year, Predikat predikat) {
        return evaluation(e, year, predikat, "RATED");
    }

    private long evaluation(Employee e, int year, Predikat predikat, String status) {
        long period = period(year);
        long plan = jdbc.sql("""
                INSERT INTO performance_plan (agency_id, period_id, employee_id, unit_id, position_id, appraiser_id, status)
                VALUES (:a, :p, :e, :u, :pos, :ap, 'APPROVED') RETURNING id
                """).param("a", agency.id()).param("p", period).param("e", e.id()).param("u", e.unitId())
                .param("pos", e.positionId()).param("ap", e.appraiserId()).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period,
                                        predikat, final_predikat, status, finalised_at)
                VALUES (:a, :p, :plan, :e, :ap, :u, 'ANNUAL', 0, :pr, :pr, :s,
                        CASE WHEN :s = 'FINAL' THEN now() END) RETURNING id
                """).param("a", agency.id()).param("p", period).param("plan", plan).param("e", e.id())
                .param("ap", e.appraiserId()).param("u", e.unitId()).param("pr", predikat.name()).param("s", status)
                .query(Long.class).single();
    }

    PotentialForm potential(Employee e, String score, LocalDate on) {
        return new PotentialForm(e.nip(), new BigDecimal(score), PotentialMethod.ASSESSMENT_CENTER, on,
                "UPT Penilaian Kompetensi", null);
    }

    /** The id of a competency of the national dictionary. */
    long competency(String code) {
        return jdbc.sql("SELECT id FROM competency WHERE agency_id IS NULL AND code = :c").param("c", code)
                .query(Long.class).single();
    }

    void standard(Position position, String code, int level) {
        jdbc.sql("INSERT INTO position_competency (position_id, competency_id, agency_id, required_level) VALUES (:p, :c, :a, :l)")
                .param("p", position.id()).param("c", competency(code)).param("a", agency.id()).param("l", level).update();
    }

    void assessed(Employee e, String code, int level, LocalDate on) {
        jdbc.sql("""
                INSERT INTO competency_assessment (agency_id, employee_id, competency_id, level, assessed_on, method, recorded_by)
                VALUES (:a, :e, :c, :l, :d, 'ASSESSMENT_CENTER', 'test')
                """).param("a", agency.id()).param("e", e.id()).param("c", competency(code)).param("l", level)
                .param("d", Date.valueOf(on)).update();
    }

    void training(Employee e, int jp, String status, LocalDate completedOn) {
        jdbc.sql("""
                INSERT INTO training_enrolment (agency_id, employee_id, title, kind, jp, status, completed_on, verified_by, verified_at)
                VALUES (:a, :e, 'Pelatihan uji', 'E_LEARNING', :jp, :s, :d, 'test', CASE WHEN :s = 'VERIFIED' THEN now() END)
                """).param("a", agency.id()).param("e", e.id()).param("jp", jp).param("s", status)
                .param("d", Date.valueOf(completedOn)).update();
    }

    void qualification(Employee e, String level) {
        jdbc.sql("INSERT INTO employee_qualification (agency_id, employee_id, level) VALUES (:a, :e, :l)")
                .param("a", agency.id()).param("e", e.id()).param("l", level).update();
    }
}
