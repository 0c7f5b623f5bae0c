package id.capaian.evaluation.web;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.CalibrationManagement.AgencyOverview;
import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.EvaluationWorklist;
import id.capaian.evaluation.FinalisingRun;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.UnitDistribution;
import id.capaian.evaluation.UnitGrade;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's distribution: its grade set by the leader, the spread of predikat drawn and tabled, every rule of the
 * grade's curve with whether it holds, the members with the calibration moves, a calibration form per member and
 * the finalise button (disabled, with what blocks it, until the spread fits). And the agency's overview of every
 * graded unit with the agency-wide finalising run and its report.
 */
@Controller
class CalibrationController {

    static final String BASE = "/agencies/{agencyId}/periods/{periodId}";

    private final CalibrationManagement calibration;
    private final EvaluationWorklist worklist;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final MessageSource messages;

    CalibrationController(CalibrationManagement calibration, EvaluationWorklist worklist, PeriodManagement periods,
            UnitManagement units, MessageSource messages) {
        this.calibration = calibration;
        this.worklist = worklist;
        this.periods = periods;
        this.units = units;
        this.messages = messages;
    }

    static String distributionUrl(long agencyId, long periodId, long unitId) {
        return "/agencies/" + agencyId + "/periods/" + periodId + "/units/" + unitId + "/distribution";
    }

    static String overviewUrl(long agencyId, long periodId) {
        return "/agencies/" + agencyId + "/periods/" + periodId + "/evaluation";
    }

    // ---------------------------------------------------------------- the agency overview

    /** The agency's evaluation of its current (or latest) period. */
    @GetMapping("/agencies/{agencyId}/evaluation")
    String agencyHome(Actor actor, @PathVariable long agencyId) {
        Optional<Period> current = periods.current(actor, agencyId);
        return current.map(p -> "redirect:" + overviewUrl(agencyId, p.id()))
                .orElse("redirect:/agencies/" + agencyId + "/periods");
    }

    @GetMapping(BASE + "/evaluation")
    String overview(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model, Locale locale) {
        AgencyOverview o = calibration.overview(actor, agencyId, periodId);
        model.addAttribute("overview", o);
        model.addAttribute("period", periods.get(actor, agencyId, periodId));
        model.addAttribute("periods", periods.list(actor, agencyId));
        model.addAttribute("unitTree", units.tree(actor, agencyId, false));
        model.addAttribute("report", o.lastRun().map(r -> report(r, locale)).orElse(List.of()));
        model.addAttribute("allFinal", !o.units().isEmpty() && o.units().stream().allMatch(CalibrationManagement.GradedUnit::finalised)
                && o.uncovered() == 0);
        return "evaluation/agency";
    }

    /** Finalises every graded unit at once, or nothing with the report saying why. */
    @PostMapping(BASE + "/evaluation/finalise")
    String finaliseAgency(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, RedirectAttributes redirect) {
        FinalisingRun run = calibration.finaliseAgency(actor, agencyId, periodId);
        if (run.status() == FinalisingRun.Status.DONE) {
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.agencyFinalised", run.done());
        } else {
            redirect.addFlashAttribute("runBlocked", true);
        }
        return "redirect:" + overviewUrl(agencyId, periodId) + "#run";
    }

    /** The unit picker of the overview, without JavaScript: to the chosen unit's distribution. */
    @GetMapping(BASE + "/distribution")
    String pick(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @RequestParam(required = false) Long unit) {
        if (unit == null) {
            return "redirect:" + overviewUrl(agencyId, periodId);
        }
        return "redirect:" + distributionUrl(agencyId, periodId, unit);
    }

    /** One line of the run's report (tab-separated, see CalibrationManagement#finaliseAgency), in the reader's language. */
    List<String> report(FinalisingRun run, Locale locale) {
        List<String> out = new ArrayList<>();
        if (run.report() == null || run.report().isBlank()) {
            return out;
        }
        for (String line : run.report().split("\n")) {
            String[] f = line.split("\t", -1);
            String text = switch (f[0]) {
                case "uncovered" -> f.length >= 3 ? msg(locale, "evaluationWeb.run.uncovered", f[1], f[2]) : line;
                case "noGrades" -> msg(locale, "evaluationWeb.run.noGrades");
                case "unrated" -> f.length >= 3 ? msg(locale, "evaluationWeb.run.unrated", f[1], f[2]) : line;
                case "done" -> f.length >= 3 ? msg(locale, "evaluationWeb.run.done", f[1], f[2]) : line;
                case "rule" -> f.length >= 7 ? ruleLine(f, locale) : line;
                default -> line;
            };
            out.add(text);
        }
        return out;
    }

