package id.capaian.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
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
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanHeaderForm;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
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
 * A clinic's registry (SIMPUS) pushes a day's records in one request: stored all together or not at all, every
 * refused row named with its index, field and translated reason; retries count once; the token's unit is kept.
 */
@IntegrationTest
class RealisationBatchApiIntegrationTests {

    static final String BATCH = "/api/v1/agencies/{a}/realisations/batch";
    static final String PUSH = "/api/v1/agencies/{a}/realisations";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate FIRST = TODAY.withDayOfMonth(1);

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
    Employee head;
    Employee doctor;
    Employee nurse;
    Employee baneDoctor;
    Plan doctorPlan;
    Plan nursePlan;
    long doctorVisits;
    long doctorSatisfaction;
    long nurseVisits;
    long baneVisits;
    String clinic;
    String kesatriaOnly;
    String prefix;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        kesatria = data.unit(agency, dinkes.id(), "UPTD Puskesmas Kesatria");
        bane = data.unit(agency, dinkes.id(), "UPTD Puskesmas Bane");
        head = data.employee(agency, kesatria, null, null, "dr. Kepala Puskesmas Kesatria");
        doctor = data.employee(agency, kesatria, null, head, "dr. Siti Aminah");
        nurse = data.employee(agency, kesatria, null, head, "Ns. Rina Wati");
        Employee baneHead = data.employee(agency, bane, null, null, "dr. Kepala Puskesmas Bane");
        baneDoctor = data.employee(agency, bane, null, baneHead, "dr. Budi Santoso");
        for (Employee e : List.of(head, doctor, nurse, baneHead, baneDoctor)) {
            data.account(e);
        }
        doctorPlan = approvedPlan(doctor, head, TODAY.getYear());
        nursePlan = approvedPlan(nurse, head, TODAY.getYear());
        Plan banePlan = approvedPlan(baneDoctor, baneHead, TODAY.getYear());
        doctorVisits = doctorPlan.results().get(0).indicators().get(0).id();
        doctorSatisfaction = doctorPlan.results().get(0).indicators().get(1).id();
        nurseVisits = nursePlan.results().get(0).indicators().get(0).id();
        baneVisits = banePlan.results().get(0).indicators().get(0).id();
        // the registry's tokens: one for the whole agency, and one limited to the Kesatria clinic and the units below it
        clinic = "Bearer " + tokens.issue(Actor.system(), agency.id(), "SIMPUS Kesatria", Role.AGENCY_ADMIN, null).secret();
        kesatriaOnly = "Bearer " + tokens.issue(Actor.system(), agency.id(), "SIMPUS Kesatria (unit)", Role.AGENCY_ADMIN, null,
                kesatria.id()).secret();
        prefix = "a" + agency.id() + "-";
    }

    /** An approved plan with a quantity IKI (visits, the sum of the days) and a written one (satisfaction). */
    Plan approvedPlan(Employee owner, Employee appraiser, int year) {
        Actor staff = (Actor) users.loadUserByUsername(owner.nip());
        Actor boss = (Actor) users.loadUserByUsername(appraiser.nip());
        Period period = periods.list(Actor.system(), agency.id()).stream().filter(p -> p.year() == year).findFirst()
                .orElseGet(() -> periods.open(Actor.system(), agency.id(), new PeriodForm(year, SubPeriodScheme.MONTHLY, null)));
        Plan p = plans.create(staff, agency.id(), period.id(), staff.employeeId());
        PlanHeaderForm header = PlanHeaderForm.of(p);
        header.setApproach(PlanApproach.QUALITATIVE);
        plans.updateHeader(staff, agency.id(), p.id(), header);
        PlannedResult r = plans.addResult(staff, agency.id(), p.id(), new ResultForm(ResultKind.UTAMA,
                "Terlayaninya pasien rawat jalan di Puskesmas", null, null));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Kunjungan pasien dilayani",
                new BigDecimal("1200"), "kunjungan", Direction.HIGHER));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.text(Aspect.KUALITAS, "Kepuasan pasien",
                "Pasien puas dengan layanan"));
        plans.submit(staff, agency.id(), p.id());
        return plans.approve(boss, agency.id(), p.id());
    }

    // ---------------------------------------------------------------- requests

    String daily(String key, Employee who, long indicator, LocalDate date, String value) {
        return """
                {"employeeNip": "%s", "indicatorId": %d, "date": "%s", "value": %s, "note": "Kunjungan poli umum",
                 "clientKey": "%s", "sourceLabel": "SIMPUS Puskesmas Kesatria"}""".formatted(who.nip(), indicator, date, value,
                prefix + key);
    }

    String monthly(String key, Plan plan, long indicator, int subPeriod, String value) {
        return """
                {"planId": %d, "indicatorId": %d, "subPeriod": %d, "value": %s, "clientKey": "%s"}"""
                .formatted(plan.id(), indicator, subPeriod, value, prefix + key);
    }

    String written(String key, Plan plan, long indicator, String text) {
        return """
                {"planId": %d, "indicatorId": %d, "subPeriod": %d, "textValue": "%s", "clientKey": "%s"}"""
                .formatted(plan.id(), indicator, TODAY.getMonthValue(), text, prefix + key);
    }

    static String batch(String... items) {
        return batch(List.of(items));
    }

    static String batch(List<String> items) {
        return "{\"items\": [" + String.join(",\n", items) + "]}";
    }

    ResultActions send(String auth, String json) throws Exception {
        return send(auth, json, "id");
    }

    ResultActions send(String auth, String json, String language) throws Exception {
        return mvc.perform(post(BATCH, agency.id()).header(HttpHeaders.AUTHORIZATION, auth)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).content(json));
    }

    BigDecimal value(long indicator) {
        return jdbc.sql("SELECT value FROM realisation WHERE indicator_id = :i AND sub_period = :s").param("i", indicator)
                .param("s", TODAY.getMonthValue()).query(BigDecimal.class).optional().orElse(null);
    }

    long count(String sql) {
        return jdbc.sql(sql).param("a", agency.id()).query(Long.class).single();
    }

    long stored() {
        return count("SELECT count(*) FROM realisation WHERE agency_id = :a")
                + count("SELECT count(*) FROM progress_entry WHERE agency_id = :a");
    }

    long claims() {
        return jdbc.sql("SELECT count(*) FROM realisation_push WHERE client_key LIKE :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aMixedBatchIsStoredInOneGoWithOneAnswerPerItemInOrder() throws Exception {
        send(clinic, batch(
                daily("d1", doctor, doctorVisits, FIRST, "12"),
                daily("d2", doctor, doctorVisits, TODAY, "8"),
                monthly("n1", nursePlan, nurseVisits, TODAY.getMonthValue(), "95"),
                written("d3", doctorPlan, doctorSatisfaction, "Survei kepuasan: 92% puas")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replay", "false"))
                .andExpect(jsonPath("$.stored").value(4))
                .andExpect(jsonPath("$.replayed").value(0))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[0].clientKey").value(prefix + "d1"))
                .andExpect(jsonPath("$.items[0].replay").value(false))
                .andExpect(jsonPath("$.items[0].progress.value").value(12))
                .andExpect(jsonPath("$.items[0].progress.date").value(FIRST.toString()))
                .andExpect(jsonPath("$.items[0].progress.source").value("API"))
                .andExpect(jsonPath("$.items[0].progress.recordedBy").value("token:SIMPUS Kesatria"))
                .andExpect(jsonPath("$.items[0].realisation.value").value(12))
                .andExpect(jsonPath("$.items[1].clientKey").value(prefix + "d2"))
                .andExpect(jsonPath("$.items[1].progress.value").value(8))
                .andExpect(jsonPath("$.items[1].realisation.value").value(20))
                .andExpect(jsonPath("$.items[1].realisation.source").value("PROGRESS"))
                .andExpect(jsonPath("$.items[2].clientKey").value(prefix + "n1"))
                .andExpect(jsonPath("$.items[2].realisation.value").value(95))
                .andExpect(jsonPath("$.items[2].realisation.source").value("API"))
                .andExpect(jsonPath("$.items[2].realisation.sourceLabel").value("SIMPUS Kesatria"))
                .andExpect(jsonPath("$.items[2].progress").doesNotExist())
                .andExpect(jsonPath("$.items[3].realisation.textValue").value("Survei kepuasan: 92% puas"));
        assertThat(value(doctorVisits)).isEqualByComparingTo("20");
        assertThat(value(nurseVisits)).isEqualByComparingTo("95");
        // every key remembers what it stored, so that a retry is answered with it
        assertThat(jdbc.sql("""
                SELECT count(*) FROM realisation_push WHERE client_key LIKE :p AND realisation_id IS NOT NULL
                  AND (progress_id IS NOT NULL) = (client_key LIKE '%d1' OR client_key LIKE '%d2')
                """).param("p", prefix + "%").query(Long.class).single()).isEqualTo(4L);
    }

    @Test
    void twoBadItemsStoreNothingAndBothAreReportedWithIndexFieldAndMessageInBothLanguages() throws Exception {
        LocalDate lastYear = LocalDate.of(TODAY.getYear() - 1, 6, 1);
        Plan old = approvedPlan(doctor, head, lastYear.getYear());
        long oldVisits = old.results().get(0).indicators().get(0).id();
        String json = batch(
                daily("ok-1", doctor, doctorVisits, TODAY, "5"),
                daily("neg", doctor, doctorVisits, TODAY, "-2"),
                monthly("ok-2", nursePlan, nurseVisits, TODAY.getMonthValue(), "40"),
                monthly("closed", old, oldVisits, 6, "100"),
                daily("ok-3", nurse, nurseVisits, TODAY, "1"));
        send(clinic, json).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("tracking.api.error.batchRefused"))
                .andExpect(jsonPath("$.title").value("Kiriman ditolak, tidak ada yang disimpan"))
                .andExpect(jsonPath("$.detail").value(startsWith("2 dari 5 butir")))
                .andExpect(jsonPath("$.items").value(5))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].clientKey").value(prefix + "neg"))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.negative"))
                .andExpect(jsonPath("$.errors[0].message").value("Target tidak boleh negatif."))
                .andExpect(jsonPath("$.errors[1].index").value(3))
                .andExpect(jsonPath("$.errors[1].clientKey").value(prefix + "closed"))
                .andExpect(jsonPath("$.errors[1].field").value("subPeriod"))
                .andExpect(jsonPath("$.errors[1].code").value("tracking.error.closed"))
                .andExpect(jsonPath("$.errors[1].message").value(startsWith(
                        "Batas waktu pengisian sub-periode ini (" + lastYear.getYear() + "-07-05) sudah lewat")));
        send(clinic, json, "en").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Batch refused, nothing stored"))
                .andExpect(jsonPath("$.detail").value(startsWith("2 of 5 items could not be accepted")))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].message").value("A target cannot be negative."))
                .andExpect(jsonPath("$.errors[1].index").value(3))
                .andExpect(jsonPath("$.errors[1].message").value(startsWith(
                        "The entry deadline of this sub-period (" + lastYear.getYear() + "-07-05) has passed")));
        // nothing stored, no key claimed: once fixed, the same keys go through
        assertThat(stored()).isZero();
        assertThat(claims()).isZero();

        send(clinic, batch(
                daily("ok-1", doctor, doctorVisits, TODAY, "5"),
                daily("neg", doctor, doctorVisits, TODAY, "2"),
                monthly("ok-2", nursePlan, nurseVisits, TODAY.getMonthValue(), "40"),
                daily("ok-3", doctor, doctorVisits, TODAY, "1")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stored").value(4));
        assertThat(value(doctorVisits)).isEqualByComparingTo("8");
    }

    @Test
    void itemsRefusedForTheirOwnFieldsAndForTheIndicatorsKindAreAllListed() throws Exception {
        send(clinic, batch(
                "{\"indicatorId\": %d, \"value\": 3, \"clientKey\": \"%s\"}".formatted(doctorVisits, "k".repeat(101)),
                monthly("no-text", doctorPlan, doctorSatisfaction, TODAY.getMonthValue(), "3"),
                daily("text-daily", doctor, doctorSatisfaction, TODAY, "3"),
                "null",
                monthly("no-plan", doctorPlan, doctorVisits, TODAY.getMonthValue(), "3").replace(
                        "\"planId\": " + doctorPlan.id(), "\"planId\": 0"),
                daily("ok", doctor, doctorVisits, TODAY, "3")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.refused").value(5))
                // the first item has three problems: one row each, all with its index
                .andExpect(jsonPath("$.errors[0].index").value(0))
                .andExpect(jsonPath("$.errors[1].index").value(0))
                .andExpect(jsonPath("$.errors[2].index").value(0))
                .andExpect(jsonPath("$.errors[0:3].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "clientKey", "planId", "subPeriod")))
                .andExpect(jsonPath("$.errors[3].index").value(1))
                .andExpect(jsonPath("$.errors[3].field").value("textValue"))
                .andExpect(jsonPath("$.errors[3].code").value("validation.required"))
                .andExpect(jsonPath("$.errors[4].index").value(2))
                .andExpect(jsonPath("$.errors[4].code").value("tracking.error.progressQualitative"))
                .andExpect(jsonPath("$.errors[5].index").value(3))
                .andExpect(jsonPath("$.errors[5].field").value("body"))
                .andExpect(jsonPath("$.errors[6].index").value(4))
                .andExpect(jsonPath("$.errors[6].field").value("planId"))
                .andExpect(jsonPath("$.errors[6].code").value("error.notFound"))
                .andExpect(jsonPath("$.errors[6].message").value("SKP tidak ditemukan."))
                .andExpect(jsonPath("$.errors.length()").value(7));
        assertThat(stored()).isZero();
        assertThat(claims()).isZero();
    }

    @Test
    void aRetriedBatchStoresNothingNewAndSaysReplayed() throws Exception {
        // one of the day's records already went through as a single push
        mvc.perform(post(PUSH, agency.id()).header(HttpHeaders.AUTHORIZATION, clinic).contentType(MediaType.APPLICATION_JSON)
                .content(daily("d0", doctor, doctorVisits, FIRST, "2"))).andExpect(status().isCreated());
        String json = batch(
                daily("d0", doctor, doctorVisits, FIRST, "2"),
                daily("d1", doctor, doctorVisits, TODAY, "10"),
                monthly("n1", nursePlan, nurseVisits, TODAY.getMonthValue(), "7"));
        send(clinic, json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.replayed").value(1))
                .andExpect(jsonPath("$.items[0].replay").value(true))
                .andExpect(jsonPath("$.items[0].progress.value").value(2))
                .andExpect(jsonPath("$.items[1].replay").value(false))
                .andExpect(jsonPath("$.items[1].realisation.value").value(12));
        long before = stored();

        // the registry did not hear back and sends the whole batch again, the values written differently
        send(clinic, json.replace("\"value\": 10", "\"value\": 10.00")).andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replay", "true"))
                .andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.replayed").value(3))
                .andExpect(jsonPath("$.items[0].replay").value(true))
                .andExpect(jsonPath("$.items[1].replay").value(true))
                .andExpect(jsonPath("$.items[1].clientKey").value(prefix + "d1"))
                .andExpect(jsonPath("$.items[1].progress.value").value(10))
                .andExpect(jsonPath("$.items[1].realisation.value").value(12))
                .andExpect(jsonPath("$.items[2].replay").value(true))
                .andExpect(jsonPath("$.items[2].realisation.value").value(7))
                .andExpect(jsonPath("$.items[2].progress").doesNotExist());
        assertThat(stored()).isEqualTo(before);
        assertThat(value(doctorVisits)).isEqualByComparingTo("12");
        assertThat(count("SELECT count(*) FROM progress_entry WHERE agency_id = :a")).isEqualTo(2L);

        // and a single push of a key first sent in a batch is a retry too
        mvc.perform(post(PUSH, agency.id()).header(HttpHeaders.AUTHORIZATION, clinic).contentType(MediaType.APPLICATION_JSON)
                        .content(daily("d1", doctor, doctorVisits, TODAY, "10")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replay").value(true))
                .andExpect(jsonPath("$.progress.value").value(10));
    }

    @Test
    void aKeyPushedBeforeWithOtherContentRefusesItsItem() throws Exception {
        send(clinic, batch(daily("k1", doctor, doctorVisits, TODAY, "5"))).andExpect(status().isCreated());
        send(clinic, batch(
                daily("k2", nurse, nurseVisits, TODAY, "3"),
                daily("k1", doctor, doctorVisits, TODAY, "6")), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].clientKey").value(prefix + "k1"))
                .andExpect(jsonPath("$.errors[0].field").value("clientKey"))
                .andExpect(jsonPath("$.errors[0].code").value("tracking.api.error.keyReused"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("This clientKey was already used")));
        assertThat(value(doctorVisits)).isEqualByComparingTo("5");
        assertThat(value(nurseVisits)).isNull();
        assertThat(claims()).isEqualTo(1L);
    }

    @Test
    void aKeyUsedTwiceInOneBatchRefusesTheSecondItem() throws Exception {
        send(clinic, batch(
                daily("same", doctor, doctorVisits, TODAY, "5"),
                daily("other", nurse, nurseVisits, TODAY, "2"),
                daily("same", doctor, doctorVisits, TODAY, "5"),
                daily("same", nurse, nurseVisits, TODAY, "9")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].index").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("clientKey"))
                .andExpect(jsonPath("$.errors[0].code").value("tracking.api.error.duplicateKey"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("clientKey ini sudah dipakai butir 0 ")))
                .andExpect(jsonPath("$.errors[1].index").value(3));
        assertThat(stored()).isZero();
        assertThat(claims()).isZero();
    }

    @Test
    void tooManyOrNoItemsAreRefusedWithAClearReason() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(daily("many-" + i, doctor, doctorVisits, TODAY, "1"));
        }
        send(clinic, batch(items)).andExpect(status().is(413))
                .andExpect(jsonPath("$.code").value("tracking.api.error.batchTooLarge"))
                .andExpect(jsonPath("$.maxItems").value(1000))
                .andExpect(jsonPath("$.detail").value(startsWith("Satu kiriman memuat paling banyak 1.000 butir, kiriman ini memuat 1.001")));
        send(clinic, batch(items), "en").andExpect(status().is(413))
                .andExpect(jsonPath("$.title").value("Batch too large"))
                .andExpect(jsonPath("$.detail").value(startsWith("A batch holds at most 1,000 items, this one has 1,001")));
        assertThat(stored()).isZero();

        send(clinic, "{\"items\": []}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("items"))
                .andExpect(jsonPath("$.errors[0].code").value("tracking.api.error.batchEmpty"));
        send(clinic, "{}", "en").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Send 1 to 1,000 entries in items."));
        send(clinic, "{\"items\": [").andExpect(status().isBadRequest());
    }

    @Test
    void aUnitScopedTokenIsRefusedTheItemsOutsideItsUnit() throws Exception {
        send(kesatriaOnly, batch(
                daily("in", doctor, doctorVisits, TODAY, "4"),
                daily("out", baneDoctor, baneVisits, TODAY, "4")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].clientKey").value(prefix + "out"))
                .andExpect(jsonPath("$.errors[0].field").value("planId"))
                .andExpect(jsonPath("$.errors[0].code").value("tracking.api.error.outsideUnit"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("SKP ini milik pegawai di luar unit token ini")));
        assertThat(stored()).isZero();

        // the Bane clinic's own token may push for its doctor, an agency-wide token for both, the Kesatria token its own
        send(kesatriaOnly, batch(daily("own", nurse, nurseVisits, TODAY, "6"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].progress.recordedBy").value("token:SIMPUS Kesatria (unit)"));
        String baneToken = "Bearer " + tokens.issue(Actor.system(), agency.id(), "SIMPUS Bane", Role.AGENCY_ADMIN, null, bane.id())
                .secret();
        send(baneToken, batch(daily("bane", baneDoctor, baneVisits, TODAY, "4"))).andExpect(status().isCreated());
        String admin = "Bearer " + tokens.issue(Actor.system(), agency.id(), "Integrasi BKPSDM", Role.AGENCY_ADMIN, null).secret();
        send(admin, batch(daily("in", doctor, doctorVisits, TODAY, "4"), daily("out", baneDoctor, baneVisits, TODAY, "4")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stored").value(2));
        assertThat(value(baneVisits)).isEqualByComparingTo("8");

        // a token that may not push at all, or a person, is refused as a whole
        String readOnly = "Bearer " + tokens.issue(Actor.system(), agency.id(), "Dasbor", Role.AGENCY_HEAD, null).secret();
        send(readOnly, batch(daily("ro", doctor, doctorVisits, TODAY, "1"))).andExpect(status().isForbidden());
        String basic = "Basic " + Base64.getEncoder().encodeToString((doctor.nip() + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        send(basic, batch(daily("me", doctor, doctorVisits, TODAY, "1"))).andExpect(status().isForbidden());
        Agency other = data.agency();
        String otherToken = "Bearer " + tokens.issue(Actor.system(), other.id(), "SIMPUS lain", Role.AGENCY_ADMIN, null).secret();
        mvc.perform(post(BATCH, other.id()).header(HttpHeaders.AUTHORIZATION, otherToken).contentType(MediaType.APPLICATION_JSON)
                        .content(batch(monthly("x", doctorPlan, doctorVisits, TODAY.getMonthValue(), "1"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("error.notFound"));
        assertThat(value(doctorVisits)).isEqualByComparingTo("4");
    }

    @Test
    void daysPushedInABatchAddUpLikeSinglePushes() throws Exception {
        List<LocalDate> days = List.of(FIRST, TODAY.minusDays(Math.min(1, TODAY.getDayOfMonth() - 1)), TODAY, TODAY);
        List<String> values = List.of("3", "4", "5.5", "0");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            items.add(daily("b" + i, doctor, doctorVisits, days.get(i), values.get(i)));
            mvc.perform(post(PUSH, agency.id()).header(HttpHeaders.AUTHORIZATION, clinic).contentType(MediaType.APPLICATION_JSON)
                            .content(daily("s" + i, nurse, nurseVisits, days.get(i), values.get(i))))
                    .andExpect(status().isCreated());
        }
        send(clinic, batch(items)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].realisation.value").value(3))
                .andExpect(jsonPath("$.items[1].realisation.value").value(7))
                .andExpect(jsonPath("$.items[2].realisation.value").value(12.5))
                .andExpect(jsonPath("$.items[3].realisation.value").value(12.5))
                .andExpect(jsonPath("$.items[3].realisation.version").value(3));
        assertThat(value(doctorVisits)).isEqualByComparingTo("12.5").isEqualByComparingTo(value(nurseVisits));
        String entries = "SELECT string_agg(entry_date || '=' || value::text || ' ' || source, ',' ORDER BY id) FROM progress_entry"
                + " WHERE indicator_id = :i";
        assertThat(jdbc.sql(entries).param("i", doctorVisits).query(String.class).single())
                .isEqualTo(jdbc.sql(entries).param("i", nurseVisits).query(String.class).single());
        // read back as the appraiser sees it
        mvc.perform(get("/api/v1/agencies/{a}/plans/{p}/realisations", agency.id(), doctorPlan.id())
                        .param("subPeriod", String.valueOf(TODAY.getMonthValue())).header(HttpHeaders.AUTHORIZATION, clinic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].realisation.value").value(12.5))
                .andExpect(jsonPath("$.indicators[0].realisation.source").value("PROGRESS"));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheBatch() throws Exception {
        String path = "$.paths['/api/v1/agencies/{agencyId}/realisations/batch'].post";
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath(path + ".operationId").value("pushRealisationBatch"))
                .andExpect(jsonPath(path + ".tags[0]").value("Realisations"))
                .andExpect(jsonPath(path + ".description").value(containsString("nothing is stored")))
                .andExpect(jsonPath(path + ".requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/RealisationBatchRequest"))
                .andExpect(jsonPath(path + ".responses['201'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/RealisationBatchResponse"))
                .andExpect(jsonPath(path + ".responses['413']").exists())
                .andExpect(jsonPath(path + ".responses['422'].content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/RealisationBatchProblem"))
                .andExpect(jsonPath("$.components.schemas.RealisationBatchRequest.properties.items.items['$ref']")
                        .value("#/components/schemas/RealisationPushRequest"))
                .andExpect(jsonPath("$.components.schemas.RealisationBatchResponse.properties.items.items['$ref']")
                        .value("#/components/schemas/RealisationPushResponse"))
                .andExpect(jsonPath("$.components.schemas.RealisationBatchError.properties.index").exists());
    }
}
