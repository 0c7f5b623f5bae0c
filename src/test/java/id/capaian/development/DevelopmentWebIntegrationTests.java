package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The development pages through the web: each renders for the people it is for and refuses colleagues and other
 * agencies (403); forms show translated problems beside their fields with nothing stored; the import report, the
 * gaps dashboard with its workbook and PDF, the development plan from proposal to agreement, mentoring, and the API.
 */
@IntegrationTest
class DevelopmentWebIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final int YEAR = TODAY.getYear();

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired CompetencyManagement competencies;
    @Autowired DevelopmentPlanManagement plans;
    @Autowired MentoringManagement mentoring;
    @Autowired JdbcClient jdbc;

    DevelopmentScenario s;
    String base;

    @BeforeEach
    void scenario() {
        s = new DevelopmentScenario(data, users, competencies, jdbc);
        base = "/agencies/" + s.agency.id() + "/development";
        competencies.record(s.adminActor, s.agency.id(), s.staff.get(0).id(), AssessmentForm.of(s.id("KOMUNIKASI"), 2, TODAY,
                AssessmentMethod.ASSESSMENT_CENTER, "UPT BKN"));
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, Actor actor) throws Exception {
        return mvc.perform(request.with(user((UserDetails) actor))).andReturn().getResponse();
    }

    private MockHttpServletResponse postAs(String url, Actor actor, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return send(b, actor);
    }

    private int status(String url, Actor actor) throws Exception {
        return send(get(url), actor).getStatus();
    }

    /** Someone of another agency: refused, or not even told that the agency's records exist. */
    private void refusedToOtherAgency(String url) throws Exception {
        assertThat(status(url, s.strangerActor)).as(url).isIn(403, 404);
    }

    @Test
    void profilesRenderForTheEmployeeTheLineAndHrAndAreRefusedToOthers() throws Exception {
        String profile = base + "/employees/" + s.staff.get(0).id();
        assertThat(send(get("/development/mine"), s.staffActors.get(0)).getRedirectedUrl()).isEqualTo(profile);
        String mine = send(get(profile), s.staffActors.get(0)).getContentAsString();
        assertThat(mine).contains("Kompetensi saya").contains("Komunikasi").contains("Di bawah standar: level 2, standar 3, kesenjangan 1.")
                .contains("Belum pernah diases; standar level 2.").contains("Usulkan rencana")
                .doesNotContain("Catat hasil asesmen");
        for (Actor allowed : List.of(s.headActor, s.kadisActor, s.adminActor, s.bupatiActor)) {
            assertThat(status(profile, allowed)).as("profile for " + allowed.username()).isEqualTo(200);
        }
        assertThat(send(get(profile), s.adminActor).getContentAsString()).contains("Catat hasil asesmen").contains("Assessment center");
        assertThat(status(profile, s.colleague())).isEqualTo(403);
        refusedToOtherAgency(profile);
        assertThat(status(base + "/employees", s.adminActor)).isEqualTo(200);
        assertThat(status(base + "/employees", s.headActor)).isEqualTo(403);

        // the appraiser records a supervisor's judgement; a bad one comes back beside its field, nothing stored
        String bad = postAs(profile + "/assessments", s.headActor, "competencyId", String.valueOf(s.id("KERJA_SAMA")), "level", "",
                "assessedOn", TODAY.plusDays(2).toString(), "method", "SUPERVISOR").getContentAsString();
        assertThat(bad).contains("id=\"assess-level-error\"").contains("Tanggal asesmen tidak boleh di masa depan.")
                .contains("Level: Wajib diisi.");
        assertThat(competencies.history(s.adminActor, s.agency.id(), s.staff.get(0).id())).hasSize(1);
        assertThat(postAs(profile + "/assessments", s.headActor, "competencyId", String.valueOf(s.id("KERJA_SAMA")), "level", "3",
                "assessedOn", TODAY.toString(), "method", "SUPERVISOR").getRedirectedUrl()).isEqualTo(profile + "#history");
        assertThat(postAs(profile + "/assessments", s.colleague(), "competencyId", String.valueOf(s.id("KERJA_SAMA")), "level", "5",
                "assessedOn", TODAY.toString(), "method", "SUPERVISOR").getStatus()).isEqualTo(403);
        assertThat(competencies.history(s.adminActor, s.agency.id(), s.staff.get(0).id())).hasSize(2);
    }

    @Test
    void theDictionaryAndStandardsAreReadByAllAndChangedByAdministrators() throws Exception {
        assertThat(send(get(base + "/competencies"), s.staffActors.get(0)).getContentAsString()).contains("Kamus kompetensi")
                .contains("Pengambilan Keputusan").doesNotContain("Tambah kompetensi teknis");
        assertThat(status(base + "/competencies/new", s.staffActors.get(0))).isEqualTo(403);
        refusedToOtherAgency(base + "/competencies");
        String bad = postAs(base + "/competencies", s.adminActor, "code", "KOMUNIKASI", "name", "").getContentAsString();
        assertThat(bad).contains("id=\"competency-code-error\"").contains("Kode KOMUNIKASI sudah dipakai kompetensi lain")
                .contains("Nama: Wajib diisi.");
        String created = postAs(base + "/competencies", s.adminActor, "code", "SIMPUS", "name", "Pengelolaan SIMPUS",
                "level1", "Mengoperasikan").getRedirectedUrl();
        assertThat(created).startsWith(base + "/competencies/");
        assertThat(send(get(created), s.headActor).getContentAsString()).contains("Pengelolaan SIMPUS").contains("Mengoperasikan");
        assertThat(send(get(created + "/edit"), s.adminActor).getContentAsString()).contains("Ubah kompetensi Pengelolaan SIMPUS")
                .contains("name=\"version\"");
        assertThat(send(get(created).param("lang", "en"), s.adminActor).getContentAsString()).contains("What each level means")
                .contains("Technical");
        assertThat(postAs(base + "/competencies", s.headActor, "code", "X9", "name", "X").getStatus()).isEqualTo(403);

        String standard = base + "/standards/" + s.analyst.id();
        assertThat(send(get(base + "/standards"), s.headActor).getContentAsString()).contains(s.analyst.name());
        assertThat(send(get(standard), s.headActor).getContentAsString()).contains("Komunikasi").doesNotContain("<select");
        assertThat(send(get(standard), s.adminActor).getContentAsString()).contains("name=\"level-" + s.id("KOMUNIKASI") + "\"");
        assertThat(postAs(standard, s.adminActor, "level-" + s.id("INTEGRITAS"), "4", "level-" + s.id("KOMUNIKASI"), "3",
                "level-" + s.id("KERJA_SAMA"), "").getRedirectedUrl()).isEqualTo(standard);
        assertThat(competencies.standardSizes(s.adminActor, s.agency.id())).containsEntry(s.analyst.id(), 2);
        assertThat(postAs(standard, s.headActor, "level-" + s.id("INTEGRITAS"), "1").getStatus()).isEqualTo(403);
        assertThat(competencies.standardSizes(s.adminActor, s.agency.id())).containsEntry(s.analyst.id(), 2);
    }

    @Test
    void theImportPageReportsEveryProblemAndStoresNothing() throws Exception {
        String page = base + "/assessments/import";
        assertThat(send(get(page), s.adminActor).getContentAsString()).contains("Impor hasil asesmen kompetensi")
                .contains("KODE_KOMPETENSI").contains("template.xlsx");
        assertThat(status(page, s.headActor)).isEqualTo(403);
        MockHttpServletResponse template = send(get(page + "/template.xlsx"), s.adminActor);
        assertThat(template.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.getContentAsByteArray()).startsWith('P', 'K');

        byte[] bad = CompetencyIntegrationTests.xlsx(CompetencyIntegrationTests.HEADER,
                new Object[] {s.staff.get(1).nip(), "KOMUNIKASI", "3", "2025-10-01", "", ""},
                new Object[] {s.staff.get(2).nip(), "TIDAK_ADA", "9", "2025-10-01", "", ""});
        String report = send(multipart(page).file(new MockMultipartFile("file", "hasil.xlsx", "application/octet-stream", bad))
                .with(csrf()), s.adminActor).getContentAsString();
        assertThat(report).contains("Tidak ada yang disimpan: 2 masalah ditemukan.")
                .contains("Kode kompetensi TIDAK_ADA tidak ada dalam kamus kompetensi.")
                .contains("Level 9 tidak valid: isi angka 1 sampai 5.").contains("id=\"import-report\"");
        assertThat(competencies.history(s.adminActor, s.agency.id(), s.staff.get(1).id())).isEmpty();
        byte[] good = CompetencyIntegrationTests.xlsx(CompetencyIntegrationTests.HEADER,
                new Object[] {s.staff.get(1).nip(), "KOMUNIKASI", "3", "2025-10-01", "", ""});
        assertThat(send(multipart(page).file(new MockMultipartFile("file", "hasil.xlsx", "application/octet-stream", good))
                .with(csrf()), s.adminActor).getContentAsString()).contains("1 hasil asesmen dari 1 pegawai tersimpan.");
        assertThat(send(multipart(page).file(new MockMultipartFile("file", "hasil.xlsx", "application/octet-stream", good))
                .with(csrf()), s.headActor).getStatus()).isEqualTo(403);
        assertThat(competencies.history(s.adminActor, s.agency.id(), s.staff.get(1).id())).hasSize(1);
    }

    @Test
    void theGapsDashboardWithItsWorkbookAndPdf() throws Exception {
        String gaps = base + "/gaps?unit=" + s.seksi.id() + "&subunits=true";
        String page = send(get(gaps), s.headActor).getContentAsString();
        assertThat(page).contains("Kesenjangan kompetensi: Seksi Pelayanan Kesehatan Primer").contains("id=\"gaps-chart\"")
                .contains("/assets/js/development-gaps.js").contains("id=\"line-KOMUNIKASI\"").contains("gaps.xlsx?unit=")
                .doesNotContain("<script>");
        // the unit alone, without its sub-units
        assertThat(send(get(base + "/gaps?unit=" + s.dinas.id() + "&subunits=false"), s.kadisActor).getContentAsString())
                .contains("3 pegawai aktif, 0 di antaranya").contains("Belum ada standar kompetensi untuk jabatan pegawai di unit ini.");
        assertThat(send(get(base + "/gaps?unit=" + s.dinas.id()), s.kadisActor).getContentAsString())
                .contains("8 pegawai aktif, 5 di antaranya");
        // the head of the section sees their unit by default
        assertThat(send(get(base + "/gaps"), s.headActor).getContentAsString()).contains("Seksi Pelayanan Kesehatan Primer");
        assertThat(send(get(base + "/gaps/data?unit=" + s.seksi.id()), s.headActor).getContentAsString())
                .contains("\"name\":\"Komunikasi\"").contains("\"averageGap\":1.00");
        MockHttpServletResponse xlsx = send(get(base + "/gaps/gaps.xlsx?unit=" + s.seksi.id()), s.bupatiActor);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        MockHttpServletResponse pdf = send(get(base + "/gaps/gaps.pdf?unit=" + s.seksi.id()), s.adminActor);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // refused: staff, the head of a lower unit asking for the upper one, other agencies
        assertThat(status(base + "/gaps", s.staffActors.get(0))).isEqualTo(403);
        assertThat(status(base + "/gaps?unit=" + s.dinas.id(), s.headActor)).isEqualTo(403);
        refusedToOtherAgency(base + "/gaps/gaps.pdf?unit=" + s.seksi.id());
        assertThat(status(base + "/gaps/gaps.xlsx?unit=" + s.seksi.id(), s.colleague())).isEqualTo(403);
    }

    @Test
    void aPlanIsProposedEditedAndAgreedThroughTheWeb() throws Exception {
        String proposed = postAs(base + "/plans", s.staffActors.get(0), "employeeId", String.valueOf(s.staff.get(0).id()),
                "year", String.valueOf(YEAR)).getRedirectedUrl();
        assertThat(proposed).startsWith(base + "/plans/");
        DevelopmentPlan plan = plans.forEmployee(s.adminActor, s.agency.id(), s.staff.get(0).id(), YEAR).orElseThrow();
        String page = send(get(proposed), s.staffActors.get(0)).getContentAsString();
        assertThat(page).contains("Kesenjangan kompetensi")
                .contains("Kompetensi Komunikasi di bawah standar jabatan: standar level 3, hasil asesmen terakhir level 2.")
                .contains("Atasan penilai Anda menyepakati rencana ini").doesNotContain("id=\"agree\"");
        assertThat(send(get("/development/plans/mine"), s.staffActors.get(0)).getContentAsString()).contains(proposed);
        assertThat(send(get(base + "/plans"), s.headActor).getContentAsString()).contains(proposed).contains(s.staff.get(1).name());
        assertThat(status(proposed, s.colleague())).isEqualTo(403);
        refusedToOtherAgency(proposed);

        // an action added with a bad due date: the problem beside the field, nothing stored
        String bad = postAs(proposed + "/actions", s.headActor, "description", "Magang", "dueOn", "2001-01-01",
                "version", String.valueOf(plan.version())).getContentAsString();
        assertThat(bad).contains("id=\"add-dueOn-error\"").contains("Tenggat harus pada tahun " + YEAR);
        assertThat(postAs(proposed + "/actions", s.headActor, "description", "Magang di Puskesmas", "jp", "8",
                "version", String.valueOf(plan.version())).getRedirectedUrl()).isEqualTo(proposed + "#actions");
        plan = plans.get(s.headActor, s.agency.id(), plan.id());
        assertThat(plan.actions()).hasSize(2);
        assertThat(postAs(proposed + "/actions", s.colleague(), "description", "x", "version", String.valueOf(plan.version()))
                .getStatus()).isEqualTo(403);

        // the employee cannot agree; the appraiser needs a dialogue, then records the one just held
        assertThat(postAs(proposed + "/agree", s.staffActors.get(0), "dialogue", "now", "version", String.valueOf(plan.version()))
                .getStatus()).isEqualTo(403);
        assertThat(postAs(proposed + "/agree", s.headActor, "version", String.valueOf(plan.version())).getContentAsString())
                .contains("Pilih dialog kinerja tempat rencana disepakati");
        assertThat(send(get(proposed), s.headActor).getContentAsString()).contains("id=\"agree\"");
        assertThat(postAs(proposed + "/agree", s.headActor, "dialogue", "now", "note", "Disepakati",
                "version", String.valueOf(plan.version())).getRedirectedUrl()).isEqualTo(proposed + "#agreement");
        String agreed = send(get(proposed), s.staffActors.get(0)).getContentAsString();
        assertThat(agreed).contains("Disepakati oleh " + s.head.nip()).contains("Lihat dialog kinerja");
        assertThat(send(get(proposed).param("lang", "en"), s.headActor).getContentAsString()).contains("Agreed by " + s.head.nip())
                .contains("Competency Komunikasi is below the position standard: level 3 needed, latest assessment level 2.")
                .contains("Development actions");
        plan = plans.get(s.headActor, s.agency.id(), plan.id());
        assertThat(plan.status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        // dropping without a reason is refused beside the field
        long first = plan.actions().get(0).id();
        assertThat(postAs(proposed + "/actions/" + first + "/status", s.staffActors.get(0), "status", "DROPPED", "note", "",
                "version", String.valueOf(plan.version())).getContentAsString()).contains("Tuliskan alasan aksi dibatalkan.");
        assertThat(postAs(proposed + "/actions/" + first + "/status", s.staffActors.get(0), "status", "DONE",
                "version", String.valueOf(plan.version())).getRedirectedUrl()).isEqualTo(proposed + "#action-" + first);
    }

    @Test
    void mentoringPagesAndTheApi() throws Exception {
        assertThat(status(base + "/mentoring/new", s.headActor)).isEqualTo(200);
        assertThat(status(base + "/mentoring/new", s.staffActors.get(0))).isEqualTo(403);
        String bad = postAs(base + "/mentoring", s.headActor, "menteeId", String.valueOf(s.staff.get(0).id()),
                "mentorId", String.valueOf(s.staff.get(0).id()), "goal", "", "startsOn", TODAY.toString()).getContentAsString();
        assertThat(bad).contains("Mentor dan mentee tidak boleh orang yang sama.").contains("Tuliskan tujuan mentoring.");
        String pair = postAs(base + "/mentoring", s.headActor, "menteeId", String.valueOf(s.staff.get(0).id()),
                "mentorId", String.valueOf(s.kadis.id()), "goal", "Memimpin rapat", "startsOn", TODAY.toString()).getRedirectedUrl();
        assertThat(pair).startsWith(base + "/mentoring/");
        assertThat(postAs(pair + "/sessions", s.staffActors.get(0), "heldOn", TODAY.toString(), "minutes", "90", "topic", "Agenda rapat")
                .getRedirectedUrl()).isEqualTo(pair + "#session");
        assertThat(send(get(pair), s.kadisActor).getContentAsString()).contains("Agenda rapat").contains("1 sesi, 90 menit (setara 2 JP)");
        assertThat(status(pair, s.colleague())).isEqualTo(403);
        assertThat(send(get("/development/mentoring"), s.staffActors.get(0)).getRedirectedUrl()).isEqualTo(base + "/mentoring");
        assertThat(send(get(base + "/mentoring"), s.staffActors.get(0)).getContentAsString()).contains("Anda mentee").contains(pair);

        // the API: gaps and plan for those who may see them
        String api = "/api/v1/agencies/" + s.agency.id() + "/employees/" + s.staff.get(0).id();
        MockHttpServletResponse gaps = send(get(api + "/competency-gaps").header("Accept-Language", "en"), s.headActor);
        assertThat(gaps.getStatus()).isEqualTo(200);
        assertThat(gaps.getContentAsString()).contains("\"code\":\"KOMUNIKASI\"").contains("\"actual\":2").contains("\"gap\":1")
                .contains("Below the standard: level 2, standard 3, gap 1.");
        assertThat(send(get(api + "/competency-gaps"), s.colleague()).getStatus()).isEqualTo(403);
        assertThat(send(get(api + "/development-plans/" + YEAR), s.staffActors.get(0)).getStatus()).isEqualTo(404);
        plans.propose(s.headActor, s.agency.id(), s.staff.get(0).id(), YEAR);
        assertThat(send(get(api + "/development-plans/" + YEAR), s.staffActors.get(0)).getContentAsString())
                .contains("\"source\":\"COMPETENCY_GAP\"").contains("\"status\":\"PROPOSED\"");
        assertThat(send(get(api + "/development-plans/" + YEAR), s.strangerActor).getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/agencies/{agencyId}/employees/{employeeId}/competency-gaps").contains("getCompetencyGaps")
                .contains("/api/v1/agencies/{agencyId}/employees/{employeeId}/development-plans/{year}")
                .contains("\"name\":\"Development\"");
    }
}
