package id.capaian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.capaian.demo.DemoPlan.Featured;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.Direction;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PeriodStatus;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanEvent;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlanSummary;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.TargetKind;
import id.capaian.planning.UnitAgreement;
import id.capaian.planning.UnitIndicator;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo plans as the demo profile loads them at start-up, in the same database (and the same application
 * context) as {@link DemoDataIntegrationTests}, so the demo is loaded once for both.
 */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
@ExtendWith(OutputCaptureExtension.class)
class DemoPlanningIntegrationTests {

    private static final Actor SYSTEM = Actor.system();
    private static final Set<String> OPD = Set.of("SETDA", "BKPSDM", "DINKES", "DISDIK", "DUKCAPIL");

    @Autowired AgencyManagement agencies;
    @Autowired UnitManagement units;
    @Autowired EmployeeManagement employees;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;
    @Autowired DemoDataLoader loader;
    @Autowired JdbcClient jdbc;

    private final DemoPlan plan = DemoPlan.create();

    private long agencyId() {
        return agencies.findByCode(DemoPlan.AGENCY_CODE).orElseThrow().id();
    }

    private Period period(int year) {
        return periods.list(SYSTEM, agencyId()).stream().filter(p -> p.year() == year).findFirst().orElseThrow();
    }

    private Map<String, Unit> unitsByCode() {
        return units.tree(SYSTEM, agencyId(), true).stream().map(UnitManagement.TreeRow::unit)
                .collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    private List<PlanSummary> all(Period period, PlanStatus status) {
        List<PlanSummary> out = new ArrayList<>();
        for (int page = 0;; page++) {
            var result = plans.list(SYSTEM, agencyId(), period.id(),
                    new PlanManagement.Filter(null, status, null, null, page, 200));
            out.addAll(result.content());
            if (out.size() >= result.totalElements() || result.content().isEmpty()) {
                return out;
            }
        }
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void theCurrentYearIsOpenMonthlyAndThePreviousYearClosedWithApprovedPlans() {
        Period current = period(DemoPlanning.YEAR);
        assertThat(current.status()).isEqualTo(PeriodStatus.OPEN);
        assertThat(current.scheme()).isEqualTo(SubPeriodScheme.MONTHLY);
        assertThat(current.planDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(periods.current(SYSTEM, agencyId())).contains(current);

        Period previous = period(DemoPlanning.PREVIOUS_YEAR);
        assertThat(previous.status()).isEqualTo(PeriodStatus.CLOSED);
        List<PlanSummary> history = all(previous, null);
        assertThat(history).hasSizeBetween(5, 20)
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(PlanStatus.APPROVED));
        assertThat(agreements.list(SYSTEM, agencyId(), previous.id())).hasSize(OPD.size())
                .allSatisfy(a -> assertThat(a.signed()).isTrue());
        // history carries the dates of its year, and cannot be changed any more
        PlanSummary one = history.get(0);
        assertThat(one.approvedAt().atZone(ZoneId.of("Asia/Jakarta")).getYear()).isEqualTo(2025);
        Employee owner = employees.get(SYSTEM, agencyId(), one.employeeId());
        Actor ownerActor = (Actor) users.loadUserByUsername(owner.nip());
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> plans.addResult(
                ownerActor, agencyId(), one.id(), new ResultForm(ResultKind.TAMBAHAN, "Tambahan", null, null)));
        assertThat(refused.problems()).extracting(Problem::code).contains("period.error.closed");
    }

    @Test
    void everyOpdHasASignedAgreementWithRealisticIkuAndSomeSubUnitsADraft() {
        Map<String, Unit> byCode = unitsByCode();
        Map<Long, String> codeOf = byCode.values().stream().collect(Collectors.toMap(Unit::id, Unit::code));
        List<UnitAgreement> list = agreements.list(SYSTEM, agencyId(), period(DemoPlanning.YEAR).id());
        Map<String, UnitAgreement> byUnit = list.stream()
                .collect(Collectors.toMap(a -> codeOf.get(a.unitId()), Function.identity()));
        for (String opd : OPD) {
            UnitAgreement a = byUnit.get(opd);
            assertThat(a).as(opd).isNotNull();
            assertThat(a.signed()).isTrue();
            assertThat(a.signedBy()).isEqualTo(byCode.get(opd).headEmployeeId());
            assertThat(a.indicators()).hasSizeBetween(3, 4);
        }
        assertThat(list).filteredOn(a -> !a.signed()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(a -> assertThat(codeOf.get(a.unitId())).contains("."));
        assertThat(byUnit.get("DINKES").indicators()).extracting(UnitIndicator::name)
                .contains("Cakupan imunisasi dasar lengkap", "Indeks kepuasan masyarakat puskesmas",
                        "Persentase puskesmas terakreditasi");
        UnitIndicator turnaround = byUnit.get("DUKCAPIL").indicators().get(0);
        assertThat(turnaround.name()).isEqualTo("Rata-rata waktu penyelesaian dokumen kependudukan");
        assertThat(turnaround.direction()).isEqualTo(Direction.LOWER);
        assertThat(turnaround.targetDescription()).isEqualTo("1 hari");
        assertThat(byUnit.get("BKPSDM").indicators()).extracting(UnitIndicator::name)
                .contains("Persentase ASN yang SKP-nya ditetapkan tepat waktu");
    }

    @Test
    void everyStateOccursInRoughlyTheWantedShare() {
        Period current = period(DemoPlanning.YEAR);
        int people = employees.activeInAgency(SYSTEM, agencyId()).size();
        Map<PlanStatus, Integer> counts = new HashMap<>();
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s, all(current, s).size());
        }
        int withPlan = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(counts.get(PlanStatus.APPROVED) * 100 / people).isBetween(65, 75);
        assertThat(counts.get(PlanStatus.SUBMITTED) * 100 / people).isBetween(8, 12);
        assertThat(counts.get(PlanStatus.RETURNED) * 100 / people).isBetween(4, 7);
        assertThat(counts.get(PlanStatus.DRAFT) * 100 / people).isBetween(6, 10);
        assertThat((people - withPlan) * 100 / people).isBetween(4, 7);

        // nobody without a plan appraises anyone, so the gaps are at the leaves of the cascade
        Set<Long> planned = all(current, null).stream().map(PlanSummary::employeeId).collect(Collectors.toSet());
        for (Employee e : employees.activeInAgency(SYSTEM, agencyId())) {
            if (!planned.contains(e.id())) {
                assertThat(employees.appraisees(SYSTEM, agencyId(), e.id())).as(e.displayName()).isEmpty();
            }
        }
        // returned plans say why
        assertThat(all(current, PlanStatus.RETURNED)).allSatisfy(s -> assertThat(
                plans.get(SYSTEM, agencyId(), s.id()).returnedReason()).isNotBlank());
    }

