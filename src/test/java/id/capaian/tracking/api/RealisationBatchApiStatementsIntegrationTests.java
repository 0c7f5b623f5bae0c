package id.capaian.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.planning.Aspect;
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
import id.capaian.planning.cascade.StatementCounter;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a batch costs: the statements it sends against the same pushes sent one by one (what repeats across items is
 * looked up once per batch, the keys are claimed and recorded in one statement each), and the wall time of a day's
 * batch of 1000 records (logged, not asserted).
 */
@IntegrationTest
@Import(StatementCounter.Config.class)
class RealisationBatchApiStatementsIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final int PEOPLE = 10;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApiTokenManagement tokens;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    Agency agency;
    List<Employee> doctors = new ArrayList<>();
    List<Long> visits = new ArrayList<>();
    String clinic;
    String prefix;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit puskesmas = data.unit(agency, null, "UPTD Puskesmas Kesatria");
        Employee head = data.employee(agency, puskesmas, null, null, "dr. Kepala Puskesmas");
        data.account(head);
        Actor boss = (Actor) users.loadUserByUsername(head.nip());
        Period period = periods.open(Actor.system(), agency.id(), new PeriodForm(TODAY.getYear(), SubPeriodScheme.MONTHLY, null));
        for (int i = 0; i < PEOPLE; i++) {
            Employee doctor = data.employee(agency, puskesmas, null, head, "dr. Dokter " + i);
            data.account(doctor);
            Actor staff = (Actor) users.loadUserByUsername(doctor.nip());
            Plan p = plans.create(staff, agency.id(), period.id(), staff.employeeId());
            PlannedResult r = plans.addResult(staff, agency.id(), p.id(), new ResultForm(ResultKind.UTAMA,
                    "Terlayaninya pasien rawat jalan", null, null));
            visits.add(plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS,
                    "Kunjungan pasien dilayani", new BigDecimal("1200"), "kunjungan", Direction.HIGHER)).id());
            plans.submit(staff, agency.id(), p.id());
            plans.approve(boss, agency.id(), p.id());
            doctors.add(doctor);
        }
        clinic = "Bearer " + tokens.issue(Actor.system(), agency.id(), "SIMPUS Kesatria", Role.AGENCY_ADMIN, null).secret();
        prefix = "a" + agency.id() + "-";
    }

    /** The n-th record of the day: a doctor's visits on a day of this month so far, named by NIP as SIMPUS does. */
    String item(String key, int n) {
        LocalDate day = TODAY.withDayOfMonth(1 + (n / PEOPLE) % TODAY.getDayOfMonth());
        return """
                {"employeeNip": "%s", "indicatorId": %d, "date": "%s", "value": %d, "note": "Kunjungan poli umum",
                 "clientKey": "%s", "sourceLabel": "SIMPUS Puskesmas Kesatria"}""".formatted(doctors.get(n % PEOPLE).nip(),
                visits.get(n % PEOPLE), day, 1 + n % 7, prefix + key + "-" + n);
    }

    StatementCounter.Counted<MockHttpServletResponse> counted(String path, String json) {
        return StatementCounter.count(() -> {
            try {
                return mvc.perform(post(path, agency.id()).header(HttpHeaders.AUTHORIZATION, clinic)
                        .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    String batch(String key, int size) {
        List<String> items = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            items.add(item(key, n));
        }
        return "{\"items\": [" + String.join(",", items) + "]}";
    }

    @Test
    void aBatchOf100SendsFarFewerStatementsThan100SinglePushes() {
        // warm caches (messages, the token) with a push of its own
        assertThat(counted(RealisationApiIntegrationTests.PUSH, item("warm", 0)).value().getStatus()).isEqualTo(201);
        int single = 0;
        for (int n = 1; n <= PEOPLE; n++) {
            var push = counted(RealisationApiIntegrationTests.PUSH, item("single", n));
            assertThat(push.value().getStatus()).isEqualTo(201);
            single = Math.max(single, push.statements());
        }
        var batch = counted(RealisationBatchApiIntegrationTests.BATCH, batch("batch", 100));
        assertThat(batch.value().getStatus()).as(batch.value().getContentAsByteArray().length + " bytes").isEqualTo(201);
        System.out.printf("STATEMENTS realisation push: single %d per item, batch of 100 %d (%.1f per item)%n", single,
                batch.statements(), batch.statements() / 100.0);
        assertThat(single).isGreaterThan(0);
        // the realisation service's own checks and writes stay per item; all the rest is once per batch
        assertThat(batch.statements()).isLessThan(100 * single * 6 / 10);
        assertThat(jdbc.sql("SELECT count(*) FROM progress_entry WHERE agency_id = :a").param("a", agency.id())
                .query(Long.class).single()).isEqualTo(1L + PEOPLE + 100);
    }

    /**
     * A batch reads its plans together: one statement for the plans named by id; for items named by NIP, one for the
     * employees and one for their plans. Read one by one, each plan was a statement of its own (the database's
     * dearest). A plan id that does not exist is still refused for its item.
     */
    @Test
    void aBatchByNipReadsItsPlansTogether() throws Exception {
        List<String> byNip = StatementCounter.record(() -> assertThat(
                counted(RealisationBatchApiIntegrationTests.BATCH, batch("nip", 3 * PEOPLE)).value().getStatus()).isEqualTo(201))
                .stream().map(StatementCounter.Recorded::sql).toList();
        assertThat(byNip).as("plans read: %s", byNip).filteredOn(PLAN_READ).hasSize(1);
        assertThat(byNip).filteredOn(x -> x.contains("FROM employee e") && x.contains("nip")).hasSize(1);
    }

    @Test
    void aBatchByPlanIdReadsItsPlansInOneStatement() throws Exception {
        List<String> items = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            Plan plan = plans.forEmployee(Actor.system(), agency.id(), periods.current(Actor.system(), agency.id()).orElseThrow().id(),
                    doctors.get(n).id()).orElseThrow();
            items.add("""
                    {"planId": %d, "indicatorId": %d, "subPeriod": %d, "value": %d, "clientKey": "%s"}"""
                    .formatted(plan.id(), visits.get(n), TODAY.getMonthValue(), 10 + n, prefix + "id-" + n));
        }
        String json = "{\"items\": [" + String.join(",", items) + "]}";
        List<String> byId = StatementCounter.record(() -> assertThat(
                counted(RealisationBatchApiIntegrationTests.BATCH, json).value().getStatus()).isEqualTo(201))
                .stream().map(StatementCounter.Recorded::sql).toList();
        assertThat(byId).as("plans read: %s", byId).filteredOn(PLAN_READ).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM realisation WHERE agency_id = :a AND sub_period = :s AND value >= 10")
                .param("a", agency.id()).param("s", TODAY.getMonthValue()).query(Long.class).single()).isEqualTo(PEOPLE);

        String unknown = "{\"items\": [" + items.get(0).replace(prefix + "id-0", prefix + "again-0") + ","
                + items.get(1).replaceFirst("\"planId\": \\d+", "\"planId\": 987654321").replace(prefix + "id-1", prefix + "again-1") + "]}";
        var refused = counted(RealisationBatchApiIntegrationTests.BATCH, unknown).value();
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"refused\":1", "\"index\":1", "\"field\":\"planId\"", "error.notFound");
    }

    /** The whole plan's read ({@code PlanManagement}'s one statement for one or more plans). */
    static final java.util.function.Predicate<String> PLAN_READ = x -> x.contains("FROM performance_plan p JOIN performance_period pp");

    /**
     * A single push is one transaction with one commit. Its token is read once a call and its last use written at
     * most once a minute (each call wrote, or tried to, in a transaction of its own); the push's key is recorded
     * with what it stored.
     */
    @Test
    void aSinglePushIsOneTransactionAndItsTokensLastUseIsWrittenOnceAMinute() {
        assertThat(counted(RealisationApiIntegrationTests.PUSH, item("warm", 0)).value().getStatus()).isEqualTo(201);
        List<StatementCounter.Recorded> sent = StatementCounter.record(() -> assertThat(
                counted(RealisationApiIntegrationTests.PUSH, item("one", 1)).value().getStatus()).isEqualTo(201));
        List<String> sql = sent.stream().map(StatementCounter.Recorded::sql).toList();
        assertThat(sql).as("%s", sql).filteredOn(x -> x.contains("UPDATE api_token")).isEmpty();
        assertThat(sql).as("%s", sql).filteredOn(x -> x.equals("COMMIT")).hasSize(1);
        assertThat(jdbc.sql("SELECT progress_id IS NOT NULL AND realisation_id IS NOT NULL FROM realisation_push WHERE client_key = :k")
                .param("k", prefix + "one-1").query(Boolean.class).single()).isTrue();

        jdbc.sql("UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE name = 'SIMPUS Kesatria' AND agency_id = :a")
                .param("a", agency.id()).update();
        List<String> later = StatementCounter.record(() -> assertThat(
                counted(RealisationApiIntegrationTests.PUSH, item("later", 2)).value().getStatus()).isEqualTo(201))
                .stream().map(StatementCounter.Recorded::sql).toList();
        assertThat(later).as("%s", later).filteredOn(x -> x.contains("UPDATE api_token")).hasSize(1);
        assertThat(jdbc.sql("SELECT last_used_at > now() - interval '1 minute' FROM api_token WHERE name = 'SIMPUS Kesatria' AND agency_id = :a")
                .param("a", agency.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDaysBatchOf1000RecordsIsStoredInOneRequest() throws Exception {
        String json = batch("day", 1000);
        long start = System.nanoTime();
        var batch = counted(RealisationBatchApiIntegrationTests.BATCH, json);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(batch.value().getStatus()).isEqualTo(201);
        System.out.printf("BATCH 1000 realisation pushes: %d ms, %d statements (%.1f per item), %d bytes answered%n",
                millis, batch.statements(), batch.statements() / 1000.0, batch.value().getContentAsByteArray().length);
        // every doctor's month is the sum of their 100 days' records
        for (int d = 0; d < PEOPLE; d++) {
            int expected = 0;
            for (int n = d; n < 1000; n += PEOPLE) {
                expected += 1 + n % 7;
            }
            assertThat(jdbc.sql("SELECT value FROM realisation WHERE indicator_id = :i AND sub_period = :s")
                    .param("i", visits.get(d)).param("s", TODAY.getMonthValue()).query(BigDecimal.class).single())
                    .isEqualByComparingTo(BigDecimal.valueOf(expected));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM realisation_push WHERE client_key LIKE :p AND progress_id IS NOT NULL")
                .param("p", prefix + "day-%").query(Long.class).single()).isEqualTo(1000L);
    }
}
