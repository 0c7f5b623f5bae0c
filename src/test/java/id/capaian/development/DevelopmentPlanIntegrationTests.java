package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.CoachingManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.feedback.Dialogue;
import id.capaian.feedback.DialogueForm;
import id.capaian.feedback.DialogueKind;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.DialogueStatus;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Individual development plans: proposed from the competency gaps (with a catalogue training of the competency), the
 * results rated below expectation in the latest final evaluation and the open coaching plans, each action saying
 * where it came from; edited by the pair; agreed by the appraiser only in a dialogue that took place; followed to
 * completion; a coaching plan closed without improvement adds to the plan; and who may see and do what.
 */
@IntegrationTest
class DevelopmentPlanIntegrationTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate TODAY = LocalDate.now(JAKARTA);
    static final int YEAR = TODAY.getYear();

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired CompetencyManagement competencies;
    @Autowired DevelopmentPlanManagement plans;
    @Autowired DialogueManagement dialogues;
    @Autowired CoachingManagement coaching;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;

    DevelopmentScenario s;
    long agency;
    long evaluation;
    long coachingPlan;
    long training;

    @BeforeEach
    void scenario() {
        s = new DevelopmentScenario(data, users, competencies, jdbc);
        agency = s.agency.id();
        competencies.record(s.adminActor, agency, s.staff.get(0).id(), AssessmentForm.of(s.id("KOMUNIKASI"), 2, TODAY,
                AssessmentMethod.ASSESSMENT_CENTER, "UPT BKN"));
        competencies.record(s.adminActor, agency, s.staff.get(0).id(), AssessmentForm.of(s.id("KERJA_SAMA"), 3, TODAY,
                AssessmentMethod.ASSESSMENT_CENTER, "UPT BKN"));
        training = s.training("EL-KOM", "E-learning Komunikasi Efektif", s.id("KOMUNIKASI"), 12);
        evaluation = s.finalEvaluation(periods, planning, s.staff.get(0), s.staffActors.get(0), YEAR - 1,
                "Meningkatnya cakupan pelayanan ibu hamil K4", "Terlaksananya penyuluhan gizi");
        coachingPlan = s.coachingPlan(s.staff.get(0), evaluation, "- Meningkatkan cakupan K4\n- Laporan tepat waktu", "ACTIVE");
        s.coachingPlan(s.staff.get(0), null, "Pembinaan lama", "CANCELLED");
    }

    static List<String> codes(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        }
        throw new AssertionError("expected invalid input");
    }

    private DevelopmentAction action(DevelopmentPlan p, ActionSource source) {
        return p.actions().stream().filter(a -> a.source() == source).findFirst().orElseThrow();
    }

    @Test
    void aProposalDrawsOnCompetencyGapsPerformanceGapsAndOpenCoaching() {
        DevelopmentPlan p = plans.propose(s.staffActors.get(0), agency, s.staff.get(0).id(), YEAR);
        assertThat(p.status()).isEqualTo(DevelopmentPlanStatus.PROPOSED);
        assertThat(p.appraiserId()).isEqualTo(s.head.id());
        assertThat(p.actions()).extracting(DevelopmentAction::source).containsExactly(ActionSource.COMPETENCY_GAP,
                ActionSource.PERFORMANCE_GAP, ActionSource.COACHING);

        // (a) Komunikasi 2 of 3 (Kerja Sama is met, Pelayanan Publik never assessed): with the catalogue's e-learning
        DevelopmentAction kom = action(p, ActionSource.COMPETENCY_GAP);
        assertThat(kom.competencyId()).isEqualTo(s.id("KOMUNIKASI"));
        assertThat(kom.gap()).isEqualTo(1);
        assertThat(kom.trainingId()).isEqualTo(training);
        assertThat(kom.trainingTitle()).isEqualTo("E-learning Komunikasi Efektif");
        assertThat(kom.jp()).isEqualTo(12);
        assertThat(kom.description()).isEqualTo("Tingkatkan kompetensi Komunikasi dari level 2 ke level 3 melalui pelatihan"
                + " E-learning Komunikasi Efektif.");
        assertThat(kom.reference()).isEqualTo("competency:KOMUNIKASI:required:3:actual:2");
        assertThat(kom.explanation().key()).isEqualTo("development.action.from.COMPETENCY_GAP");
        assertThat(kom.explanation().args()).containsExactly("Komunikasi", "3", "2");

        // (b) the result rated below expectation in last year's final evaluation (not the one rated as expected)
        DevelopmentAction perf = action(p, ActionSource.PERFORMANCE_GAP);
        assertThat(perf.description()).isEqualTo("Perbaiki capaian RHK: Meningkatnya cakupan pelayanan ibu hamil K4");
        assertThat(perf.reference()).startsWith("evaluation:" + evaluation + ":year:" + (YEAR - 1) + ":result:");
        assertThat(perf.referenceId()).isEqualTo(evaluation);
        assertThat(perf.explanation().args()).containsExactly(String.valueOf(YEAR - 1));

        // (c) the open coaching plan, not the cancelled one
        DevelopmentAction coach = action(p, ActionSource.COACHING);
        assertThat(coach.reference()).isEqualTo("coaching:" + coachingPlan + ":open");
        assertThat(coach.referenceId()).isEqualTo(coachingPlan);
        assertThat(coach.description()).isEqualTo("Jalankan rencana pembinaan: Meningkatkan cakupan K4");
        assertThat(coach.explanation().key()).isEqualTo("development.action.from.COACHING.open");

        // one plan a year; proposed by the employee, the appraiser or an administrator only
        assertThat(codes(() -> plans.propose(s.headActor, agency, s.staff.get(0).id(), YEAR)))
                .containsExactly("year:development.plan.error.exists");
        for (Actor refused : List.of(s.colleague(), s.kadisActor, s.bupatiActor, s.strangerActor)) {
            assertThatThrownBy(() -> plans.propose(refused, agency, s.staff.get(1).id(), YEAR))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(plans.propose(s.adminActor, agency, s.staff.get(1).id(), YEAR).actions()).isEmpty();
    }

    @Test
    void thePairEditsTheAppraiserAgreesInAHeldDialogueAndThePlanCompletes() {
        DevelopmentPlan p = plans.propose(s.headActor, agency, s.staff.get(0).id(), YEAR);

        // the appraiser adds an action of their own, the employee changes one and removes another
        p = plans.addAction(s.headActor, agency, p.id(), DevelopmentActionForm.of("Magang dua minggu di Puskesmas Kesatria", null, 8,
                LocalDate.of(YEAR, 6, 30)), p.version());
        DevelopmentAction own = action(p, ActionSource.OTHER);
        assertThat(own.jp()).isEqualTo(8);
        assertThat(own.explanation().key()).isEqualTo("development.action.from.OTHER");
        DevelopmentAction kom = action(p, ActionSource.COMPETENCY_GAP);
        p = plans.updateAction(s.staffActors.get(0), agency, p.id(), kom.id(), DevelopmentActionForm.of(kom.description(), training,
                null, LocalDate.of(YEAR, 9, 30)), p.version());
        assertThat(action(p, ActionSource.COMPETENCY_GAP).dueOn()).isEqualTo(LocalDate.of(YEAR, 9, 30));
        assertThat(action(p, ActionSource.COMPETENCY_GAP).jp()).isEqualTo(12);
        p = plans.removeAction(s.staffActors.get(0), agency, p.id(), action(p, ActionSource.COACHING).id(), p.version());
        assertThat(p.actions()).hasSize(3);
        long planId = p.id();
        int version = p.version();
        assertThat(codes(() -> plans.addAction(s.headActor, agency, planId, DevelopmentActionForm.of(" ", -1L, 2000,
                LocalDate.of(YEAR + 3, 1, 1)), version))).containsExactly("description:validation.required",
                "trainingId:development.action.error.training", "jp:development.action.error.jp", "dueOn:development.action.error.due");
        assertThatThrownBy(() -> plans.addAction(s.colleague(), agency, planId, DevelopmentActionForm.of("x", null, null, null), version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addAction(s.kadisActor, agency, planId, DevelopmentActionForm.of("x", null, null, null), version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addAction(s.headActor, agency, planId, DevelopmentActionForm.of("x", null, null, null), version - 1))
                .isInstanceOf(ConcurrentChangeException.class);

        // agreeing: only the appraiser, and only in a dialogue of the pair that took place
        assertThatThrownBy(() -> plans.agree(s.staffActors.get(0), agency, planId, null, true, null, version))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> plans.agree(s.headActor, agency, planId, null, false, null, version)))
                .containsExactly("dialogueId:development.plan.error.dialogueRequired");
        p = plans.scheduleDialogue(s.headActor, agency, planId, LocalDateTime.now(JAKARTA).plusDays(1).withNano(0), "Ruang rapat Seksi",
                null, version);
        Dialogue scheduled = dialogues.get(s.headActor, agency, p.dialogueId());
        assertThat(scheduled.status()).isEqualTo(DialogueStatus.SCHEDULED);
        assertThat(scheduled.participantIds()).containsExactly(s.staff.get(0).id());
        assertThat(scheduled.topic()).isEqualTo("Rencana pengembangan individu " + YEAR);
        int v2 = p.version();
        assertThat(codes(() -> plans.agree(s.headActor, agency, planId, null, false, null, v2)))
                .containsExactly("dialogueId:development.plan.error.dialogueNotHeld");
        Dialogue other = dialogues.schedule(s.headActor, agency, DialogueForm.adHoc("Umpan balik triwulan",
                LocalDateTime.now(JAKARTA).minusHours(1), "Ruang Seksi", s.staff.get(1).id()));
        assertThat(codes(() -> plans.agree(s.headActor, agency, planId, other.id(), false, null, v2)))
                .containsExactly("dialogueId:development.plan.error.dialoguePair");
        // the employee does not even see a dialogue of their appraiser with someone else
        assertThat(codes(() -> plans.linkDialogue(s.staffActors.get(0), agency, planId, other.id(), v2)))
                .containsExactly("dialogueId:development.plan.error.dialogueUnknown");
        dialogues.hold(s.headActor, agency, scheduled.id(), null, "Rencana dibahas dan disepakati.", scheduled.version());
        p = plans.agree(s.headActor, agency, planId, null, false, "Fokus pada komunikasi dengan ibu hamil.", v2);
        assertThat(p.status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        assertThat(p.dialogueId()).isEqualTo(scheduled.id());
        assertThat(p.agreedBy()).isEqualTo(s.head.nip());
        assertThat(p.agreedAt()).isNotNull();
        int v3 = p.version();
        assertThat(codes(() -> plans.addAction(s.headActor, agency, planId, DevelopmentActionForm.of("x", null, null, null), v3)))
                .containsExactly("status:development.plan.error.notProposed");

        // following: done, dropped with a reason; complete when nothing is left planned
        List<DevelopmentAction> actions = p.actions();
        p = plans.markAction(s.staffActors.get(0), agency, planId, actions.get(0).id(), DevelopmentActionStatus.DONE, null,
                "Sertifikat diunggah", v3);
        assertThat(p.actions().get(0).doneOn()).isEqualTo(TODAY);
        int v4 = p.version();
        assertThat(codes(() -> plans.markAction(s.headActor, agency, planId, actions.get(1).id(), DevelopmentActionStatus.DROPPED,
                null, " ", v4))).containsExactly("note:development.action.error.dropReason");
        assertThatThrownBy(() -> plans.markAction(s.colleague(), agency, planId, actions.get(1).id(), DevelopmentActionStatus.DONE,
                null, null, v4)).isInstanceOf(AccessDeniedException.class);
        p = plans.markAction(s.headActor, agency, planId, actions.get(1).id(), DevelopmentActionStatus.DROPPED, null,
                "RHK dihapus dari SKP tahun ini", v4);
        assertThat(p.status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        p = plans.markAction(s.staffActors.get(0), agency, planId, actions.get(2).id(), DevelopmentActionStatus.DONE,
                TODAY.minusDays(2), null, p.version());
        assertThat(p.status()).isEqualTo(DevelopmentPlanStatus.COMPLETED);
        assertThat(p.completedAt()).isNotNull();
        assertThat(p.closed()).isEqualTo(3);
        int v5 = p.version();
        assertThat(codes(() -> plans.markAction(s.staffActors.get(0), agency, planId, actions.get(2).id(),
                DevelopmentActionStatus.PLANNED, null, null, v5))).containsExactly("status:development.plan.error.notAgreed");
    }

    @Test
    void theAppraiserMayAgreeInTheDialogueJustHeld() {
        DevelopmentPlan p = plans.propose(s.headActor, agency, s.staff.get(0).id(), YEAR);
        DevelopmentPlan agreed = plans.agree(s.headActor, agency, p.id(), null, true, null, p.version());
        assertThat(agreed.status()).isEqualTo(DevelopmentPlanStatus.AGREED);
        Dialogue d = dialogues.get(s.staffActors.get(0), agency, agreed.dialogueId());
        assertThat(d.kind()).isEqualTo(DialogueKind.AD_HOC);
        assertThat(d.status()).isEqualTo(DialogueStatus.HELD);
        assertThat(d.appraiserId()).isEqualTo(s.head.id());
        assertThat(d.participantIds()).containsExactly(s.staff.get(0).id());

        // a plan without actions cannot be agreed
        DevelopmentPlan empty = plans.propose(s.headActor, agency, s.staff.get(1).id(), YEAR);
        assertThat(codes(() -> plans.agree(s.headActor, agency, empty.id(), null, true, null, empty.version())))
                .containsExactly("actions:development.plan.error.noActions");
        // cancelled by the appraiser with a reason
        assertThat(codes(() -> plans.cancel(s.headActor, agency, empty.id(), " ", empty.version())))
                .containsExactly("note:development.plan.error.cancelReason");
        assertThatThrownBy(() -> plans.cancel(s.staffActors.get(1), agency, empty.id(), "x", empty.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(plans.cancel(s.headActor, agency, empty.id(), "Pindah tugas", empty.version()).status())
                .isEqualTo(DevelopmentPlanStatus.CANCELLED);
    }

    @Test
    void plansAreSeenByTheEmployeeTheLineAndHrOnly() {
        DevelopmentPlan p = plans.propose(s.staffActors.get(0), agency, s.staff.get(0).id(), YEAR);
        for (Actor allowed : List.of(s.staffActors.get(0), s.headActor, s.kadisActor, s.adminActor, s.bupatiActor, Actor.system())) {
            assertThat(plans.get(allowed, agency, p.id()).id()).isEqualTo(p.id());
            assertThat(plans.forEmployee(allowed, agency, s.staff.get(0).id(), YEAR)).isPresent();
        }
        for (Actor refused : List.of(s.colleague(), s.strangerActor)) {
            assertThatThrownBy(() -> plans.get(refused, agency, p.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.forEmployee(refused, agency, s.staff.get(0).id(), YEAR))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(plans.mine(s.staffActors.get(0))).extracting(DevelopmentPlan::id).containsExactly(p.id());
        assertThat(plans.mine(s.colleague())).isEmpty();

        // the appraiser's list: everyone they appraise, last year's below-expectation first
        List<DevelopmentPlanRow> team = plans.list(s.headActor, agency, YEAR, false);
        assertThat(team).extracting(DevelopmentPlanRow::employeeId).hasSize(4).first().isEqualTo(s.staff.get(0).id());
        assertThat(team.get(0).belowPredikat()).isEqualTo("BUTUH_PERBAIKAN");
        assertThat(team.get(0).planId()).isEqualTo(p.id());
        assertThat(team.get(0).actions()).isEqualTo(3);
        assertThat(team.subList(1, 4)).allSatisfy(r -> assertThat(r.hasPlan()).isFalse());
        // HR: everyone with a plan or below expectation; the appraiser asking for all gets only their own people
        assertThat(plans.list(s.adminActor, agency, YEAR, true)).extracting(DevelopmentPlanRow::employeeId)
                .containsExactly(s.staff.get(0).id());
        assertThat(plans.list(s.colleague(), agency, YEAR, true)).isEmpty();
        assertThatThrownBy(() -> plans.list(s.strangerActor, agency, YEAR, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoachingPlanClosedWithoutImprovementAddsToThePlanOfTheYear() {
        CoachingPlan active = coaching.get(s.headActor, agency, coachingPlan);
        coaching.complete(s.headActor, agency, coachingPlan, CoachingPlan.Outcome.NOT_IMPROVED, "Cakupan K4 tetap di bawah target.",
                active.version());
        DevelopmentPlan p = plans.forEmployee(s.adminActor, agency, s.staff.get(0).id(), YEAR).orElseThrow();
        assertThat(p.status()).isEqualTo(DevelopmentPlanStatus.PROPOSED);
        assertThat(p.actions()).filteredOn(a -> a.source() == ActionSource.COACHING).singleElement().satisfies(a -> {
            assertThat(a.reference()).isEqualTo("coaching:" + coachingPlan + ":NOT_IMPROVED");
            assertThat(a.explanation().key()).isEqualTo("development.action.from.COACHING.notImproved");
            assertThat(a.description()).startsWith("Lanjutkan pengembangan setelah pembinaan tanpa perbaikan");
        });
        // an improved coaching plan adds nothing
        long second = s.coachingPlan(s.staff.get(1), null, "- Disiplin laporan", "ACTIVE");
        coaching.complete(s.headActor, agency, second, CoachingPlan.Outcome.IMPROVED, "Membaik.", 0);
        assertThat(plans.forEmployee(s.adminActor, agency, s.staff.get(1).id(), YEAR)).isEmpty();
    }
}
