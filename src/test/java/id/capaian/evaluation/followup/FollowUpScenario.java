package id.capaian.evaluation.followup;

import static id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI;
import static id.capaian.evaluation.Rating.DIBAWAH_EKSPEKTASI;
import static id.capaian.evaluation.Rating.SESUAI_EKSPEKTASI;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationForm;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A copy of the evaluation tests' health office (id.capaian.evaluation.EvaluationScenario), with people's own names so
 * that a page can be searched for them: the head of the office (kadis) above the head of a section (the appraiser, a
 * functional Ahli Pertama) with four staff members; an administrator (with a plan of her own in the Dinas itself),
 * the agency head, and someone of another agency. Plans of the year are approved. Two small top-level units (2 and
 * 3 people) can be added, rated and finalised for the public page.
 */
final class FollowUpScenario {

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
    /** Everyone of the agency (and the stranger), for looking for names and NIPs on a page. */
    final List<Employee> everyone = new ArrayList<>();

    private static final String[] STAFF = {"Rina Marpaung", "Yohanes Sitorus", "Dewi Lestari Nasution", "Hotman Simanjuntak"};

    private final TestData data;
    private final UserDetailsService users;
    private final PlanManagement planning;
    private final JdbcClient jdbc;

    FollowUpScenario(TestData data, UserDetailsService users, PeriodManagement periods, PlanManagement planning,
            JdbcClient jdbc, int year) {
        this.data = data;
        this.users = users;
        this.planning = planning;
        this.jdbc = jdbc;
        agency = data.agency();
        dinas = data.unit(agency, null, "Dinas Kesehatan");
        seksi = data.unit(agency, dinas.id(), "Seksi Pelayanan Kesehatan Primer");
        kadis = data.employee(agency, dinas, data.position(agency, PositionKind.JPT, "Kepala Dinas"), null, "Bonar Panjaitan");
        head = data.employee(agency, seksi, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog Kesehatan Ahli Pertama"),
                kadis, "Sondang Hutagalung");
        for (String name : STAFF) {
            staff.add(data.employee(agency, seksi, null, head, name));
        }
        admin = data.employee(agency, dinas, null, kadis, "Theresia Manurung");
        bupati = data.employee(agency, dinas, null, null, "Parlindungan Sihombing");
        Agency other = data.agency();
        stranger = data.employee(other, data.unit(other, null, "Dinas Lain"), null, null, "Ucok Siregar");
        everyone.addAll(List.of(kadis, head, admin, bupati, stranger));
        everyone.addAll(staff);
        data.account(kadis);
        data.account(head);
        staff.forEach(s -> data.account(s));
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(bupati, Role.EMPLOYEE, Role.AGENCY_HEAD);
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        kadisActor = actor(kadis);
        headActor = actor(head);
        staff.forEach(s -> staffActors.add(actor(s)));
        adminActor = actor(admin);
        bupatiActor = actor(bupati);
        strangerActor = actor(stranger);
        period = periods.open(adminActor, agency.id(), new PeriodForm(year, SubPeriodScheme.QUARTERLY, null));
        approve(headActor, kadisActor, null);
        long headResult = plans.get(head.id()).results().get(0).id();
        staffActors.forEach(s -> approve(s, headActor, headResult));
        approve(adminActor, kadisActor, null);
        // heads are set once the plans are approved (a head's main result would otherwise have to point at an IKU)
        setHead(dinas, kadis);
        setHead(seksi, head);
    }

    Actor actor(Employee e) {
        return (Actor) users.loadUserByUsername(e.nip());
    }

    UserDetails user(Actor a) {
        return (UserDetails) a;
    }

    private void setHead(Unit unit, Employee e) {
        jdbc.sql("UPDATE org_unit SET head_employee_id = :h WHERE id = :u").param("h", e.id()).param("u", unit.id()).update();
    }

