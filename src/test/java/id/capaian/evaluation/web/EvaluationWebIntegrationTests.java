package id.capaian.evaluation.web;

import static id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI;
import static id.capaian.evaluation.Rating.DIBAWAH_EKSPEKTASI;
import static id.capaian.evaluation.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.PeerInvitation;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitDistribution;
import id.capaian.evaluation.UnitGrade;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The evaluation pages: the appraiser's worklist and the sheet (rating through the form, a translated problem in
 * place when a reason is missing, a concurrent change), 360 input asked for, answered and shown only as aggregates,
 * the unit's distribution with grade, calibration and finalising, the agency overview and its finalising run, and
 * objections filed and decided; each page refused to those who may not see it, in this agency or another.
 */
@IntegrationTest
class EvaluationWebIntegrationTests {

    static final ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI())
                    .isIn(403, 404);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired ObjectionManagement objections;
    @Autowired PeerReviewManagement peers;

    EvaluationWebScenario s;

    @BeforeEach
    void scenario() {
        s = new EvaluationWebScenario(data, users, periods, planning, jdbc, 2026);
    }

    private UserDetails who(Actor actor) {
        return (UserDetails) actor;
    }

    private String page(Actor who, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(who(who)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(Actor who, String url, Object... vars) {
        return post(url, vars).with(user(who(who))).with(csrf());
    }

    private String sheetUrl(Plan plan, int sub) {
        return "/agencies/" + s.agency.id() + "/plans/" + plan.id() + "/evaluation/" + sub;
    }

    /** The rating form with every RHK and value rated, the overall ratings and the reason (if any). */
    private MockHttpServletRequestBuilder rate(Actor who, Plan plan, int sub, Rating perResult, Rating overall, String reason,
            Rating behaviour, int version) {
        return rate(who, plan, sub, perResult, overall, reason, behaviour, version, null);
    }

    private MockHttpServletRequestBuilder rate(Actor who, Plan plan, int sub, Rating perResult, Rating overall, String reason,
            Rating behaviour, int version, BerakhlakValue skip) {
        MockHttpServletRequestBuilder b = form(who, sheetUrl(plan, sub));
        plan.results().forEach(r -> b.param("result-" + r.id(), perResult.name()).param("resultNote-" + r.id(), "catatan " + r.id()));
        b.param("resultRating", overall.name());
        if (reason != null) {
            b.param("resultReason", reason);
        }
        for (BerakhlakValue v : BerakhlakValue.values()) {
            if (v != skip) {
                b.param("behaviour-" + v.name(), behaviour.name());
            }
        }
        return b.param("behaviourRating", behaviour.name()).param("months", "12").param("version", String.valueOf(version));
    }

    /** Rates everyone in the Dinas through the service (the section head by kadis, the four staff by the head). */
    private void rateEveryone(Rating... staffResults) {
        Plan headPlan = s.plan(s.headActor);
        evaluations.rate(s.kadisActor, s.agency.id(), headPlan.id(), 0,
                EvaluationWebScenario.form(headPlan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, "sesuai", 0));
        for (int i = 0; i < 4; i++) {
            Plan p = s.plan(s.staffActors.get(i));
            evaluations.rate(s.headActor, s.agency.id(), p.id(), 0, EvaluationWebScenario.form(p, staffResults[i],
                    staffResults[i] == DIATAS_EKSPEKTASI ? DIATAS_EKSPEKTASI : SESUAI_EKSPEKTASI, "alasan penilaian", 0));
        }
    }

    // ---------------------------------------------------------------- worklist and sheet

    @Test
    void theWorklistAndTheSheetAreForThoseWhoMaySeeThem() throws Exception {
        Plan plan = s.plan(s.staffActors.get(0));
        s.realise(plan, 0, 1, "120");
        s.realise(plan, 0, 2, "130");
        s.realise(plan, 1, 1, "7");

        String worklist = page(s.headActor, "/agencies/{a}/evaluations?period={p}", s.agency.id(), s.period.id());
        assertThat(worklist).contains("Staf Yankes 1", "Staf Yankes 4", "Triwulan 1", "Tahunan",
                "href=\"" + sheetUrl(plan, 0) + "\"", "0 dari 4 evaluasi tahunan sudah dinilai", "Distribusi predikat")
                .doesNotContain("Kepala Seksi Yankes</a>");
        // without a period the current one; the menu's address leads there
        assertThat(page(s.headActor, "/agencies/{a}/evaluations", s.agency.id())).contains("Staf Yankes 1");
        mvc.perform(get("/evaluations").with(user(who(s.headActor)))).andExpect(redirectedUrl("/agencies/" + s.agency.id() + "/evaluations"));

        String sheet = page(s.headActor, sheetUrl(plan, 0));
        assertThat(sheet).contains("Evaluasi Tahunan 2026", "Meningkatnya cakupan pelayanan kesehatan ibu hamil",
                // the achievement with its rule, per quarter, the suggestion and why
                "125,00%", "Rata-rata capaian tahunan 2 indikator", "Triwulan 1 120,00%", "Triwulan 2 130,00%",
                "Capaian 125% mencapai ambang di atas ekspektasi (110%).", "Capaian 70% di bawah ambang 80%",
                "name=\"result-" + plan.results().get(0).id() + "\"", "name=\"resultRating\"", "name=\"resultReason\"",
                // the seven values with their guides, the matrix
                "Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat", "name=\"behaviour-KOLABORATIF\"",
                "id=\"matrix\"", "Butuh Perbaikan", "name=\"months\"", "Minta masukan 360", "id=\"rate-submit\"");

        // the employee reads it; kadis (above the appraiser) and the administrator read it too
        String own = page(s.staffActors.get(0), sheetUrl(plan, 0));
        assertThat(own).contains("Evaluasi Tahunan 2026", "Lembar ini hanya untuk dibaca", "125,00%")
                .doesNotContain("name=\"resultRating\"", "id=\"rate-submit\"", "Minta masukan 360");
        assertThat(page(s.kadisActor, sheetUrl(plan, 1))).contains("Evaluasi Triwulan 1 2026").doesNotContain("name=\"resultRating\"");
        assertThat(page(s.adminActor, sheetUrl(plan, 0))).contains("Evaluasi Tahunan 2026");
        // a colleague, the appraiser's colleague of another agency: refused
        mvc.perform(get(sheetUrl(plan, 0)).with(user(who(s.staffActors.get(1))))).andExpect(status().isForbidden());
        mvc.perform(get(sheetUrl(plan, 0)).with(user(who(s.strangerActor)))).andExpect(DENIED);
        mvc.perform(get("/agencies/{a}/evaluations", s.agency.id()).with(user(who(s.strangerActor)))).andExpect(DENIED);
        // a sub-period the period does not have
        mvc.perform(get(sheetUrl(plan, 5)).with(user(who(s.headActor)))).andExpect(status().isNotFound());
        // my own evaluations
        assertThat(page(s.staffActors.get(0), "/evaluations/mine")).contains("SKP 2026", "Lihat lembar evaluasi tahunan");
    }

    @Test
    void theAppraiserRatesThroughTheFormAndAMissingReasonIsToldInPlace() throws Exception {
        Plan plan = s.plan(s.staffActors.get(0));
        s.realise(plan, 0, 1, "100");
        s.realise(plan, 1, 1, "10");
        // every RHK as expected: the suggestion is "as expected"; "above" without a reason is refused, translated
        String refused = mvc.perform(rate(s.headActor, plan, 0, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, null, SESUAI_EKSPEKTASI, 0))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"form-errors\"",
                "Alasan penilaian hasil kerja: Penilaian hasil kerja berbeda dari saran sistem: tuliskan alasannya.",
                "id=\"resultReason-error\"", "aria-invalid=\"true\"", "catatan " + plan.results().get(0).id())
                // what was entered stays
                .containsPattern("id=\"resultRating-DIATAS_EKSPEKTASI\" value=\"DIATAS_EKSPEKTASI\"\\s+checked");
        assertThat(evaluations.forPlan(s.headActor, s.agency.id(), plan.id())).isEmpty();
        String english = mvc.perform(rate(s.headActor, plan, 0, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, " ", SESUAI_EKSPEKTASI, 0)
                        .cookie(new Cookie("capaian-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Reason for the result rating: The result rating differs from the suggestion: write the reason.");
        // a value left out is named
        String missing = mvc.perform(rate(s.headActor, plan, 0, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, SESUAI_EKSPEKTASI, 0,
                        BerakhlakValue.LOYAL))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Beri penilaian untuk nilai Loyal.", "id=\"behaviour-LOYAL-error\"");

        // with the reason it is stored; the sheet shows the predikat and marks the matrix cell
        mvc.perform(rate(s.headActor, plan, 0, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, "Memimpin penanganan KLB campak", SESUAI_EKSPEKTASI, 0))
                .andExpect(redirectedUrl(sheetUrl(plan, 0) + "#outcome"));
        Evaluation e = evaluations.forPlan(s.headActor, s.agency.id(), plan.id()).get(0);
        assertThat(e.predikat()).isEqualTo(Predikat.BAIK);
        assertThat(e.resultReason()).isEqualTo("Memimpin penanganan KLB campak");
        assertThat(e.status()).isEqualTo(EvaluationStatus.RATED);
        String after = page(s.headActor, sheetUrl(plan, 0));
        assertThat(after).contains("id=\"outcome\"", "hasil kerja Di atas ekspektasi dan perilaku kerja Sesuai ekspektasi menghasilkan Baik",
                "matrix-hit", "Penilaian pejabat penilai", "Sudah dinilai");
        assertThat(page(s.staffActors.get(0), sheetUrl(plan, 0))).contains("Alasan: Memimpin penanganan KLB campak", "Baik");

        // someone saved meanwhile: the page says so, keeps the entries and takes the stored version
        String conflict = mvc.perform(rate(s.headActor, plan, 0, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, SESUAI_EKSPEKTASI, e.version() - 1))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("baru saja disimpan oleh orang lain", "name=\"version\" value=\"" + e.version() + "\"");
        // only the appraiser rates
        mvc.perform(rate(s.staffActors.get(0), plan, 0, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, SESUAI_EKSPEKTASI, e.version()))
                .andExpect(status().isForbidden());
        mvc.perform(rate(s.strangerActor, plan, 0, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, SESUAI_EKSPEKTASI, e.version()))
                .andExpect(DENIED);
        assertThat(evaluations.forPlan(s.headActor, s.agency.id(), plan.id()).get(0).version()).isEqualTo(e.version());

        // a periodic evaluation is final when saved
        mvc.perform(rate(s.headActor, plan, 1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, SESUAI_EKSPEKTASI, 0))
                .andExpect(redirectedUrl(sheetUrl(plan, 1) + "#outcome"));
        assertThat(page(s.headActor, "/agencies/{a}/evaluations", s.agency.id())).contains("id=\"cell-" + plan.id() + "-1\"", "Baik");
        assertThat(page(s.staffActors.get(0), "/evaluations/mine")).contains("Triwulan 1", "Final", "Ajukan keberatan");
    }

    // ---------------------------------------------------------------- 360

    @Test
    void peersAreAskedAnswerAnonymouslyAndAreShownOnlyAsAggregatesOfThree() throws Exception {
        Plan plan = s.plan(s.staffActors.get(0));
        String sheet = page(s.headActor, sheetUrl(plan, 0));
        // the colleagues of the unit are offered; not the employee, not the appraiser
        assertThat(sheet).contains("id=\"rater-" + s.staff.get(1).id() + "\"", "id=\"rater-" + s.staff.get(3).id() + "\"")
                .doesNotContain("id=\"rater-" + s.staff.get(0).id() + "\"", "id=\"rater-" + s.head.id() + "\"");
        // a search (htmx swaps the list)
        String found = mvc.perform(get("/agencies/{a}/plans/{p}/evaluation/0/peers/candidates", s.agency.id(), plan.id())
                        .param("raterQuery", "Admin BKPSDM").header("HX-Request", "true").with(user(who(s.headActor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).doesNotContain("<html").contains("id=\"peer-candidates\"", "Admin BKPSDM")
                .doesNotContain("Staf Yankes 2");
        // the employee may not search whom to ask
        mvc.perform(get("/agencies/{a}/plans/{p}/evaluation/0/peers/candidates", s.agency.id(), plan.id())
                .param("raterQuery", "Staf").header("HX-Request", "true").with(user(who(s.staffActors.get(0)))))
                .andExpect(status().isForbidden());

        // nobody chosen: told in place; subordinates who are not: refused by the service, named
        String none = mvc.perform(form(s.headActor, "/agencies/{a}/plans/{p}/evaluation/0/peers", s.agency.id(), plan.id())
                        .param("relation", "PEER")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Pilih paling sedikit satu pegawai untuk dimintai masukan.");
        String notSub = mvc.perform(form(s.headActor, "/agencies/{a}/plans/{p}/evaluation/0/peers", s.agency.id(), plan.id())
                        .param("relation", "SUBORDINATE").param("raterIds", String.valueOf(s.staff.get(1).id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notSub).contains("Staf Yankes 2 bukan bawahan pegawai ini");
        // a colleague may not ask
        mvc.perform(form(s.staffActors.get(1), "/agencies/{a}/plans/{p}/evaluation/0/peers", s.agency.id(), plan.id())
                .param("relation", "PEER").param("raterIds", String.valueOf(s.staff.get(2).id()))).andExpect(status().isForbidden());

        mvc.perform(form(s.headActor, "/agencies/{a}/plans/{p}/evaluation/0/peers", s.agency.id(), plan.id())
                        .param("relation", "PEER").param("raterIds", String.valueOf(s.staff.get(1).id()),
                                String.valueOf(s.staff.get(2).id()), String.valueOf(s.staff.get(3).id())))
                .andExpect(redirectedUrl(sheetUrl(plan, 0) + "#peers"));
        assertThat(page(s.headActor, sheetUrl(plan, 0))).contains("0 dari 3 yang diminta sudah menjawab", "Belum menjawab",
                "Staf Yankes 2");

        // each rater finds the request and answers; a missing value is named
        Actor first = s.staffActors.get(1);
        PeerInvitation invitation = peers.mine(first).get(0);
        assertThat(page(first, "/evaluations/peer-input")).contains("Staf Yankes 1", "Beri masukan", "tanpa nama Anda");
        assertThat(page(first, "/evaluations/peer-input/{i}", invitation.id())).contains("Masukan 360 untuk Staf Yankes 1",
                "Jawaban Anda anonim", "name=\"rating-AKUNTABEL\"", "Melaksanakan tugas dengan jujur");
        String incomplete = mvc.perform(answer(first, invitation.id(), DIATAS_EKSPEKTASI, BerakhlakValue.ADAPTIF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(incomplete).contains("Beri penilaian untuk nilai Adaptif.");
        // someone else's request is not mine to answer
        mvc.perform(get("/evaluations/peer-input/{i}", invitation.id()).with(user(who(s.staffActors.get(0))))).andExpect(status().isForbidden());

        mvc.perform(answer(first, invitation.id(), DIATAS_EKSPEKTASI).param("comment", "Selalu sigap membantu warga"))
                .andExpect(redirectedUrl("/evaluations/peer-input"));
        mvc.perform(answer(s.staffActors.get(2), peers.mine(s.staffActors.get(2)).get(0).id(), SESUAI_EKSPEKTASI))
                .andExpect(redirectedUrl("/evaluations/peer-input"));
        // two answers: still nothing but the count, for the appraiser and the employee alike
        assertThat(page(s.headActor, sheetUrl(plan, 0))).contains("2 dari 3 yang diminta sudah menjawab", "paling sedikit 3 orang menjawab")
                .doesNotContain("id=\"peers-table\"", "Selalu sigap membantu warga");
        mvc.perform(answer(s.staffActors.get(3), peers.mine(s.staffActors.get(3)).get(0).id(), SESUAI_EKSPEKTASI))
                .andExpect(redirectedUrl("/evaluations/peer-input"));
        String shown = page(s.headActor, sheetUrl(plan, 0));
        assertThat(shown).contains("3 dari 3 yang diminta sudah menjawab", "id=\"peers-table\"", "Selalu sigap membantu warga");
        // the employee sees the aggregates, never who was asked
        String own = page(s.staffActors.get(0), sheetUrl(plan, 0));
        assertThat(own).contains("id=\"peers-table\"", "Selalu sigap membantu warga")
                .doesNotContain("Staf Yankes 2", "Staf Yankes 3", "Staf Yankes 4", "id=\"peer-invitations\"");
        // answered once only
        assertThat(page(first, "/evaluations/peer-input/{i}", invitation.id())).contains("id=\"already-answered\"")
                .doesNotContain("id=\"peer-answer\"");
    }

    private MockHttpServletRequestBuilder answer(Actor who, long invitationId, Rating rating) {
        return answer(who, invitationId, rating, null);
    }

    private MockHttpServletRequestBuilder answer(Actor who, long invitationId, Rating rating, BerakhlakValue skip) {
        MockHttpServletRequestBuilder b = form(who, "/evaluations/peer-input/{i}", invitationId);
        for (BerakhlakValue v : BerakhlakValue.values()) {
            if (v != skip) {
                b.param("rating-" + v.name(), rating.name());
            }
        }
        return b;
    }

    // ---------------------------------------------------------------- distribution, calibration, finalising

    @Test
    void theLeaderGradesCalibratesAndFinalisesThroughThePages() throws Exception {
        rateEveryone(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI);
        String url = "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/units/" + s.dinas.id() + "/distribution";
        String before = page(s.kadisActor, url);
        assertThat(before).contains("Distribusi predikat Dinas Kesehatan 2026", "Pimpinan unit belum menetapkan predikat kinerja organisasi",
                "id=\"grade-form\"", "id=\"finalise-submit\"", "disabled", "id=\"blockers\"", "id=\"spread-chart\"",
                "data-predikat=\"BAIK\" data-count=\"4\"", "/assets/js/evaluation-distribution.js", "chart.umd.js");
        // only leaders and administrators
        mvc.perform(get(url).with(user(who(s.headActor)))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(who(s.staffActors.get(0))))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(who(s.strangerActor)))).andExpect(DENIED);
        assertThat(page(s.adminActor, url)).contains("Dinas Kesehatan").doesNotContain("id=\"grade-form\"");

        // the grade: missing, then BAIK
        String noGrade = mvc.perform(form(s.kadisActor, url + "/grade").param("grade", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(noGrade).contains("Pilih predikat kinerja organisasi unit.", "id=\"grade-select-error\"");
        mvc.perform(form(s.headActor, url + "/grade").param("grade", "BAIK")).andExpect(status().isForbidden());
        mvc.perform(form(s.kadisActor, url + "/grade").param("grade", "BAIK").param("reason", "Capaian IKU sesuai target"))
                .andExpect(redirectedUrl(url + "#spread"));
        String graded = page(s.kadisActor, url);
        assertThat(graded).contains("Kurva distribusi untuk predikat unit Baik", "Paling banyak 70% Baik", "Dilanggar",
                "Sebaran belum sesuai kurva: 2 aturan dilanggar.", "Kurva distribusi: paling banyak 70% Baik; sekarang 4 dari 5 pegawai",
                "Capaian IKU sesuai target", "Pindahkan predikat");

        UnitDistribution d = calibration.distribution(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        UnitDistribution.Member first = member(d, s.staff.get(0).id());
        UnitDistribution.Member second = member(d, s.staff.get(1).id());
        // a move without a reason is told in place
        String noReason = mvc.perform(form(s.kadisActor, url + "/calibrate/{e}", first.evaluationId()).param("predikat", "BUTUH_PERBAIKAN")
                        .param("reason", " ").param("version", String.valueOf(first.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Alasan pemindahan: Tuliskan alasan pemindahan predikat", "id=\"calibrate-" + first.evaluationId() + "-reason-error\"");
        mvc.perform(form(s.staffActors.get(1), url + "/calibrate/{e}", first.evaluationId()).param("predikat", "BUTUH_PERBAIKAN")
                .param("reason", "x").param("version", String.valueOf(first.version()))).andExpect(status().isForbidden());
        mvc.perform(form(s.kadisActor, url + "/calibrate/{e}", first.evaluationId()).param("predikat", "BUTUH_PERBAIKAN")
                        .param("reason", "Capaian terendah di unit").param("version", String.valueOf(first.version())))
                .andExpect(redirectedUrl(url + "#member-" + first.evaluationId()));
        mvc.perform(form(s.kadisActor, url + "/calibrate/{e}", second.evaluationId()).param("predikat", "SANGAT_BAIK")
                        .param("reason", "Inovasi pendaftaran daring").param("version", String.valueOf(second.version())))
                .andExpect(redirectedUrl(url + "#member-" + second.evaluationId()));
        String fits = page(s.kadisActor, url);
        assertThat(fits).contains("Sebaran sesuai kurva distribusi.", "Dikalibrasi", "Baik menjadi Butuh Perbaikan",
                "Alasan: Capaian terendah di unit", "id=\"finalise-submit\"").doesNotContain("id=\"blockers\"");

        mvc.perform(form(s.kadisActor, url + "/finalise")).andExpect(redirectedUrl(url));
        assertThat(page(s.kadisActor, url)).contains("id=\"unit-final\"").doesNotContain("id=\"finalise-submit\"", "id=\"grade-form\"");
        assertThat(evaluations.forPlan(s.staffActors.get(0), s.agency.id(), s.plan(s.staffActors.get(0)).id()).get(0).finalPredikat())
                .isEqualTo(Predikat.BUTUH_PERBAIKAN);
        // the calibration is on the employee's sheet, with its reason
        assertThat(page(s.staffActors.get(0), sheetUrl(s.plan(s.staffActors.get(0)), 0)))
                .contains("Kalibrasi pimpinan unit", "Capaian terendah di unit", "Ajukan keberatan");
    }

    private static UnitDistribution.Member member(UnitDistribution d, long employeeId) {
        return d.members().stream().filter(m -> m.employeeId() == employeeId).findFirst().orElseThrow();
    }

    @Test
    void theAgencyOverviewFinalisesEverythingOrSaysWhatBlocks() throws Exception {
        rateEveryone(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIBAWAH_EKSPEKTASI, DIATAS_EKSPEKTASI);
        String url = "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/evaluation";
        String empty = page(s.adminActor, url);
        assertThat(empty).contains("Evaluasi instansi 2026", "Belum ada unit yang diberi predikat kinerja organisasi.",
                "5 pegawai belum tercakup predikat unit", "Seksi Pelayanan Kesehatan Primer", "id=\"pick-unit\"");
        mvc.perform(get(url).with(user(who(s.staffActors.get(0))))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(who(s.strangerActor)))).andExpect(DENIED);
        mvc.perform(form(s.staffActors.get(0), url + "/finalise")).andExpect(status().isForbidden());
        // the unit picker leads to the unit's page
        mvc.perform(get("/agencies/{a}/periods/{p}/distribution", s.agency.id(), s.period.id()).param("unit", String.valueOf(s.dinas.id()))
                .with(user(who(s.adminActor))))
                .andExpect(redirectedUrl("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/units/" + s.dinas.id() + "/distribution"));

        // blocked: nothing is finalised and the report says why, translated
        mvc.perform(form(s.adminActor, url + "/finalise")).andExpect(redirectedUrl(url + "#run"));
        String blocked = page(s.adminActor, url);
        assertThat(blocked).contains("Tertahan", "5 pegawai belum tercakup predikat unit: Seksi Pelayanan Kesehatan Primer.");
        String english = mvc.perform(get(url).with(user(who(s.adminActor))).cookie(new Cookie("capaian-lang", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("5 employees are not covered by a unit grade");

        calibration.setGrade(s.bupatiActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null);
        assertThat(page(s.bupatiActor, url)).contains("id=\"unit-" + s.dinas.id() + "\"", "Siap difinalkan", "Semua unit siap difinalkan.");
        mvc.perform(form(s.bupatiActor, url + "/finalise")).andExpect(redirectedUrl(url + "#run"));
        String done = page(s.adminActor, url);
        assertThat(done).contains("Selesai", "1 unit dan 5 evaluasi tahunan difinalkan.", "Seluruh unit sudah final.")
                .doesNotContain("id=\"agency-finalise\"");
    }

    // ---------------------------------------------------------------- objections

    @Test
    void anObjectionIsFiledAndDecidedThroughThePages() throws Exception {
        rateEveryone(DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI);
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null);
        calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        Actor staff = s.staffActors.get(0);
        Plan plan = s.plan(staff);
        Evaluation e = evaluations.forPlan(staff, s.agency.id(), plan.id()).get(0);
        String objectUrl = "/agencies/" + s.agency.id() + "/evaluations/" + e.id() + "/objections";

        assertThat(page(staff, sheetUrl(plan, 0))).contains("id=\"objection-form\"", "Butuh Perbaikan",
                "/agencies/" + s.agency.id() + "/evaluations/" + e.id() + "/document.pdf");
        assertThat(page(s.headActor, sheetUrl(plan, 0))).doesNotContain("id=\"objection-form\"");
        String noReason = mvc.perform(form(staff, objectUrl).param("reason", " ").param("requested", "BAIK"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Alasan keberatan: Tuliskan alasan keberatan Anda beserta buktinya.", "id=\"objection-reason-error\"");
        mvc.perform(form(s.staffActors.get(1), objectUrl).param("reason", "bukan saya")).andExpect(status().isForbidden());

        String filed = mvc.perform(form(staff, objectUrl).param("reason", "Realisasi triwulan IV terlambat diunggah karena SIMPUS gangguan")
                        .param("requested", "BAIK"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Objection o = objections.mine(staff).get(0);
        assertThat(filed).isEqualTo("/agencies/" + s.agency.id() + "/objections/" + o.id());
        assertThat(page(staff, filed)).contains("Menunggu keputusan", "SIMPUS gangguan", "Kepala Dinas Kesehatan", "id=\"withdraw-form\"")
                .doesNotContain("id=\"decide-form\"");

        // the appraiser's superior (kadis) decides
        assertThat(page(s.kadisActor, "/agencies/{a}/objections", s.agency.id())).contains("Menunggu keputusan Anda (1)", "Staf Yankes 1");
        assertThat(page(s.kadisActor, filed)).contains("id=\"decide-form\"").doesNotContain("id=\"withdraw-form\"");
        mvc.perform(get(filed).with(user(who(s.staffActors.get(2))))).andExpect(status().isForbidden());
        mvc.perform(get(filed).with(user(who(s.strangerActor)))).andExpect(DENIED);
        mvc.perform(form(s.headActor, filed + "/decide").param("decision", "GRANT").param("predikat", "BAIK").param("reason", "setuju")
                .param("version", String.valueOf(o.version()))).andExpect(status().isForbidden());
        String undecided = mvc.perform(form(s.kadisActor, filed + "/decide").param("reason", "").param("version", String.valueOf(o.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(undecided).contains("Keputusan: Pilih keputusan: kabulkan atau tolak.");
        String noDecisionReason = mvc.perform(form(s.kadisActor, filed + "/decide").param("decision", "GRANT").param("predikat", "BAIK")
                        .param("reason", " ").param("version", String.valueOf(o.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noDecisionReason).contains("Alasan keputusan: Tuliskan alasan keputusan; pegawai akan membacanya.");
        mvc.perform(form(s.kadisActor, filed + "/decide").param("decision", "GRANT").param("predikat", "BAIK")
                        .param("reason", "Bukti gangguan SIMPUS diterima").param("version", String.valueOf(o.version())))
                .andExpect(redirectedUrl(filed));
        assertThat(page(staff, filed)).contains("Dikabulkan", "Bukti gangguan SIMPUS diterima").doesNotContain("id=\"withdraw-form\"");
        assertThat(page(staff, sheetUrl(plan, 0))).contains("Keputusan atas keberatan", "Butuh Perbaikan menjadi Baik")
                .doesNotContain("id=\"objection-form\"");
        assertThat(evaluations.get(staff, s.agency.id(), e.id()).finalPredikat()).isEqualTo(Predikat.BAIK);
        assertThat(page(staff, "/evaluations/mine")).contains("Dikabulkan");
        List<Objection> mine = objections.mine(staff);
        assertThat(mine).singleElement().satisfies(x -> assertThat(x.status()).isEqualTo(Objection.Status.GRANTED));
    }
}
