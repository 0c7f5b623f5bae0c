package id.capaian.development;

import static id.capaian.development.TrainingScenario.today;
import static id.capaian.development.TrainingScenario.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.development.internal.training.TrainingAccess;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The yearly JP per employee, unit and agency on a small agency whose figures are known exactly: only verified JP
 * completed in the year count, pending ones are shown apart; units roll up their sub-units; who is behind and by how
 * much; the target as an agency setting; who may see which figures; and a fixed number of statements whatever the
 * number of employees.
 */
@IntegrationTest
class JpComplianceIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired TrainingManagement trainings;
    @Autowired JpMonitoring monitoring;
    @Autowired DevelopmentSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    TrainingScenario s;

    /**
     * Sari: 12 + 8 verified (met). Budi: 8 verified, 12 waiting (behind by 12). Kadis: 20 verified (met). Tono: 4
     * verified last year and 6 rejected this year (0). Kapus, Rina and the Sekda: nothing.
     */
    @BeforeEach
    void setUp() {
        s = new TrainingScenario(data, units, users);
        Training t8 = s.training(trainings, "T8", TrainingKind.E_LEARNING, 8, null);
        Training t12 = s.training(trainings, "T12", TrainingKind.KLASIKAL, 12, null);
        Training t20 = s.training(trainings, "T20", TrainingKind.KLASIKAL, 20, null);
        Training t4 = s.training(trainings, "T4", TrainingKind.SEMINAR, 4, null);
        Training t6 = s.training(trainings, "T6", TrainingKind.COACHING, 6, null);
        s.verified(trainings, s.sari(), t12, today());
        s.verified(trainings, s.sari(), t8, today());
        s.verified(trainings, s.budi(), t8, today());
        TrainingEnrolment pending = trainings.enrol(s.budi(), s.id(), t12.id(), s.budi().employeeId());
        trainings.complete(s.budi(), s.id(), pending.id(), today(), new TrainingCertificate("b.pdf", TrainingScenario.PDF));
        s.verified(trainings, s.kadis(), t20, today());
        s.verified(trainings, s.tono(), t4, LocalDate.of(year() - 1, 12, 31));
        TrainingEnrolment rejected = trainings.enrol(s.tono(), s.id(), t6.id(), s.tono().employeeId());
        rejected = trainings.complete(s.tono(), s.id(), rejected.id(), today(), new TrainingCertificate("t.pdf", TrainingScenario.PDF));
        trainings.reject(s.kadis(), s.id(), rejected.id(), "Sertifikat tidak terbaca", rejected.version());
    }

    @Test
    void anEmployeesJpCountsOnlyVerifiedTrainingsOfTheYear() {
        JpProgress sari = monitoring.progress(s.sari(), s.id(), s.sari().employeeId(), year());
        assertThat(sari.earned()).isEqualTo(20);
        assertThat(sari.target()).isEqualTo(20);
        assertThat(sari.met()).isTrue();
        assertThat(sari.percent()).isEqualTo(100);

        JpProgress budi = monitoring.progress(s.budi(), s.id(), s.budi().employeeId(), year());
        assertThat(budi.earned()).isEqualTo(8);
        assertThat(budi.pendingJp()).isEqualTo(12);
        assertThat(budi.pendingCount()).isEqualTo(1);
        assertThat(budi.shortfall()).isEqualTo(12);
        assertThat(budi.percent()).isEqualTo(40);
        assertThat(budi.metOnceVerified()).isTrue();

        JpProgress tono = monitoring.progress(s.tono(), s.id(), s.tono().employeeId(), year());
        assertThat(tono.earned()).isZero();
        assertThat(tono.shortfall()).isEqualTo(20);
        assertThat(monitoring.progress(s.tono(), s.id(), s.tono().employeeId(), year() - 1).earned()).isEqualTo(4);

        // the appraiser's team: the two nurses, the one behind first
        assertThat(monitoring.team(s.kapus(), s.id(), year())).extracting(JpProgress::name, JpProgress::earned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Budi Perawat", 8), org.assertj.core.groups.Tuple.tuple("Sari Perawat", 20));
        assertThat(monitoring.team(s.sari(), s.id(), year())).isEmpty();
    }

    @Test
    void theAgencyBoardShowsEachTopUnitWithItsSubunitsAndWhoIsBehind() {
        JpBoard b = monitoring.agency(s.rina(), s.id(), year());
        assertThat(b.target()).isEqualTo(20);
        assertThat(b.unit()).isNull();
        Map<Long, JpUnitRow> rows = byUnit(b);
        assertThat(rows.keySet()).containsExactlyInAnyOrder(s.setda.id(), s.dinkes.id(), s.bkpsdm.id());
        JpUnitRow dinkes = rows.get(s.dinkes.id());
        assertThat(dinkes.employees()).isEqualTo(5);
        assertThat(dinkes.met()).isEqualTo(2);
        assertThat(dinkes.behind()).isEqualTo(3);
        assertThat(dinkes.jp()).isEqualTo(48);
        assertThat(dinkes.averageJp()).isEqualByComparingTo("9.6");
        assertThat(dinkes.pendingVerifications()).isEqualTo(1);
        assertThat(dinkes.metPercent()).isEqualTo(40);
        assertThat(dinkes.hasSubunits()).isTrue();
        assertThat(rows.get(s.bkpsdm.id()).met()).isZero();

        assertThat(b.total().employees()).isEqualTo(7);
        assertThat(b.total().met()).isEqualTo(2);
        assertThat(b.total().averageJp()).isEqualByComparingTo("6.9");
        assertThat(b.total().pendingVerifications()).isEqualTo(1);
        assertThat(b.behind()).hasSize(5).extracting(JpBehind::employeeId).containsExactlyInAnyOrder(s.sekda.id(), s.kapus.id(),
                s.tono.id(), s.rina.id(), s.budi.id());
        assertThat(b.behindComplete()).isTrue();
        // the largest shortfall first: Budi, with 8 JP, last
        JpBehind budi = b.behind().get(4);
        assertThat(budi.employeeId()).isEqualTo(s.budi.id());
        assertThat(budi.earned()).isEqualTo(8);
        assertThat(budi.shortfall()).isEqualTo(12);
        assertThat(budi.pendingJp()).isEqualTo(12);
        assertThat(budi.unitName()).isEqualTo("UPTD Puskesmas Kesatria");

        // a shorter list says it is not complete
        JpBoard two = monitoring.board(s.rina(), s.id(), null, year(), 2);
        assertThat(two.behind()).hasSize(2);
        assertThat(two.behindComplete()).isFalse();
        assertThat(two.behind()).allSatisfy(x -> assertThat(x.shortfall()).isEqualTo(20));
    }

    @Test
    void aUnitBoardShowsItsOwnPeopleAndEachSubunit() {
        JpBoard b = monitoring.unit(s.kadis(), s.id(), s.dinkes.id(), year());
        assertThat(b.unit().id()).isEqualTo(s.dinkes.id());
        assertThat(b.path()).extracting(JpBoard.Crumb::id).containsExactly(s.dinkes.id());
        assertThat(b.rows().get(0).own()).isTrue();
        assertThat(b.rows().get(0).employees()).isEqualTo(1);
        assertThat(b.rows().get(0).met()).isEqualTo(1);
        Map<Long, JpUnitRow> sub = b.rows().stream().skip(1).collect(Collectors.toMap(JpUnitRow::unitId, Function.identity()));
        assertThat(sub.keySet()).containsExactlyInAnyOrder(s.sekretariat.id(), s.puskesmas.id());
        assertThat(sub.get(s.puskesmas.id())).extracting(JpUnitRow::employees, JpUnitRow::met, JpUnitRow::jp, JpUnitRow::pendingVerifications)
                .containsExactly(3, 1, 28L, 1);
        assertThat(sub.get(s.sekretariat.id())).extracting(JpUnitRow::employees, JpUnitRow::met).containsExactly(1, 0);
        assertThat(b.total().employees()).isEqualTo(5);
        assertThat(b.behind()).extracting(JpBehind::employeeId).containsExactlyInAnyOrder(s.kapus.id(), s.tono.id(), s.budi.id());

        JpBoard pkm = monitoring.unit(s.kapus(), s.id(), s.puskesmas.id(), year());
        assertThat(pkm.path()).extracting(JpBoard.Crumb::id).containsExactly(s.dinkes.id(), s.puskesmas.id());
        assertThat(pkm.rows()).hasSize(1);
        assertThat(pkm.behind()).extracting(JpBehind::employeeId).containsExactly(s.kapus.id(), s.budi.id());
        // last year: only Tono's seminar
        assertThat(monitoring.unit(s.kadis(), s.id(), s.dinkes.id(), year() - 1).total().jp()).isEqualTo(4);
    }

    @Test
    void theTargetIsTheAgencysSettingChangedByItsAdministrator() {
        DevelopmentSetting setting = settings.get(s.sari(), s.id());
        assertThat(setting.jpTarget()).isEqualTo(20);
        assertThatThrownBy(() -> settings.setJpTarget(s.kadis(), s.id(), 24, setting.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.setJpTarget(s.rina(), s.id(), 201, setting.version())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settings.setJpTarget(s.rina(), s.id(), null, setting.version())).isInstanceOf(InvalidInputException.class);
        DevelopmentSetting changed = settings.setJpTarget(s.rina(), s.id(), 24, setting.version());
        assertThat(changed.jpTarget()).isEqualTo(24);
        assertThatThrownBy(() -> settings.setJpTarget(s.rina(), s.id(), 30, setting.version())).isInstanceOf(ConcurrentChangeException.class);

        assertThat(monitoring.progress(s.sari(), s.id(), s.sari().employeeId(), year()).met()).isFalse();
        assertThat(monitoring.progress(s.sari(), s.id(), s.sari().employeeId(), year()).shortfall()).isEqualTo(4);
        JpBoard b = monitoring.agency(s.rina(), s.id(), year());
        assertThat(b.target()).isEqualTo(24);
        assertThat(b.total().met()).isZero();
        assertThat(b.behind()).hasSize(7);
        // other agencies keep the default
        assertThat(settings.get(s.outsider(), s.outsider().agencyId()).jpTarget()).isEqualTo(20);
    }

    @Test
    void figuresAreForTheEmployeeTheirLineHrTheHeadAndNationalAdministrators() {
        long sari = s.sari().employeeId();
        for (Actor who : new Actor[] {s.sari(), s.kapus(), s.kadis(), s.rina(), s.sekda(), Actor.system()}) {
            assertThat(monitoring.progress(who, s.id(), sari, year()).earned()).as(who.username()).isEqualTo(20);
        }
        for (Actor who : new Actor[] {s.budi(), s.tono(), s.outsider()}) {
            assertThatThrownBy(() -> monitoring.progress(who, s.id(), sari, year())).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the agency board: HR, the head, national; unit boards also for whoever heads the unit or one above it
        for (Actor who : new Actor[] {s.rina(), s.sekda(), Actor.system()}) {
            assertThat(monitoring.agency(who, s.id(), year()).total().employees()).isEqualTo(7);
        }
        for (Actor who : new Actor[] {s.kadis(), s.kapus(), s.sari(), s.outsider()}) {
            assertThatThrownBy(() -> monitoring.agency(who, s.id(), year())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(monitoring.unit(s.kadis(), s.id(), s.puskesmas.id(), year()).total().employees()).isEqualTo(3);
        assertThatThrownBy(() -> monitoring.unit(s.kapus(), s.id(), s.dinkes.id(), year())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(s.kadis(), s.id(), s.bkpsdm.id(), year())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(s.sari(), s.id(), s.puskesmas.id(), year())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.unit(s.outsider(), s.id(), s.puskesmas.id(), year())).isInstanceOf(AccessDeniedException.class);
        assertThat(monitoring.headedUnit(s.kapus(), s.id())).contains(s.puskesmas.id());
        assertThat(monitoring.headedUnit(s.sari(), s.id())).isEmpty();
        assertThatThrownBy(() -> monitoring.progress(s.sari(), s.id(), sari, 1999)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBoardTakesAsManyStatementsForThirtyPeopleAsForThree() {
        AtomicInteger statements = new AtomicInteger();
        JdbcClient counting = JdbcClient.create(counting(dataSource, statements));
        JpMonitoring counted = new JpMonitoring(counting, new TrainingAccess(counting));

        Unit small = data.unit(s.agency, s.dinkes.id(), "Puskesmas Kecil");
        Unit large = data.unit(s.agency, s.dinkes.id(), "Puskesmas Besar");
        staff(small, 3);
        staff(large, 30);
        Training t = s.training(trainings, "BULK", TrainingKind.E_LEARNING, 20, null);
        // half of them verified, in one statement
        jdbc.sql("""
                INSERT INTO training_enrolment (agency_id, employee_id, training_id, jp, status, completed_on, verified_by, verified_at)
                SELECT e.agency_id, e.id, :t, 20, 'VERIFIED', :on, 'test', now() FROM employee e
                WHERE e.unit_id IN (:units) AND e.id % 2 = 0
                """).param("t", t.id()).param("on", today()).param("units", java.util.List.of(small.id(), large.id())).update();

        JpBoard three = counted.unit(s.rina(), s.id(), small.id(), year());
        int forThree = statements.getAndSet(0);
        JpBoard thirty = counted.unit(s.rina(), s.id(), large.id(), year());
        int forThirty = statements.getAndSet(0);
        assertThat(three.total().employees()).isEqualTo(3);
        assertThat(thirty.total().employees()).isEqualTo(30);
        assertThat(thirty.total().met() + thirty.behind().size()).isEqualTo(30);
        assertThat(forThirty).isEqualTo(forThree).isLessThanOrEqualTo(4);

        counted.agency(s.rina(), s.id(), year());
        int agency = statements.getAndSet(0);
        assertThat(agency).isLessThanOrEqualTo(4);
        // a unit head's board adds the check that they head it: one statement
        counted.unit(s.kadis(), s.id(), large.id(), year());
        assertThat(statements.get()).isEqualTo(forThirty + 1);
    }

    private void staff(Unit unit, int n) {
        for (int i = 0; i < n; i++) {
            Employee e = data.employee(s.agency, unit, null, null, "Pegawai " + unit.name() + " " + i);
            assertThat(e.unitId()).isEqualTo(unit.id());
        }
    }

    private static Map<Long, JpUnitRow> byUnit(JpBoard b) {
        return b.rows().stream().filter(r -> r.unitId() != null).collect(Collectors.toMap(JpUnitRow::unitId, Function.identity()));
    }

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** The data source, counting every statement prepared on its connections. */
    static DataSource counting(DataSource target, AtomicInteger counter) {
        return (DataSource) Proxy.newProxyInstance(JpComplianceIntegrationTests.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection c && method.getName().equals("getConnection")) {
                        return Proxy.newProxyInstance(JpComplianceIntegrationTests.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p2, m2, a2) -> {
                                    if (STATEMENTS.contains(m2.getName())) {
                                        counter.incrementAndGet();
                                    }
                                    return invoke(c, m2, a2);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
