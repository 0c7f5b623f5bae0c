package id.capaian.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.CoachingManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Coaching through the web: the plan proposed at finalising is agreed by the coach (goals prefilled, mentor, dates),
 * the mentor checks in, the coach closes it; problems come back translated beside their fields; a stale form is
 * refused without losing the plan; colleagues and other agencies are refused.
 */
@IntegrationTest
class CoachingWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired CoachingManagement coaching;

    FollowUpScenario s;
    CoachingPlan proposed;
    String base;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @BeforeEach
    void scenario() {
        s = new FollowUpScenario(data, users, periods, planning, jdbc, 2026);
        s.finaliseSection(evaluations, calibration);
        proposed = coaching.mine(s.staffActors.get(0)).stream().findFirst().orElseThrow();
        base = "/agencies/" + s.agency.id() + "/coaching/" + proposed.id();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(user((UserDetails) actor))).andReturn().getResponse();
    }

    private MockHttpServletResponse postAs(String url, Actor actor, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return send(b, actor);
    }

    @Test
    void theCoachAgreesTheMentorChecksInAndTheCoachClosesIt() throws Exception {
        // the employee, the coach and the agency head see it; the employee's "mine" lists it
        assertThat(send(get("/coaching/mine"), s.staffActors.get(0)).getContentAsString())
                .contains("Rencana pengembangan kinerja saya").contains("Rencana Anda").contains(base);
        assertThat(send(get("/coaching/mine"), s.headActor).getContentAsString()).contains("Anda pembina").contains(s.staff.get(0).name());
        String page = send(get(base), s.headActor).getContentAsString();
        // the agree form: goals prefilled with the proposed ones, the mentor chosen among the employee's colleagues
        assertThat(page).contains("Rencana pengembangan kinerja").contains("Sepakati rencana")
                .contains("Evaluasi tahunan 2026: predikat Butuh Perbaikan")
                .contains("- Meningkatnya cakupan pelayanan kesehatan ibu hamil")
                .contains("value=\"" + s.staff.get(3).id() + "\"")
                .doesNotContain("<option value=\"" + s.staff.get(0).id() + "\"");
        assertThat(send(get(base).param("mentorQuery", "Theresia"), s.headActor).getContentAsString())
                .contains("value=\"" + s.admin.id() + "\"").doesNotContain("value=\"" + s.staff.get(3).id() + "\"");

        // the employee may not agree their own plan
        assertThat(postAs(base + "/agree", s.staffActors.get(0), "goals", "x", "startsOn", today.toString(), "endsOn", today.toString(),
                "version", String.valueOf(proposed.version())).getStatus()).isEqualTo(403);

        // problems beside their fields, nothing stored
        String bad = postAs(base + "/agree", s.headActor, "goals", " ", "mentorId", String.valueOf(s.staff.get(0).id()),
                "startsOn", today.toString(), "endsOn", "31-12-2026", "version", String.valueOf(proposed.version())).getContentAsString();
        assertThat(bad).contains("Tanggal tidak dapat dibaca; gunakan format tahun-bulan-tanggal").contains("id=\"endsOn-error\"")
                .contains("31-12-2026");
        String bad2 = postAs(base + "/agree", s.headActor, "goals", " ", "mentorId", String.valueOf(s.staff.get(0).id()),
                "startsOn", today.toString(), "endsOn", today.minusDays(1).toString(), "version", String.valueOf(proposed.version()))
                .getContentAsString();
        assertThat(bad2).contains("id=\"goals-error\"").contains("Tuliskan tujuan pembinaan.")
                .contains("id=\"mentorId-error\"").contains("Pegawai tidak dapat menjadi mentor bagi dirinya sendiri.")
                .contains("Tanggal selesai tidak boleh sebelum tanggal mulai.")
                .contains("Tujuan pengembangan: Tuliskan tujuan pembinaan.");
        assertThat(coaching.get(s.headActor, s.agency.id(), proposed.id()).status()).isEqualTo(CoachingPlan.Status.PROPOSED);

        // agreed
        MockHttpServletResponse agreed = postAs(base + "/agree", s.headActor, "goals", "Cakupan K4 minimal 90% per triwulan",
                "mentorId", String.valueOf(s.staff.get(3).id()), "startsOn", today.toString(), "endsOn", today.plusMonths(3).toString(),
                "version", String.valueOf(proposed.version()));
        assertThat(agreed.getRedirectedUrl()).isEqualTo(base + "#agree");
        CoachingPlan active = coaching.get(s.headActor, s.agency.id(), proposed.id());
        assertThat(active.status()).isEqualTo(CoachingPlan.Status.ACTIVE);
        assertThat(active.mentorId()).isEqualTo(s.staff.get(3).id());

        // the same form sent again with the old version: refused, the plan unchanged, the page says why
        String stale = postAs(base + "/agree", s.headActor, "goals", "Lain", "startsOn", today.toString(),
                "endsOn", today.plusMonths(1).toString(), "version", String.valueOf(proposed.version())).getContentAsString();
        assertThat(stale).contains("Rencana ini baru saja diubah orang lain.");
        assertThat(coaching.get(s.headActor, s.agency.id(), proposed.id()).goals()).isEqualTo("Cakupan K4 minimal 90% per triwulan");

        // the mentor checks in (a future date is refused first)
        assertThat(send(get("/coaching/mine"), s.staffActors.get(3)).getContentAsString()).contains("Anda mentor");
        String future = postAs(base + "/check-ins", s.staffActors.get(3), "heldOn", today.plusDays(3).toString(),
                "note", "Kunjungan rumah", "progress", "ON_TRACK").getContentAsString();
        assertThat(future).contains("Tanggal pertemuan tidak boleh di masa depan.").contains("id=\"heldOn-error\"");
        MockHttpServletResponse checked = postAs(base + "/check-ins", s.staffActors.get(3), "heldOn", today.toString(),
                "note", "Kunjungan rumah bersama bidan desa", "progress", "ON_TRACK");
        assertThat(checked.getRedirectedUrl()).isEqualTo(base + "#checkin");
        assertThat(send(get(base), s.staffActors.get(0)).getContentAsString()).contains("Kunjungan rumah bersama bidan desa")
                .contains("Sesuai rencana").contains("dicatat oleh " + s.staff.get(3).name())
                .doesNotContain("action=\"" + base + "/agree\"");

        // the mentor may not close it; the coach does, with the outcome
        assertThat(postAs(base + "/complete", s.staffActors.get(3), "outcome", "IMPROVED", "outcomeNote", "x",
                "version", String.valueOf(active.version())).getStatus()).isEqualTo(403);
        String noOutcome = postAs(base + "/complete", s.headActor, "outcomeNote", " ", "version", String.valueOf(active.version()))
                .getContentAsString();
        assertThat(noOutcome).contains("Pilih hasil pembinaan.").contains("Tuliskan catatan hasil pembinaan.");
        MockHttpServletResponse closed = postAs(base + "/complete", s.headActor, "outcome", "IMPROVED",
                "outcomeNote", "Cakupan naik menjadi 94%", "version", String.valueOf(active.version()));
        assertThat(closed.getRedirectedUrl()).isEqualTo(base + "#complete");
        assertThat(send(get(base), s.staffActors.get(0)).getContentAsString()).contains("Kinerja membaik").contains("Cakupan naik menjadi 94%")
                .contains("Rencana ini sudah ditutup.");
    }

    @Test
    void colleaguesAndOtherAgenciesAreRefused() throws Exception {
        // another colleague: neither the page nor a check-in
        assertThat(send(get(base), s.staffActors.get(2)).getStatus()).isEqualTo(403);
        assertThat(postAs(base + "/check-ins", s.staffActors.get(2), "heldOn", today.toString(), "note", "x", "progress", "ON_TRACK")
                .getStatus()).isEqualTo(403);
        assertThat(postAs(base + "/cancel", s.staffActors.get(2), "reason", "x", "version", "0").getStatus()).isEqualTo(403);
        // another agency's administrator: through this agency's path, or through their own
        assertThat(send(get(base), s.strangerActor).getStatus()).isIn(403, 404);
        assertThat(postAs(base + "/agree", s.strangerActor, "goals", "x", "startsOn", today.toString(), "endsOn", today.toString(),
                "version", "0").getStatus()).isIn(403, 404);
        assertThat(send(get("/agencies/" + s.stranger.agencyId() + "/coaching/" + proposed.id()), s.strangerActor).getStatus()).isEqualTo(404);
        assertThat(send(get("/agencies/" + s.agency.id() + "/coaching"), s.strangerActor).getStatus()).isIn(403, 404);
        // the agency's list is for administrators and the agency head
        assertThat(send(get("/agencies/" + s.agency.id() + "/coaching"), s.staffActors.get(1)).getStatus()).isEqualTo(403);
        assertThat(coaching.get(s.headActor, s.agency.id(), proposed.id()).checkIns()).isEmpty();
    }

    @Test
    void administratorsSeeTheAgencysPlansPerStatusAndMayCancelOne() throws Exception {
        String list = send(get("/agencies/" + s.agency.id() + "/coaching"), s.bupatiActor).getContentAsString();
        assertThat(list).contains("Rencana pengembangan kinerja instansi").contains(s.staff.get(0).name())
                .contains("id=\"count-PROPOSED\"");
        String proposedCount = list.substring(list.indexOf("id=\"count-PROPOSED\""));
        assertThat(proposedCount.substring(0, proposedCount.indexOf("</a>"))).contains(">1<");
        // a reason is needed, and is shown beside its field
        String noReason = postAs(base + "/cancel", s.adminActor, "reason", " ", "version", String.valueOf(proposed.version()))
                .getContentAsString();
        assertThat(noReason).contains("Tuliskan alasan pembatalan.").contains("id=\"reason-error\"");
        MockHttpServletResponse cancelled = postAs(base + "/cancel", s.adminActor, "reason", "Pegawai pindah instansi",
                "version", String.valueOf(proposed.version()));
        assertThat(cancelled.getRedirectedUrl()).isEqualTo(base + "#cancel");
        String after = send(get("/agencies/" + s.agency.id() + "/coaching").param("status", "CANCELLED"), s.adminActor).getContentAsString();
        assertThat(after).contains(s.staff.get(0).name());
        assertThat(send(get(base), s.staffActors.get(0)).getContentAsString()).contains("Pegawai pindah instansi").contains("Dibatalkan");
    }
}
