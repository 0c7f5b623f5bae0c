package id.capaian.evaluation;

import static id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI;
import static id.capaian.evaluation.Rating.DIBAWAH_EKSPEKTASI;
import static id.capaian.evaluation.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class EvaluationIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired ObjectionManagement objections;
    @Autowired CoachingManagement coaching;
    @Autowired EvaluationSettings settings;
    @Autowired ApplicationEvents events;
    @Autowired PeerReviewManagement peers;

    EvaluationScenario s;

    @BeforeEach
    void scenario() {
        s = new EvaluationScenario(data, users, periods, planning, jdbc, 2026);
    }

    private static List<String> codes(InvalidInputException e) {
        return e.problems().stream().map(Problem::code).toList();
    }

    @Test
    void theSheetSuggestsRatingsFromAchievementAndSaysWhy() {
        Actor staff = s.staffActors.get(0);
        Plan plan = s.plan(staff);
        s.realise(plan, 0, 1, "120");
        s.realise(plan, 0, 2, "130");
        s.realise(plan, 1, 1, "7");
        EvaluationSheet year = evaluations.sheet(s.headActor, s.agency.id(), plan.id(), 0);
        // main result: (120 + 130) / 2 = 125% per indicator -> above (>= 110)
        assertThat(year.results().get(0).achievement().value()).isEqualByComparingTo("125.00");
        assertThat(year.results().get(0).achievement().rule()).isEqualTo("evaluation.rule.achievement.year");
        assertThat(year.results().get(0).suggestion().value()).isEqualTo(DIATAS_EKSPEKTASI);
        assertThat(year.results().get(0).perSubPeriod()).containsExactly(new BigDecimal("120.00"), new BigDecimal("130.00"), null, null);
        // additional result: 7 of 10 = 70% -> below (< 80)
        assertThat(year.results().get(1).suggestion().value()).isEqualTo(DIBAWAH_EKSPEKTASI);
        assertThat(year.results().get(1).suggestion().rule()).isEqualTo("evaluation.rule.result.below");
        // one of two above, one below: not "most" either way
        assertThat(year.resultSuggestion().value()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(year.canRate()).isTrue();
        assertThat(year.behaviours()).hasSize(7);

        EvaluationSheet q1 = evaluations.sheet(s.headActor, s.agency.id(), plan.id(), 1);
        assertThat(q1.results().get(0).achievement().value()).isEqualByComparingTo("120.00");
        assertThat(q1.results().get(0).achievement().rule()).isEqualTo("evaluation.rule.achievement.subPeriod");
    }

    @Test
    void deviatingFromTheSuggestionNeedsAReasonAndThePredikatFollowsTheMatrix() {
        Actor staff = s.staffActors.get(0);
        Plan plan = s.plan(staff);
        s.realise(plan, 0, 1, "100");
        s.realise(plan, 1, 1, "10");
        // every RHK as expected -> suggestion as expected; the appraiser says above without a reason
        EvaluationForm form = EvaluationScenario.form(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0);
        EvaluationForm above = new EvaluationForm(form.resultRatings(), Map.of(), DIATAS_EKSPEKTASI, null,
                form.behaviourRatings(), Map.of(), SESUAI_EKSPEKTASI, null, 12, 0);
        assertThatThrownBy(() -> evaluations.rate(s.headActor, s.agency.id(), plan.id(), 0, above))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("evaluation.error.reasonRequired"));
        EvaluationForm withReason = new EvaluationForm(form.resultRatings(), Map.of(), DIATAS_EKSPEKTASI,
                "Memimpin penanganan KLB campak di luar target", form.behaviourRatings(), Map.of(), SESUAI_EKSPEKTASI, null, 12, 0);
        Evaluation e = evaluations.rate(s.headActor, s.agency.id(), plan.id(), 0, withReason);
        assertThat(e.predikat()).isEqualTo(Predikat.BAIK);
        assertThat(e.finalPredikat()).isEqualTo(Predikat.BAIK);
        assertThat(e.status()).isEqualTo(EvaluationStatus.RATED);
        assertThat(e.suggestedResult()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(e.resultReason()).isEqualTo("Memimpin penanganan KLB campak di luar target");
        assertThat(evaluations.history(s.headActor, s.agency.id(), e.id())).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(PredikatChange.Source.APPRAISER));
        // re-rating with a stale version is refused
        assertThatThrownBy(() -> evaluations.rate(s.headActor, s.agency.id(), plan.id(), 0, withReason))
                .isInstanceOf(id.capaian.platform.ConcurrentChangeException.class);
    }

    @Test
    void everyValueAndRhkMustBeRated() {
        Plan plan = s.plan(s.staffActors.get(0));
        EvaluationForm empty = new EvaluationForm(null, null, null, null, null, null, null, null, 12, 0);
        assertThatThrownBy(() -> evaluations.rate(s.headActor, s.agency.id(), plan.id(), 0, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .contains("evaluation.error.resultRatingMissing", "evaluation.error.resultRatingRequired",
                                "evaluation.error.behaviourMissing", "evaluation.error.behaviourRatingRequired")
                        .filteredOn("evaluation.error.behaviourMissing"::equals).hasSize(7));
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE plan_id = :p").param("p", plan.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aPeriodicEvaluationIsFinalWhenRatedAndOpenToObjection() {
        Actor staff = s.staffActors.get(1);
        Plan plan = s.plan(staff);
        Evaluation e = evaluations.rate(s.headActor, s.agency.id(), plan.id(), 2,
                EvaluationScenario.form(plan, DIBAWAH_EKSPEKTASI, DIBAWAH_EKSPEKTASI, "Target triwulan tidak tercapai", 0));
        assertThat(e.status()).isEqualTo(EvaluationStatus.FINAL);
        assertThat(e.predikat()).isEqualTo(Predikat.SANGAT_KURANG);
        assertThat(e.objectionUntil()).isEqualTo(EvaluationManagement.today().plusDays(14));
        assertThat(events.stream(EvaluationFinalised.class)).anySatisfy(ev -> {
            assertThat(ev.evaluationId()).isEqualTo(e.id());
            assertThat(ev.kind()).isEqualTo(EvaluationKind.PERIODIC);
        });
        assertThatThrownBy(() -> evaluations.rate(s.headActor, s.agency.id(), plan.id(), 2,
                EvaluationScenario.form(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, "x", e.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x)).containsExactly("evaluation.error.final"));
    }

    @Test
    void onlyTheAppraiserRatesAndOnlyThoseWhoMaySeeThePlanSeeTheSheet() {
        Plan plan = s.plan(s.staffActors.get(0));
        EvaluationForm f = EvaluationScenario.form(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0);
        assertThatThrownBy(() -> evaluations.rate(s.staffActors.get(0), s.agency.id(), plan.id(), 0, f))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.rate(s.adminActor, s.agency.id(), plan.id(), 0, f))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.sheet(s.staffActors.get(1), s.agency.id(), plan.id(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.sheet(s.strangerActor, s.agency.id(), plan.id(), 0))
                .isInstanceOf(RuntimeException.class);
        assertThat(evaluations.sheet(s.staffActors.get(0), s.agency.id(), plan.id(), 0).canRate()).isFalse();
        assertThat(evaluations.sheet(s.kadisActor, s.agency.id(), plan.id(), 0).canRate()).isFalse();
    }

    /** Rates everyone in the Dinas (the section head by kadis, the four staff by the head). */
    private void rateEveryone(Rating... staffResults) {
        Plan headPlan = s.plan(s.headActor);
        evaluations.rate(s.kadisActor, s.agency.id(), headPlan.id(), 0,
                EvaluationScenario.form(headPlan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, "sesuai", 0));
        for (int i = 0; i < 4; i++) {
            Plan p = s.plan(s.staffActors.get(i));
            evaluations.rate(s.headActor, s.agency.id(), p.id(), 0,
                    EvaluationScenario.form(p, staffResults[i],
                            staffResults[i] == DIATAS_EKSPEKTASI ? DIATAS_EKSPEKTASI : SESUAI_EKSPEKTASI, "alasan penilaian", 0));
        }
    }

    @Test
    void theCurveBlocksFinalisingUntilCalibrationMakesTheSpreadFit() {
        rateEveryone(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI);
        // the leader of the Dinas (kadis) grades it BAIK: at most 70% BAIK and at least one BUTUH_PERBAIKAN or KURANG
        assertThatThrownBy(() -> calibration.setGrade(s.headActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null))
                .isInstanceOf(AccessDeniedException.class);
        UnitDistribution d = calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK,
                "Capaian IKU 2026 sesuai target");
        assertThat(d.members()).hasSize(5);
        assertThat(d.spread()).containsEntry(Predikat.BAIK, 4).containsEntry(Predikat.SANGAT_BAIK, 1);
        assertThat(d.check().fits()).isFalse();
        assertThat(d.blockers()).extracting(Explained::rule)
                .containsExactlyInAnyOrder("evaluation.blocker.rule.MAX_PERCENT", "evaluation.blocker.rule.MIN_COUNT");
        assertThat(d.canFinalise()).isFalse();
        assertThatThrownBy(() -> calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .contains("evaluation.blocker.rule.MIN_COUNT"));

        // calibration: one to BUTUH_PERBAIKAN, another to SANGAT_BAIK, each with a reason
        UnitDistribution.Member first = d.members().stream().filter(m -> m.employeeId() == s.staff.get(0).id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> calibration.calibrate(s.kadisActor, s.agency.id(), first.evaluationId(), Predikat.BUTUH_PERBAIKAN, " ", first.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("evaluation.error.calibrationReason"));
        assertThatThrownBy(() -> calibration.calibrate(s.staffActors.get(1), s.agency.id(), first.evaluationId(), Predikat.BUTUH_PERBAIKAN, "x", first.version()))
                .isInstanceOf(AccessDeniedException.class);
        calibration.calibrate(s.kadisActor, s.agency.id(), first.evaluationId(), Predikat.BUTUH_PERBAIKAN,
                "Capaian terendah di unit; realisasi triwulan III dan IV belum lengkap", first.version());
        UnitDistribution.Member second = d.members().stream().filter(m -> m.employeeId() == s.staff.get(1).id()).findFirst().orElseThrow();
        calibration.calibrate(s.kadisActor, s.agency.id(), second.evaluationId(), Predikat.SANGAT_BAIK,
                "Inovasi pendaftaran daring Puskesmas", second.version());
        UnitDistribution after = calibration.distribution(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        assertThat(after.check().fits()).isTrue();
        assertThat(after.canFinalise()).isTrue();
        assertThat(after.members()).filteredOn(UnitDistribution.Member::calibrated).hasSize(2);

        UnitDistribution finalised = calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        assertThat(finalised.finalised()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE agency_id = :a AND status = 'FINAL' AND objection_until IS NOT NULL")
                .param("a", s.agency.id()).query(Long.class).single()).isEqualTo(5);
        // documents queued: five evaluations and the unit's Penetapan
        assertThat(jdbc.sql("SELECT kind, count(*) FROM evaluation_document WHERE agency_id = :a AND status = 'QUEUED' GROUP BY kind ORDER BY kind")
                .param("a", s.agency.id()).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("EVALUATION=5", "PENETAPAN=1");
        // coaching proposed for the one below expectation, with the goals drawn from the results rated below
        assertThat(coaching.list(s.adminActor, s.agency.id(), null)).singleElement().satisfies(c -> {
            assertThat(c.employeeId()).isEqualTo(s.staff.get(0).id());
            assertThat(c.status()).isEqualTo(CoachingPlan.Status.PROPOSED);
            assertThat(c.coachId()).isEqualTo(s.head.id());
        });
        // credit points for the functional section head: BAIK 100% x 12.5 = 12.5
        Evaluation headEval = evaluations.forPlan(s.headActor, s.agency.id(), s.plan(s.headActor).id()).get(0);
        assertThat(headEval.creditPoints()).isEqualByComparingTo("12.500");
        assertThat(events.stream(UnitEvaluationsFinalised.class)).singleElement()
                .satisfies(ev -> assertThat(ev.evaluationIds()).hasSize(5));
        // everyone is told, in their language, with the predikat and the objection deadline
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE agency_id = :a AND kind = 'EVALUATION_FINALISED'")
                .param("a", s.agency.id()).query(Long.class).single()).isEqualTo(5);
        // after finalising nothing moves
        assertThatThrownBy(() -> calibration.calibrate(s.kadisActor, s.agency.id(), first.evaluationId(), Predikat.BAIK, "x", first.version() + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.ISTIMEWA, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("evaluation.error.unitFinal"));
        // the recognition list has the high performer
        assertThat(calibration.recognitionList(s.staffActors.get(2), s.agency.id(), s.period.id(), null))
                .extracting(CalibrationManagement.HighPerformer::employeeId)
                .containsExactlyInAnyOrder(s.staff.get(1).id(), s.staff.get(3).id());
    }

    @Test
    void theAgencyIsFinalisedInOneRunOrNotAtAllWithEveryBlockerNamed() {
        rateEveryone(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIBAWAH_EKSPEKTASI, DIATAS_EKSPEKTASI);
        // no grade yet: every plan is uncovered
        FinalisingRun blocked = calibration.finaliseAgency(s.adminActor, s.agency.id(), s.period.id());
        assertThat(blocked.status()).isEqualTo(FinalisingRun.Status.BLOCKED);
        assertThat(blocked.report()).contains("uncovered\t5");
        calibration.setGrade(s.bupatiActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null);
        // BAIK 3 of 5 = 60%, one BUTUH_PERBAIKAN: fits
        FinalisingRun done = calibration.finaliseAgency(s.adminActor, s.agency.id(), s.period.id());
        assertThat(done.status()).isEqualTo(FinalisingRun.Status.DONE);
        assertThat(done.done()).isEqualTo(5);
        assertThat(calibration.overview(s.adminActor, s.agency.id(), s.period.id()).units()).singleElement()
                .satisfies(u -> assertThat(u.finalised()).isTrue());
        assertThatThrownBy(() -> calibration.finaliseAgency(s.staffActors.get(0), s.agency.id(), s.period.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calibration.overview(s.strangerActor, s.agency.id(), s.period.id()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anObjectionIsDecidedByTheAppraisersSuperiorAndTheWholeHistoryIsKept() {
        rateEveryone(DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI);
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null);
        calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        Actor staff = s.staffActors.get(0);
        Evaluation e = evaluations.forPlan(staff, s.agency.id(), s.plan(staff).id()).get(0);
        assertThat(e.finalPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);

        assertThatThrownBy(() -> objections.file(s.staffActors.get(1), s.agency.id(), e.id(), "bukan saya", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> objections.file(staff, s.agency.id(), e.id(), " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x)).containsExactly("evaluation.error.objectionReason"));
        Objection o = objections.file(staff, s.agency.id(), e.id(),
                "Realisasi triwulan IV terlambat diunggah karena sistem SIMPUS gangguan; bukti terlampir", Predikat.BAIK);
        // the appraiser (section head) reports to kadis: kadis decides
        assertThat(o.deciderId()).isEqualTo(s.kadis.id());
        assertThat(objections.toDecide(s.kadisActor, s.agency.id())).extracting(Objection::id).containsExactly(o.id());
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE employee_id = :k AND kind = 'OBJECTION'")
                .param("k", s.kadis.id()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> objections.file(staff, s.agency.id(), e.id(), "lagi", null))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x)).containsExactly("evaluation.error.objectionExists"));
        assertThatThrownBy(() -> objections.decide(s.headActor, s.agency.id(), o.id(), true, Predikat.BAIK, "setuju", o.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> objections.get(s.strangerActor, s.agency.id(), o.id())).isInstanceOf(RuntimeException.class);

        Objection decided = objections.decide(s.kadisActor, s.agency.id(), o.id(), true, Predikat.BAIK,
                "Bukti gangguan SIMPUS dari Dinas Kominfo diterima", o.version());
        assertThat(decided.status()).isEqualTo(Objection.Status.GRANTED);
        Evaluation after = evaluations.get(staff, s.agency.id(), e.id());
        assertThat(after.finalPredikat()).isEqualTo(Predikat.BAIK);
        assertThat(after.predikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(evaluations.history(staff, s.agency.id(), e.id())).extracting(PredikatChange::source)
                .containsExactly(PredikatChange.Source.APPRAISER, PredikatChange.Source.OBJECTION);
        // the coaching plan nobody had started is cancelled
        assertThat(coaching.mine(staff)).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CoachingPlan.Status.CANCELLED));
        assertThat(events.stream(ObjectionDecided.class)).singleElement().satisfies(ev -> assertThat(ev.granted()).isTrue());
        // decided: no second objection
        assertThatThrownBy(() -> objections.file(staff, s.agency.id(), e.id(), "lagi", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anObjectionAfterTheWindowIsRefused() {
        Actor staff = s.staffActors.get(0);
        Plan plan = s.plan(staff);
        Evaluation e = evaluations.rate(s.headActor, s.agency.id(), plan.id(), 1,
                EvaluationScenario.form(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0));
        jdbc.sql("UPDATE evaluation SET objection_until = :d WHERE id = :id").param("d", LocalDate.now().minusDays(2))
                .param("id", e.id()).update();
        assertThatThrownBy(() -> objections.file(staff, s.agency.id(), e.id(), "terlambat", null))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x)).containsExactly("evaluation.error.objectionClosed"));
    }

    @Test
    void coachingIsAgreedFollowedAndClosed() {
        rateEveryone(DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI);
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, null);
        calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        CoachingPlan proposed = coaching.mine(s.headActor).stream().filter(c -> c.employeeId() == s.staff.get(0).id()).findFirst().orElseThrow();
        assertThat(proposed.goals()).contains("Meningkatnya cakupan pelayanan kesehatan ibu hamil");
        LocalDate today = EvaluationManagement.today();
        assertThatThrownBy(() -> coaching.agree(s.staffActors.get(0), s.agency.id(), proposed.id(), "x", null, today, today, proposed.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.agree(s.headActor, s.agency.id(), proposed.id(), " ", s.staff.get(0).id(), today, today.minusDays(1), proposed.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x))
                        .containsExactlyInAnyOrder("coaching.error.goals", "coaching.error.mentorSelf", "coaching.error.endsBeforeStart"));
        CoachingPlan active = coaching.agree(s.headActor, s.agency.id(), proposed.id(), "Cakupan K4 minimal 90% per triwulan",
                s.staff.get(3).id(), today, today.plusMonths(3), proposed.version());
        assertThat(active.status()).isEqualTo(CoachingPlan.Status.ACTIVE);
        // the mentor sees it and checks in; another colleague does not
        assertThat(coaching.mine(s.staffActors.get(3))).extracting(CoachingPlan::id).contains(active.id());
        assertThatThrownBy(() -> coaching.get(s.staffActors.get(2), s.agency.id(), active.id())).isInstanceOf(AccessDeniedException.class);
        CoachingPlan checked = coaching.checkIn(s.staffActors.get(3), s.agency.id(), active.id(), today, "Kunjungan rumah bersama",
                CoachingPlan.Progress.ON_TRACK);
        assertThat(checked.checkIns()).hasSize(1);
        CoachingPlan closed = coaching.complete(s.headActor, s.agency.id(), active.id(), CoachingPlan.Outcome.IMPROVED,
                "Cakupan naik menjadi 94%", checked.version());
        assertThat(closed.status()).isEqualTo(CoachingPlan.Status.COMPLETED);
        assertThat(events.stream(CoachingPlanChanged.class)).extracting(CoachingPlanChanged::status)
                .containsExactly(CoachingPlan.Status.ACTIVE, CoachingPlan.Status.COMPLETED);
    }

    @Test
    void settingsAndRulesAreTheAgencysData() {
        EvaluationSetting setting = settings.get(s.agency.id());
        assertThat(setting.thresholds()).isEqualTo(RatingThresholds.DEFAULT);
        assertThatThrownBy(() -> settings.update(s.staffActors.get(0), s.agency.id(), BigDecimal.TEN, BigDecimal.ONE, 14, true, true, -1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.update(s.adminActor, s.agency.id(), BigDecimal.ONE, BigDecimal.TEN, 0, true, true, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(codes(x))
                        .containsExactlyInAnyOrder("evaluation.error.thresholdOrder", "evaluation.error.objectionDays"));
        EvaluationSetting changed = settings.update(s.adminActor, s.agency.id(), BigDecimal.valueOf(105), BigDecimal.valueOf(90), 7, false, true, -1);
        assertThat(changed.showNames()).isFalse();
        assertThat(changed.objectionDays()).isEqualTo(7);
        assertThat(settings.rules(s.agency.id())).hasSize(11);
        settings.replaceRules(s.adminActor, s.agency.id(), List.of(new DistributionRule(UnitGrade.BAIK,
                java.util.Set.of(Predikat.BAIK), DistributionRule.Kind.MAX_PERCENT, BigDecimal.valueOf(80))));
        assertThat(settings.rules(s.agency.id())).singleElement().satisfies(r -> assertThat(r.value()).isEqualByComparingTo("80"));
        settings.updateCredit(s.adminActor, s.agency.id(), Map.of(Predikat.BAIK, BigDecimal.valueOf(110)), Map.of());
        assertThat(settings.creditPercentages(s.agency.id())).containsEntry(Predikat.BAIK, new BigDecimal("110.00"))
                .containsEntry(Predikat.SANGAT_BAIK, new BigDecimal("150.00"));
        // another agency still has the defaults
        assertThat(settings.creditPercentages(s.stranger.agencyId())).containsEntry(Predikat.BAIK, new BigDecimal("100.00"));
    }

    @Test
    void peerInputIsAnonymousAndShownOnlyAsAggregatesOfThreeOrMore() {
        Actor staff = s.staffActors.get(0);
        Plan plan = s.plan(staff);
        List<Long> colleagues = List.of(s.staff.get(1).id(), s.staff.get(2).id(), s.staff.get(3).id());
        assertThatThrownBy(() -> peers.invite(s.staffActors.get(1), s.agency.id(), plan.id(), colleagues, PeerInvitation.Relation.PEER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peers.invite(s.headActor, s.agency.id(), plan.id(), List.of(s.staff.get(0).id(), s.head.id()),
                PeerInvitation.Relation.SUBORDINATE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .containsExactly("evaluation.error.raterSelf", "evaluation.error.raterAppraiser"));
        assertThatThrownBy(() -> peers.invite(s.headActor, s.agency.id(), plan.id(), colleagues, PeerInvitation.Relation.SUBORDINATE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .containsOnly("evaluation.error.raterNotSubordinate"));
        List<PeerInvitation> invited = peers.invite(s.headActor, s.agency.id(), plan.id(), colleagues, PeerInvitation.Relation.PEER);
        assertThat(invited).hasSize(3);
        assertThat(events.stream(PeerInputRequested.class)).hasSize(3);
        // inviting again adds nobody twice
        assertThat(peers.invite(s.headActor, s.agency.id(), plan.id(), colleagues, PeerInvitation.Relation.PEER)).isEmpty();

        Map<id.capaian.planning.BerakhlakValue, Rating> above = new java.util.EnumMap<>(id.capaian.planning.BerakhlakValue.class);
        for (id.capaian.planning.BerakhlakValue v : id.capaian.planning.BerakhlakValue.values()) {
            above.put(v, DIATAS_EKSPEKTASI);
        }
        // only the invited rater answers, once, all seven values
        assertThatThrownBy(() -> peers.answer(s.staffActors.get(2), s.agency.id(), invited.get(0).id(), above, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peers.answer(s.staffActors.get(1), s.agency.id(), invited.get(0).id(), Map.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).hasSize(7));
        peers.answer(s.staffActors.get(1), s.agency.id(), invited.get(0).id(), above, "Selalu membantu rekan di Puskesmas");
        assertThatThrownBy(() -> peers.answer(s.staffActors.get(1), s.agency.id(), invited.get(0).id(), above, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("evaluation.error.alreadyAnswered"));
        peers.answer(s.staffActors.get(2), s.agency.id(), invited.get(1).id(), above, null);
        long evaluationId = invited.get(0).evaluationId();
        // two answers: nothing but the counts, for anyone
        PeerSummary two = peers.summary(s.headActor, s.agency.id(), evaluationId);
        assertThat(two.shown()).isFalse();
        assertThat(two.answered()).isEqualTo(2);
        assertThat(two.counts()).isEmpty();
        assertThat(two.comments()).isEmpty();
        peers.answer(s.staffActors.get(3), s.agency.id(), invited.get(2).id(), above, null);
        PeerSummary three = peers.summary(staff, s.agency.id(), evaluationId);
        assertThat(three.shown()).isTrue();
        assertThat(three.counts().get(id.capaian.planning.BerakhlakValue.AKUNTABEL)).containsEntry(DIATAS_EKSPEKTASI, 3);
        assertThat(three.comments()).containsExactly("Selalu membantu rekan di Puskesmas");
        assertThat(evaluations.sheet(s.headActor, s.agency.id(), plan.id(), 0).peers().shown()).isTrue();
        // a colleague who may not see the plan sees no summary; nor does another agency
        assertThatThrownBy(() -> peers.summary(s.staffActors.get(1), s.agency.id(), evaluationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peers.summary(s.strangerActor, s.agency.id(), evaluationId)).isInstanceOf(RuntimeException.class);
        // the answers cannot be traced: no rater, no time, random ids
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'peer_answer'")
                .query(String.class).list()).containsExactlyInAnyOrder("id", "agency_id", "evaluation_id", "relation", "value",
                        "rating", "comment");
        assertThat(peers.mine(s.staffActors.get(1))).singleElement().satisfies(i -> assertThat(i.answered()).isTrue());
    }
}
