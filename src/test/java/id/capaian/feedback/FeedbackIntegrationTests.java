package id.capaian.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.ReviewStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Feedback on realisations: threads and replies, asking for more evidence, who may read and write (the plan's
 * owner and appraiser write; the line above and administrators read; colleagues and other agencies are refused),
 * and the fragment and page on the web.
 */
@IntegrationTest
class FeedbackIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired FeedbackManagement feedback;
    @Autowired MockMvc mvc;

    /** Refused: 403, or 404 for another agency's pages (another agency is not even known to exist). */
    static final org.springframework.test.web.servlet.ResultMatcher DENIED = r -> assertThat(r.getResponse().getStatus())
            .as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI()).isIn(403, 404);

    Scenario s;
    Plan plan;
    Realisation realisation;
    long agencyId;

    @BeforeEach
    void setUp() {
        s = new Scenario(data, users, periods, plans, realisations);
        plan = s.approvedPlan();
        realisation = s.realisation(plan);
        agencyId = s.agency.id();
    }

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(Problem::code).toList();
    }

    @Test
    void theAppraiserAndTheEmployeeTalkInThreads() {
        Feedback first = feedback.comment(s.headActor, agencyId, realisation.id(),
                FeedbackForm.comment("Capaian K4 bagus. Mohon lampirkan rekap kohort ibu bulan ini."));
        assertThat(first.recipientId()).isEqualTo(s.staff.id());
        assertThat(first.authorName()).contains("Kepala Seksi");
        Feedback reply = feedback.comment(s.staffActor, agencyId, realisation.id(),
                FeedbackForm.reply(first.id(), "Baik, Bu. Rekap kohort menyusul besok."));
        assertThat(reply.recipientId()).isEqualTo(s.head.id());
        assertThat(reply.threadId()).isEqualTo(first.id());
        // a reply to a reply stays in the same thread
        Feedback again = feedback.comment(s.headActor, agencyId, realisation.id(),
                FeedbackForm.reply(reply.id(), "Terima kasih."));
        assertThat(again.parentId()).isEqualTo(reply.id());
        assertThat(again.threadId()).isEqualTo(first.id());
        Feedback question = feedback.comment(s.staffActor, agencyId, realisation.id(),
                FeedbackForm.comment("Apakah ibu hamil dari luar wilayah ikut dihitung?"));
        assertThat(question.recipientId()).isEqualTo(s.head.id());

        FeedbackView view = feedback.view(s.staffActor, agencyId, realisation.id());
        assertThat(view.threads()).hasSize(2);
        assertThat(view.threads().get(0).root().id()).isEqualTo(first.id());
        assertThat(view.threads().get(0).replies()).extracting(Feedback::id).containsExactly(reply.id(), again.id());
        assertThat(view.threads().get(1).replies()).isEmpty();
        assertThat(view.count()).isEqualTo(4);
        assertThat(view.canWrite()).isTrue();
        assertThat(view.canAskEvidence()).isFalse();
        assertThat(view.indicatorName()).isEqualTo("Ibu hamil mendapat pelayanan K4");
        assertThat(feedback.view(s.headActor, agencyId, realisation.id()).canAskEvidence()).isTrue();
        assertThat(feedback.counts(s.headActor, agencyId, plan.id())).containsEntry(realisation.id(), 4);
    }

    @Test
    void theAppraiserAsksForMoreEvidence() {
        assertThat(realisations.get(s.headActor, agencyId, realisation.id()).reviewStatus()).isEqualTo(ReviewStatus.PENDING);
        Feedback f = feedback.comment(s.headActor, agencyId, realisation.id(),
                new FeedbackForm("Angka 97 belum didukung register. Unggah foto register K4.", null, true));
        assertThat(f.asksEvidence()).isTrue();
        assertThat(realisations.get(s.staffActor, agencyId, realisation.id()).reviewStatus()).isEqualTo(ReviewStatus.NEEDS_EVIDENCE);

        // only the appraiser may ask
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> feedback.comment(s.staffActor, agencyId,
                realisation.id(), new FeedbackForm("Saya minta bukti?", null, true))))).containsExactly("feedback.error.onlyAppraiserAsks");
    }

    @Test
    void theLineAboveAndAdministratorsReadOnlyAndOthersAreRefused() {
        feedback.comment(s.headActor, agencyId, realisation.id(), FeedbackForm.comment("Pertahankan."));
        // the head of the office (above the appraiser) and the administrator read, but do not write
        assertThat(feedback.view(s.kadisActor, agencyId, realisation.id()).threads()).hasSize(1);
        assertThat(feedback.view(s.kadisActor, agencyId, realisation.id()).canWrite()).isFalse();
        assertThat(feedback.view(s.adminActor, agencyId, realisation.id()).threads()).hasSize(1);
        assertThatThrownBy(() -> feedback.comment(s.kadisActor, agencyId, realisation.id(), FeedbackForm.comment("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.comment(s.adminActor, agencyId, realisation.id(), FeedbackForm.comment("x")))
                .isInstanceOf(AccessDeniedException.class);
        // a colleague neither reads nor writes
        assertThatThrownBy(() -> feedback.view(s.colleagueActor, agencyId, realisation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.comment(s.colleagueActor, agencyId, realisation.id(), FeedbackForm.comment("x")))
                .isInstanceOf(AccessDeniedException.class);
        // another agency's administrator is refused, and the realisation is not found under their own agency
        assertThatThrownBy(() -> feedback.view(s.strangerActor, agencyId, realisation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.comment(s.strangerActor, agencyId, realisation.id(), FeedbackForm.comment("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.view(s.strangerActor, s.stranger.agencyId(), realisation.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void commentsAreCheckedAndAClosedPeriodIsReadOnly() {
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> feedback.comment(s.headActor, agencyId,
                realisation.id(), FeedbackForm.comment("  "))))).containsExactly("validation.required");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> feedback.comment(s.headActor, agencyId,
                realisation.id(), FeedbackForm.comment("x".repeat(4001)))))).containsExactly("validation.tooLong");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> feedback.comment(s.headActor, agencyId,
                realisation.id(), FeedbackForm.reply(-5, "Balasan"))))).containsExactly("feedback.error.parent");

        periods.close(s.adminActor, agencyId, plan.periodId());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> feedback.comment(s.headActor, agencyId,
                realisation.id(), FeedbackForm.comment("Terlambat"))))).containsExactly("period.error.closed");
        assertThat(feedback.view(s.headActor, agencyId, realisation.id()).canWrite()).isFalse();
    }

    // ---------------------------------------------------------------- web

    private UserDetails login(id.capaian.organisation.Employee e) {
        return users.loadUserByUsername(e.nip());
    }

    @Test
    void theThreadIsAFragmentForHtmxAndAPageOtherwise() throws Exception {
        String url = "/agencies/" + agencyId + "/realisations/" + realisation.id() + "/feedback";
        String fragment = mvc.perform(get(url).header("HX-Request", "true").with(user(login(s.staff))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("feedback-thread").doesNotContain("<html");
        String page = mvc.perform(get(url).with(user(login(s.kadis)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html").contains("Ibu hamil mendapat pelayanan K4");
        assertThat(mvc.perform(get(url + "?fragment=true").with(user(login(s.admin)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("<html");
        mvc.perform(get(url).with(user(login(s.colleague)))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(login(s.stranger)))).andExpect(DENIED);

        // a plain form goes back to where it came from (only a path on this site)
        mvc.perform(post(url).with(csrf()).with(user(login(s.head))).param("body", "Bagus, pertahankan.")
                .param("returnTo", "/agencies/" + agencyId + "/plans/" + plan.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agencies/" + agencyId + "/plans/" + plan.id() + "#feedback-" + realisation.id()));
        mvc.perform(post(url).with(csrf()).with(user(login(s.head))).param("body", "Lagi.").param("returnTo", "https://evil.example/x"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url + "#feedback-" + realisation.id()));
        // htmx gets the thread again, with the new comment, and problems in place
        String answer = mvc.perform(post(url).with(csrf()).with(user(login(s.staff))).header("HX-Request", "true")
                .param("body", "Terima kasih, Bu.").param("parentId", String.valueOf(
                        feedback.view(s.staffActor, agencyId, realisation.id()).threads().get(0).root().id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Terima kasih, Bu.").doesNotContain("<html");
        String invalid = mvc.perform(post(url).with(csrf()).with(user(login(s.staff))).header("HX-Request", "true").param("body", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("alert-danger");
        // others may not write
        mvc.perform(post(url).with(csrf()).with(user(login(s.kadis))).param("body", "x")).andExpect(status().isForbidden());
        mvc.perform(post(url).with(csrf()).with(user(login(s.stranger))).param("body", "x")).andExpect(DENIED);
        assertThat(feedback.view(s.headActor, agencyId, realisation.id()).count()).isEqualTo(3);
    }

    @Test
    void aLongThreadShowsItsLatestCommentsAndTheEarlierOnesOnRequest() throws Exception {
        for (int i = 1; i <= 23; i++) {
            feedback.comment(i % 2 == 0 ? s.staffActor : s.headActor, agencyId, realisation.id(),
                    FeedbackForm.comment("Catatan ke-" + i + "."));
        }
        String url = "/agencies/" + agencyId + "/realisations/" + realisation.id() + "/feedback";
        String latest = mvc.perform(get(url).header("HX-Request", "true").with(user(login(s.staff))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the latest 20 threads, oldest of them first; the three earlier ones behind a link
        assertThat(latest).contains("Catatan ke-4.", "Catatan ke-23.", "Tampilkan 3 utas umpan balik sebelumnya",
                        "hx-get=\"" + url + "?all=true")
                .doesNotContain("Catatan ke-1.", "Catatan ke-3.");
        assertThat(latest.indexOf("Catatan ke-4.")).isLessThan(latest.indexOf("Catatan ke-23."));
        // the badge still counts every comment
        assertThat(latest).contains(">23<");
        String all = mvc.perform(get(url + "?all=true").header("HX-Request", "true").with(user(login(s.staff))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Catatan ke-1.", "Catatan ke-3.", "Catatan ke-23.").doesNotContain("sebelumnya");
    }
}
