package id.capaian.talent;

import static id.capaian.talent.PotentialImportIntegrationTests.row;
import static id.capaian.talent.PotentialImportIntegrationTests.workbook;
import static id.capaian.talent.TalentScenario.YEAR;
import static id.capaian.talent.TalentScenario.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import id.capaian.evaluation.Predikat;
import id.capaian.organisation.Employee;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The talent pages, exports and API through the web: what HR staff, a line manager, the employee, a colleague and
 * another agency get; the forms with their translated problems; the XLSX and PDF read back.
 */
@IntegrationTest
class TalentWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TalentManagement talent;
    @Autowired SuccessionManagement succession;
    @Autowired CareerManagement careers;

    TalentScenario s;
    String base;

    @BeforeEach
    void scenario() {
        s = new TalentScenario(data, users, jdbc);
        base = "/agencies/" + s.agency.id() + "/talent";
        // staff 0 box 9, staff 1 box 5, kasi box 8 (pool: staff 0 and kasi)
        s.finalEvaluation(s.staff.get(0), YEAR, Predikat.SANGAT_BAIK);
        s.finalEvaluation(s.staff.get(1), YEAR, Predikat.BAIK);
        s.finalEvaluation(s.kasi, YEAR, Predikat.BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(0), "85", LocalDate.of(YEAR, 11, 20)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(1), "70", LocalDate.of(YEAR, 11, 20)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.kasi, "82", LocalDate.of(YEAR, 11, 20)));
    }

    private MockHttpServletResponse response(AbstractMockHttpServletRequestBuilder<?> request, Actor actor) throws Exception {
        return mvc.perform(request.with(user(user(actor)))).andReturn().getResponse();
    }

    private String page(String url, Actor actor) throws Exception {
        MockHttpServletResponse r = response(get(url), actor);
        assertThat(r.getStatus()).as("GET " + url).isEqualTo(200);
        return r.getContentAsString();
    }

    private int status(String url, Actor actor) throws Exception {
        return response(get(url), actor).getStatus();
    }

    private MockHttpServletResponse post(String url, Actor actor, String... params) throws Exception {
        MockHttpServletRequestBuilder r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            r = r.param(params[i], params[i + 1]);
        }
        return response(r, actor);
    }

    @Test
    void theGridIsForHrWithNamesAndTheTeamViewShowsOnlyThePeopleBelow() throws Exception {
        String html = page(base, s.adminActor);
        assertThat(html).contains("9-box talenta").contains("id=\"box-9\"").contains("data-box=\"9\" data-count=\"1\"")
                .contains("data-box=\"8\" data-count=\"1\"").contains("data-box=\"5\" data-count=\"1\"")
                .contains("data-box=\"7\" data-count=\"0\"")
                .contains(s.staff.get(0).name()).contains(s.kasi.name())
                .contains("Masuk talent pool: kotak 9 termasuk kotak pool (7, 8, 9).")
                .contains("id=\"spread-table\"").contains("/assets/js/talent-grid.js")
                .contains(base + "/nine-box.xlsx").contains(base + "/nine-box.pdf")
                // the missing inputs: staff 2 and 3 have nothing
                .contains("id=\"missing-" + s.staff.get(2).id() + "\"");
        assertThat(html).doesNotContain("<script>").doesNotContain("onclick");
        assertThat(page(base, s.headActor)).contains(s.staff.get(0).name());
        assertThat(page(base + "/pool", s.adminActor)).contains("id=\"pool-" + s.staff.get(0).id() + "\"")
                .contains("id=\"pool-" + s.kasi.id() + "\"").doesNotContain("id=\"pool-" + s.staff.get(1).id() + "\"");
        for (Actor refused : List.of(s.kasiActor, s.kadisActor, s.staffActors.get(0))) {
            assertThat(status(base, refused)).isEqualTo(403);
            assertThat(status(base + "/pool", refused)).isEqualTo(403);
            assertThat(status(base + "/nine-box.xlsx", refused)).isEqualTo(403);
        }
        // another agency is not even told the agency exists
        assertThat(status(base, s.strangerActor)).isEqualTo(404);
        assertThat(status(base + "/nine-box.xlsx", s.strangerActor)).isEqualTo(404);
        String team = page(base + "/team", s.kasiActor);
        assertThat(team).contains("9-box tim saya").contains(s.staff.get(0).name()).contains(s.staff.get(1).name())
                .doesNotContain(s.kabid.name()).doesNotContain(s.kasi.name()).doesNotContain(base + "/nine-box.xlsx");
        assertThat(page(base + "/team", s.staffActors.get(0))).contains("Belum ada pegawai di bawah Anda");
    }

    @Test
    void myTalentShowsMyBoxItsMeaningMyInputsAndMyPath() throws Exception {
        MockHttpServletResponse redirect = response(get("/talent/mine"), s.staffActors.get(0));
        assertThat(redirect.getRedirectedUrl()).isEqualTo(base + "/mine");
        String html = page(base + "/mine", s.staffActors.get(0));
        assertThat(html).contains("Talenta Saya").contains("id=\"box-number\">Kotak 9<")
                .contains("Bintang: kinerja dan potensi tinggi").contains("siap disiapkan untuk jabatan yang lebih tinggi")
                .contains("Termasuk talent pool").contains("Sangat Baik (" + YEAR + ")")
                .contains("Kinerja Di atas ekspektasi: predikat akhir evaluasi tahunan " + YEAR + " adalah Sangat Baik.")
                .contains("menengah mulai 60, tinggi mulai 80").contains("Belum menjadi kandidat suksesi");
        assertThat(page(base + "/mine?lang=en", s.staffActors.get(0))).contains("My Talent").contains("Box 9")
                .contains("Star: high performance and potential");
        // someone with no box yet is told what is missing
        assertThat(page(base + "/mine", s.staffActors.get(2))).contains("id=\"not-placed\"")
                .contains("Belum ada evaluasi tahunan pada periode ini.").contains("Belum ada penilaian potensi");
    }

    @Test
    void aPersonsPageIsForThemTheirLineAndHrOnly() throws Exception {
        String url = base + "/employees/" + s.staff.get(0).id();
        assertThat(page(url, s.kasiActor)).contains(s.staff.get(0).name()).contains("Kotak 9");
        assertThat(page(url, s.kabidActor)).contains("Kotak 9");
        assertThat(page(url, s.adminActor)).contains("id=\"qualification-form\"");
        assertThat(page(url, s.headActor)).doesNotContain("id=\"qualification-form\"");
        assertThat(status(url, s.staffActors.get(1))).isEqualTo(403);
        assertThat(status(url, s.sideKabidActor)).isEqualTo(403);
        assertThat(status(url, s.strangerActor)).isEqualTo(404);
        assertThat(response(get(url), s.strangerActor).getContentAsString()).doesNotContain(s.staff.get(0).name());
        assertThat(status(base + "/employees/" + s.kasi.id(), s.staffActors.get(0))).isEqualTo(403);
        assertThat(status(base + "/employees/999999999", s.adminActor)).isEqualTo(404);
        // an administrator records an education on the page
        MockHttpServletResponse bad = post(url + "/qualifications", s.adminActor, "level", "SMK", "year", "abc");
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Pilih jenjang pendidikan: SD, SMP, SMA");
        MockHttpServletResponse ok = post(url + "/qualifications", s.adminActor, "level", "S1", "field", "Psikologi",
                "institution", "Universitas Sumatera Utara", "year", "2012");
        assertThat(ok.getRedirectedUrl()).isEqualTo(url + "#qualifications");
        assertThat(page(url, s.staffActors.get(0))).contains("Psikologi").contains("Universitas Sumatera Utara");
        assertThat(post(url + "/qualifications", s.kasiActor, "level", "S2").getStatus()).isEqualTo(403);
    }

    @Test
    void settingsAreSavedByAdministratorsWithTranslatedProblems() throws Exception {
        assertThat(page(base + "/settings", s.adminActor)).contains("Pengaturan manajemen talenta").contains("name=\"cells[DIATAS_EKSPEKTASI_HIGH]\"");
        assertThat(page(base + "/settings", s.headActor)).contains("id=\"read-only\"");
        assertThat(status(base + "/settings", s.staffActors.get(0))).isEqualTo(403);
        List<String> form = new ArrayList<>(List.of("version", "0", "potentialMiddle", "60", "potentialHigh", "80",
                "poolBoxes", "7", "poolBoxes", "8", "poolBoxes", "9", "weightPerformance", "50", "weightCompetency", "30",
                "weightTraining", "15", "weightQualification", "15"));
        int[][] standard = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
        String[] rows = {"DIATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DIBAWAH_EKSPEKTASI"};
        String[] cols = {"LOW", "MIDDLE", "HIGH"};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                form.add("cells[" + rows[r] + "_" + cols[c] + "]");
                form.add(String.valueOf(standard[r][c]));
            }
        }
        MockHttpServletResponse bad = post(base + "/settings", s.adminActor, form.toArray(String[]::new));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Jumlah keempat bobot harus 100, sekarang 110.");
        form.set(form.indexOf("weightPerformance") + 1, "40");
        form.set(form.indexOf("potentialHigh") + 1, "8o");
        MockHttpServletResponse unreadable = post(base + "/settings", s.adminActor, form.toArray(String[]::new));
        assertThat(unreadable.getContentAsString()).contains("Potensi tinggi mulai dari skor: isian tidak dapat dibaca.");
        form.set(form.indexOf("potentialHigh") + 1, "85");
        MockHttpServletResponse ok = post(base + "/settings", s.adminActor, form.toArray(String[]::new));
        assertThat(ok.getRedirectedUrl()).isEqualTo(base + "/settings");
        assertThat(talent.settings(s.adminActor, s.agency.id()).potentialHigh()).isEqualByComparingTo("85");
        assertThat(post(base + "/settings", s.headActor, form.toArray(String[]::new)).getStatus()).isEqualTo(403);
    }

    @Test
    void potentialsAreRecordedAndImportedThroughThePage() throws Exception {
        assertThat(page(base + "/potential", s.adminActor)).contains("id=\"record-form\"").contains("id=\"import-form\"")
                .contains(s.staff.get(0).name());
        assertThat(status(base + "/potential", s.kasiActor)).isEqualTo(403);
        MockHttpServletResponse bad = post(base + "/potential", s.adminActor, "nip", "123", "score", "101",
                "method", "SUPERVISOR", "assessedOn", YEAR + "-05-01");
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("NIP terdiri dari 18 angka.")
                .contains("Skor potensi harus angka 0 sampai 100");
        MockHttpServletResponse ok = post(base + "/potential", s.adminActor, "nip", s.staff.get(2).nip(), "score", "66",
                "method", "SUPERVISOR", "assessedOn", YEAR + "-05-01");
        assertThat(ok.getRedirectedUrl()).isEqualTo(base + "/potential");

        byte[] good = workbook(List.of(row(s.staff.get(3).nip(), "77", "", YEAR + "-04-01", "")));
        MockHttpServletResponse imported = response(multipart(base + "/potential/import")
                .file(new MockMultipartFile("file", "potensi.xlsx", "application/octet-stream", good)).with(csrf()), s.adminActor);
        assertThat(imported.getRedirectedUrl()).isEqualTo(base + "/potential");
        byte[] wrong = workbook(List.of(row(s.staff.get(3).nip(), "770", "", YEAR + "-04-01", "")));
        MockHttpServletResponse report = response(multipart(base + "/potential/import")
                .file(new MockMultipartFile("file", "potensi.xlsx", "application/octet-stream", wrong)).with(csrf()), s.adminActor);
        assertThat(report.getStatus()).isEqualTo(200);
        assertThat(report.getContentAsString()).contains("Impor dibatalkan: tidak ada yang disimpan")
                .contains("id=\"line-2\"").contains("Skor 770 tidak valid");
        assertThat(talent.assessmentsOf(s.adminActor, s.agency.id(), s.staff.get(3).id())).hasSize(1);

        MockHttpServletResponse template = response(get(base + "/potential/template.xlsx"), s.adminActor);
        assertThat(template.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("potensi-template.xlsx");
        assertThat(firstRow(template.getContentAsByteArray())).startsWith("NIP");
    }

    @Test
    void criticalPositionsAndProposalsGoFromCandidatesToARankingAndADecision() throws Exception {
        // a critical position with a suggested candidate from the pool
        MockHttpServletResponse created = post(base + "/critical-positions", s.adminActor, "positionId",
                String.valueOf(s.target.id()), "unitId", String.valueOf(s.bidang.id()), "reason", "Pemangku pensiun", "risk", "HIGH");
        String critical = created.getRedirectedUrl();
        assertThat(critical).startsWith(base + "/critical-positions/");
        String detail = page(critical, s.adminActor);
        assertThat(detail).contains("Jabatan kritikal: Kepala Bidang Penilaian Kinerja").contains("id=\"suggestion-" + s.staff.get(0).id() + "\"");
        assertThat(post(critical + "/candidates", s.adminActor, "nip", s.staff.get(0).nip(), "readiness", "READY_NOW")
                .getRedirectedUrl()).isEqualTo(critical);
        assertThat(page(critical, s.adminActor)).contains("id=\"candidate-" + s.staff.get(0).id() + "\"");
        MockHttpServletResponse missingNip = post(critical + "/candidates", s.adminActor, "nip", "", "readiness", "READY_NOW");
        assertThat(missingNip.getContentAsString()).contains("Wajib diisi.");
        assertThat(status(base + "/critical-positions", s.staffActors.get(0))).isEqualTo(403);
        assertThat(page(base + "/critical-positions", s.adminActor)).contains("id=\"critical-form\"")
                .contains("1 kandidat, 1 siap sekarang");
        assertThat(page(base + "/critical-positions", s.headActor)).contains("Kepala Bidang Penilaian Kinerja")
                .doesNotContain("id=\"critical-form\"");

        // a proposal: two candidates, ranked, decided for the second with the reason why not the first
        String proposal = post(base + "/proposals", s.adminActor, "kind", "PROMOTION", "positionId",
                String.valueOf(s.target.id()), "title", "Promosi Kepala Bidang Penilaian Kinerja").getRedirectedUrl();
        assertThat(proposal).startsWith(base + "/proposals/");
        assertThat(page(base + "/proposals", s.adminActor)).contains("Promosi Kepala Bidang Penilaian Kinerja")
                .contains("id=\"proposal-form\"").contains("Kepala Bidang Penilaian Kinerja");
        assertThat(page(base + "/proposals", s.headActor)).doesNotContain("id=\"proposal-form\"");
        assertThat(page(proposal, s.adminActor)).contains("Belum ada kandidat.").contains("id=\"suggestion-" + s.staff.get(0).id() + "\"")
                .doesNotContain("id=\"decision\"");
        assertThat(status(base + "/proposals", s.kasiActor)).isEqualTo(403);
        post(proposal + "/candidates", s.adminActor, "nip", s.staff.get(0).nip());
        post(proposal + "/candidates", s.adminActor, "nip", s.staff.get(1).nip());
        assertThat(post(proposal + "/rank", s.adminActor).getRedirectedUrl()).isEqualTo(proposal + "#rank");
        String ranked = page(proposal, s.adminActor);
        assertThat(ranked).contains("id=\"ranking\"").contains("Peringkat 1 dari 2").contains("id=\"decision\"")
                .contains("/assets/js/talent-decision.js");
        long id = Long.parseLong(proposal.substring(proposal.lastIndexOf('/') + 1));
        int version = careers.get(s.adminActor, s.agency.id(), id).version();
        MockHttpServletResponse noWhy = post(proposal + "/decision", s.headActor, "chosenId", String.valueOf(s.staff.get(1).id()),
                "reason", "Lebih lama di bidang penilaian", "version", String.valueOf(version));
        assertThat(noWhy.getStatus()).isEqualTo(200);
        assertThat(noWhy.getContentAsString()).contains("Kandidat terpilih berperingkat 2: tuliskan mengapa bukan "
                + s.staff.get(0).name() + " (peringkat 1).");
        assertThat(post(proposal + "/decision", s.staffActors.get(1), "chosenId", String.valueOf(s.staff.get(1).id()),
                "reason", "Saya", "whyNotTop", "Saya", "version", String.valueOf(version)).getStatus()).isEqualTo(403);
        MockHttpServletResponse decided = post(proposal + "/decision", s.headActor, "chosenId",
                String.valueOf(s.staff.get(1).id()), "reason", "Lebih lama di bidang penilaian", "whyNotTop",
                "Peringkat 1 sedang tugas belajar", "version", String.valueOf(version));
        assertThat(decided.getRedirectedUrl()).isEqualTo(proposal + "#decision");
        assertThat(page(proposal, s.adminActor)).contains("id=\"decision-record\"").contains("Terpilih: " + s.staff.get(1).name())
                .contains("Peringkat 1 sedang tugas belajar").contains("Diputuskan oleh " + s.head.name());
        assertThat(status(proposal, s.staffActors.get(1))).isEqualTo(403);
        // the chosen candidate sees the outcome on their own page, with their own rank only
        assertThat(page(base + "/mine", s.staffActors.get(1))).contains("Peringkat 2 dari 2").contains("Terpilih")
                .doesNotContain(s.staff.get(0).name());
    }

    @Test
    void theExportsReadBackAndAreForHrOnly() throws Exception {
        MockHttpServletResponse xlsx = response(get(base + "/nine-box.xlsx"), s.adminActor);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("9-box-" + YEAR + ".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("Sebaran", "Penempatan", "Belum lengkap", "Keterangan");
            List<Row> spread = rows(wb.getSheets().toList().get(0));
            // box 9 first: its count and share, and the total of the placed
            assertThat(cell(spread.get(1), 0)).isEqualTo("9");
            assertThat(cell(spread.get(1), 4)).isEqualTo("1");
            assertThat(cell(spread.get(1), 6)).isEqualTo("Ya");
            assertThat(cell(spread.get(10), 4)).isEqualTo("3");
            List<Row> placed = rows(wb.getSheets().toList().get(1));
            assertThat(placed).hasSize(4);
            assertThat(placed.stream().map(r -> cell(r, 0)))
                    .contains(s.staff.get(0).nip(), s.staff.get(1).nip(), s.kasi.nip());
            Row star = placed.stream().filter(r -> s.staff.get(0).nip().equals(cell(r, 0))).findFirst().orElseThrow();
            assertThat(cell(star, 11)).isEqualTo("9");
            assertThat(cell(star, 13)).contains("Masuk talent pool");
        }
        MockHttpServletResponse pool = response(get(base + "/pool.xlsx?lang=en"), s.adminActor);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(pool.getContentAsByteArray()))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList()).containsExactly("Talent pool", "About");
            List<Row> rows = rows(wb.getFirstSheet());
            assertThat(rows.stream().skip(1).map(r -> cell(r, 0)))
                    .containsExactlyInAnyOrder(s.staff.get(0).nip(), s.kasi.nip());
            assertThat(cell(rows.get(0), 1)).isEqualTo("Name");
        }
        for (String pdfUrl : List.of(base + "/nine-box.pdf", base + "/pool.pdf")) {
            MockHttpServletResponse pdf = response(get(pdfUrl), s.adminActor);
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(s.staff.get(0).name()).contains(s.kasi.name());
                if (pdfUrl.endsWith("nine-box.pdf")) {
                    assertThat(text).contains("Kotak 9").contains(s.staff.get(1).name());
                } else {
                    assertThat(text).doesNotContain(s.staff.get(1).name());
                }
            }
        }
        assertThat(status(base + "/pool.pdf", s.kasiActor)).isEqualTo(403);
        assertThat(status(base + "/nine-box.pdf", s.strangerActor)).isEqualTo(404);
    }

    @Test
    void theApiGivesMyBoxTheAgencyGridToHrAndTheRankingToHr() throws Exception {
        String me = api("/api/v1/agencies/" + s.agency.id() + "/talent/me", s.staff.get(0), 200);
        assertThat((Integer) JsonPath.read(me, "$.placement.box")).isEqualTo(9);
        assertThat((Boolean) JsonPath.read(me, "$.placement.inPool")).isTrue();
        assertThat((String) JsonPath.read(me, "$.placement.explanation[0]")).contains("Sangat Baik");
        assertThat((Integer) JsonPath.read(me, "$.rules.numbering.DIATAS_EKSPEKTASI.HIGH")).isEqualTo(9);
        String nobody = api("/api/v1/agencies/" + s.agency.id() + "/talent/me", s.staff.get(3), 200);
        assertThat((Boolean) JsonPath.read(nobody, "$.missing.missingPotential")).isTrue();

        api("/api/v1/agencies/" + s.agency.id() + "/talent/nine-box", s.staff.get(0), 403);
        api("/api/v1/agencies/" + s.agency.id() + "/talent/nine-box", s.kasi, 403);
        api("/api/v1/agencies/" + s.agency.id() + "/talent/me", s.stranger, 404);
        api("/api/v1/agencies/" + s.agency.id() + "/talent/nine-box", s.stranger, 404);
        String grid = api("/api/v1/agencies/" + s.agency.id() + "/talent/nine-box", s.admin, 200);
        assertThat((Integer) JsonPath.read(grid, "$.spread.9")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(grid, "$.placed")).isEqualTo(3);
        assertThat((List<?>) JsonPath.read(grid, "$.pool")).hasSize(2);

        CareerProposal p = careers.create(s.adminActor, s.agency.id(), new ProposalForm(ProposalKind.TRANSFER, s.target.id(),
                null, "Mutasi"));
        careers.addCandidate(s.adminActor, s.agency.id(), p.id(), s.staff.get(0).nip());
        careers.rank(s.adminActor, s.agency.id(), p.id());
        String ranking = api("/api/v1/agencies/" + s.agency.id() + "/talent/proposals/" + p.id() + "/ranking", s.head, 200);
        assertThat((Integer) JsonPath.read(ranking, "$.candidates[0].rank")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(ranking, "$.weights.performance")).isEqualTo(40);
        assertThat((String) JsonPath.read(ranking, "$.candidates[0].explanation")).startsWith("Peringkat 1 dari 1");
        api("/api/v1/agencies/" + s.agency.id() + "/talent/proposals/" + p.id() + "/ranking", s.staff.get(0), 403);
        api("/api/v1/agencies/" + s.agency.id() + "/talent/proposals/999999999/ranking", s.admin, 404);
    }

    private String api(String url, Employee who, int expected) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((who.nip() + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse r = mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, basic)).andReturn().getResponse();
        assertThat(r.getStatus()).as("GET " + url).isEqualTo(expected);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Sheet sheet) throws java.io.IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.toList();
        }
    }

    private static String cell(Row r, int i) {
        return i < r.getCellCount() && r.getCell(i) != null ? r.getCellText(i) : "";
    }

    private static String firstRow(byte[] xlsx) throws java.io.IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return rows(wb.getFirstSheet()).get(0).getCellAsString(0).orElse("");
        }
    }
}
