package id.capaian.evaluation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.internal.documents.DocumentWorker;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents pages and downloads through the web: the agency's progress (polling while documents wait, done
 * when all are ready), a unit's list for its leader, PDF downloads with safe headers, and refusals.
 */
@IntegrationTest
class EvaluationDocumentWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired DocumentWorker worker;

    DocumentScenario s;

    @BeforeEach
    void scenario() {
        s = new DocumentScenario(data, users, periods, planning, jdbc, 2026);
        s.rateAndFinalise(evaluations, calibration);
        s.holdQueue();
    }

    private static UserDetails as(Actor a) {
        return (UserDetails) a;
    }

    private String agencyPage() {
        return "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/evaluation-documents";
    }

    private String html(String url, Actor who) throws Exception {
        return mvc.perform(get(url).with(user(as(who)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAgencyPageShowsTheQueueUntilEverythingIsReady() throws Exception {
        mvc.perform(get("/agencies/{a}/evaluation-documents", s.agency.id()).with(user(as(s.adminActor))))
                .andExpect(redirectedUrl(agencyPage()));
        String before = html(agencyPage(), s.adminActor);
        assertThat(before).contains("Dokumen evaluasi 2026", "0 dari 6 dokumen siap", "6 dokumen masih dalam antrean",
                "hx-get=\"" + agencyPage() + "/progress\"", "Seksi Pelayanan Kesehatan Primer", "Ekspor hasil untuk TPP",
                "Persentase TPP per predikat adalah kebijakan instansi");
        worker.renderAll(s.agency.id());
        String fragment = html(agencyPage() + "/progress", s.bupatiActor);
        assertThat(fragment).contains("id=\"doc-progress\"", "6 dari 6 dokumen siap", "Semua dokumen sudah siap.")
                .doesNotContain("hx-get", "<html");
        String after = html(agencyPage(), s.adminActor);
        assertThat(after).contains("6 dari 6 dokumen siap", "Evaluasi tahunan: 5 dari 5", "Penetapan predikat: 1 dari 1")
                .doesNotContain("every 3s");
        // leaders, staff and other agencies do not see the agency's queue
        for (Actor a : List.of(s.kadisActor, s.staffActors.get(0), s.strangerActor)) {
            assertThat(mvc.perform(get(agencyPage()).with(user(as(a)))).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        // failed documents can be queued again by an administrator
        mvc.perform(post(agencyPage() + "/retry").with(user(as(s.adminActor))).with(csrf()))
                .andExpect(redirectedUrl(agencyPage()));
    }

    @Test
    void aUnitLeaderListsTheUnitsDocumentsAndDownloadsThemWithSafeHeaders() throws Exception {
        String unitPage = "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/units/" + s.dinas.id() + "/evaluation-documents";
        String html = html(unitPage, s.kadisActor);
        assertThat(html).contains("Dokumen evaluasi Dinas Kesehatan 2026", "Penetapan predikat kinerja", "Staf Yankes 1",
                "Staf Yankes 4", "Kepala Seksi Yankes", "Dalam antrean", "/penetapan.pdf", "/document.pdf", "Triwulan I");
        assertThat(html(unitPage + "?sub=1", s.kadisActor)).contains("Belum ada evaluasi final untuk pilihan ini.");
        assertThat(mvc.perform(get(unitPage).with(user(as(s.staffActors.get(0))))).andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get(unitPage + "?sub=9").with(user(as(s.kadisActor)))).andExpect(redirectedUrl(unitPage));

        Evaluation e = evaluations.forPlan(s.staffActors.get(0), s.agency.id(), s.plan(s.staffActors.get(0)).id()).get(0);
        String pdf = "/agencies/" + s.agency.id() + "/evaluations/" + e.id() + "/document.pdf";
        byte[] bytes = mvc.perform(get(pdf).with(user(as(s.staffActors.get(0)))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        Matchers.startsWith("attachment; filename=\"Evaluasi-Kinerja-" + s.staff.get(0).nip() + "-2026.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(EvaluationDocumentIntegrationTests.text(bytes)).contains("Staf Yankes 1");
        for (Actor a : List.of(s.staffActors.get(1), s.strangerActor)) {
            assertThat(mvc.perform(get(pdf).with(user(as(a)))).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        mvc.perform(get("/agencies/{a}/periods/{p}/units/{u}/penetapan.pdf", s.agency.id(), s.period.id(), s.dinas.id())
                        .with(user(as(s.kadisActor))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, Matchers.containsString("Penetapan-Predikat-")));
        assertThat(mvc.perform(get("/agencies/{a}/periods/{p}/units/{u}/penetapan.pdf", s.agency.id(), s.period.id(), s.dinas.id())
                .with(user(as(s.staffActors.get(0))))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
