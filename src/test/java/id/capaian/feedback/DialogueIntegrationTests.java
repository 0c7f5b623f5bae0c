package id.capaian.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Employee;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.RealisationManagement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Performance dialogues: scheduling (one appraisee, a team, an employee asking their appraiser, ad hoc), holding
 * one with notes, obstacles and actions, following the actions up, the list, and who may read and write.
 */
@IntegrationTest
@RecordApplicationEvents
class DialogueIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired DialogueManagement dialogues;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    /** Refused: 403, or 404 for another agency's pages (another agency is not even known to exist). */
    static final org.springframework.test.web.servlet.ResultMatcher DENIED = r -> assertThat(r.getResponse().getStatus())
            .as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI()).isIn(403, 404);

    Scenario s;
    long agencyId;
    LocalDateTime tomorrow = LocalDate.now(Scenario.JAKARTA).plusDays(1).atTime(9, 0);

    @BeforeEach
    void setUp() {
        s = new Scenario(data, users, periods, plans, realisations);
        agencyId = s.agency.id();
    }

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(Problem::code).toList();
    }

    private Dialogue team() {
        return dialogues.schedule(s.headActor, agencyId, DialogueForm.scheduled("Evaluasi capaian triwulan III", tomorrow,
                "Ruang rapat Puskesmas Kahean", null, s.staff.id(), s.staff2.id()));
    }

    @Test
    void anAppraiserSchedulesATeamDialogueAndEveryoneElseHearsOfIt() {
        Dialogue d = team();
        assertThat(d.status()).isEqualTo(DialogueStatus.SCHEDULED);
        assertThat(d.kind()).isEqualTo(DialogueKind.SCHEDULED);
        assertThat(d.appraiserId()).isEqualTo(s.head.id());
        assertThat(d.team()).isTrue();
        assertThat(d.participantIds()).containsExactlyInAnyOrder(s.staff.id(), s.staff2.id());
        assertThat(d.scheduledAt()).isEqualTo(tomorrow.atZone(Scenario.JAKARTA).toInstant());
        assertThat(events.stream(DialogueScheduled.class).filter(e -> e.dialogueId() == d.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.scheduledByEmployeeId()).isEqualTo(s.head.id());
                    assertThat(e.participantIds()).containsExactlyInAnyOrder(s.staff.id(), s.staff2.id());
                    assertThat(e.rescheduled()).isFalse();
                });

        Dialogue moved = dialogues.reschedule(s.staffActor, agencyId, d.id(), DialogueForm.scheduled("Evaluasi capaian triwulan III",
                tomorrow.plusDays(1), null, "https://meet.example.go.id/yankes", s.staff.id()), d.version());
        assertThat(moved.onlineLink()).isEqualTo("https://meet.example.go.id/yankes");
        assertThat(moved.participantIds()).hasSize(2); // participants do not change on rescheduling
        assertThat(events.stream(DialogueScheduled.class).filter(e -> e.dialogueId() == d.id() && e.rescheduled())).hasSize(1);
        assertThatThrownBy(() -> dialogues.reschedule(s.headActor, agencyId, d.id(), DialogueForm.scheduled("x", tomorrow,
                "Ruang", null), d.version())).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anEmployeeAsksTheirAppraiserAndAnAdHocDialogueIsRecordedAsHeld() {
        Dialogue asked = dialogues.schedule(s.staffActor, agencyId, DialogueForm.scheduled("Konsultasi target K4", tomorrow,
                "Ruang Kasi", null, s.staff.id()));
        assertThat(asked.appraiserId()).isEqualTo(s.head.id());
        assertThat(asked.participantIds()).containsExactly(s.staff.id());

        Dialogue adHoc = dialogues.schedule(s.headActor, agencyId, DialogueForm.adHoc("Kunjungan lapangan posyandu",
                LocalDateTime.now(Scenario.JAKARTA).minusDays(2), "Posyandu Mawar", s.staff2.id()));
        assertThat(adHoc.status()).isEqualTo(DialogueStatus.HELD);
        assertThat(adHoc.heldAt()).isNotNull();
        assertThat(events.stream(DialogueScheduled.class).filter(e -> e.dialogueId() == adHoc.id())).isEmpty();
    }

    @Test
    void schedulingIsChecked() {
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.staffActor, agencyId,
                DialogueForm.scheduled("Dengan rekan", tomorrow, "Ruang", null, s.staff2.id())))))
                .containsExactly("dialogue.error.notBelow");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.scheduled("Semua", tomorrow, "Ruang", null, s.head.id(), s.staff.id())))))
                .containsExactly("dialogue.error.selfAndOthers");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.scheduled(" ", tomorrow.minusDays(3), null, "ftp://x", s.staff.id())))))
                .containsExactlyInAnyOrder("validation.required", "dialogue.error.past", "dialogue.error.link");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.scheduled("Tanpa tempat", tomorrow, null, null, s.staff.id())))))
                .containsExactly("dialogue.error.placeOrLink");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.adHoc("Besok", tomorrow, null, s.staff.id()))))).containsExactly("dialogue.error.adHocFuture");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.scheduled("Kosong", tomorrow, "Ruang", null))))).containsExactly("dialogue.error.noAppraisee");
        // the head of the office has no appraiser in the system
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.kadisActor, agencyId,
                DialogueForm.scheduled("Dengan atasan", tomorrow, "Ruang", null, s.kadis.id())))))
                .containsExactly("dialogue.error.noAppraiser");
        // someone of another agency, or picked from another agency
        assertThatThrownBy(() -> dialogues.schedule(s.strangerActor, agencyId, DialogueForm.scheduled("x", tomorrow, "Ruang", null,
                s.staff.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.schedule(s.headActor, agencyId,
                DialogueForm.scheduled("Luar", tomorrow, "Ruang", null, s.stranger.id()))))).containsExactly("dialogue.error.appraisee");
    }

    @Test
    void aDialogueIsHeldWithNotesObstaclesAndActionsThatAreFollowedUp() {
        Dialogue d = team();
        Obstacle network = dialogues.addObstacle(s.staffActor, agencyId, d.id(), "Jaringan internet di puskesmas sering putus");
        Obstacle forms = dialogues.addObstacle(s.headActor, agencyId, d.id(), "Format laporan kohort berbeda antar posyandu");
        assertThat(network.raisedBy()).isEqualTo(s.staff.id());
        Dialogue held = dialogues.hold(s.headActor, agencyId, d.id(), null,
                "Capaian K4 triwulan III 92%. Pelaporan terlambat karena jaringan.", d.version());
        assertThat(held.status()).isEqualTo(DialogueStatus.HELD);
        assertThat(held.notes()).startsWith("Capaian K4");
        assertThat(held.obstacles()).extracting(Obstacle::description).containsExactly(
                "Jaringan internet di puskesmas sering putus", "Format laporan kohort berbeda antar posyandu");

        DialogueAction modem = dialogues.addAction(s.headActor, agencyId, d.id(), new ActionForm(
                "Ajukan modem cadangan ke Subbag Umum", s.head.id(), LocalDate.now(Scenario.JAKARTA).plusDays(7), network.id()));
        DialogueAction template = dialogues.addAction(s.staffActor, agencyId, d.id(), new ActionForm(
                "Seragamkan format kohort di 5 posyandu", s.staff.id(), LocalDate.now(Scenario.JAKARTA).plusDays(21), forms.id()));
        DialogueAction offline = dialogues.addAction(s.staff2Actor, agencyId, d.id(), new ActionForm(
                "Catat luring lalu unggah saat jaringan tersedia", s.staff2.id(), LocalDate.now(Scenario.JAKARTA).minusDays(1), null));
        assertThat(modem.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(offline.overdue(LocalDate.now(Scenario.JAKARTA))).isTrue();

        // follow-up
        DialogueAction done = dialogues.updateAction(s.headActor, agencyId, d.id(), modem.id(), ActionStatus.DONE,
                "Modem diterima 12 Oktober.", modem.version());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.closedAt()).isNotNull();
        assertThat(done.followUp()).isEqualTo("Modem diterima 12 Oktober.");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.updateAction(s.staffActor, agencyId,
                d.id(), template.id(), ActionStatus.DROPPED, " ", template.version())))).containsExactly("dialogue.error.dropReason");
        assertThatThrownBy(() -> dialogues.updateAction(s.headActor, agencyId, d.id(), modem.id(), ActionStatus.OPEN, null,
                modem.version())).isInstanceOf(ConcurrentChangeException.class);
        assertThat(dialogues.updateAction(s.headActor, agencyId, d.id(), modem.id(), ActionStatus.OPEN, "Dibuka lagi",
                done.version()).closedAt()).isNull();

        // owners are the appraiser or an appraisee
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.addAction(s.headActor, agencyId, d.id(),
                new ActionForm("Oleh kadis", s.kadis.id(), LocalDate.now(Scenario.JAKARTA), null))))).containsExactly("dialogue.error.owner");
        // a held dialogue cannot be held again or cancelled; notes may still change
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.hold(s.headActor, agencyId, d.id(),
                null, null, held.version())))).containsExactly("dialogue.error.status.HELD");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.cancel(s.headActor, agencyId, d.id(),
                "x")))).containsExactly("dialogue.error.status.HELD");
        Dialogue noted = dialogues.saveNotes(s.staffActor, agencyId, d.id(), "Catatan diperbaiki.",
                dialogues.get(s.staffActor, agencyId, d.id()).version());
        assertThat(noted.notes()).isEqualTo("Catatan diperbaiki.");

        // the list: held ones under past, each owner's open actions
        DialogueList staffList = dialogues.list(s.staffActor, agencyId, false, 0, 25);
        assertThat(staffList.upcoming()).isEmpty();
        assertThat(staffList.past().content()).extracting(DialogueSummary::id).containsExactly(d.id());
        assertThat(staffList.past().content().get(0).obstacles()).isEqualTo(2);
        assertThat(staffList.openActions()).extracting(o -> o.action().id()).containsExactly(template.id());
        assertThat(dialogues.list(s.headActor, agencyId, false, 0, 25).openActions()).extracting(o -> o.action().id())
                .containsExactly(modem.id());
    }

    @Test
    void upcomingDialoguesComeFirstSoonestFirst() {
        Dialogue later = dialogues.schedule(s.headActor, agencyId, DialogueForm.scheduled("Nanti", tomorrow.plusDays(10),
                "Ruang", null, s.staff.id()));
        Dialogue sooner = dialogues.schedule(s.headActor, agencyId, DialogueForm.scheduled("Segera", tomorrow, "Ruang", null,
                s.staff.id()));
        Dialogue cancelled = dialogues.schedule(s.headActor, agencyId, DialogueForm.scheduled("Batal", tomorrow.plusDays(2),
                "Ruang", null, s.staff.id()));
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.cancel(s.headActor, agencyId,
                cancelled.id(), " ")))).containsExactly("dialogue.error.reasonRequired");
        assertThat(dialogues.cancel(s.staffActor, agencyId, cancelled.id(), "Pegawai sedang cuti melahirkan").status())
                .isEqualTo(DialogueStatus.CANCELLED);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> dialogues.addObstacle(s.staffActor, agencyId,
                cancelled.id(), "x")))).containsExactly("dialogue.error.status.CANCELLED");
        DialogueList list = dialogues.list(s.staffActor, agencyId, false, 0, 25);
        assertThat(list.upcoming()).extracting(DialogueSummary::id).containsExactly(sooner.id(), later.id());
        assertThat(list.past().content()).extracting(DialogueSummary::id).containsExactly(cancelled.id());
        assertThat(list.upcoming().get(0).appraiserName()).contains("Kepala Seksi");
        // not in it: nothing listed; administrators see all when they ask for it
        assertThat(dialogues.list(s.colleagueActor, agencyId, false, 0, 25).upcoming()).isEmpty();
        assertThat(dialogues.list(s.colleagueActor, agencyId, true, 0, 25).upcoming()).isEmpty();
        assertThat(dialogues.list(s.adminActor, agencyId, true, 0, 25).upcoming()).hasSize(2);
    }

    @Test
    void participantsWriteTheLineAboveAndAdministratorsReadOthersAreRefused() {
        Dialogue d = team();
        assertThat(dialogues.get(s.kadisActor, agencyId, d.id()).topic()).isEqualTo(d.topic());
        assertThat(dialogues.get(s.adminActor, agencyId, d.id()).topic()).isEqualTo(d.topic());
        assertThatThrownBy(() -> dialogues.addObstacle(s.kadisActor, agencyId, d.id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.addObstacle(s.adminActor, agencyId, d.id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.get(s.colleagueActor, agencyId, d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.hold(s.colleagueActor, agencyId, d.id(), null, "x", d.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.get(s.strangerActor, agencyId, d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.get(s.strangerActor, s.stranger.agencyId(), d.id())).isInstanceOf(NotFoundException.class);
        assertThat(dialogues.addObstacle(s.staff2Actor, agencyId, d.id(), "Kendaraan operasional terbatas").raisedBy())
                .isEqualTo(s.staff2.id());
    }

    // ---------------------------------------------------------------- web

    private UserDetails login(Employee e) {
        return users.loadUserByUsername(e.nip());
    }

    @Test
    void thePagesAnswerTheRightPeopleAndTheFormsWork() throws Exception {
        String base = "/agencies/" + agencyId + "/dialogues";
        mvc.perform(get(base).with(user(login(s.staff)))).andExpect(status().isOk());
        mvc.perform(get(base + "?all=true").with(user(login(s.admin)))).andExpect(status().isOk());
        mvc.perform(get(base + "/new").with(user(login(s.head)))).andExpect(status().isOk());
        mvc.perform(get(base).with(user(login(s.stranger)))).andExpect(DENIED);

        String created = mvc.perform(post(base).with(csrf()).with(user(login(s.head)))
                        .param("kind", "SCHEDULED").param("topic", "Dialog kinerja bulanan")
                        .param("appraiseeIds", String.valueOf(s.staff.id())).param("scheduledAt", tomorrow.toString())
                        .param("place", "Ruang Kasi"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        // a form with problems comes back with them, and a malformed date is a problem too
        String invalid = mvc.perform(post(base).with(csrf()).with(user(login(s.head))).param("topic", " ")
                        .param("scheduledAt", "besok pagi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("alert-danger");

        mvc.perform(get(base + "/" + id).with(user(login(s.staff)))).andExpect(status().isOk());
        mvc.perform(get(base + "/" + id).with(user(login(s.kadis)))).andExpect(status().isOk());
        mvc.perform(get(base + "/" + id).with(user(login(s.colleague)))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + id).with(user(login(s.stranger)))).andExpect(DENIED);

        mvc.perform(post(base + "/" + id + "/obstacles").with(csrf()).with(user(login(s.staff)))
                        .param("description", "Aplikasi e-Kohort lambat"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/obstacles").with(csrf()).with(user(login(s.admin))).param("description", "x"))
                .andExpect(status().isForbidden());
        int version = dialogues.get(s.headActor, agencyId, id).version();
        mvc.perform(post(base + "/" + id + "/hold").with(csrf()).with(user(login(s.head))).header("HX-Request", "true")
                        .param("notes", "Dibahas capaian bulan ini.").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/actions").with(csrf()).with(user(login(s.head)))
                        .param("description", "Laporkan ke pengelola aplikasi").param("ownerId", String.valueOf(s.head.id()))
                        .param("dueDate", LocalDate.now(Scenario.JAKARTA).plusDays(5).toString()))
                .andExpect(status().is3xxRedirection());
        Dialogue d = dialogues.get(s.headActor, agencyId, id);
        assertThat(d.status()).isEqualTo(DialogueStatus.HELD);
        assertThat(d.actions()).hasSize(1);
        DialogueAction a = d.actions().get(0);
        mvc.perform(post(base + "/" + id + "/actions/" + a.id()).with(csrf()).with(user(login(s.head)))
                        .param("status", "DONE").param("followUp", "Sudah dilaporkan").param("version", String.valueOf(a.version())))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(base + "/" + id).with(user(login(s.staff)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aplikasi e-Kohort lambat").contains("Sudah dilaporkan");
        // a problem is shown on the page
        String dropped = mvc.perform(post(base + "/" + id + "/actions/" + a.id()).with(csrf()).with(user(login(s.head)))
                        .param("status", "DROPPED").param("version", String.valueOf(a.version() + 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dropped).contains("alert-danger");
    }
}