    @Test
    void everyApprovedPlanIsCompleteAndLinkedUpTheCascade() {
        Period current = period(DemoPlanning.YEAR);
        List<PlanSummary> approved = all(current, PlanStatus.APPROVED);
        assertThat(approved).hasSizeGreaterThan(200);
        for (PlanSummary s : approved) {
            Plan p = plans.get(SYSTEM, agencyId(), s.id());
            assertThat(plans.readiness(SYSTEM, agencyId(), s.id())).as(p.employeeName()).isEmpty();
            assertThat(p.results(ResultKind.UTAMA)).as(p.employeeName()).hasSizeBetween(2, 5)
                    .anyMatch(PlannedResult::linked);
            assertThat(p.results(ResultKind.TAMBAHAN)).hasSizeLessThanOrEqualTo(1);
            assertThat(p.appraiserId()).isNotNull();
            assertThat(p.behaviours()).hasSize(7);
            assertThat(p.resourceSupport()).isNotBlank();
            assertThat(p.accountability()).isNotBlank();
            assertThat(p.consequences()).isNotBlank();
            assertThat(p.results()).allSatisfy(r -> {
                assertThat(r.indicators()).hasSizeBetween(1, 4);
                assertThat(r.actions()).isNotEmpty();
            });
        }
        List<PlanEvent> history = plans.history(SYSTEM, agencyId(), approved.get(0).id());
        assertThat(history).extracting(PlanEvent::action).startsWith("CREATED").contains("SUBMITTED", "APPROVED");
    }

