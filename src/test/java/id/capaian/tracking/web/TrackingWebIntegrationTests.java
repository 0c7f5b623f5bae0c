package id.capaian.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.Evidence;
import id.capaian.tracking.IndicatorProgress;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The realisation page through the web: recording through the form (with and without htmx) and seeing the
 * achievement explained, translated problems in place with nothing stored, evidence uploaded and downloaded with
 * safe headers, daily progress, the appraiser's review and reopening, the team page and dashboards, and refusals
 * for colleagues and other agencies.
 */
@IntegrationTest
class TrackingWebIntegrationTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    static final ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI())
                    .isIn(403, 404);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired id.capaian.organisation.EmployeeManagement employees;

    Agency agency;
    Unit unit;
    UserDetails headUser;
    UserDetails staffUser;
    UserDetails colleagueUser;
    UserDetails admin;
    UserDetails outsider;
    Actor head;
    Actor staff;
    int year = LocalDate.now(JAKARTA).getYear();
    int month = LocalDate.now(JAKARTA).getMonthValue();
    Plan plan;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        unit = data.unit(agency, null, "Dinas Kependudukan dan Pencatatan Sipil");
        Employee h = data.employee(agency, unit, null, null, "Kepala Disdukcapil");
        Employee s = data.employee(agency, unit, null, h, "Maria Tambunan");
        Employee c = data.employee(agency, unit, null, h, "Tono Sirait");
        Employee a = data.employee(agency, unit, null, h, "Admin BKPSDM");
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(h.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
        data.account(h);
        data.account(s);
        data.account(c);
        data.account(a, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        headUser = users.loadUserByUsername(h.nip());
        staffUser = users.loadUserByUsername(s.nip());
        colleagueUser = users.loadUserByUsername(c.nip());
        admin = users.loadUserByUsername(a.nip());
        head = (Actor) headUser;
        staff = (Actor) staffUser;

        Agency other = data.agency();
        Employee stranger = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        outsider = users.loadUserByUsername(stranger.nip());

        plan = approvedPlan(year);
    }

    /** The staff member's approved plan: documents issued (more is better) and turnaround days (less is better). */
    private Plan approvedPlan(int planYear) {
        Period period = periods.list((Actor) admin, agency.id()).stream().filter(p -> p.year() == planYear).findFirst()
                .orElseGet(() -> periods.open((Actor) admin, agency.id(), new PeriodForm(planYear, SubPeriodScheme.MONTHLY, null)));
        Plan p = plans.create(staff, agency.id(), period.id(), staff.employeeId());
        PlannedResult r = plans.addResult(staff, agency.id(), p.id(), new ResultForm(ResultKind.UTAMA,
                "Terlayaninya penerbitan dokumen kependudukan", null, null));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Dokumen diterbitkan",
                new BigDecimal("100"), "dokumen", Direction.HIGHER));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.WAKTU, "Waktu penyelesaian",
                new BigDecimal("2"), "hari", Direction.LOWER));
        plans.submit(staff, agency.id(), p.id());
        return plans.approve(head, agency.id(), p.id());
    }

    private ResultIndicator indicator(int i) {
        return plan.results().get(0).indicators().get(i);
    }

    private String pageUrl() {
        return "/agencies/" + agency.id() + "/plans/" + plan.id() + "/realisations";
    }

    private String page(UserDetails who, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(UserDetails who, String url, Object... vars) {
        return post(url, vars).with(user(who)).with(csrf());
    }

    private IndicatorProgress stored(int i) {
        return realisations.sheet(staff, agency.id(), plan.id(), month).results().get(0).indicators().get(i);
    }

    private Realisation record(int i, String value) {
        return realisations.record(staff, agency.id(), plan.id(), indicator(i).id(), month,
                new id.capaian.tracking.RealisationForm(new BigDecimal(value), null, null));
    }

    // ---------------------------------------------------------------- recording

    @Test
    void theEmployeeRecordsThroughTheFormAndSeesTheAchievementExplained() throws Exception {
        String empty = page(staffUser, pageUrl() + "?sub={s}", month);
        assertThat(empty).contains("Realisasi SKP " + year, "Terbuka", "Dokumen diterbitkan", "Waktu penyelesaian",
                "Belum ada realisasi", "Isi realisasi", "name=\"value\"", "name=\"note\"");
        // without a sub-period the page opens on the current one
        assertThat(page(staffUser, pageUrl())).contains("aria-current=\"page\"", "value=\"" + month + "\" selected");

        long docs = indicator(0).id();
        mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "90").param("note", "Sesuai register"))
                .andExpect(redirectedUrl(pageUrl() + "?sub=" + month + "#iki-" + docs));
        String after = page(staffUser, pageUrl() + "?sub={s}", month);
        assertThat(after).contains("90,00%", "Makin tinggi makin baik: realisasi 90 ÷ target 100 × 100%", "Diisi pegawai",
                "Menunggu diperiksa", "Sesuai register");
        assertThat(stored(0).realisation().value()).isEqualByComparingTo("90");

        // with htmx: only the changed IKI comes back, its RHK's average and a spoken confirmation out of band;
        // "12,5" is a number too
        long days = indicator(1).id();
        String part = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", days, month).header("HX-Request", "true")
                        .param("value", "2,5").param("note", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long rhk = plan.results().get(0).id();
        assertThat(part).doesNotContain("<html", "id=\"rhk-" + rhk + "\"", "id=\"iki-" + docs + "\"")
                .contains("id=\"iki-" + days + "\"", "id=\"rhk-" + rhk + "-achievement\" hx-swap-oob=\"true\"",
                        "Realisasi tersimpan.", "75,00%", "Makin rendah makin baik",
                        // its forms folded again, drawn when unfolded
                        "hx-get=\"" + pageUrl() + "/" + days + "/forms/change?sub=" + month + "\"");
        assertThat(stored(1).realisation().value()).isEqualByComparingTo("2.5");
        // the RHK's average: (90 + 75) / 2
        assertThat(part).contains("82,50%");

        // the plan page leads here once approved, and the menu's "Realisasi" too
        assertThat(page(staffUser, "/agencies/{a}/plans/{p}", agency.id(), plan.id())).contains("id=\"plan-realisations\"",
                "/agencies/" + agency.id() + "/plans/" + plan.id() + "/realisations");
        mvc.perform(get("/realisations/mine").with(user(staffUser))).andExpect(redirectedUrl(pageUrl()));
        assertThat(page(staffUser, "/")).contains("href=\"/realisations/mine\"", "href=\"/agencies/" + agency.id() + "/team\"");
    }

    @Test
    void problemsAreToldInPlaceTranslatedAndNothingIsStored() throws Exception {
        long docs = indicator(0).id();
        String letters = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "sembilan puluh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(letters).contains("Isi dengan angka, misalnya 95 atau 12,5.", "is-invalid", "id=\"form-errors\"",
                "Nilai realisasi: Isi dengan angka", "value=\"sembilan puluh\"");
        assertThat(stored(0).realisation()).isNull();

        String missing = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month).header("HX-Request", "true")
                        .param("value", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).doesNotContain("<html").contains("Wajib diisi.", "aria-invalid=\"true\"");
        assertThat(stored(0).realisation()).isNull();

        String negative = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "-3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(negative).contains("tidak boleh negatif");
        assertThat(stored(0).realisation()).isNull();

        // in English
        String english = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "abc")
                        .cookie(new Cookie("capaian-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Enter a number, such as 95 or 12.5.", "Realised value");

        // a sub-period that has not started yet
        if (month < 12) {
            String later = mvc.perform(form(staffUser, pageUrl() + "/{i}?sub={s}", docs, month + 1).param("value", "5"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(later).contains("Sub-periode ini belum dimulai.");
        }
        mvc.perform(get(pageUrl() + "?sub=13").with(user(staffUser))).andExpect(status().isNotFound());
        assertThat(realisations.sheet(staff, agency.id(), plan.id(), month).results().get(0).indicators())
                .allMatch(i -> i.realisation() == null);
    }

    @Test
    void aQualitativeTargetTakesWordsAndTheAppraiserJudgesIt() throws Exception {
        Employee e = data.employee(agency, unit, null, employees.get(Actor.system(), agency.id(), head.employeeId()), "Sri Wahyuni");
        data.account(e);
        UserDetails writerUser = users.loadUserByUsername(e.nip());
        Actor writer = (Actor) writerUser;
        Plan q = plans.create(writer, agency.id(), plan.periodId(), writer.employeeId());
        id.capaian.planning.PlanHeaderForm header = id.capaian.planning.PlanHeaderForm.of(q);
        header.setApproach(id.capaian.planning.PlanApproach.QUALITATIVE);
        plans.updateHeader(writer, agency.id(), q.id(), header);
        PlannedResult r = plans.addResult(writer, agency.id(), q.id(), new ResultForm(ResultKind.UTAMA,
                "Tersusunnya kajian layanan adminduk", null, null));
        ResultIndicator i = plans.addIndicator(writer, agency.id(), r.id(), IndicatorForm.text(Aspect.KUALITAS,
                "Kajian layanan", "Kajian disetujui kepala dinas"));
        plans.submit(writer, agency.id(), q.id());
        plans.approve(head, agency.id(), q.id());

        String url = "/agencies/" + agency.id() + "/plans/" + q.id() + "/realisations";
        String page = page(writerUser, url + "?sub={s}", month);
        assertThat(page).contains("name=\"textValue\"", "Kajian disetujui kepala dinas").doesNotContain("name=\"value\"",
                "Progres harian");
        String missing = mvc.perform(form(writerUser, url + "/{i}?sub={s}", i.id(), month).param("textValue", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Uraian realisasi: Wajib diisi.");
        mvc.perform(form(writerUser, url + "/{i}?sub={s}", i.id(), month).param("textValue", "Kajian selesai dan disetujui")
                .param("note", "Nota dinas 12/XI")).andExpect(status().is3xxRedirection());
        assertThat(page(headUser, url + "?sub={s}", month)).contains("Kajian selesai dan disetujui",
                "Target kualitatif: dinilai oleh pejabat penilai, tanpa persentase", "Tandai sudah diperiksa");
    }

    // ---------------------------------------------------------------- evidence

    @Test
    void evidenceIsUploadedAndDownloadedOnlyAsAnAttachment() throws Exception {
        long docs = indicator(0).id();
        Realisation r = record(0, "95");
        // the upload form is folded: drawn with the page when unfolded there (no JavaScript), or asked for by htmx
        String before = page(staffUser, pageUrl() + "?sub={s}&open=evidence-{i}", month, docs);
        assertThat(before).contains("enctype=\"multipart/form-data\"", "Unggah berkas");

        mvc.perform(multipart(pageUrl() + "/{i}/files?sub={s}", docs, month)
                        .file(new MockMultipartFile("file", "Laporan November \u00fc.pdf", "text/html", PDF))
                        .with(user(staffUser)).with(csrf()))
                .andExpect(redirectedUrl(pageUrl() + "?sub=" + month + "#iki-" + docs));
        Evidence e = realisations.get(staff, agency.id(), r.id()).evidence().get(0);
        assertThat(e.contentType()).isEqualTo("application/pdf");
        assertThat(page(staffUser, pageUrl() + "?sub={s}", month)).contains("/agencies/" + agency.id() + "/evidence/" + e.id(),
                "Laporan November \u00fc.pdf", "Bukti dukung (1)");

        // the appraiser downloads it: always an attachment, the sniffed type, nothing to run
        MockHttpServletResponse file = mvc.perform(get("/agencies/{a}/evidence/{e}", agency.id(), e.id()).with(user(headUser)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Laporan November _.pdf\"; filename*=UTF-8''Laporan%20November%20%C3%BC.pdf");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getHeaders("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(file.getHeaders("Cache-Control")).containsExactly("private, no-store");

        // an HTML page dressed as a PDF is refused in place, and nothing is stored
        String html = mvc.perform(multipart(pageUrl() + "/{i}/files?sub={s}", docs, month)
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf",
                                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(staffUser)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Jenis berkas tidak diterima.", "id=\"form-errors\"");
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).hasSize(1);
        String none = mvc.perform(multipart(pageUrl() + "/{i}/files?sub={s}", docs, month).with(user(staffUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Berkas kosong.");

        // links open in a new tab without handing over the page
        mvc.perform(form(staffUser, pageUrl() + "/{i}/links?sub={s}", docs, month).param("url", "https://drive.example.go.id/laporan"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(headUser, pageUrl() + "?sub={s}", month)).contains("href=\"https://drive.example.go.id/laporan\"",
                "rel=\"noopener noreferrer\"", "Bukti dukung (2)");
        String bad = mvc.perform(form(staffUser, pageUrl() + "/{i}/links?sub={s}", docs, month).param("url", "javascript:alert(1)"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Tautan harus alamat web lengkap");
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).hasSize(2);

        // removed
        mvc.perform(form(staffUser, pageUrl() + "/{i}/evidence/{e}/remove?sub={s}", docs, e.id(), month))
                .andExpect(status().is3xxRedirection());
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).extracting(Evidence::kind).containsExactly("LINK");
    }

    @Test
    void foldedFormsAreDrawnWhenUnfoldedWithOrWithoutJavaScript() throws Exception {
        long docs = indicator(0).id();
        record(0, "95");
        String sheet = page(staffUser, pageUrl() + "?sub={s}", month);
        String forms = pageUrl() + "/" + docs + "/forms/";
        // the recorded IKI's change, evidence and progress forms are folded and not drawn: htmx asks for each when
        // it is unfolded, a link draws the page with it unfolded
        assertThat(sheet).contains("hx-get=\"" + forms + "change?sub=" + month + "\"", "hx-get=\"" + forms + "evidence?sub=" + month
                        + "\"", "hx-get=\"" + forms + "progress?sub=" + month + "\"", "hx-trigger=\"toggle once\"",
                        "href=\"" + pageUrl() + "?sub=" + month + "&amp;open=progress-" + docs + "#iki-" + docs + "\"")
                .doesNotContain("id=\"value-" + docs + "-value\"", "id=\"file-" + docs + "-file\"", "id=\"progress-" + docs + "-date\"")
                // the IKI not recorded yet keeps its form open
                .contains("id=\"value-" + indicator(1).id() + "-value\"");

        String change = mvc.perform(get(forms + "change?sub={s}", month).header("HX-Request", "true").with(user(staffUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(change).contains("id=\"value-" + docs + "-value\"", "value=\"95\"", "hx-target=\"#iki-" + docs + "\"", "name=\"_csrf\"")
                .doesNotContain("<html", "file-" + docs, "progress-" + docs);
        String evidence = mvc.perform(get(forms + "evidence?sub={s}", month).header("HX-Request", "true").with(user(staffUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(evidence).contains("id=\"file-" + docs + "-file\"", "id=\"link-" + docs + "-url\"").doesNotContain("value-" + docs);
        String progress = mvc.perform(get(forms + "progress?sub={s}", month).header("HX-Request", "true").with(user(staffUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("id=\"progress-" + docs + "-date\"", "Realisasi sub-periode = jumlah seluruh progres harian");

        // without htmx the address leads to the page with that part unfolded
        mvc.perform(get(forms + "progress?sub={s}", month).with(user(staffUser)))
                .andExpect(redirectedUrl(pageUrl() + "?sub=" + month + "&open=progress-" + docs + "#iki-" + docs));
        String unfolded = page(staffUser, pageUrl() + "?sub={s}&open=progress-{i}", month, docs);
        assertThat(unfolded).contains("id=\"progress-" + docs + "-date\"").doesNotContain("id=\"file-" + docs + "-file\"",
                "hx-get=\"" + forms + "progress?sub=" + month + "\"");
        // nothing else is unfolded by a made-up part
        assertThat(page(staffUser, pageUrl() + "?sub={s}&open=secret-{i}", month, docs)).doesNotContain("id=\"progress-" + docs + "-date\"");
        mvc.perform(get(forms + "secret?sub={s}", month).header("HX-Request", "true").with(user(staffUser)))
                .andExpect(status().isNotFound());
        // the appraiser sees no forms to record, others are refused
        assertThat(mvc.perform(get(forms + "change?sub={s}", month).header("HX-Request", "true").with(user(headUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("<form");
        for (UserDetails who : new UserDetails[] {colleagueUser, outsider}) {
            mvc.perform(get(forms + "change?sub={s}", month).header("HX-Request", "true").with(user(who))).andExpect(DENIED);
        }
    }

    // ---------------------------------------------------------------- progress, review, reopening

    @Test
    void dailyProgressIsLoggedThroughTheForm() throws Exception {
        long docs = indicator(0).id();
        LocalDate today = LocalDate.now(JAKARTA);
        mvc.perform(form(staffUser, pageUrl() + "/{i}/progress?sub={s}", docs, month).param("date", today.withDayOfMonth(1).toString())
                .param("value", "12").param("note", "hari pertama")).andExpect(status().is3xxRedirection());
        String part = mvc.perform(form(staffUser, pageUrl() + "/{i}/progress?sub={s}", docs, month).header("HX-Request", "true")
                        .param("date", today.toString()).param("value", "8"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(part).contains("Progres harian (2)", "Dari progres harian", "hari pertama", "Progres harian tercatat.");
        assertThat(stored(0).realisation().value()).isEqualByComparingTo("20");

        String outside = mvc.perform(form(staffUser, pageUrl() + "/{i}/progress?sub={s}", docs, month)
                        .param("date", today.withDayOfMonth(1).minusDays(1).toString()).param("value", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("Tanggal harus di dalam sub-periode ini");
        String noDate = mvc.perform(form(staffUser, pageUrl() + "/{i}/progress?sub={s}", docs, month)
                        .param("date", "kemarin").param("value", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noDate).contains("Isi dengan tanggal yang benar.");
        assertThat(stored(0).realisation().value()).isEqualByComparingTo("20");
    }

    @Test
    void theAppraiserReviewsAndReopensAClosedSubPeriod() throws Exception {
        long docs = indicator(0).id();
        record(0, "100");
        assertThat(page(staffUser, pageUrl() + "?sub={s}", month)).doesNotContain("Tandai sudah diperiksa");
        assertThat(page(headUser, pageUrl() + "?sub={s}", month)).contains("Tandai sudah diperiksa", "Minta bukti tambahan")
                .doesNotContain("Simpan realisasi");
        String part = mvc.perform(form(headUser, pageUrl() + "/{i}/review?sub={s}", docs, month).header("HX-Request", "true")
                        .param("status", "NEEDS_EVIDENCE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(part).contains("Perlu bukti tambahan", "Permintaan bukti tambahan dikirim");
        mvc.perform(form(headUser, pageUrl() + "/{i}/review?sub={s}", docs, month).param("status", "REVIEWED"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(staffUser, pageUrl() + "?sub={s}", month)).contains("Sudah diperiksa");
        // the employee cannot review their own
        mvc.perform(form(staffUser, pageUrl() + "/{i}/review?sub={s}", docs, month).param("status", "REVIEWED")).andExpect(DENIED);

        // last year's June: closed, until the appraiser reopens it
        plan = approvedPlan(year - 1);
        String closed = page(staffUser, pageUrl() + "?sub=6");
        assertThat(closed).contains("Ditutup", "sudah lewat").doesNotContain("Simpan realisasi", "Buka kembali pengisian");
        assertThat(page(headUser, pageUrl() + "?sub=6")).contains("Buka kembali pengisian");
        String noReason = mvc.perform(form(headUser, pageUrl() + "/reopen?sub=6")
                        .param("until", LocalDate.now(JAKARTA).plusDays(3).toString()).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("id=\"form-errors\"", "Alasan:");
        mvc.perform(form(staffUser, pageUrl() + "/reopen?sub=6").param("until", LocalDate.now(JAKARTA).plusDays(3).toString())
                .param("reason", "x")).andExpect(DENIED);
        mvc.perform(form(headUser, pageUrl() + "/reopen?sub=6").param("until", LocalDate.now(JAKARTA).plusDays(3).toString())
                        .param("reason", "Aplikasi register sempat gangguan"))
                .andExpect(redirectedUrl(pageUrl() + "?sub=6"));
        String reopened = page(staffUser, pageUrl() + "?sub=6");
        assertThat(reopened).contains("Dibuka kembali", "Simpan realisasi");
        long lastYearDocs = plan.results().get(0).indicators().get(0).id();
        mvc.perform(form(staffUser, pageUrl() + "/{i}?sub=6", lastYearDocs).param("value", "10")).andExpect(status().is3xxRedirection());
        assertThat(realisations.sheet(staff, agency.id(), plan.id(), 6).results().get(0).indicators().get(0).realisation().value())
                .isEqualByComparingTo("10");
    }

    // ---------------------------------------------------------------- who may

    @Test
    void colleaguesAndOtherAgenciesAreRefused() throws Exception {
        long docs = indicator(0).id();
        Realisation r = record(0, "95");
        Evidence e = realisations.addFile(staff, agency.id(), r.id(), "laporan.pdf", PDF);

        for (UserDetails who : new UserDetails[] {colleagueUser, outsider}) {
            mvc.perform(get(pageUrl() + "?sub={s}", month).with(user(who))).andExpect(DENIED);
            mvc.perform(form(who, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "1")).andExpect(DENIED);
            mvc.perform(get("/agencies/{a}/evidence/{e}", agency.id(), e.id()).with(user(who))).andExpect(DENIED);
            mvc.perform(multipart(pageUrl() + "/{i}/files?sub={s}", docs, month)
                    .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)).with(user(who)).with(csrf())).andExpect(DENIED);
            mvc.perform(form(who, pageUrl() + "/{i}/evidence/{e}/remove?sub={s}", docs, e.id(), month)).andExpect(DENIED);
            mvc.perform(get("/agencies/{a}/dashboard", agency.id()).with(user(who))).andExpect(DENIED);
        }
        mvc.perform(get("/agencies/{a}/team", agency.id()).with(user(outsider))).andExpect(DENIED);
        mvc.perform(get("/agencies/{a}/team/live", agency.id()).with(user(outsider))).andExpect(DENIED);
        // the appraiser reads but does not record for the employee
        mvc.perform(form(headUser, pageUrl() + "/{i}?sub={s}", docs, month).param("value", "1")).andExpect(DENIED);
        assertThat(stored(0).realisation().value()).isEqualByComparingTo("95");
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).hasSize(1);
        // the agency's administrator reads everything
        mvc.perform(get("/agencies/{a}/evidence/{e}", agency.id(), e.id()).with(user(admin))).andExpect(status().isOk());
        assertThat(page(admin, pageUrl() + "?sub={s}", month)).contains("Dokumen diterbitkan").doesNotContain("Simpan realisasi");
    }

    // ---------------------------------------------------------------- monitoring pages

    @Test
    void theTeamPageAndTheDashboardsShowTheFiguresAndRefreshThemselves() throws Exception {
        record(0, "90");
        String team = page(headUser, "/agencies/{a}/team", agency.id());
        assertThat(team).contains("Tim Saya", "Maria Tambunan", "NIP " + staffUser.getUsername(), "Tono Sirait", "1 / 2",
                "hx-trigger=\"every 30s\"",
                "/agencies/" + agency.id() + "/team/live", "Cara angka ini dihitung",
                pageUrl() + "?sub=" + month, "Dasbor Dinas Kependudukan dan Pencatatan Sipil");
        String live = page(headUser, "/agencies/{a}/team/live", agency.id());
        assertThat(live).doesNotContain("<html").contains("id=\"team-board\"", "hx-trigger=\"every 30s\"", "Maria Tambunan");
        assertThat(page(staffUser, "/agencies/{a}/team", agency.id())).contains("Anda belum menjadi pejabat penilai")
                .doesNotContain("Tono Sirait");

        String dashboard = page(admin, "/agencies/{a}/dashboard", agency.id());
        assertThat(dashboard).contains("Dasbor Kinerja Instansi", "Dinas Kependudukan dan Pencatatan Sipil", "<canvas",
                "/webjars/chart.js/", "/assets/js/tracking-dashboard.js", "hx-trigger=\"every 60s\"", "1 / 2", "50,0%", "90,00%");
        // the figures say when they were counted and when they are counted again (the tests count on every request)
        assertThat(dashboard).containsPattern("Angka dihitung pukul \\d{2}:\\d{2}:\\d{2} dan dihitung ulang bila sudah lebih dari 0 detik");
        String json = mvc.perform(get("/agencies/{a}/dashboard/data", agency.id()).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"name\":\"Dinas Kependudukan dan Pencatatan Sipil\"", "\"entered\":1", "\"indicators\":2",
                "\"averageAchievement\":90.00");
        assertThat(page(admin, "/agencies/{a}/dashboard/table", agency.id())).doesNotContain("<html").contains("id=\"dashboard-table\"");
        // the unit head sees their unit, not the agency's other units
        assertThat(page(headUser, "/agencies/{a}/dashboard/units/{u}", agency.id(), unit.id()))
                .contains("Dasbor Kinerja Dinas Kependudukan dan Pencatatan Sipil", "(pegawai langsung)");
        mvc.perform(get("/agencies/{a}/dashboard/units/{u}", agency.id(), unit.id()).with(user(staffUser))).andExpect(DENIED);
        mvc.perform(get("/agencies/{a}/dashboard/units/{u}/data", agency.id(), unit.id()).with(user(staffUser))).andExpect(DENIED);
        // and the chart library is served from its webjar
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }
}
