package id.capaian.development;

import static id.capaian.development.TrainingScenario.PDF;
import static id.capaian.development.TrainingScenario.today;
import static id.capaian.development.TrainingScenario.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.UnitManagement;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.nio.charset.StandardCharsets;
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
 * The training pages through the web: the catalogue and enrolling, the administrator's upkeep and the JP target, my
 * trainings with the JP progress, completing with a certificate (bad type and too big refused in place), the
 * verification queue (verify, reject with a reason, resubmit), the certificate download with safe headers, the JP
 * dashboard with its drill-down and exports, and refusals for colleagues and other agencies.
 */
@IntegrationTest
class TrainingWebIntegrationTests {

    static final ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI())
                    .isIn(403, 404);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired TrainingManagement trainings;

    TrainingScenario s;
    Training elearning;

    @BeforeEach
    void setUp() {
        s = new TrainingScenario(data, units, users);
        elearning = trainings.create(s.rina(), s.id(), new TrainingForm("ELEARN-ASN", "E-learning Manajemen ASN", TrainingKind.E_LEARNING,
                12, "LAN (ASN Unggul)", null, null, 2, "https://asnunggul.lan.go.id"));
    }

    private String page(UserDetails who, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder form(UserDetails who, String url, Object... vars) {
        return post(url, vars).with(user(who)).with(csrf());
    }

    private String a(String path) {
        return "/agencies/" + s.id() + path;
    }

    @Test
    void anEmployeeEnrolsCompletesWithACertificateAndSeesTheirJp() throws Exception {
        String catalogue = page(s.sariUser, a("/trainings"));
        assertThat(catalogue).contains("Katalog pelatihan", "E-learning Manajemen ASN", "12 JP", "LAN (ASN Unggul)", "Sisa 2 dari 2 kursi",
                "action=\"" + a("/trainings/" + elearning.id() + "/enrolments") + "\"");
        mvc.perform(form(s.sariUser, a("/trainings/{t}/enrolments"), elearning.id()).param("back", "catalogue"))
                .andExpect(redirectedUrl(a("/trainings#training-" + elearning.id())));
        TrainingEnrolment x = trainings.mineByTraining(s.sari(), s.id()).get(elearning.id());
        assertThat(x.status()).isEqualTo(TrainingStatus.ENROLLED);
        assertThat(page(s.sariUser, a("/trainings"))).contains("Terdaftar", "Selesai dan unggah sertifikat");
        // twice: told in place, on the next page
        String again = mvc.perform(form(s.sariUser, a("/trainings/{t}/enrolments"), elearning.id()).param("back", "catalogue"))
                .andReturn().getFlashMap().get("flashError").toString();
        assertThat(again).contains("training.error.alreadyEnrolled");

        String mine = page(s.sariUser, a("/my-trainings"));
        assertThat(mine).contains("Pelatihan saya", "0 dari 20 JP", "Masih kurang 20 JP", "aria-valuenow=\"0\"",
                "E-learning Manajemen ASN", "Catat pelatihan di luar katalog");
        mvc.perform(get("/trainings/mine").with(user(s.sariUser))).andExpect(redirectedUrl(a("/my-trainings")));

        // the completion form: a GIF is refused in place, a file too big as well; nothing is stored
        String url = a("/training-enrolments/" + x.id() + "/complete");
        assertThat(page(s.sariUser, url)).contains("enctype=\"multipart/form-data\"", "name=\"certificate\"", "paling besar 5 MB");
        String gif = mvc.perform(multipart(url).file(new MockMultipartFile("certificate", "s.pdf", "application/pdf", TrainingScenario.GIF))
                        .param("completedOn", today().toString()).with(user(s.sariUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(gif).contains("Sertifikat harus berupa PDF, PNG atau JPEG", "is-invalid");
        byte[] big = java.util.Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        String tooBig = mvc.perform(multipart(url).file(new MockMultipartFile("certificate", "s.pdf", "application/pdf", big))
                        .param("completedOn", today().toString()).with(user(s.sariUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooBig).contains("Sertifikat terlalu besar: paling besar 5 MB");
        String badDate = mvc.perform(multipart(url).file(new MockMultipartFile("certificate", "s.pdf", "application/pdf", PDF))
                        .param("completedOn", "kemarin").with(user(s.sariUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badDate).contains("Isi tanggal yang benar");
        assertThat(trainings.enrolment(s.sari(), s.id(), x.id()).status()).isEqualTo(TrainingStatus.ENROLLED);

        mvc.perform(multipart(url).file(new MockMultipartFile("certificate", "Sertifikat ASN.pdf", "application/pdf", PDF))
                        .param("completedOn", today().toString()).with(user(s.sariUser)).with(csrf()))
                .andExpect(redirectedUrl(a("/my-trainings?year=" + year() + "#enrolment-" + x.id())));
        String after = page(s.sariUser, a("/my-trainings"));
        assertThat(after).contains("0 dari 20 JP", "12 JP dari 1 pelatihan menunggu verifikasi", "Menunggu verifikasi",
                "/training-enrolments/" + x.id() + "/certificate");

        // an external training with its certificate
        mvc.perform(multipart(a("/employees/{e}/trainings/external"), s.sari().employeeId())
                        .file(new MockMultipartFile("certificate", "webinar.png", "image/png", TrainingScenario.PNG))
                        .param("title", "Webinar Kemenkes: Stunting").param("kind", "SEMINAR").param("jp", "3")
                        .param("completedOn", today().toString()).with(user(s.sariUser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // with a letter for the JP: told in place, the title kept
        String bad = mvc.perform(multipart(a("/employees/{e}/trainings/external"), s.sari().employeeId())
                        .param("title", "MOOC Pelayanan Publik").param("kind", "E_LEARNING").param("jp", "dua")
                        .with(user(s.sariUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("id=\"external-errors\"", "Isi dengan bilangan bulat", "value=\"MOOC Pelayanan Publik\"");
        assertThat(trainings.enrolments(s.sari(), s.id(), s.sari().employeeId(), null)).hasSize(2);
    }

    @Test
    void theAppraiserVerifiesOrRejectsAndTheEmployeeResubmits() throws Exception {
        TrainingEnrolment x = trainings.enrol(s.budi(), s.id(), elearning.id(), s.budi().employeeId());
        x = trainings.complete(s.budi(), s.id(), x.id(), today(), new TrainingCertificate("Sertifikat Budi ü.pdf", PDF));

        String queue = page(s.kapusUser, a("/training-verifications"));
        assertThat(queue).contains("Budi Perawat", "E-learning Manajemen ASN", "Unduh sertifikat (Sertifikat Budi ü.pdf)");
        assertThat(page(s.kapusUser, a("/my-trainings"))).contains("Verifikasi sertifikat (1)", "JP tim saya");
        assertThat(page(s.tonoUser, a("/training-verifications"))).contains("Anda tidak memverifikasi sertifikat");

        // the certificate: an attachment, the stored type, nothing to run, never cached
        MockHttpServletResponse file = mvc.perform(get(a("/training-enrolments/{x}/certificate"), x.id()).with(user(s.kapusUser)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Sertifikat Budi _.pdf\"; filename*=UTF-8''Sertifikat%20Budi%20%C3%BC.pdf");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getHeaders("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(file.getHeaders("Cache-Control")).containsExactly("private, no-store");

        // a rejection without a reason is told in place
        String noReason = mvc.perform(form(s.kapusUser, a("/training-enrolments/{x}/reject"), x.id()).param("version", String.valueOf(x.version()))
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noReason).contains("Tuliskan alasan penolakan", "is-invalid", "open=\"open\"");
        mvc.perform(form(s.kapusUser, a("/training-enrolments/{x}/reject"), x.id()).param("version", String.valueOf(x.version()))
                        .param("reason", "JP tidak tercantum pada sertifikat"))
                .andExpect(redirectedUrl(a("/training-verifications")));
        assertThat(page(s.budiUser, a("/my-trainings"))).contains("Ditolak", "JP tidak tercantum pada sertifikat", "Unggah ulang sertifikat");

        String url = a("/training-enrolments/" + x.id() + "/complete");
        assertThat(page(s.budiUser, url)).contains("id=\"rejection\"", "JP tidak tercantum pada sertifikat");
        mvc.perform(multipart(url).file(new MockMultipartFile("certificate", "Sertifikat baru.pdf", "application/pdf", PDF))
                        .param("completedOn", today().toString()).with(user(s.budiUser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        TrainingEnrolment resubmitted = trainings.enrolment(s.budi(), s.id(), x.id());
        assertThat(resubmitted.status()).isEqualTo(TrainingStatus.COMPLETED);

        // the administrator verifies it from her queue
        assertThat(page(s.rinaUser, a("/training-verifications"))).contains("Budi Perawat");
        mvc.perform(form(s.rinaUser, a("/training-enrolments/{x}/verify"), x.id()).param("version", String.valueOf(resubmitted.version())))
                .andExpect(redirectedUrl(a("/training-verifications")));
        assertThat(page(s.budiUser, a("/my-trainings"))).contains("12 dari 20 JP", "Terverifikasi", "aria-valuenow=\"60\"");
        // the appraiser and the line see Budi's page; a colleague does not
        assertThat(page(s.kadisUser, a("/employees/" + s.budi().employeeId() + "/trainings"))).contains("Pelatihan Budi Perawat", "12 dari 20 JP");
        mvc.perform(get(a("/employees/{e}/trainings"), s.budi().employeeId()).with(user(s.sariUser))).andExpect(DENIED);
        // verifying twice: the version is gone
        mvc.perform(form(s.rinaUser, a("/training-enrolments/{x}/verify"), x.id()).param("version", String.valueOf(resubmitted.version())))
                .andExpect(status().isConflict());
    }

    @Test
    void theAdministratorKeepsTheCatalogueAndTheTarget() throws Exception {
        String admin = page(s.rinaUser, a("/trainings/admin"));
        assertThat(admin).contains("Kelola katalog pelatihan", "ELEARN-ASN", "name=\"jpTarget\"", "value=\"20\"");
        assertThat(page(s.rinaUser, a("/trainings/new"))).contains("name=\"code\"", "name=\"jp\"", "Integritas");

        // problems in place, field by field; nothing stored
        String bad = mvc.perform(form(s.rinaUser, a("/trainings")).param("code", "ELEARN-ASN").param("title", "").param("kind", "SEMINAR")
                        .param("jp", "x").param("url", "ftp://x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("id=\"form-errors\"", "Isi dengan bilangan bulat");
        String bad2 = mvc.perform(form(s.rinaUser, a("/trainings")).param("code", "ELEARN-ASN").param("title", "").param("kind", "SEMINAR")
                        .param("jp", "4").param("url", "ftp://x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad2).contains("Kode ELEARN-ASN sudah dipakai", "Wajib diisi", "diawali http:// atau https://");

        mvc.perform(form(s.rinaUser, a("/trainings")).param("code", "SEM-PP-2026").param("title", "Seminar Pelayanan Publik")
                        .param("kind", "SEMINAR").param("jp", "4").param("provider", "Ombudsman RI").param("startsOn", today().toString())
                        .param("endsOn", today().toString()).param("capacity", "").param("url", ""))
                .andExpect(redirectedUrl(a("/trainings/admin")));
        Training seminar = trainings.byCode(s.rina(), s.id(), "SEM-PP-2026").orElseThrow();
        assertThat(seminar.capacity()).isNull();
        assertThat(page(s.rinaUser, a("/trainings/" + seminar.id() + "/edit"))).contains("value=\"Seminar Pelayanan Publik\"");
        mvc.perform(form(s.rinaUser, a("/trainings/{t}/active"), seminar.id()).param("active", "false").param("version", "0"))
                .andExpect(redirectedUrl(a("/trainings/admin")));
        assertThat(page(s.sariUser, a("/trainings"))).doesNotContain("Seminar Pelayanan Publik");

        mvc.perform(form(s.rinaUser, a("/trainings/admin/target")).param("jpTarget", "24").param("version", "0"))
                .andExpect(redirectedUrl(a("/trainings/admin#jp-target")));
        assertThat(page(s.sariUser, a("/my-trainings"))).contains("0 dari 24 JP");
        mvc.perform(form(s.rinaUser, a("/trainings/admin/target")).param("jpTarget", "500").param("version", "1"))
                .andExpect(r -> assertThat(r.getFlashMap().get("flashError").toString()).contains("validation.range"));

        // the administrator enrols anyone by NIP; the appraiser an appraisee
        String detail = page(s.rinaUser, a("/trainings/" + elearning.id()));
        assertThat(detail).contains("name=\"nip\"");
        mvc.perform(form(s.rinaUser, a("/trainings/{t}/enrolments"), elearning.id()).param("nip", s.tono.nip()))
                .andExpect(redirectedUrl(a("/trainings/" + elearning.id())));
        assertThat(page(s.kapusUser, a("/trainings/" + elearning.id()))).contains("name=\"employeeId\"", "Budi Perawat");
        mvc.perform(form(s.kapusUser, a("/trainings/{t}/enrolments"), elearning.id()).param("employeeId", String.valueOf(s.budi.id())))
                .andExpect(redirectedUrl(a("/trainings/" + elearning.id())));
        assertThat(trainings.participants(s.rina(), s.id(), elearning.id())).extracting(TrainingEnrolment::employeeId)
                .containsExactlyInAnyOrder(s.tono.id(), s.budi.id());
        // full now: the page says so
        assertThat(page(s.sariUser, a("/trainings/" + elearning.id()))).contains("Kuota penuh");

        // the upkeep is for the administrator only
        for (UserDetails who : new UserDetails[] {s.sariUser, s.kadisUser, s.sekdaUser, s.outsiderUser}) {
            mvc.perform(get(a("/trainings/admin")).with(user(who))).andExpect(DENIED);
            mvc.perform(get(a("/trainings/new")).with(user(who))).andExpect(DENIED);
            mvc.perform(form(who, a("/trainings")).param("code", "HACK").param("title", "x").param("kind", "SEMINAR").param("jp", "1"))
                    .andExpect(DENIED);
            mvc.perform(form(who, a("/trainings/admin/target")).param("jpTarget", "1").param("version", "1")).andExpect(DENIED);
        }
        mvc.perform(form(s.tonoUser, a("/trainings/{t}/enrolments"), seminar.id()).param("employeeId", String.valueOf(s.sari.id())))
                .andExpect(DENIED);
    }

    @Test
    void theDashboardShowsUnitsWithAChartTableAndDrillsDownToWhoIsBehind() throws Exception {
        s.verified(trainings, s.sari(), elearning, today());
        Training big = s.training(trainings, "LATSAR", TrainingKind.KLASIKAL, 20, null);
        s.verified(trainings, s.kadis(), big, today());

        String board = page(s.rinaUser, a("/jp"));
        assertThat(board).contains("Kepatuhan JP", "Dinas Kesehatan", "BKPSDM", "canvas id=\"jp-chart\"", "data-chart-table=\"jp-units\"",
                "data-met=\"1\"", "/assets/js/training-jp.js", "/dist/chart.umd.js",
                "Belum mencapai target (6 pegawai)", "Sari Perawat", "/jp.xlsx?year=" + year(), "/jp.pdf?year=" + year());
        assertThat(board).contains("href=\"" + a("/units/" + s.dinkes.id() + "/jp?year=" + year()) + "\"");
        String unit = page(s.rinaUser, a("/units/" + s.puskesmas.id() + "/jp"));
        assertThat(unit).contains("Kepatuhan JP: UPTD Puskesmas Kesatria", "UPTD Puskesmas Kesatria (pegawai langsung)",
                "Budi Perawat", "dr. Kepala Puskesmas", "/jp.xlsx?year=" + year() + "&amp;unit=" + s.puskesmas.id());
        // Sari has 12 of 20: behind by 8, listed after those with nothing
        assertThat(unit.indexOf("Sari Perawat")).isGreaterThan(unit.indexOf("Budi Perawat"));
        // the unit heads reach their unit's board; the Kapus from the agency address
        mvc.perform(get(a("/jp")).with(user(s.kapusUser))).andExpect(redirectedUrl(a("/units/" + s.puskesmas.id() + "/jp?year=" + year())));
        assertThat(page(s.kadisUser, a("/units/" + s.puskesmas.id() + "/jp"))).contains("Budi Perawat");
        assertThat(page(s.sekdaUser, a("/jp"))).contains("Dinas Kesehatan");

        // exports through the web: attachment, nosniff
        MockHttpServletResponse xlsx = mvc.perform(get(a("/jp.xlsx")).param("unit", String.valueOf(s.dinkes.id())).with(user(s.kadisUser)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo(JpDocuments.XLSX);
        assertThat(xlsx.getHeader("Content-Disposition")).startsWith("attachment; filename=\"jp-").contains(".xlsx");
        assertThat(xlsx.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        MockHttpServletResponse pdf = mvc.perform(get(a("/jp.pdf")).with(user(s.sekdaUser)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo(JpDocuments.PDF);
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // refused: employees, unit heads outside their unit, other agencies
        for (UserDetails who : new UserDetails[] {s.sariUser, s.tonoUser, s.outsiderUser}) {
            mvc.perform(get(a("/jp")).with(user(who))).andExpect(DENIED);
            mvc.perform(get(a("/units/{u}/jp"), s.puskesmas.id()).with(user(who))).andExpect(DENIED);
            mvc.perform(get(a("/jp.xlsx")).with(user(who))).andExpect(DENIED);
            mvc.perform(get(a("/jp.pdf")).param("unit", String.valueOf(s.puskesmas.id())).with(user(who))).andExpect(DENIED);
        }
        mvc.perform(get(a("/units/{u}/jp"), s.dinkes.id()).with(user(s.kapusUser))).andExpect(DENIED);
        mvc.perform(get(a("/jp.xlsx")).with(user(s.kadisUser))).andExpect(DENIED);
    }

    @Test
    void colleaguesAndOtherAgenciesAreRefused() throws Exception {
        TrainingEnrolment x = trainings.enrol(s.sari(), s.id(), elearning.id(), s.sari().employeeId());
        x = trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", PDF));
        for (UserDetails who : new UserDetails[] {s.budiUser, s.tonoUser, s.outsiderUser}) {
            mvc.perform(get(a("/employees/{e}/trainings"), s.sari.id()).with(user(who))).andExpect(DENIED);
            mvc.perform(get(a("/training-enrolments/{x}/certificate"), x.id()).with(user(who))).andExpect(DENIED);
            mvc.perform(form(who, a("/training-enrolments/{x}/verify"), x.id()).param("version", String.valueOf(x.version()))).andExpect(DENIED);
            mvc.perform(form(who, a("/training-enrolments/{x}/reject"), x.id()).param("version", String.valueOf(x.version()))
                    .param("reason", "x")).andExpect(DENIED);
            mvc.perform(form(who, a("/training-enrolments/{x}/cancel"), x.id())).andExpect(DENIED);
            mvc.perform(get(a("/training-enrolments/{x}/complete"), x.id()).with(user(who))).andExpect(DENIED);
        }
        // the agency head reads the employee's page but may not download the certificate
        assertThat(page(s.sekdaUser, a("/employees/" + s.sari.id() + "/trainings"))).contains("Pelatihan Sari Perawat")
                .doesNotContain("/training-enrolments/" + x.id() + "/certificate");
        mvc.perform(get(a("/training-enrolments/{x}/certificate"), x.id()).with(user(s.sekdaUser))).andExpect(DENIED);
        // another agency's catalogue
        mvc.perform(get(a("/trainings")).with(user(s.outsiderUser))).andExpect(DENIED);
        mvc.perform(get(a("/trainings/{t}"), elearning.id()).with(user(s.outsiderUser))).andExpect(DENIED);
        mvc.perform(form(s.outsiderUser, a("/trainings/{t}/enrolments"), elearning.id())).andExpect(DENIED);
        // the employee's uploads are hers alone
        mvc.perform(multipart(a("/training-enrolments/{x}/complete"), x.id())
                        .file(new MockMultipartFile("certificate", "s.pdf", "application/pdf", PDF)).param("completedOn", today().toString())
                        .with(user(s.kapusUser)).with(csrf()))
                .andExpect(DENIED);
    }
}