    @Test
    void headsOfTheOpdLinkToTheirUnitsIkuAndEveryoneElseToTheirAppraisersResults() {
        Period current = period(DemoPlanning.YEAR);
        long agency = agencyId();
        Map<String, Unit> byCode = unitsByCode();
        Map<Long, Employee> people = employees.activeInAgency(SYSTEM, agency).stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));
        Map<Long, Long> opdOfHead = new HashMap<>();
        OPD.forEach(code -> opdOfHead.put(byCode.get(code).headEmployeeId(), byCode.get(code).id()));

        record Link(long employeeId, String kind, Long parentOwner, Long ikuUnit) {
        }
        List<Link> links = jdbc.sql("""
                SELECT p.employee_id, r.kind, pp.employee_id AS parent_owner, a.unit_id AS iku_unit
                FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id
                LEFT JOIN planned_result pr ON pr.id = r.parent_result_id
                LEFT JOIN performance_plan pp ON pp.id = pr.plan_id
                LEFT JOIN unit_indicator ui ON ui.id = r.unit_indicator_id
                LEFT JOIN unit_agreement a ON a.id = ui.agreement_id
                WHERE p.period_id = :period
                """).param("period", current.id())
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        (Long) rs.getObject(4))).list();
        assertThat(links).hasSizeGreaterThan(600);
        Set<Long> headsLinkedToIku = new HashSet<>();
        for (Link l : links) {
            if (l.kind().equals("TAMBAHAN")) {
                continue;
            }
            Employee e = people.get(l.employeeId());
            if (opdOfHead.containsKey(e.id())) {
                assertThat(l.ikuUnit()).as(e.displayName()).isEqualTo(opdOfHead.get(e.id()));
                headsLinkedToIku.add(e.id());
            } else {
                assertThat(l.ikuUnit()).as(e.displayName()).isNull();
                assertThat(l.parentOwner()).as(e.displayName() + " contributes to the appraiser's result")
                        .isEqualTo(e.appraiserId());
            }
        }
        assertThat(headsLinkedToIku).containsExactlyInAnyOrderElementsOf(opdOfHead.keySet());

        // a superior result that nobody contributes to (shown as a gap in the cascade)
        long orphans = jdbc.sql("""
                SELECT count(*) FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id
                WHERE p.period_id = :period AND r.kind = 'UTAMA'
                  AND EXISTS (SELECT 1 FROM employee s WHERE coalesce(s.appraiser_id, s.superior_id) = p.employee_id)
                  AND NOT EXISTS (SELECT 1 FROM planned_result c WHERE c.parent_result_id = r.id)
                """).param("period", current.id()).query(Long.class).single();
        assertThat(orphans).isPositive();
    }

    @Test
    void everyLinkAndTargetIsOneTheServicesAccept() {
        // the content of the current year is written in batches: it must be what PlanManagement would accept
        long agency = agencyId();
        for (PlanSummary s : all(period(DemoPlanning.YEAR), null)) {
            Plan p = plans.get(SYSTEM, agency, s.id());
            PlanManagement.Candidates candidates = plans.candidates(SYSTEM, agency, s.id());
            Set<Long> parents = candidates.superiorResults().stream().map(PlannedResult::id).collect(Collectors.toSet());
            Set<Long> ikus = candidates.unitIndicators().stream().map(UnitIndicator::id).collect(Collectors.toSet());
            for (PlannedResult r : p.results()) {
                assertThat(r.parentResultId() == null || parents.contains(r.parentResultId())).as(r.statement()).isTrue();
                assertThat(r.unitIndicatorId() == null || ikus.contains(r.unitIndicatorId())).as(r.statement()).isTrue();
                assertThat(r.parentResultId() != null && r.unitIndicatorId() != null).isFalse();
                if (r.kind() == ResultKind.UTAMA && !candidates.isEmpty()) {
                    assertThat(r.linked()).as(p.employeeName() + ": " + r.statement()).isTrue();
                }
                r.indicators().forEach(i -> {
                    assertThat(i.target().kind() != TargetKind.TEXT || p.approach() == PlanApproach.QUALITATIVE)
                            .as(i.name()).isTrue();
                    assertThat(i.target().kind() != TargetKind.NUMBER || i.target().value().signum() >= 0).isTrue();
                });
                assertThat(r.actions()).allSatisfy(a -> assertThat(a.subPeriod()).isBetween(1, 12));
            }
        }
    }

    @Test
    void aRevisionIsUnderWayAnotherWasApprovedAndAChangedResultIsFlagged() {
        Period current = period(DemoPlanning.YEAR);
        long agency = agencyId();
        List<Plan> revised = all(current, null).stream().filter(s -> s.revision() > 0)
                .map(s -> plans.get(SYSTEM, agency, s.id())).toList();
        assertThat(revised).extracting(Plan::status)
                .containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.APPROVED);
        Plan revising = revised.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst().orElseThrow();
        assertThat(revising.revision()).isEqualTo(1);
        List<PlanEvent> history = plans.history(SYSTEM, agency, revising.id());
        assertThat(history).extracting(PlanEvent::action)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "REVISION");
        assertThat(history.get(3).reason()).isEqualTo(DemoPlanning.REVISING_REASON);
        assertThat(history.get(3).revision()).isEqualTo(1);
        Plan again = revised.stream().filter(p -> p.status() == PlanStatus.APPROVED).findFirst().orElseThrow();
        assertThat(plans.history(SYSTEM, agency, again.id())).extracting(PlanEvent::action)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "REVISION", "SUBMITTED", "APPROVED");

        // the head in revision reworded a result after a subordinate had linked to it
        List<PlanSummary> flagged = all(current, null).stream().filter(s -> s.flagged() > 0).toList();
        assertThat(flagged).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(s.appraiserId()).isEqualTo(revising.employeeId());
            assertThat(codes(plans.readiness(SYSTEM, agency, s.id()))).contains("plan.error.parentChanged");
        });
    }

    @Test
    void theFeaturedPeopleHaveSomethingToDo(CapturedOutput output) {
        long agency = agencyId();
        Period current = period(DemoPlanning.YEAR);
        Employee supervisor = employees.findByNip(plan.featured().get(Featured.SUPERVISOR)).orElseThrow();
        Actor supervisorActor = (Actor) users.loadUserByUsername(supervisor.nip());
        List<PlanSummary> inbox = plans.list(supervisorActor, agency, current.id(),
                new PlanManagement.Filter(null, PlanStatus.SUBMITTED, supervisor.id(), null, 0, 50)).content();
        assertThat(inbox).hasSizeGreaterThanOrEqualTo(2);
        assertThat(plans.forEmployee(supervisorActor, agency, current.id(), supervisor.id()).orElseThrow().status())
                .isEqualTo(PlanStatus.APPROVED);

        Employee employee = employees.findByNip(plan.featured().get(Featured.EMPLOYEE)).orElseThrow();
        Actor employeeActor = (Actor) users.loadUserByUsername(employee.nip());
        Plan own = plans.forEmployee(employeeActor, agency, current.id(), employee.id()).orElseThrow();
        assertThat(own.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(own.returnedReason()).isNotBlank();

        loader.load();
        assertThat(output.getOut()).contains("SKP 2026", "waiting for approval", "SKP to approve",
                "SKP returned");
    }

    @Test
    void thePlansShowTheVarietyOfRealWork() {
        long agency = agencyId();
        Period current = period(DemoPlanning.YEAR);
        List<Plan> all = all(current, null).stream().map(s -> plans.get(SYSTEM, agency, s.id())).toList();
        assertThat(all).filteredOn(p -> p.approach() == PlanApproach.QUALITATIVE).hasSizeBetween(3, 15)
                .allSatisfy(p -> assertThat(p.results().stream().flatMap(r -> r.indicators().stream()))
                        .anyMatch(i -> i.target().kind() == TargetKind.TEXT));
        assertThat(all).filteredOn(p -> p.behaviours().stream().anyMatch(b -> b.special() != null))
                .hasSizeGreaterThan(20);
        var indicators = all.stream().flatMap(p -> p.results().stream()).flatMap(r -> r.indicators().stream())
                .toList();
        assertThat(indicators).filteredOn(i -> i.direction() == Direction.LOWER).isNotEmpty();
        assertThat(indicators).extracting(i -> i.name())
                .contains("Kunjungan pasien yang dilayani", "Pasien yang diberikan asuhan keperawatan",
                        "Dokumen kependudukan yang diterbitkan", "Rata-rata nilai hasil belajar");
        assertThat(all).filteredOn(p -> p.positionName() != null && p.positionName().startsWith("Dokter Ahli")
                        && p.unitName().startsWith("UPTD Puskesmas"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.results()).extracting(PlannedResult::statement)
                        .contains("Terlaksananya pelayanan medis pasien rawat jalan"));
    }

    @Test
    void loadingAgainCreatesNoPlans() {
        long agency = agencyId();
        String counts = """
                SELECT (SELECT count(*) FROM performance_period WHERE agency_id = :a) || '/'
                    || (SELECT count(*) FROM unit_agreement WHERE agency_id = :a) || '/'
                    || (SELECT count(*) FROM performance_plan WHERE agency_id = :a) || '/'
                    || (SELECT count(*) FROM planned_result WHERE agency_id = :a) || '/'
                    || (SELECT count(*) FROM result_indicator WHERE agency_id = :a) || '/'
                    || (SELECT count(*) FROM plan_event WHERE agency_id = :a)
                """;
        String before = jdbc.sql(counts).param("a", agency).query(String.class).single();
        assertThat(loader.load()).isFalse();
        assertThat(jdbc.sql(counts).param("a", agency).query(String.class).single()).isEqualTo(before);
    }
}
