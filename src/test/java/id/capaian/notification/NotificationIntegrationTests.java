package id.capaian.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.feedback.DialogueForm;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.FeedbackForm;
import id.capaian.feedback.FeedbackManagement;
import id.capaian.feedback.Scenario;
import id.capaian.notification.internal.JobLock;
import id.capaian.notification.internal.Reminders;
import id.capaian.organisation.Employee;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every event makes the right notification for the right person, preferences are respected, reminders of deadlines
 * come once, the job lock lets one of two concurrent runs work, and the pages answer the signed-in person only.
 * (E-mail: {@link NotificationMailIntegrationTests}.)
 */
@IntegrationTest
class NotificationIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired FeedbackManagement feedback;
    @Autowired DialogueManagement dialogues;
    @Autowired NotificationManagement notifications;
    @Autowired Reminders reminders;
    @Autowired JobLock lock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Scenario s;
    long agencyId;

    @BeforeEach
    void setUp() {
        s = new Scenario(data, users, periods, plans, realisations);
        agencyId = s.agency.id();
    }

    private List<Notification> inbox(Actor actor) {
        return notifications.inbox(actor, false, 0, 200).content();
    }

    private List<Notification> of(Actor actor, NotificationKind kind) {
        return inbox(actor).stream().filter(n -> n.kind() == kind).toList();
    }

    private String text(Notification n, String lang) {
        return notifications.text(n, Locale.forLanguageTag(lang));
    }

    @Test
    void theSkpWorkflowTellsTheAppraiserAndTheEmployee() {
        Plan plan = s.submittedPlan(s.staffActor, Scenario.year());
        List<Notification> submitted = of(s.headActor, NotificationKind.PLAN_SUBMITTED);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).link()).isEqualTo("/agencies/" + agencyId + "/plans/" + plan.id());
        assertThat(text(submitted.get(0), "id")).contains("Bidan Puskesmas Kahean").contains("SKP tahun " + Scenario.year());
        assertThat(text(submitted.get(0), "en")).contains("submitted their " + Scenario.year() + " plan");
        assertThat(inbox(s.staffActor)).isEmpty();

        plans.returnToEmployee(s.headActor, agencyId, plan.id(), "Target K4 terlalu rendah dibanding tahun lalu.");
        List<Notification> returned = of(s.staffActor, NotificationKind.PLAN_RETURNED);
        assertThat(returned).singleElement().satisfies(n ->
                assertThat(text(n, "id")).contains("dikembalikan").contains("Target K4 terlalu rendah"));

        plans.submit(s.staffActor, agencyId, plan.id());
        plans.approve(s.headActor, agencyId, plan.id());
        assertThat(of(s.headActor, NotificationKind.PLAN_SUBMITTED)).hasSize(2);
        assertThat(of(s.staffActor, NotificationKind.PLAN_APPROVED)).singleElement().satisfies(n ->
                assertThat(text(n, "en")).isEqualTo("Your " + Scenario.year() + " plan (SKP) was approved by your appraiser."));
        // nobody else heard of it
        assertThat(inbox(s.colleagueActor)).isEmpty();
        assertThat(inbox(s.kadisActor)).isEmpty();
    }

    @Test
    void feedbackAndEvidenceRequestsReachTheOtherParty() {
        Plan plan = s.approvedPlan();
        Realisation r = s.realisation(plan);
        var first = feedback.comment(s.headActor, agencyId, r.id(), FeedbackForm.comment("Bagus."));
        assertThat(of(s.staffActor, NotificationKind.FEEDBACK)).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("/agencies/" + agencyId + "/realisations/" + r.id() + "/feedback");
            assertThat(text(n, "id")).contains("memberi umpan balik").contains("Ibu hamil mendapat pelayanan K4");
        });
        feedback.comment(s.staffActor, agencyId, r.id(), FeedbackForm.reply(first.id(), "Terima kasih."));
        assertThat(of(s.headActor, NotificationKind.FEEDBACK)).singleElement().satisfies(n ->
                assertThat(text(n, "en")).contains("replied"));

        // asking for evidence tells the employee once, as an evidence request
        feedback.comment(s.headActor, agencyId, r.id(), new FeedbackForm("Unggah register.", null, true));
        assertThat(of(s.staffActor, NotificationKind.FEEDBACK)).hasSize(1);
        assertThat(of(s.staffActor, NotificationKind.EVIDENCE_REQUESTED)).singleElement().satisfies(n -> {
            String month = LocalDate.now(Scenario.JAKARTA).getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    Locale.forLanguageTag("id"));
            assertThat(text(n, "id")).contains("Kepala Seksi").contains("bukti dukung").contains(month);
        });
    }

    @Test
    void aScheduledDialogueTellsEveryoneButWhoScheduledIt() {
        LocalDateTime at = LocalDate.now(Scenario.JAKARTA).plusDays(2).atTime(10, 30);
        var d = dialogues.schedule(s.headActor, agencyId, DialogueForm.scheduled("Evaluasi bulanan", at, "Aula Dinkes", null,
                s.staff.id(), s.staff2.id()));
        assertThat(of(s.headActor, NotificationKind.DIALOGUE_SCHEDULED)).isEmpty();
        for (Actor a : List.of(s.staffActor, s.staff2Actor)) {
            assertThat(of(a, NotificationKind.DIALOGUE_SCHEDULED)).singleElement().satisfies(n -> {
                assertThat(n.link()).isEqualTo("/agencies/" + agencyId + "/dialogues/" + d.id());
                assertThat(text(n, "id")).contains("Kepala Seksi").contains("10:30 WIB").contains("Aula Dinkes");
            });
        }
        // an employee asking their appraiser: the appraiser hears of it
        dialogues.schedule(s.staffActor, agencyId, DialogueForm.scheduled("Konsultasi", at, null, "https://meet.example.go.id/a",
                s.staff.id()));
        assertThat(of(s.headActor, NotificationKind.DIALOGUE_SCHEDULED)).singleElement().satisfies(n ->
                assertThat(text(n, "en")).contains("Bidan Puskesmas Kahean scheduled").contains("https://meet.example.go.id/a"));
    }

    @Test
    void preferencesDecideWhatIsShown() {
        assertThat(notifications.preferences(s.staffActor)).allSatisfy(p -> {
            assertThat(p.inApp()).isTrue();
            assertThat(p.email()).isTrue();
        });
        EnumSet<NotificationKind> shown = EnumSet.allOf(NotificationKind.class);
        shown.remove(NotificationKind.PLAN_APPROVED);
        notifications.savePreferences(s.staffActor, shown, EnumSet.noneOf(NotificationKind.class), "en");
        assertThat(notifications.language(s.staffActor)).contains("en");
        assertThat(notifications.preferences(s.staffActor)).filteredOn(p -> p.kind() == NotificationKind.PLAN_APPROVED)
                .singleElement().satisfies(p -> assertThat(p.inApp()).isFalse());

        s.approvedPlan();
        assertThat(of(s.staffActor, NotificationKind.PLAN_APPROVED)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE employee_id = :e AND kind = 'PLAN_APPROVED'")
                .param("e", s.staff.id()).query(Long.class).single()).isZero();
        assertThat(of(s.headActor, NotificationKind.PLAN_SUBMITTED)).hasSize(1);
    }

    @Test
    void readingMarksThemReadOnlyForTheirOwner() {
        s.approvedPlan();
        assertThat(notifications.unread(s.staffActor)).isEqualTo(1);
        Notification n = inbox(s.staffActor).get(0);
        assertThatThrownBy(() -> notifications.markRead(s.headActor, n.id())).isInstanceOf(NotFoundException.class);
        notifications.markRead(s.staffActor, n.id());
        assertThat(notifications.unread(s.staffActor)).isZero();
        assertThat(notifications.inbox(s.staffActor, true, 0, 10).content()).isEmpty();
        assertThat(notifications.unread(s.headActor)).isEqualTo(1);
        assertThat(notifications.markAllRead(s.headActor)).isEqualTo(1);
        assertThat(notifications.unread(s.headActor)).isZero();
    }

    // ---------------------------------------------------------------- reminders

    private long count(Employee e, NotificationKind kind) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE employee_id = :e AND kind = :k")
                .param("e", e.id()).param("k", kind.name()).query(Long.class).single();
    }

    @Test
    void approachingAndMissedDeadlinesAreToldOnce() {
        int year = Scenario.year();
        Plan plan = s.approvedPlan();
        // January's realisations are due on 5 February (the last day plus 5 grace days)
        LocalDate feb3 = LocalDate.of(year, 2, 3);
        Reminders.Run run = reminders.runFor(agencyId, feb3);
        assertThat(run.approaching()).isEqualTo(1);
        assertThat(reminders.runFor(agencyId, feb3).approaching()).isZero();
        assertThat(reminders.runFor(agencyId, feb3.plusDays(1)).approaching()).isZero();
        assertThat(of(s.staffActor, NotificationKind.DEADLINE_APPROACHING)).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("/agencies/" + agencyId + "/plans/" + plan.id());
            assertThat(text(n, "id")).isEqualTo("Batas pengisian realisasi Januari " + year + " adalah 5 Februari " + year
                    + "; 2 indikator Anda belum diisi.");
            assertThat(text(n, "en")).contains("January " + year).contains("5 February " + year);
        });
        // the plan deadline (31 January) passed: everyone without an approved plan hears of it, once
        assertThat(run.planDeadline()).isEqualTo(5); // the head of the office, the head, staff2, the colleague, the administrator
        assertThat(count(s.staff, NotificationKind.PLAN_DEADLINE)).isZero();
        assertThat(count(s.head, NotificationKind.PLAN_DEADLINE)).isEqualTo(1);
        assertThat(text(of(s.headActor, NotificationKind.PLAN_DEADLINE).get(0), "id")).contains("belum disusun");

        LocalDate feb10 = LocalDate.of(year, 2, 10);
        Reminders.Run missed = reminders.runFor(agencyId, feb10);
        assertThat(missed.missed()).isEqualTo(1);
        assertThat(missed.summaries()).isEqualTo(1);
        assertThat(missed.planDeadline()).isZero();
        assertThat(reminders.runFor(agencyId, feb10.plusDays(2)).total()).isZero();
        assertThat(of(s.headActor, NotificationKind.DEADLINE_MISSED)).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("/agencies/" + agencyId + "/periods/" + plan.periodId() + "/approvals");
            assertThat(text(n, "id")).startsWith("1 pegawai yang Anda nilai").contains("Bidan Puskesmas Kahean");
        });
        assertThat(count(s.staff, NotificationKind.DEADLINE_MISSED)).isEqualTo(1);
        // long after the deadline nothing more comes
        assertThat(reminders.runFor(agencyId, LocalDate.of(year, 2, 28)).missed()).isZero();
    }

    @Test
    void theJobLockLetsOneOfTwoConcurrentRunsWork() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        AtomicInteger work = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Runnable slow = () -> {
                work.incrementAndGet();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            List<Future<Boolean>> runs = List.of(
                    pool.submit(() -> { start.await(); return lock.runOnce(job, Duration.ofMinutes(5), Duration.ofHours(1), slow); }),
                    pool.submit(() -> { start.await(); return lock.runOnce(job, Duration.ofMinutes(5), Duration.ofHours(1), slow); }));
            start.countDown();
            long ran = 0;
            for (Future<Boolean> f : runs) {
                ran += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
            assertThat(work.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // just after a completed run it does not run again (another node whose clock is a little behind)
        assertThat(lock.runOnce(job, Duration.ofMinutes(5), Duration.ofHours(1), work::incrementAndGet)).isFalse();
        // after a failed run it may run again at once
        String failing = "test-failing-" + UUID.randomUUID();
        assertThatThrownBy(() -> lock.runOnce(failing, Duration.ofMinutes(5), Duration.ofHours(1), () -> {
            throw new IllegalStateException("SMTP down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(lock.runOnce(failing, Duration.ofMinutes(5), Duration.ofHours(1), work::incrementAndGet)).isTrue();
        assertThat(work.get()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- web

    private UserDetails login(Employee e) {
        return users.loadUserByUsername(e.nip());
    }

    @Test
    void thePagesShowOnlyOnesOwnNotifications() throws Exception {
        Plan plan = s.approvedPlan();
        Notification n = inbox(s.staffActor).get(0);
        String list = mvc.perform(get("/notifications").with(user(login(s.staff)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("SKP Anda tahun " + Scenario.year() + " telah ditetapkan");
        String bell = mvc.perform(get("/notifications/bell").with(user(login(s.staff)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bell).contains("notification-bell").contains(">1<").doesNotContain("<html");
        mvc.perform(get("/notifications/unread-count").with(user(login(s.staff)))).andExpect(status().isOk());
        // someone else's notification is not found
        mvc.perform(get("/notifications/" + n.id() + "/open").with(user(login(s.head)))).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + n.id() + "/read").with(csrf()).with(user(login(s.head)))).andExpect(status().isNotFound());
        mvc.perform(get("/notifications/" + n.id() + "/open").with(user(login(s.staff))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/agencies/" + agencyId + "/plans/" + plan.id()));
        assertThat(notifications.unread(s.staffActor)).isZero();
        mvc.perform(post("/notifications/read-all").with(csrf()).with(user(login(s.head))))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.unread(s.headActor)).isZero();

        mvc.perform(get("/notifications/preferences").with(user(login(s.staff)))).andExpect(status().isOk());
        mvc.perform(post("/notifications/preferences").with(csrf()).with(user(login(s.staff)))
                        .param("inApp", "FEEDBACK", "PLAN_RETURNED").param("email", "FEEDBACK").param("language", "en"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications/preferences"));
        assertThat(notifications.preferences(s.staffActor)).filteredOn(p -> p.inApp()).extracting(NotificationPreference::kind)
                .containsExactlyInAnyOrder(NotificationKind.FEEDBACK, NotificationKind.PLAN_RETURNED);
        assertThat(notifications.language(s.staffActor)).contains("en");
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    }
}
