package id.capaian.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.TargetKind;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Live monitoring on a small team whose figures are known exactly: what each appraisee entered, the average
 * achievement, which indicators lag the trajectory and why, what waits for review; the same figures on the unit and
 * agency dashboards (computed in SQL there, in Java on the team page); who may see which board; and a fixed number
 * of SQL statements whether the team has 3 people or 30.
 */
@IntegrationTest
class MonitoringIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired Monitoring monitoring;
    @Autowired DataSource dataSource;
    @Autowired UserDetailsService users;
    @Autowired DashboardSnapshots snapshots;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("applicationTaskExecutor") TaskExecutor executor;

    int month = LocalDate.now(RealisationManagement.JAKARTA).getMonthValue();
    Agency agency;
    Unit dinas;
    Unit bidang;
    Unit sekretariat;
    Actor head;
    Actor admin;
    Actor m1;
    Actor m2;
    Actor outsider;
    Employee headEmployee;
    Period period;
    Plan m1Plan;
    ResultIndicator m1Visits;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinas = data.unit(agency, null, "Dinas Kesehatan");
        bidang = data.unit(agency, dinas.id(), "Bidang Pencegahan Penyakit");
        sekretariat = data.unit(agency, null, "Sekretariat Daerah");
        headEmployee = data.employee(agency, dinas, null, null, "Ronald Sitorus");
        UnitForm f = UnitForm.of(dinas);
        f.setHeadEmployeeId(headEmployee.id());
        units.update(Actor.system(), agency.id(), dinas.id(), f);
        head = actor(headEmployee);
        admin = actor(data.employee(agency, dinas, null, null, "Admin BKPSDM"), Role.EMPLOYEE, Role.AGENCY_ADMIN);
        period = periods.open(admin, agency.id(), new PeriodForm(LocalDate.now(RealisationManagement.JAKARTA).getYear(),
                SubPeriodScheme.MONTHLY, null));
        m1 = actor(data.employee(agency, bidang, null, headEmployee, "Maria Tambunan"));
        m2 = actor(data.employee(agency, bidang, null, headEmployee, "Nurhayati Lubis"));
        Actor m3 = actor(data.employee(agency, dinas, null, headEmployee, "Tono Sirait"));
        data.employee(agency, dinas, null, headEmployee, "Yusuf Harahap");

        // m1: 150 of 100 documents (150 %), none of the 100 visits (lagging), 3 days where 2 is the most (50 %, lagging)
        Plan p1 = plan(m1);
        PlannedResult r1 = result(m1, p1);
        ResultIndicator docs = indicator(m1, r1, IndicatorForm.number(Aspect.KUANTITAS, "Dokumen diterbitkan", new BigDecimal("100"), "dokumen", Direction.HIGHER));
        m1Visits = indicator(m1, r1, IndicatorForm.number(Aspect.KUANTITAS, "Kunjungan lapangan", new BigDecimal("100"), "kunjungan", Direction.HIGHER));
        m1Plan = p1;
        ResultIndicator days = indicator(m1, r1, IndicatorForm.number(Aspect.WAKTU, "Waktu penyelesaian", new BigDecimal("2"), "hari", Direction.LOWER));
        approve(m1, p1);
        Realisation docsDone = record(m1, p1, docs, "150");
        record(m1, p1, days, "3");

        // m2: 95 of 90 % (105.56 %), no complaint where 10 is the most (200 %), 95 against a range 80-90 (94.44 %)
        Plan p2 = plan(m2);
        PlannedResult r2 = result(m2, p2);
        ResultIndicator quality = indicator(m2, r2, IndicatorForm.number(Aspect.KUALITAS, "Kepuasan layanan", new BigDecimal("90"), "%", Direction.HIGHER));
        ResultIndicator complaints = indicator(m2, r2, IndicatorForm.number(Aspect.KUANTITAS, "Pengaduan", new BigDecimal("10"), "aduan", Direction.LOWER));
        IndicatorForm range = IndicatorForm.number(Aspect.KUALITAS, "Ketepatan data", null, "%", Direction.EXACT);
        range.setTargetKind(TargetKind.RANGE);
        range.setTargetMin(new BigDecimal("80"));
        range.setTargetMax(new BigDecimal("90"));
        ResultIndicator ranged = indicator(m2, r2, range);
        approve(m2, p2);
        record(m2, p2, quality, "95");
        Realisation none = record(m2, p2, complaints, "0");
        record(m2, p2, ranged, "95");

        // m3: submitted, not approved yet; Yusuf: no plan at all
        Plan p3 = plan(m3);
        indicator(m3, result(m3, p3), IndicatorForm.number(Aspect.KUANTITAS, "Laporan", new BigDecimal("12"), "laporan", Direction.HIGHER));
        plans.submit(m3, agency.id(), p3.id());

        realisations.review(head, agency.id(), docsDone.id(), ReviewStatus.REVIEWED);
        realisations.review(head, agency.id(), none.id(), ReviewStatus.NEEDS_EVIDENCE);

        Agency other = data.agency();
        Employee stranger = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        outsider = actor(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
    }

    private Actor actor(Employee e, Role... roles) {
        data.account(e, roles);
        return (Actor) users.loadUserByUsername(e.nip());
    }

    private Plan plan(Actor who) {
        return plans.create(who, agency.id(), period.id(), who.employeeId());
    }

    private PlannedResult result(Actor who, Plan p) {
        return plans.addResult(who, agency.id(), p.id(), new ResultForm(ResultKind.UTAMA, "Terlayaninya masyarakat", null, null));
    }

    private ResultIndicator indicator(Actor who, PlannedResult r, IndicatorForm form) {
        return plans.addIndicator(who, agency.id(), r.id(), form);
    }

    private void approve(Actor who, Plan p) {
        plans.submit(who, agency.id(), p.id());
        plans.approve(head, agency.id(), p.id());
    }

    private Realisation record(Actor who, Plan p, ResultIndicator i, String value) {
        return realisations.record(who, agency.id(), p.id(), i.id(), month, new RealisationForm(new BigDecimal(value), null, null));
    }

    // ---------------------------------------------------------------- the team

    @Test
    void theTeamShowsWhoEnteredWhatWhatLagsAndWhatWaitsForReview() {
        TeamBoard board = monitoring.team(head, agency.id());
        assertThat(board.clock().subPeriod().index()).isEqualTo(month);
        assertThat(board.headedUnits()).extracting(TeamBoard.UnitRef::name).containsExactly("Dinas Kesehatan");
        assertThat(board.members()).extracting(TeamMember::name)
                .containsExactly("Maria Tambunan", "Nurhayati Lubis", "Tono Sirait", "Yusuf Harahap");
        Map<String, TeamMember> byName = board.members().stream().collect(Collectors.toMap(TeamMember::name, Function.identity()));

        TeamMember maria = byName.get("Maria Tambunan");
        assertThat(maria.planStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(maria.entered()).isEqualTo(2);
        assertThat(maria.indicators()).isEqualTo(3);
        assertThat(maria.averageAchievement()).isEqualByComparingTo("100.00");
        assertThat(maria.pendingReviews()).isEqualTo(1);
        assertThat(maria.lagging()).extracting(TeamMember.Lag::name).containsExactly("Kunjungan lapangan", "Waktu penyelesaian");
        Trajectory visits = maria.lagging().get(0).trajectory();
        assertThat(visits.rule()).isEqualTo("monitoring.rule.cumulativeHigher");
        assertThat(visits.realised()).isEqualByComparingTo("0");
        assertThat(visits.expected()).isEqualByComparingTo(new BigDecimal("100").multiply(board.clock().share())
                .setScale(2, java.math.RoundingMode.HALF_UP));
        Trajectory days = maria.lagging().get(1).trajectory();
        assertThat(days.rule()).isEqualTo("monitoring.rule.latestLower");
        assertThat(days.args()).containsExactly("3", "2");

        TeamMember nur = byName.get("Nurhayati Lubis");
        assertThat(nur.entered()).isEqualTo(3);
        assertThat(nur.indicators()).isEqualTo(3);
        assertThat(nur.averageAchievement()).isEqualByComparingTo("133.33");
        assertThat(nur.lagging()).isEmpty();
        assertThat(nur.pendingReviews()).isEqualTo(2);

        TeamMember tono = byName.get("Tono Sirait");
        assertThat(tono.planStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(tono.indicators()).isZero();
        assertThat(tono.averageAchievement()).isNull();
        TeamMember yusuf = byName.get("Yusuf Harahap");
        assertThat(yusuf.planId()).isNull();
        assertThat(yusuf.planStatus()).isNull();

        assertThat(board.entered()).isEqualTo(5);
        assertThat(board.indicators()).isEqualTo(6);
        assertThat(board.lagging()).isEqualTo(2);
        assertThat(board.pendingReviews()).isEqualTo(3);
    }

    @Test
    void theDashboardsAddUpTheSameFiguresPerUnit() {
        UnitBoard agencyBoard = monitoring.agency(admin, agency.id());
        assertThat(agencyBoard.rows()).extracting(UnitFigures::name).containsExactly("Dinas Kesehatan", "Sekretariat Daerah");
        UnitFigures d = agencyBoard.rows().get(0);
        assertThat(d.employees()).isEqualTo(6);
        assertThat(d.plans()).isEqualTo(3);
        assertThat(d.approvedPlans()).isEqualTo(2);
        assertThat(d.indicators()).isEqualTo(6);
        assertThat(d.entered()).isEqualTo(5);
        assertThat(d.entryRate()).isEqualByComparingTo("83.3");
        assertThat(d.averageAchievement()).isEqualByComparingTo("120.00");
        assertThat(d.lagging()).isEqualTo(2);
        assertThat(d.pendingReviews()).isEqualTo(3);
        assertThat(d.hasChildren()).isTrue();
        UnitFigures s = agencyBoard.rows().get(1);
        assertThat(s.employees()).isZero();
        assertThat(s.indicators()).isZero();
        assertThat(s.entryRate()).isNull();
        assertThat(s.averageAchievement()).isNull();

        // the Dinas itself (its own people) and the Bidang below it
        UnitBoard unitBoard = monitoring.unit(head, agency.id(), dinas.id());
        assertThat(unitBoard.rows()).extracting(UnitFigures::name, UnitFigures::own)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dinas Kesehatan", true),
                        org.assertj.core.groups.Tuple.tuple("Bidang Pencegahan Penyakit", false));
        UnitFigures own = unitBoard.rows().get(0);
        assertThat(own.employees()).isEqualTo(4);
        assertThat(own.plans()).isEqualTo(1);
        assertThat(own.approvedPlans()).isZero();
        assertThat(own.indicators()).isZero();
        UnitFigures b = unitBoard.rows().get(1);
        assertThat(b.employees()).isEqualTo(2);
        assertThat(b.indicators()).isEqualTo(6);
        assertThat(b.entered()).isEqualTo(5);
        assertThat(b.averageAchievement()).isEqualByComparingTo("120.00");
        assertThat(b.lagging()).isEqualTo(2);
        assertThat(b.pendingReviews()).isEqualTo(3);
        assertThat(unitBoard.path()).extracting(UnitBoard.Step::name).containsExactly("Dinas Kesehatan");

        UnitBoard sub = monitoring.unit(head, agency.id(), bidang.id());
        assertThat(sub.path()).extracting(UnitBoard.Step::name, UnitBoard.Step::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dinas Kesehatan", true),
                        org.assertj.core.groups.Tuple.tuple("Bidang Pencegahan Penyakit", true));
        assertThat(sub.rows()).hasSize(1);
        assertThat(sub.rows().get(0).lagging()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void everyoneSeesOnlyWhatTheyMay() {
        // an employee: an empty team (they appraise no one), no dashboards
        assertThat(monitoring.team(m1, agency.id()).members()).isEmpty();
        assertThatThrownBy(() -> monitoring.agency(m1, agency.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(m1, agency.id(), bidang.id())).isInstanceOf(AccessDeniedException.class);
        // a unit head: their units and below, not the rest of the agency
        assertThat(monitoring.agency(head, agency.id()).rows()).extracting(UnitFigures::name).containsExactly("Dinas Kesehatan");
        assertThat(monitoring.unit(head, agency.id(), bidang.id()).rows()).isNotEmpty();
        assertThatThrownBy(() -> monitoring.unit(head, agency.id(), sekretariat.id())).isInstanceOf(AccessDeniedException.class);
        // the administrator: everything of the agency
        assertThat(monitoring.unit(admin, agency.id(), sekretariat.id()).rows()).hasSize(1);
        assertThat(monitoring.team(admin, agency.id()).members()).isEmpty();
        // another agency: refused; another agency's unit under this agency: not found
        assertThatThrownBy(() -> monitoring.team(outsider, agency.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.agency(outsider, agency.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(outsider, agency.id(), dinas.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(outsider, outsider.agencyId(), dinas.id())).isInstanceOf(NotFoundException.class);
        // national administrators see the agency
        assertThat(monitoring.agency(Actor.system(), agency.id()).rows()).hasSize(2);
    }

    // ---------------------------------------------------------------- a fixed number of statements

    @Test
    void aTeamOfThirtyTakesAsManyStatementsAsATeamOfThree() {
        Unit small = data.unit(agency, sekretariat.id(), "Bagian Umum");
        Unit large = data.unit(agency, sekretariat.id(), "Bagian Organisasi");
        Employee y = data.employee(agency, small, null, null, "Penilai Tiga");
        Employee z = data.employee(agency, large, null, null, "Penilai Tiga Puluh");
        Actor yActor = actor(y);
        Actor zActor = actor(z);
        team(yActor, y, small, 3);
        team(zActor, z, large, 30);

        AtomicInteger statements = new AtomicInteger();
        JdbcClient countingJdbc = JdbcClient.create(counting(dataSource, statements));
        Monitoring counted = new Monitoring(countingJdbc, periods,
                new DashboardSnapshots(countingJdbc, transactions, executor, Duration.ofHours(1), false));
        counted.agency(admin, agency.id()); // the dashboards' snapshot, counted once for the hour
        statements.set(0);

        TeamBoard three = counted.team(yActor, agency.id());
        int forThree = statements.getAndSet(0);
        TeamBoard thirty = counted.team(zActor, agency.id());
        int forThirty = statements.getAndSet(0);
        assertThat(three.members()).hasSize(3);
        assertThat(thirty.members()).hasSize(30);
        assertThat(thirty.entered()).isEqualTo(30);
        assertThat(thirty.indicators()).isEqualTo(60);
        assertThat(forThirty).isEqualTo(forThree).isLessThanOrEqualTo(3);

        UnitBoard smallBoard = counted.unit(admin, agency.id(), small.id());
        int unitThree = statements.getAndSet(0);
        UnitBoard largeBoard = counted.unit(admin, agency.id(), large.id());
        int unitThirty = statements.getAndSet(0);
        assertThat(smallBoard.rows().get(0).indicators()).isEqualTo(6);
        assertThat(largeBoard.rows().get(0).indicators()).isEqualTo(60);
        assertThat(unitThirty).isEqualTo(unitThree).isLessThanOrEqualTo(3);

        counted.agency(admin, agency.id());
        assertThat(statements.get()).isLessThanOrEqualTo(2);
    }

    // ---------------------------------------------------------------- the dashboards' snapshot

    @Test
    void theDashboardsFiguresAreKeptPerUnitAndCountedAgainWhenTooOldOrForAnotherDay() throws Exception {
        LocalDate today = LocalDate.now(RealisationManagement.JAKARTA);
        MonitoringClock clock = MonitoringClock.of(period, today);
        DashboardSnapshots.Snapshot first = snapshots.current(agency.id(), clock, Duration.ofHours(1), false);
        assertThat(first.day()).isEqualTo(today);
        assertThat(tally(bidang, "entered")).isEqualTo(5);
        assertThat(tally(dinas, "employees")).isEqualTo(4);
        assertThat(tally(bidang, "employees")).isEqualTo(2);

        // m1 enters the visits: within the hour the snapshot stands, as it was counted
        Plan p1 = m1Plan;
        ResultIndicator visits = m1Visits;
        record(m1, p1, visits, "40");
        DashboardSnapshots.Snapshot cached = snapshots.current(agency.id(), clock, Duration.ofHours(1), false);
        assertThat(cached.computedAt()).isEqualTo(first.computedAt());
        assertThat(tally(bidang, "entered")).isEqualTo(5);

        // too old: counted again before it is shown
        DashboardSnapshots.Snapshot recounted = snapshots.current(agency.id(), clock, Duration.ZERO, false);
        assertThat(recounted.computedAt()).isAfter(first.computedAt());
        assertThat(tally(bidang, "entered")).isEqualTo(6);
        assertThat(monitoring.unit(head, agency.id(), bidang.id()).rows().get(0).entered()).isEqualTo(6);

        // too old, in the background: the old figures are shown while the new ones are counted
        int pendingBefore = tally(bidang, "pending");
        realisations.review(head, agency.id(), realisations.sheet(head, agency.id(), p1.id(), month).results().get(0)
                .indicators().get(1).realisation().id(), ReviewStatus.REVIEWED); // the visits: one fewer to review
        assertThat(tally(bidang, "pending")).isEqualTo(pendingBefore);
        DashboardSnapshots.Snapshot latest = snapshots.current(agency.id(), clock, Duration.ofHours(1), false);
        DashboardSnapshots.Snapshot shown = snapshots.current(agency.id(), clock, Duration.ZERO, true);
        assertThat(shown.computedAt()).isEqualTo(latest.computedAt());
        long deadline = System.currentTimeMillis() + 20_000;
        while (tally(bidang, "pending") == pendingBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(tally(bidang, "pending")).isEqualTo(pendingBefore - 1);

        // another day: counted before it is shown, whatever its age
        DashboardSnapshots.Snapshot tomorrow = snapshots.current(agency.id(), MonitoringClock.of(period, today.plusDays(1)),
                Duration.ofDays(1), true);
        assertThat(tomorrow.day()).isEqualTo(today.plusDays(1));

        // several at once: one counts, the others take its figures; never twice the rows
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<DashboardSnapshots.Snapshot>>();
            for (int n = 0; n < 4; n++) {
                futures.add(pool.submit(() -> snapshots.compute(agency.id(), clock, tomorrow.computedAt())));
            }
            for (var f : futures) {
                assertThat(f.get().day()).isEqualTo(today);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM monitoring_tally WHERE agency_id = :a AND unit_id = :u")
                .param("a", agency.id()).param("u", bidang.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(tally(bidang, "entered")).isEqualTo(6);
    }

    private int tally(Unit unit, String column) {
        return JdbcClient.create(dataSource).sql("SELECT " + column + " FROM monitoring_tally WHERE agency_id = :a AND period_id = :p AND unit_id = :u")
                .param("a", agency.id()).param("p", period.id()).param("u", unit.id()).query(Integer.class).single();
    }

    /** {@code size} appraisees of {@code appraiser}, each with an approved plan of two indicators, one of them entered. */
    private void team(Actor appraiser, Employee appraiserEmployee, Unit unit, int size) {
        for (int n = 0; n < size; n++) {
            Actor who = actor(data.employee(agency, unit, null, appraiserEmployee, "Pegawai " + unit.name() + " " + n));
            Plan p = plan(who);
            PlannedResult r = result(who, p);
            ResultIndicator i = indicator(who, r, IndicatorForm.number(Aspect.KUANTITAS, "Dokumen", new BigDecimal("10"), "dokumen", Direction.HIGHER));
            indicator(who, r, IndicatorForm.number(Aspect.WAKTU, "Hari", new BigDecimal("2"), "hari", Direction.LOWER));
            plans.submit(who, agency.id(), p.id());
            plans.approve(appraiser, agency.id(), p.id());
            realisations.record(who, agency.id(), p.id(), i.id(), month, new RealisationForm(new BigDecimal("12"), null, null));
        }
    }

    /** A data source that counts every statement prepared or created on its connections. */
    static DataSource counting(DataSource target, AtomicInteger count) {
        InvocationHandler source = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection c) {
                return Proxy.newProxyInstance(MonitoringIntegrationTests.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                            if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                                    || m.getName().equals("prepareCall")) {
                                count.incrementAndGet();
                            }
                            return invoke(c, m, a);
                        });
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(MonitoringIntegrationTests.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, source);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
