package id.capaian.evaluation.documents;

import id.capaian.evaluation.EvaluationForm;
import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitGrade;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.planning.Aspect;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A copy of the evaluation tests' scenario for the documents tests (with the steps they share at the end).
 * A health office for the evaluation tests: the head of the office (kadis, head of the Dinas unit) above the head
 * of a section (the appraiser, a functional Ahli Pertama) with four staff members; an administrator, the agency
 * head, and someone of another agency. Plans of the last closed-out year are approved (quarterly scheme), each
 * with one main result of two indicators and one additional result, with realisations written straight into
 * the table for the past quarters.
 */
final class DocumentScenario {

    final Agency agency;
    final Unit dinas;
    final Unit seksi;
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
    final Period period;
    final Map<Long, Plan> plans = new HashMap<>();

    private final PlanManagement planning;
    private final JdbcClient jdbc;

    DocumentScenario(TestData data, UserDetailsService users, PeriodManagement periods, PlanManagement planning,
            JdbcClient jdbc, int year) {
        this.planning = planning;
        this.jdbc = jdbc;
        agency = data.agency();
        dinas = data.unit(agency, null, "Dinas Kesehatan");
        seksi = data.unit(agency, dinas.id(), "Seksi Pelayanan Kesehatan Primer");
        kadis = data.employee(agency, dinas, data.position(agency, PositionKind.JPT, "Kepala Dinas"), null, "Kepala Dinas Kesehatan");
        head = data.employee(agency, seksi, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog Kesehatan Ahli Pertama"),
                kadis, "Kepala Seksi Yankes");
        for (int i = 1; i <= 4; i++) {
            staff.add(data.employee(agency, seksi, null, head, "Staf Yankes " + i));
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
        period = periods.open(adminActor, agency.id(), new PeriodForm(year, SubPeriodScheme.QUARTERLY, null));
        approve(headActor, kadisActor, null);
        long headResult = plans.get(head.id()).results().get(0).id();
        staffActors.forEach(s -> approve(s, headActor, headResult));
        // heads are set once the plans are approved (a head's main result would otherwise have to point at an IKU)
        jdbc.sql("UPDATE org_unit SET head_employee_id = :h WHERE id = :u").param("h", kadis.id()).param("u", dinas.id()).update();
        jdbc.sql("UPDATE org_unit SET head_employee_id = :h WHERE id = :u").param("h", head.id()).param("u", seksi.id()).update();
    }

    private void approve(Actor owner, Actor appraiser, Long parentResultId) {
        Plan plan = planning.create(owner, agency.id(), period.id(), owner.employeeId());
        PlannedResult r = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Meningkatnya cakupan pelayanan kesehatan ibu hamil", parentResultId, null));
        planning.addIndicator(owner, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Ibu hamil mendapat pelayanan K4",
                new BigDecimal("100"), "orang", Direction.HIGHER));
        planning.addIndicator(owner, agency.id(), r.id(), IndicatorForm.number(Aspect.KUALITAS, "Laporan tanpa revisi",
                new BigDecimal("100"), "persen", Direction.HIGHER));
        PlannedResult extra = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.TAMBAHAN,
                "Terlaksananya penyuluhan gizi", null, null));
        planning.addIndicator(owner, agency.id(), extra.id(), IndicatorForm.number(Aspect.KUANTITAS, "Penyuluhan",
                new BigDecimal("10"), "kali", Direction.HIGHER));
        planning.submit(owner, agency.id(), plan.id());
        Plan approved = planning.approve(appraiser, agency.id(), plan.id());
        plans.put(owner.employeeId(), approved);
    }

    /**
     * Rates everyone of the Dinas for the year and finalises it with grade BAIK: the section head (a functional Ahli
     * Pertama) BAIK by kadis; staff 1 and 2 BAIK, staff 3 BUTUH_PERBAIKAN, staff 4 SANGAT_BAIK by the head
     * (3 of 5 BAIK and one below expectation: the BAIK curve is kept).
     */
    void rateAndFinalise(EvaluationManagement evaluations, CalibrationManagement calibration) {
        rateYear(evaluations);
        calibration.setGrade(kadisActor, agency.id(), period.id(), dinas.id(), UnitGrade.BAIK, "Capaian IKU sesuai target");
        calibration.finaliseUnit(kadisActor, agency.id(), period.id(), dinas.id());
    }

    void rateYear(EvaluationManagement evaluations) {
        Plan headPlan = plan(headActor);
        evaluations.rate(kadisActor, agency.id(), headPlan.id(), 0,
                form(headPlan, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, "sesuai", 0));
        Rating[] results = {Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI};
        for (int i = 0; i < 4; i++) {
            Plan p = plan(staffActors.get(i));
            evaluations.rate(headActor, agency.id(), p.id(), 0, form(p, results[i],
                    results[i] == Rating.DIATAS_EKSPEKTASI ? Rating.DIATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI, "alasan penilaian", 0));
        }
    }

    /**
     * Marks the agency's queued documents as queued just now for the next hour, so that the scheduled worker (which
     * leaves fresh rows to settle) does not render them while a test looks at the queue; the tests render them with
     * {@code DocumentWorker.renderAll}, which takes any queued row.
     */
    void holdQueue() {
        jdbc.sql("UPDATE evaluation_document SET queued_at = now() + interval '1 hour' WHERE agency_id = :a AND status = 'QUEUED'")
                .param("a", agency.id()).update();
    }

    Plan plan(Actor owner) {
        return plans.get(owner.employeeId());
    }

    /** Writes the realised value of every indicator of the plan's result {@code index} for the quarter. */
    void realise(Plan plan, int resultIndex, int quarter, String value) {
        for (var i : plan.results().get(resultIndex).indicators()) {
            jdbc.sql("""
                    INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, recorded_by)
                    VALUES (:a, :p, :i, :q, :v, 'test')
                    ON CONFLICT (indicator_id, sub_period) DO UPDATE SET value = excluded.value
                    """).param("a", agency.id()).param("p", plan.id()).param("i", i.id()).param("q", quarter)
                    .param("v", new BigDecimal(value)).update();
        }
    }

    /** A complete form: every RHK and value with the given ratings, and the overall ratings. */
    static EvaluationForm form(Plan plan, Rating results, Rating behaviour, String reason, int version) {
        Map<Long, Rating> perResult = new HashMap<>();
        plan.results().forEach(r -> perResult.put(r.id(), results));
        Map<BerakhlakValue, Rating> values = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue v : BerakhlakValue.values()) {
            values.put(v, behaviour);
        }
        return new EvaluationForm(perResult, Map.of(), results, reason, values, Map.of(), behaviour, reason, 12, version);
    }
}
