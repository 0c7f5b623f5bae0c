package id.capaian.evaluation.web;

import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.Predikat;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import id.capaian.platform.web.FormErrors;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Objections (keberatan): the employee files one from the sheet of a final evaluation within the window; the
 * appraiser's superior (or the agency head) decides with a reason; everyone involved follows its status.
 */
@Controller
class ObjectionController {

    private final ObjectionManagement objections;
    private final EvaluationManagement evaluations;
    private final EvaluationSheetPage page;
    private final MessageSource messages;

    ObjectionController(ObjectionManagement objections, EvaluationManagement evaluations, EvaluationSheetPage page,
            MessageSource messages) {
        this.objections = objections;
        this.evaluations = evaluations;
        this.page = page;
        this.messages = messages;
    }

    static String url(long agencyId, long objectionId) {
        return "/agencies/" + agencyId + "/objections/" + objectionId;
    }

    /** "Keberatan" in the menu. */
    @GetMapping("/objections")
    String home(Actor actor) {
        return actor.agencyId() == null ? "redirect:/" : "redirect:/agencies/" + actor.agencyId() + "/objections";
    }

    /** The employee objects: a reason with evidence, and the predikat asked for (optional). */
    @PostMapping("/agencies/{agencyId}/evaluations/{evaluationId}/objections")
    String file(Actor actor, @PathVariable long agencyId, @PathVariable long evaluationId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String requested, Model model,
            RedirectAttributes redirect, Locale locale) {
        Evaluation e = evaluations.get(actor, agencyId, evaluationId);
        Predikat wanted = EvaluationWebAdvice.parse(Predikat.class, requested);
        try {
            Objection o = objections.file(actor, agencyId, evaluationId, reason, wanted);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.objectionFiled");
            return "redirect:" + url(agencyId, o.id());
        } catch (InvalidInputException x) {
            model.addAttribute("objectionReason", reason == null ? "" : reason);
            model.addAttribute("objectionRequested", wanted);
            page.fill(actor, agencyId, e.planId(), e.subPeriod(), null, null, model, locale);
            model.addAttribute("formErrors", FormErrors.of("objection", x, EvaluationWebAdvice.LABELS, messages, locale));
            return EvaluationSheetPage.VIEW;
        }
    }

    /** The objections I decide, and my own. */
    @GetMapping("/agencies/{agencyId}/objections")
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        List<Objection> toDecide = objections.toDecide(actor, agencyId);
        model.addAttribute("toDecide", toDecide);
        model.addAttribute("open", toDecide.stream().filter(Objection::open).toList());
        model.addAttribute("decided", toDecide.stream().filter(o -> !o.open()).toList());
        model.addAttribute("mine", actor.agencyId() != null && actor.agencyId() == agencyId ? objections.mine(actor) : List.of());
        return "evaluation/objections";
    }

    @GetMapping("/agencies/{agencyId}/objections/{objectionId}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long objectionId, Model model) {
        fill(actor, agencyId, objections.get(actor, agencyId, objectionId), model);
        return "evaluation/objection";
    }

    /** The decider grants ({@code decision=GRANT} with the predikat now in force) or rejects, with a reason. */
    @PostMapping("/agencies/{agencyId}/objections/{objectionId}/decide")
    String decide(Actor actor, @PathVariable long agencyId, @PathVariable long objectionId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String predikat,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "-1") int version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Predikat p = EvaluationWebAdvice.parse(Predikat.class, predikat);
        try {
            if (!"GRANT".equals(decision) && !"REJECT".equals(decision)) {
                // the service never sees a decision that is neither
                objections.get(actor, agencyId, objectionId);
                throw InvalidInputException.of("decision", "evaluationWeb.error.decision");
            }
            Objection o = objections.decide(actor, agencyId, objectionId, "GRANT".equals(decision), p, reason, version);
            EvaluationWebAdvice.flash(redirect, o.status() == Objection.Status.GRANTED ? "evaluationWeb.flash.objectionGranted"
                    : "evaluationWeb.flash.objectionRejected");
            return "redirect:" + url(agencyId, objectionId);
        } catch (InvalidInputException e) {
            fill(actor, agencyId, objections.get(actor, agencyId, objectionId), model);
            model.addAttribute("decisionEntered", decision);
            model.addAttribute("predikatEntered", p);
            model.addAttribute("reasonEntered", reason);
            model.addAttribute("formErrors", FormErrors.of("decide", e, EvaluationWebAdvice.LABELS, messages, locale));
            return "evaluation/objection";
        }
    }

    @PostMapping("/agencies/{agencyId}/objections/{objectionId}/withdraw")
    String withdraw(Actor actor, @PathVariable long agencyId, @PathVariable long objectionId, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            objections.withdraw(actor, agencyId, objectionId);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.objectionWithdrawn");
            return "redirect:" + url(agencyId, objectionId);
        } catch (InvalidInputException e) {
            fill(actor, agencyId, objections.get(actor, agencyId, objectionId), model);
            model.addAttribute("formErrors", FormErrors.of("withdraw", e, EvaluationWebAdvice.LABELS, messages, locale));
            return "evaluation/objection";
        }
    }

    private void fill(Actor actor, long agencyId, Objection o, Model model) {
        Evaluation e = null;
        try {
            e = evaluations.get(actor, agencyId, o.evaluationId());
        } catch (AccessDeniedException denied) {
            // an administrator may follow an objection without seeing the sheet: no link then
        }
        boolean decider = o.deciderId() != null ? actor.employeeId() != null && actor.employeeId().equals(o.deciderId())
                : actor.has(Role.AGENCY_HEAD) && actor.agencyId() != null && actor.agencyId() == o.agencyId();
        boolean employee = actor.employeeId() != null && actor.employeeId() == o.employeeId();
        model.addAttribute("o", o);
        model.addAttribute("evaluation", e);
        model.addAttribute("canDecide", decider && o.open());
        model.addAttribute("canWithdraw", employee && o.open());
        model.addAttribute("isEmployee", employee);
        model.addAttribute("predikats", Predikat.values());
        if (!model.containsAttribute("decisionEntered")) {
            model.addAttribute("decisionEntered", null);
            model.addAttribute("predikatEntered", o.requested());
            model.addAttribute("reasonEntered", "");
        }
    }
}
