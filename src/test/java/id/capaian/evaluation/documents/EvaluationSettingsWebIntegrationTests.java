package id.capaian.evaluation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.EvaluationSetting;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.UnitGrade;
import id.capaian.evaluation.internal.documents.SettingsEditing;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.JfLevel;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The evaluation settings pages through the web: national defaults and agency values told apart, translated
 * problems next to the fields with nothing stored, stale versions and fingerprints refused, the curve editor's
 * round trip (change, add, remove, back to the national curve), the credit tables, the audit trail, and that
 * only the agency's administrators get in.
 */
@IntegrationTest
class EvaluationSettingsWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired EvaluationSettings settings;
    @Autowired SettingsEditing editing;
    @Autowired JdbcClient jdbc;

    Agency agency;
    UserDetails admin;
    UserDetails staff;
    UserDetails head;
    UserDetails outsider;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        var unit = data.unit(agency, null, "Badan Kepegawaian dan Pengembangan SDM");
        Employee a = data.employee(agency, unit, null, null, "Admin BKPSDM");
        Employee s = data.employee(agency, unit, null, a, "Staf BKPSDM");
        Employee h = data.employee(agency, unit, null, null, "Sekretaris Daerah");
        data.account(a, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(s);
        data.account(h, Role.EMPLOYEE, Role.AGENCY_HEAD);
        admin = users.loadUserByUsername(a.nip());
        staff = users.loadUserByUsername(s.nip());
        head = users.loadUserByUsername(h.nip());
        Agency other = data.agency();
        Employee o = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Admin Lain");
        data.account(o, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        outsider = users.loadUserByUsername(o.nip());
    }

    private String base() {
        return "/agencies/" + agency.id() + "/evaluation/settings";
    }

    private MockHttpServletRequestBuilder postAs(UserDetails who, String path) {
        return post(base() + path).with(user(who)).with(csrf());
    }

    private String page() throws Exception {
        return mvc.perform(get(base()).with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE agency_id = :a AND action = :x").param("a", agency.id())
                .param("x", action).query(Long.class).single();
    }

    @Test
    void onlyTheAgencysAdministratorsSeeTheSettingsAndTheyStartFromTheNationalDefaults() throws Exception {
        String html = page();
        assertThat(html).contains("Pengaturan evaluasi kinerja", "id=\"general-origin\"", "Bawaan nasional", "value=\"110\"",
                "value=\"80\"", "value=\"14\"", "Paling banyak (%)", "Unit berpredikat Istimewa", "Ahli Pertama", "value=\"12.5\"");
        assertThat(html).doesNotContain("Nilai instansi");
        for (UserDetails who : List.of(staff, head, outsider)) {
            // (someone of another agency: not found, as for every page of an agency not theirs)
            assertThat(mvc.perform(get(base()).with(user(who))).andReturn().getResponse().getStatus()).isIn(403, 404);
            assertThat(mvc.perform(postAs(who, "").param("above", "120").param("below", "80").param("objectionDays", "14")
                    .param("version", "-1")).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        assertThat(settings.get(agency.id()).version()).isEqualTo(-1);
    }

    @Test
    void theGeneralSettingsShowTranslatedProblemsNextToTheFieldsAndKeepTheirVersion() throws Exception {
        String html = mvc.perform(postAs(admin, "").param("above", "abc").param("below", "80").param("objectionDays", "100")
                        .param("version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ambang harus lebih dari 0 dan paling tinggi 1000 persen.", "Masa keberatan harus 1 sampai 90 hari.",
                "Ambang di atas ekspektasi: Ambang harus", "value=\"abc\"", "is-invalid");
        assertThat(settings.get(agency.id()).version()).isEqualTo(-1);
        html = mvc.perform(postAs(admin, "").param("above", "90").param("below", "95").param("objectionDays", "14").param("version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ambang di bawah ekspektasi tidak boleh lebih tinggi daripada ambang di atas ekspektasi.");

        mvc.perform(postAs(admin, "").param("above", "120,5").param("below", "85").param("objectionDays", "21")
                        .param("publicBoard", "true").param("version", "-1"))
                .andExpect(redirectedUrl(base() + "#general"));
        EvaluationSetting saved = settings.get(agency.id());
        assertThat(saved.thresholds().above()).isEqualByComparingTo("120.5");
        assertThat(saved.thresholds().below()).isEqualByComparingTo("85");
        assertThat(saved.objectionDays()).isEqualTo(21);
        assertThat(saved.showNames()).isFalse();
        assertThat(saved.publicBoard()).isTrue();
        assertThat(saved.version()).isZero();
        assertThat(audits("evaluation.settings")).isEqualTo(1);
        assertThat(page()).contains("Nilai instansi", "value=\"120.5\"");

        // someone saving over the change they did not see is told so, and nothing changes
        html = mvc.perform(postAs(admin, "").param("above", "130").param("below", "80").param("objectionDays", "14").param("version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("baru saja diubah oleh orang lain");
        assertThat(settings.get(agency.id()).thresholds().above()).isEqualByComparingTo("120.5");
    }

    /**
     * The curve form as the page sends it: every rule in force, then one empty row per grade; {@code changes} are the
     * fields changed or added ("rules[3].value" -> "60"; several values for predikats).
     */
    private MockHttpServletRequestBuilder curve(List<DistributionRule> rules, String fingerprint, Map<String, List<String>> changes) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        int i = 0;
        for (DistributionRule r : SettingsEditing.sorted(rules)) {
            fields.put("rules[" + i + "].grade", List.of(r.grade().name()));
            fields.put("rules[" + i + "].kind", List.of(r.kind().name()));
            fields.put("rules[" + i + "].value", List.of(r.value().stripTrailingZeros().toPlainString()));
            fields.put("rules[" + i + "].predikats", r.predikats().stream().map(Enum::name).toList());
            i++;
        }
        for (UnitGrade g : UnitGrade.values()) {
            fields.put("rules[" + i++ + "].grade", List.of(g.name()));
        }
        fields.putAll(changes);
        MockHttpServletRequestBuilder b = postAs(admin, "/curve").param("fingerprint", fingerprint);
        fields.forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
        return b;
    }

    private MockHttpServletRequestBuilder curve(List<DistributionRule> rules, String fingerprint) {
        return curve(rules, fingerprint, Map.of());
    }

    private static String describe(List<DistributionRule> rules) {
        return SettingsEditing.sorted(rules).stream().map(r -> r.grade() + " " + r.kind() + " "
                + r.predikats().stream().map(Enum::name).sorted().collect(Collectors.joining("+")) + " "
                + r.value().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; "));
    }

    @Test
    void theCurveEditorRoundTripsChangesAdditionsAndRemovalsAndGoesBackToTheNationalCurve() throws Exception {
        List<DistributionRule> national = settings.rules(agency.id());
        assertThat(national).hasSize(11);
        String seen = SettingsEditing.fingerprint(national);
        // BAIK: at most 60% BAIK instead of 70; KURANG: its third rule removed; ISTIMEWA: a rule added
        List<DistributionRule> sorted = SettingsEditing.sorted(national);
        int baik = -1;
        int kurangThird = -1;
        for (int i = 0; i < sorted.size(); i++) {
            DistributionRule r = sorted.get(i);
            if (r.grade() == UnitGrade.BAIK && r.kind() == DistributionRule.Kind.MAX_PERCENT) {
                baik = i;
            }
            if (r.grade() == UnitGrade.KURANG && r.predikats().equals(java.util.Set.of(Predikat.SANGAT_BAIK))) {
                kurangThird = i;
            }
        }
        int added = sorted.size();   // the first empty row is ISTIMEWA's
        mvc.perform(curve(national, seen, Map.of("rules[" + baik + "].value", List.of("60"),
                        "rules[" + kurangThird + "].remove", List.of("true"),
                        "rules[" + added + "].kind", List.of("MAX_PERCENT"), "rules[" + added + "].value", List.of("20"),
                        "rules[" + added + "].predikats", List.of("KURANG", "SANGAT_KURANG"))))
                .andExpect(redirectedUrl(base() + "#curve"));
        List<DistributionRule> own = settings.rules(agency.id());
        assertThat(describe(own)).isEqualTo("ISTIMEWA MAX_PERCENT SANGAT_BAIK 70; ISTIMEWA MAX_PERCENT KURANG+SANGAT_KURANG 20; "
                + "BAIK MAX_PERCENT BAIK 60; BAIK MIN_COUNT BUTUH_PERBAIKAN+KURANG 1; "
                + "BUTUH_PERBAIKAN MIN_PERCENT BUTUH_PERBAIKAN 60; BUTUH_PERBAIKAN MAX_PERCENT SANGAT_BAIK 10; "
                + "KURANG MIN_PERCENT KURANG 60; KURANG MIN_PERCENT BUTUH_PERBAIKAN 10; "
                + "SANGAT_KURANG MIN_PERCENT SANGAT_KURANG 60; SANGAT_KURANG MIN_PERCENT BUTUH_PERBAIKAN+KURANG 10; "
                + "SANGAT_KURANG MAX_PERCENT SANGAT_BAIK 0");
        assertThat(editing.origins(agency.id()).ownRules()).isTrue();
        assertThat(audits("evaluation.curve")).isEqualTo(1);
        // the national curve and other agencies are untouched
        assertThat(describe(settings.rules(data.agency().id()))).isEqualTo(describe(national));
        // the page shows the agency's curve (and the national one for reference)
        String html = page();
        assertThat(html).contains("id=\"curve-origin\"", "Kurva bawaan nasional", "Kembali ke kurva bawaan nasional", "value=\"60\"");

        // saving what is shown again changes nothing
        mvc.perform(curve(own, SettingsEditing.fingerprint(own))).andExpect(redirectedUrl(base() + "#curve"));
        assertThat(describe(settings.rules(agency.id()))).isEqualTo(describe(own));

        // a stale editor is refused
        html = mvc.perform(curve(national, seen)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("baru saja diubah oleh orang lain");

        // back to the national curve
        mvc.perform(postAs(admin, "/curve/reset").param("fingerprint", SettingsEditing.fingerprint(own)))
                .andExpect(redirectedUrl(base() + "#curve"));
        assertThat(describe(settings.rules(agency.id()))).isEqualTo(describe(national));
        assertThat(editing.origins(agency.id()).ownRules()).isFalse();
    }

    @Test
    void aCurveWithBadRulesShowsEachProblemAtItsRowAndStoresNothing() throws Exception {
        List<DistributionRule> national = settings.rules(agency.id());
        int n = national.size();
        String html = mvc.perform(curve(national, SettingsEditing.fingerprint(national), Map.of(
                        // ISTIMEWA's new row: 150% is no percentage
                        "rules[" + n + "].kind", List.of("MAX_PERCENT"), "rules[" + n + "].value", List.of("150"),
                        "rules[" + n + "].predikats", List.of("BAIK"),
                        // BAIK's new row: no kind
                        "rules[" + (n + 1) + "].value", List.of("1.5"), "rules[" + (n + 1) + "].predikats", List.of("KURANG"),
                        // BUTUH_PERBAIKAN's new row: no predikat, no number
                        "rules[" + (n + 2) + "].kind", List.of("MIN_COUNT"), "rules[" + (n + 2) + "].value", List.of("x"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Aturan ke-2 untuk unit berpredikat Istimewa: persentase paling tinggi 100.",
                "Aturan ke-3 untuk unit berpredikat Baik: pilih jenis aturan.",
                "Aturan ke-3 untuk unit berpredikat Butuh Perbaikan: pilih paling sedikit satu predikat pegawai.",
                "Aturan ke-3 untuk unit berpredikat Butuh Perbaikan: isi nilai berupa angka 0 atau lebih.",
                "value=\"150\"", "is-invalid");
        assertThat(editing.origins(agency.id()).ownRules()).isFalse();
        assertThat(audits("evaluation.curve")).isZero();
    }

    @Test
    void theCreditTablesKeepNationalValuesApartFromTheAgencysOwn() throws Exception {
        Map<Predikat, BigDecimal> percent = settings.creditPercentages(agency.id());
        Map<JfLevel, BigDecimal> coefficient = settings.creditCoefficients(agency.id());
        String seen = SettingsEditing.fingerprint(percent, coefficient);
        MockHttpServletRequestBuilder form = postAs(admin, "/credit").param("fingerprint", seen);
        percent.forEach((k, v) -> form.param("percent[" + k.name() + "]", k == Predikat.BAIK ? "110" : v.stripTrailingZeros().toPlainString()));
        coefficient.forEach((k, v) -> form.param("coefficient[" + k.name() + "]", k == JfLevel.AHLI_PERTAMA ? "13,5" : v.toPlainString()));
        mvc.perform(form).andExpect(redirectedUrl(base() + "#credit"));
        assertThat(settings.creditPercentages(agency.id()).get(Predikat.BAIK)).isEqualByComparingTo("110");
        assertThat(settings.creditCoefficients(agency.id()).get(JfLevel.AHLI_PERTAMA)).isEqualByComparingTo("13.5");
        SettingsEditing.Origins origins = editing.origins(agency.id());
        assertThat(origins.ownPercent()).containsExactly(Predikat.BAIK);
        assertThat(origins.ownCoefficient()).containsExactly(JfLevel.AHLI_PERTAMA);
        assertThat(audits("evaluation.credit")).isEqualTo(1);
        assertThat(page()).contains("Nilai instansi", "nasional: 100", "nasional: 12.5", "value=\"110\"", "value=\"13.5\"");

        // bad values: translated problems with the field's name, nothing stored
        Map<Predikat, BigDecimal> nowPercent = settings.creditPercentages(agency.id());
        Map<JfLevel, BigDecimal> nowCoefficient = settings.creditCoefficients(agency.id());
        String html = mvc.perform(postAs(admin, "/credit").param("fingerprint", SettingsEditing.fingerprint(nowPercent, nowCoefficient))
                        .param("percent[KURANG]", "abc").param("coefficient[MAHIR]", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kurang: Persentase angka kredit harus 0 sampai 1000.",
                "Mahir: Koefisien angka kredit harus 0 sampai 1000.", "value=\"abc\"");
        assertThat(editing.origins(agency.id()).ownPercent()).containsExactly(Predikat.BAIK);

        // a stale form is refused; the reset goes back to the national tables
        html = mvc.perform(postAs(admin, "/credit/reset").param("fingerprint", seen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("baru saja diubah oleh orang lain");
        mvc.perform(postAs(admin, "/credit/reset").param("fingerprint", SettingsEditing.fingerprint(nowPercent, nowCoefficient)))
                .andExpect(redirectedUrl(base() + "#credit"));
        assertThat(editing.origins(agency.id()).ownPercent()).isEmpty();
        assertThat(editing.origins(agency.id()).ownCoefficient()).isEmpty();
        assertThat(settings.creditPercentages(agency.id()).get(Predikat.BAIK)).isEqualByComparingTo("100");
        assertThat(audits("evaluation.credit.reset")).isEqualTo(1);
    }
}