    private void approve(Actor owner, Actor appraiser, Long parentResultId) {
        Plan plan = planning.create(owner, agency.id(), period.id(), owner.employeeId());
        PlannedResult r = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Meningkatnya cakupan pelayanan kesehatan ibu hamil", parentResultId, null));
        planning.addIndicator(owner, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Ibu hamil mendapat pelayanan K4",
                new BigDecimal("100"), "orang", Direction.HIGHER));
        PlannedResult extra = planning.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.TAMBAHAN,
                "Terlaksananya penyuluhan gizi", null, null));
        planning.addIndicator(owner, agency.id(), extra.id(), IndicatorForm.number(Aspect.KUANTITAS, "Penyuluhan",
                new BigDecimal("10"), "kali", Direction.HIGHER));
        planning.submit(owner, agency.id(), plan.id());
        Plan approved = planning.approve(appraiser, agency.id(), plan.id());
        plans.put(owner.employeeId(), approved);
    }

    Plan plan(Actor owner) {
        return plans.get(owner.employeeId());
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

    private void rate(EvaluationManagement evaluations, Actor appraiser, Actor owner, Rating results, Rating behaviour) {
        evaluations.rate(appraiser, agency.id(), plan(owner).id(), 0, form(plan(owner), results, behaviour, "alasan penilaian", 0));
    }

    /**
     * Rates the section (the head BAIK; staff 0 below expectation: BUTUH_PERBAIKAN, staff 1 and 2 BAIK, staff 3
     * SANGAT_BAIK), grades it BAIK (the spread fits) and finalises it. The administrator in the Dinas itself is rated
     * (BAIK) but stays RATED: the Dinas has no grade.
     */
    void finaliseSection(EvaluationManagement evaluations, CalibrationManagement calibration) {
        rateAll(evaluations);
        calibration.setGrade(headActor, agency.id(), period.id(), seksi.id(), UnitGrade.BAIK, "Capaian seksi sesuai target");
        calibration.finaliseUnit(headActor, agency.id(), period.id(), seksi.id());
    }

    /** Rates everyone as {@link #finaliseSection} does, without grading or finalising. */
    void rateAll(EvaluationManagement evaluations) {
        rate(evaluations, kadisActor, headActor, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);
        rate(evaluations, headActor, staffActors.get(0), DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI);
        rate(evaluations, headActor, staffActors.get(1), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);
        rate(evaluations, headActor, staffActors.get(2), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);
        rate(evaluations, headActor, staffActors.get(3), DIATAS_EKSPEKTASI, DIATAS_EKSPEKTASI);
        rate(evaluations, kadisActor, adminActor, DIATAS_EKSPEKTASI, DIATAS_EKSPEKTASI);
    }

    /**
     * A small top-level unit of {@code size} people (a head under the agency head, the rest under the head), all
     * approved, rated as expected (BAIK), graded ISTIMEWA by the agency head and finalised.
     */
    Unit smallUnit(EvaluationManagement evaluations, CalibrationManagement calibration, String name, String... people) {
        return smallUnit(evaluations, calibration, null, name, people);
    }

    /** The same below {@code parentId}. */
    Unit smallUnit(EvaluationManagement evaluations, CalibrationManagement calibration, Long parentId, String name, String... people) {
        Unit unit = data.unit(agency, parentId, name);
        Employee unitHead = data.employee(agency, unit, null, bupati, people[0]);
        data.account(unitHead);
        Actor headOfUnit = actor(unitHead);
        everyone.add(unitHead);
        approve(headOfUnit, bupatiActor, null);
        List<Actor> members = new ArrayList<>();
        for (int i = 1; i < people.length; i++) {
            Employee e = data.employee(agency, unit, null, unitHead, people[i]);
            data.account(e);
            everyone.add(e);
            Actor a = actor(e);
            approve(a, headOfUnit, plan(headOfUnit).results().get(0).id());
            members.add(a);
        }
        setHead(unit, unitHead);
        rate(evaluations, bupatiActor, headOfUnit, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);
        members.forEach(a -> rate(evaluations, headOfUnit, a, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
        calibration.setGrade(bupatiActor, agency.id(), period.id(), unit.id(), UnitGrade.ISTIMEWA, null);
        calibration.finaliseUnit(bupatiActor, agency.id(), period.id(), unit.id());
        return unit;
    }
}