    private String ruleLine(String[] f, Locale locale) {
        List<Predikat> predikats = new ArrayList<>();
        for (String p : f[4].split(",")) {
            try {
                predikats.add(Predikat.valueOf(p.trim()));
            } catch (IllegalArgumentException e) {
                return String.join(" ", f);
            }
        }
        String curve = msg(locale, "evaluation.curve." + f[2], f[3], predikatNames(predikats));
        return msg(locale, "evaluationWeb.run.rule", f[1], curve, f[5], f[6]);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** "Butuh Perbaikan atau Kurang": the rule's predikats as one translated message argument. */
    static MessageSourceResolvable predikatNames(Collection<Predikat> predikats) {
        Object[] names = predikats.stream().sorted().map(p -> new DefaultMessageSourceResolvable(p.messageKey())).toArray();
        return names.length == 1 ? (MessageSourceResolvable) names[0]
                : new DefaultMessageSourceResolvable(new String[] {"evaluation.predikats." + names.length}, names);
    }

    // ---------------------------------------------------------------- one unit

    /** A row of the spread: a predikat, how many have it and their share of the rated members. */
    record SpreadRow(Predikat predikat, int count, BigDecimal percent) {
    }

    /** A rule of the curve as the page states it, and (with a grade set) its outcome. */
    record RuleRow(UnitGrade grade, String text, DistributionRule.Outcome outcome, String outcomeText) {
        public boolean checked() {
            return outcome != null;
        }
    }

    @GetMapping(BASE + "/units/{unitId}/distribution")
    String distribution(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            Model model, Locale locale) {
        fill(actor, agencyId, periodId, calibration.distribution(actor, agencyId, periodId, unitId), model, locale);
        return "evaluation/distribution";
    }

    @PostMapping(BASE + "/units/{unitId}/distribution/grade")
    String setGrade(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @RequestParam(required = false) String grade, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, Locale locale) {
        UnitGrade g = EvaluationWebAdvice.parse(UnitGrade.class, grade);
        try {
            calibration.setGrade(actor, agencyId, periodId, unitId, g, reason);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.gradeSet",
                    messages.getMessage(g.messageKey(), null, locale));
            return "redirect:" + distributionUrl(agencyId, periodId, unitId) + "#spread";
        } catch (InvalidInputException e) {
            model.addAttribute("gradeEntered", g);
            model.addAttribute("gradeReason", reason);
            return failed(actor, agencyId, periodId, unitId, "grade", e, model, locale);
        }
    }

    @PostMapping(BASE + "/units/{unitId}/distribution/calibrate/{evaluationId}")
    String calibrate(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @PathVariable long evaluationId, @RequestParam(required = false) String predikat,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "-1") int version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Predikat to = EvaluationWebAdvice.parse(Predikat.class, predikat);
        try {
            var e = calibration.calibrate(actor, agencyId, evaluationId, to, reason, version);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.calibrated", e.employeeName(),
                    messages.getMessage(to.messageKey(), null, locale));
            return "redirect:" + distributionUrl(agencyId, periodId, unitId) + "#member-" + evaluationId;
        } catch (InvalidInputException e) {
            model.addAttribute("calibrateEntered", to);
            model.addAttribute("calibrateReason", reason);
            return failed(actor, agencyId, periodId, unitId, "calibrate-" + evaluationId, e, model, locale);
        }
    }

    @PostMapping(BASE + "/units/{unitId}/distribution/finalise")
    String finaliseUnit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            Model model, RedirectAttributes redirect, Locale locale) {
        try {
            UnitDistribution d = calibration.finaliseUnit(actor, agencyId, periodId, unitId);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.unitFinalised", d.unitName(), d.members().size());
            return "redirect:" + distributionUrl(agencyId, periodId, unitId);
        } catch (InvalidInputException e) {
            return failed(actor, agencyId, periodId, unitId, "finalise", e, model, locale);
        }
    }

    private String failed(Actor actor, long agencyId, long periodId, long unitId, String form, InvalidInputException e,
            Model model, Locale locale) {
        fill(actor, agencyId, periodId, calibration.distribution(actor, agencyId, periodId, unitId), model, locale);
        model.addAttribute("formErrors", FormErrors.of(form, e, EvaluationWebAdvice.LABELS, messages, locale));
        return "evaluation/distribution";
    }

    private void fill(Actor actor, long agencyId, long periodId, UnitDistribution d, Model model, Locale locale) {
        int rated = d.rated();
        List<SpreadRow> spread = new ArrayList<>();
        for (Predikat p : Predikat.values()) {
            int n = d.spread().getOrDefault(p, 0);
            spread.add(new SpreadRow(p, n, rated == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP)));
        }
        List<RuleRow> rules = new ArrayList<>();
        if (d.check() != null) {
            for (DistributionRule.Outcome o : d.check().outcomes()) {
                rules.add(new RuleRow(o.rule().grade(), ruleText(o.rule(), locale), o,
                        msg(locale, "evaluationWeb.curve.outcome." + o.rule().kind().name(), o.count(), o.total(),
                                o.percent(), o.bound())));
            }
        } else {
            for (DistributionRule r : d.rules()) {
                rules.add(new RuleRow(r.grade(), ruleText(r, locale), null, null));
            }
        }
        boolean leaderOrAdmin = d.canSetGrade() || actor.canAdminister(agencyId);
        model.addAttribute("d", d);
        model.addAttribute("spread", spread);
        model.addAttribute("rules", rules);
        model.addAttribute("grades", UnitGrade.values());
        model.addAttribute("predikats", Predikat.values());
        model.addAttribute("moves", worklist.moves(agencyId, d));
        model.addAttribute("showFinalise", leaderOrAdmin && !d.finalised());
        model.addAttribute("seesAgency", actor.canAdminister(agencyId)
                || (actor.has(id.capaian.platform.Role.AGENCY_HEAD) && actor.canRead(agencyId)));
        model.addAttribute("calibratable", d.canCalibrate() ? d.members().stream()
                .filter(m -> m.evaluationId() != null && m.status() == EvaluationStatus.RATED).map(UnitDistribution.Member::evaluationId)
                .toList() : List.of());
        model.addAttribute("periodId", periodId);
    }

    private String ruleText(DistributionRule r, Locale locale) {
        return msg(locale, r.messageKey(), r.value().stripTrailingZeros().toPlainString(), predikatNames(r.predikats()));
    }
}
