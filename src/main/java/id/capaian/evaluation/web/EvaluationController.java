package id.capaian.evaluation.web;

import id.capaian.evaluation.EvaluationForm;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationWorklist;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import id.capaian.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appraiser's worklist, the employee's own evaluations, and the evaluation sheet of one plan for one sub-period
 * (0: the year) where the appraiser rates. The sheet's form works without JavaScript; a problem draws the sheet
 * again with everything entered kept and the translated message beside the field.
 */
@Controller
class EvaluationController {

    private final EvaluationManagement evaluations;
    private final EvaluationWorklist worklist;
    private final PeerReviewManagement peers;
    private final ObjectionManagement objections;
    private final PeriodManagement periods;
    private final EvaluationSheetPage page;
    private final MessageSource messages;

    EvaluationController(EvaluationManagement evaluations, EvaluationWorklist worklist, PeerReviewManagement peers,
            ObjectionManagement objections, PeriodManagement periods, EvaluationSheetPage page, MessageSource messages) {
        this.evaluations = evaluations;
        this.worklist = worklist;
        this.peers = peers;
        this.objections = objections;
        this.periods = periods;
        this.page = page;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- lists

    /** "Evaluasi" in the menu: the worklist of the signed-in person's agency. */
    @GetMapping("/evaluations")
    String home(Actor actor) {
        if (actor.agencyId() == null) {
            return "redirect:/";
        }
        return "redirect:/agencies/" + actor.agencyId() + "/evaluations";
    }

    /** The people I appraise in a period (default: the agency's current or latest), with every evaluation's state. */
    @GetMapping("/agencies/{agencyId}/evaluations")
    String worklist(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model,
            Locale locale) {
        List<Period> all = periods.list(actor, agencyId);
        Optional<Period> chosen = period != null ? Optional.of(periods.get(actor, agencyId, period))
                : periods.current(actor, agencyId);
        model.addAttribute("periods", all);
        model.addAttribute("period", chosen.orElse(null));
        model.addAttribute("noEmployee", actor.employeeId() == null);
        model.addAttribute("seesAgency", actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId)));
        chosen.ifPresent(p -> {
            model.addAttribute("list", worklist.forAppraiser(actor, agencyId, p.id()));
            model.addAttribute("subLabels", EvaluationWebAdvice.subLabels(p, messages, locale));
            model.addAttribute("subs", p.subPeriods().stream().map(s -> s.index()).toList());
        });
        return "evaluation/worklist";
    }

    /** My own evaluations: every periodic and annual evaluation of my plans, with objections and 360 requests. */
    @GetMapping("/evaluations/mine")
    String mine(Actor actor, Model model, Locale locale) {
        List<EvaluationWorklist.MyPlan> mine = worklist.mine(actor);
        Map<Long, List<String>> labels = new HashMap<>();
        if (actor.agencyId() != null && !mine.isEmpty()) {
            Map<Long, Period> byId = periods.list(actor, actor.agencyId()).stream()
                    .collect(Collectors.toMap(Period::id, Function.identity()));
            for (EvaluationWorklist.MyPlan p : mine) {
                Period period = byId.get(p.periodId());
                if (period != null) {
                    labels.put(p.periodId(), EvaluationWebAdvice.subLabels(period, messages, locale));
                }
            }
        }
        model.addAttribute("plans", mine);
        model.addAttribute("labels", labels);
        model.addAttribute("objections", objections.mine(actor));
        model.addAttribute("peerRequests", peers.mine(actor).stream().filter(i -> !i.answered()).count());
        return "evaluation/mine";
    }

    // ---------------------------------------------------------------- the sheet

    @GetMapping("/agencies/{agencyId}/plans/{planId}/evaluation")
    String planEvaluation(@PathVariable long agencyId, @PathVariable long planId) {
        return "redirect:" + EvaluationSheetPage.url(agencyId, planId, 0);
    }

    @GetMapping("/agencies/{agencyId}/plans/{planId}/evaluation/{subPeriod}")
    String sheet(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable int subPeriod,
            @RequestParam(required = false) String raterQuery, Model model, Locale locale) {
        page.fill(actor, agencyId, planId, subPeriod, null, raterQuery, model, locale);
        return EvaluationSheetPage.VIEW;
    }

    /** The appraiser rates: every RHK and value, the overall ratings with their reasons, and (annual) the months. */
    @PostMapping("/agencies/{agencyId}/plans/{planId}/evaluation/{subPeriod}")
    String rate(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable int subPeriod,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        EvaluationForm form = EvaluationSheetPage.posted(params);
        FormErrors errors;
        boolean conflict = false;
        try {
            var e = evaluations.rate(actor, agencyId, planId, subPeriod, form);
            EvaluationWebAdvice.flash(redirect, e.annual() ? "evaluationWeb.flash.ratedAnnual" : "evaluationWeb.flash.ratedPeriodic",
                    messages.getMessage(e.predikat().messageKey(), null, locale));
            return "redirect:" + EvaluationSheetPage.url(agencyId, planId, subPeriod) + "#outcome";
        } catch (InvalidInputException e) {
            errors = FormErrors.of("rate", e, EvaluationWebAdvice.LABELS, messages, locale);
        } catch (ConcurrentChangeException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors = FormErrors.of("rate", InvalidInputException.of("", "evaluationWeb.error.conflict"),
                    EvaluationWebAdvice.LABELS, messages, locale);
            conflict = true;
        }
        var sheet = page.fill(actor, agencyId, planId, subPeriod, form, null, model, locale);
        if (conflict && sheet.evaluation() != null) {
            // someone saved in between: the page shows their evaluation, what was entered stays on the form, and
            // saving again (after a look) takes the version now stored
            model.addAttribute("entered", new EvaluationForm(form.resultRatings(), form.resultNotes(), form.resultRating(),
                    form.resultReason(), form.behaviourRatings(), form.behaviourNotes(), form.behaviourRating(),
                    form.behaviourNote(), form.months(), sheet.evaluation().version()));
        }
        model.addAttribute("formErrors", errors);
        return EvaluationSheetPage.VIEW;
    }
}
