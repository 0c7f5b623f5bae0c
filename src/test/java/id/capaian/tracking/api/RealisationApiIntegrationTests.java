package id.capaian.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A clinic's registry (SIMPUS) pushes the daily visits of a doctor of its Puskesmas with a token limited to that
 * Puskesmas; retries count once; other units and agencies are refused; the entry window and the input are checked.
 */
@IntegrationTest
class RealisationApiIntegrationTests {

    static final String PUSH = "/api/v1/agencies/{a}/realisations";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApiTokenManagement tokens;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    Agency agency;
    Unit kesatria;
    Unit bane;
    Employee doctor;
    Employee head;
    Plan plan;
    long visits;
    String clinic;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        kesatria = data.unit(agency, dinkes.id(), "UPTD Puskesmas Kesatria");
        bane = data.unit(agency, dinkes.id(), "UPTD Puskesmas Bane");
        head = data.employee(agency, kesatria, null, null, "dr. Kepala Puskesmas Kesatria");
        doctor = data.employee(agency, kesatria, null, head, "dr. Siti Aminah");
        data.account(head);
        data.account(doctor);
        plan = approvedPlan(doctor, head, TODAY.getYear());
        visits = plan.results().get(0).indicators().get(0).id();
        clinic = bearer(tokens.issue(Actor.system(), agency.id(), "SIMPUS Kesatria", Role.AGENCY_ADMIN, null, kesatria.id())
                .secret());
    }

    private Plan approvedPlan(Employee owner, Employee appraiser, int year) {
        Actor staff = (Actor) users.loadUserByUsername(owner.nip());
        Actor boss = (Actor) users.loadUserByUsername(appraiser.nip());
        Period period = periods.list(Actor.system(), agency.id()).stream().filter(p -> p.year() == year).findFirst()
                .orElseGet(() -> periods.open(Actor.system(), agency.id(), new PeriodForm(year, SubPeriodScheme.MONTHLY, null)));
        Plan p = plans.create(staff, agency.id(), period.id(), staff.employeeId());
        PlannedResult r = plans.addResult(staff, agency.id(), p.id(), new ResultForm(ResultKind.UTAMA,
                "Terlayaninya pasien rawat jalan di Puskesmas", null, null));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Kunjungan pasien dilayani",
                new BigDecimal("1200"), "kunjungan", Direction.HIGHER));
        plans.submit(staff, agency.id(), p.id());
        return plans.approve(boss, agency.id(), p.id());
    }

    static String bearer(String secret) {
        return "Bearer " + secret;
    }

    static String basic(Employee e) {
        return "Basic " + Base64.getEncoder().encodeToString((e.nip() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    ResultActions push(String auth, String json) throws Exception {
        return push(auth, json, agency.id());
    }

    ResultActions push(String auth, String json, long agencyId) throws Exception {
        return mvc.perform(post(PUSH, agencyId).header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    String daily(String key, LocalDate date, String value) {
        return """
                {"employeeNip": "%s", "indicatorId": %d, "date": "%s", "value": %s, "note": "Kunjungan poli umum",
                 "clientKey": "%s", "sourceLabel": "SIMPUS Puskesmas Kesatria"}
                """.formatted(doctor.nip(), visits, date, value, key);
    }

    BigDecimal stored() {
        return jdbc.sql("SELECT value FROM realisation WHERE indicator_id = :i AND sub_period = :s").param("i", visits)
                .param("s", TODAY.getMonthValue()).query(BigDecimal.class).single();
    }

    @Test
    void theClinicsDailyVisitsAreStoredWithTheirSourceAndARetryCountsOnce() throws Exception {
        LocalDate first = TODAY.withDayOfMonth(1);
        push(clinic, daily("kunjungan-" + first, first, "12")).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replay", "false"))
                .andExpect(jsonPath("$.replay").value(false))
                .andExpect(jsonPath("$.progress.source").value("API"))
                .andExpect(jsonPath("$.progress.sourceLabel").value("SIMPUS Puskesmas Kesatria"))
                .andExpect(jsonPath("$.progress.recordedBy").value("token:SIMPUS Kesatria"))
                .andExpect(jsonPath("$.realisation.value").value(12));
        String second = daily("kunjungan-" + TODAY + "-b", TODAY, "8");
        push(clinic, second).andExpect(status().isCreated())
                .andExpect(jsonPath("$.realisation.value").value(20))
                .andExpect(jsonPath("$.realisation.source").value("PROGRESS"))
                .andExpect(jsonPath("$.realisation.sourceLabel").value("SIMPUS Puskesmas Kesatria"));

        // the registry did not hear back and sends the same push again: answered with the first result, counted once
        push(clinic, second).andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replay", "true"))
                .andExpect(jsonPath("$.replay").value(true))
                .andExpect(jsonPath("$.realisation.value").value(20));
        // the same content written differently (8.0 for 8, spacing) is the same push
        push(clinic, second.replace("\"value\": 8", "\"value\": 8.0")).andExpect(status().isOk());
        assertThat(stored()).isEqualByComparingTo("20");
        assertThat(jdbc.sql("SELECT count(*) FROM progress_entry WHERE indicator_id = :i").param("i", visits)
                .query(Long.class).single()).isEqualTo(2L);

        // the same key with other content is refused and changes nothing
        push(clinic, daily("kunjungan-" + TODAY + "-b", TODAY, "9")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("tracking.api.error.keyReused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("clientKey")));
        assertThat(stored()).isEqualByComparingTo("20");

        // read back: by the doctor (HTTP Basic) and by the clinic's token, with the source beside the value
        mvc.perform(get("/api/v1/agencies/{a}/plans/{p}/realisations", agency.id(), plan.id())
                        .param("subPeriod", String.valueOf(TODAY.getMonthValue())).header(HttpHeaders.AUTHORIZATION, basic(doctor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].realisation.value").value(20))
                .andExpect(jsonPath("$.indicators[0].realisation.sourceLabel").value("SIMPUS Puskesmas Kesatria"))
                .andExpect(jsonPath("$.indicators[0].target").value("1200 kunjungan"))
                .andExpect(jsonPath("$.window.state").value("OPEN"));
        mvc.perform(get("/api/v1/agencies/{a}/plans/{p}/realisations", agency.id(), plan.id())
                        .param("subPeriod", String.valueOf(TODAY.getMonthValue())).header(HttpHeaders.AUTHORIZATION, clinic))
                .andExpect(status().isOk()).andExpect(jsonPath("$.employeeNip").value(doctor.nip()));
    }

    @Test
    void aMonthlyValueByPlanIdTakesTheTokensNameAsItsSource() throws Exception {
        String json = """
                {"planId": %d, "indicatorId": %d, "subPeriod": %d, "value": 95, "clientKey": "bulan-%d"}
                """.formatted(plan.id(), visits, TODAY.getMonthValue(), TODAY.getMonthValue());
        push(clinic, json).andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith(
                        "/api/v1/agencies/" + agency.id() + "/plans/" + plan.id() + "/realisations?subPeriod=" + TODAY.getMonthValue())))
                .andExpect(jsonPath("$.realisation.source").value("API"))
                .andExpect(jsonPath("$.realisation.sourceLabel").value("SIMPUS Kesatria"))
                .andExpect(jsonPath("$.realisation.reviewStatus").value("PENDING"))
                .andExpect(jsonPath("$.progress").doesNotExist());
        assertThat(stored()).isEqualByComparingTo("95");
    }

    @Test
    void retriesRacingEachOtherCountOnce() throws Exception {
        String json = daily("balapan-1", TODAY, "5");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Integer> call = () -> push(clinic, json).andReturn().getResponse().getStatus();
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualByComparingTo("5");
    }

    @Test
    void aTokenOfAnotherUnitOrAgencyIsRefused() throws Exception {
        String baneToken = bearer(tokens.issue(Actor.system(), agency.id(), "SIMPUS Bane", Role.AGENCY_ADMIN, null, bane.id())
                .secret());
        push(baneToken, daily("x-1", TODAY, "3")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies/{a}/plans/{p}/realisations", agency.id(), plan.id()).param("subPeriod", "1")
                .header(HttpHeaders.AUTHORIZATION, baneToken)).andExpect(status().isForbidden());

        Agency other = data.agency();
        String otherToken = bearer(tokens.issue(Actor.system(), other.id(), "SIMPUS lain", Role.AGENCY_ADMIN, null).secret());
        // another agency is not there for it (as everywhere in the API)
        push(otherToken, daily("x-2", TODAY, "3")).andExpect(status().isNotFound());
        // pushing into its own agency for someone else's plan: not found there
        push(otherToken, daily("x-3", TODAY, "3"), other.id()).andExpect(status().isUnprocessableContent());
        push(otherToken, """
                {"planId": %d, "indicatorId": %d, "subPeriod": 1, "value": 1, "clientKey": "x-4"}
                """.formatted(plan.id(), visits), other.id()).andExpect(status().isNotFound());

        // a read-only token and a person cannot push
        String readOnly = bearer(tokens.issue(Actor.system(), agency.id(), "Dasbor", Role.AGENCY_HEAD, null).secret());
        push(readOnly, daily("x-5", TODAY, "3")).andExpect(status().isForbidden());
        push(basic(doctor), daily("x-6", TODAY, "3")).andExpect(status().isForbidden());

        // a unit-scoped token has no other rights in the agency
        mvc.perform(get("/api/v1/agencies/{a}/units", agency.id()).header(HttpHeaders.AUTHORIZATION, clinic))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("hanya dapat mengirim dan membaca realisasi")));
        mvc.perform(get("/api/v1/agencies/{a}/units", agency.id()).header(HttpHeaders.AUTHORIZATION, clinic)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("it may only push and read realisations")));
        mvc.perform(get("/api/v1/agencies/{a}/plans/{p}", agency.id(), plan.id()).header(HttpHeaders.AUTHORIZATION, clinic))
                .andExpect(status().isForbidden());

        // an agency-wide administrator token may push for anyone in the agency
        String admin = bearer(tokens.issue(Actor.system(), agency.id(), "Integrasi BKPSDM", Role.AGENCY_ADMIN, null).secret());
        push(admin, daily("x-7", TODAY, "4")).andExpect(status().isCreated());
        assertThat(stored()).isEqualByComparingTo("4");
    }

    @Test
    void aClosedSubPeriodIsRefusedWithTheTranslatedReason() throws Exception {
        Plan last = approvedPlan(doctor, head, TODAY.getYear() - 1);
        long indicator = last.results().get(0).indicators().get(0).id();
        String json = """
                {"planId": %d, "indicatorId": %d, "subPeriod": 6, "value": 100, "clientKey": "lama-6"}
                """.formatted(last.id(), indicator);
        mvc.perform(post(PUSH, agency.id()).header(HttpHeaders.AUTHORIZATION, clinic).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("tracking.error.closed"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "The entry deadline of this sub-period (" + (TODAY.getYear() - 1) + "-07-05) has passed")));
        push(clinic, json).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Batas waktu pengisian")));
        // nothing claimed the key: once the appraiser reopens the month, the same push goes through
        assertThat(jdbc.sql("SELECT count(*) FROM realisation_push WHERE client_key = 'lama-6'").query(Long.class).single()).isZero();
    }

    @Test
    void invalidPushesAreRefusedFieldByField() throws Exception {
        push(clinic, """
                {"employeeNip": "%s", "indicatorId": %d, "subPeriod": 1, "value": 3}
                """.formatted(doctor.nip(), visits)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("clientKey"))
                .andExpect(jsonPath("$.errors[0].code").value("validation.required"));
        push(clinic, """
                {"indicatorId": %d, "value": 3, "clientKey": "%s"}
                """.formatted(visits, "k".repeat(101))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("clientKey", "planId", "subPeriod")));
        push(clinic, daily("neg-1", TODAY, "-2")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.negative"));
        push(clinic, """
                {"employeeNip": "%s", "indicatorId": %d, "subPeriod": 1, "value": 3, "clientKey": "nip-1"}
                """.formatted(head.nip(), visits)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("tracking.api.error.noPlan"));
        push(clinic, "{").andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDescriptionDocumentsPushesAndReadingBack() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.operationId").value("pushRealisation"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.tags[0]").value("Realisations"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.responses['200'].headers['Idempotent-Replay']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/realisations'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}/realisations'].get.operationId").value("getRealisations"))
                .andExpect(jsonPath("$.components.schemas.RealisationPushRequest.properties.clientKey.description").exists())
                .andExpect(jsonPath("$.components.schemas.RealisationPushRequest.required").value(
                        org.hamcrest.Matchers.containsInAnyOrder("indicatorId", "clientKey")));
    }
}
