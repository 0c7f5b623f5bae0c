package id.capaian.development.web;

import id.capaian.development.ActionSource;
import id.capaian.development.CompetencyManagement;
import id.capaian.development.DevelopmentActionForm;
import id.capaian.development.DevelopmentActionStatus;
import id.capaian.development.DevelopmentPlan;
import id.capaian.development.DevelopmentPlanManagement;
import id.capaian.development.DevelopmentPlanStatus;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Individual development plans: one's own plans, the appraiser's people (or, for HR, everyone with a plan or below
 * expectation) with a button to propose, and one plan with its actions (where each came from), the editing while
 * proposed, the dialogue and agreement, and the follow-up. Every form works without JavaScript; after a failure the
 * page comes back with the problems beside the fields of the form that failed.
 */
@Controller
class DevelopmentPlanController {

    private final DevelopmentPlanManagement plans;
    private final CompetencyManagement competencies;
    private final MessageSource messages;

    DevelopmentPlanController(DevelopmentPlanManagement plans, CompetencyManagement competencies, MessageSource messages) {
        this.plans = plans;
        this.competencies = competencies;
        this.messages = messages;
    }

    static int thisYear() {
        return LocalDate.now(CompetencyManagement.JAKARTA).getYear();
    }

    // ---------------------------------------------------------------- lists and proposing

    @GetMapping("/development/plans/mine")
    String mine(Actor actor, Model model) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        var mine = plans.mine(actor);
        model.addAttribute("plans", mine);
        model.addAttribute("year", thisYear());
        model.addAttribute("hasThisYear", mine.stream().anyMatch(p -> p.year() == thisYear()));
        model.addAttribute("agencyId", actor.agencyId());
        return "development/plans-mine";
    }

    @GetMapping("/agencies/{agencyId}/development/plans")
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean all, Model model) {
        int y = year == null ? thisYear() : year;
        boolean everyone = all && competencies.isHr(actor, agencyId);
        model.addAttribute("rows", plans.list(actor, agencyId, y, everyone));
        model.addAttribute("year", y);
        model.addAttribute("all", everyone);
        model.addAttribute("seesAll", competencies.isHr(actor, agencyId));
        model.addAttribute("canAdminister", actor.canAdminister(agencyId));
        return "development/plans";
    }

    @PostMapping("/agencies/{agencyId}/development/plans")
    String propose(Actor actor, @PathVariable long agencyId, @RequestParam long employeeId, @RequestParam int year,
            RedirectAttributes redirect) {
        try {
            DevelopmentPlan p = plans.propose(actor, agencyId, employeeId, year);
            DevelopmentWebAdvice.flash(redirect, "development.plan.proposed", p.actions().size());
            return "redirect:/agencies/" + agencyId + "/development/plans/" + p.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
            return "redirect:/agencies/" + agencyId + "/development/plans?year=" + year;
        }
    }

    // ---------------------------------------------------------------- one plan

    @GetMapping("/agencies/{agencyId}/development/plans/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        return page(actor, plans.get(actor, agencyId, id), model);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/actions")
    String addAction(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("newAction") DevelopmentActionForm form, BindingResult binding, @RequestParam int version,
            Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "add", "actions", binding,
                () -> plans.addAction(actor, agencyId, id, form, version), "development.action.added", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/actions/{actionId}")
    String updateAction(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long actionId,
            @ModelAttribute("editAction") DevelopmentActionForm form, BindingResult binding, @RequestParam int version,
            Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("failedActionId", actionId);
        return change(actor, agencyId, id, "action-" + actionId, "action-" + actionId, binding,
                () -> plans.updateAction(actor, agencyId, id, actionId, form, version), "flash.saved", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/actions/{actionId}/remove")
    String removeAction(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long actionId,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "action-" + actionId, "actions", null,
                () -> plans.removeAction(actor, agencyId, id, actionId, version), "development.action.removed", model,
                redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/actions/{actionId}/status")
    String mark(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long actionId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("failedActionId", actionId);
        model.addAttribute("failedNote", note);
        DevelopmentActionStatus s = parse(status);
        return change(actor, agencyId, id, "follow-" + actionId, "action-" + actionId, null,
                () -> plans.markAction(actor, agencyId, id, actionId, s, doneOn, note, version), "flash.saved", model,
                redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/dialogue")
    String link(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) Long dialogueId,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "link", "agreement", null, () -> {
            if (dialogueId == null) {
                throw InvalidInputException.of("dialogueId", "development.plan.error.dialogueRequired");
            }
            return plans.linkDialogue(actor, agencyId, id, dialogueId, version);
        }, "development.plan.dialogueLinked", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/dialogue/schedule")
    String schedule(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledAt,
            @RequestParam(required = false) String place, @RequestParam(required = false) String onlineLink,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("scheduleAt", scheduledAt);
        model.addAttribute("schedulePlace", place);
        model.addAttribute("scheduleLink", onlineLink);
        return change(actor, agencyId, id, "schedule", "agreement", null,
                () -> plans.scheduleDialogue(actor, agencyId, id, scheduledAt, place, onlineLink, version),
                "development.plan.dialogueScheduled", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/agree")
    String agree(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String dialogue,
            @RequestParam(required = false) String note, @RequestParam int version, Model model, RedirectAttributes redirect,
            Locale locale) {
        model.addAttribute("agreeNote", note);
        boolean now = "now".equals(dialogue);
        Long dialogueId = now || dialogue == null || dialogue.isBlank() ? null : parseLong(dialogue);
        return change(actor, agencyId, id, "agree", "agreement", null,
                () -> plans.agree(actor, agencyId, id, dialogueId, now, note, version), "development.plan.agreed", model,
                redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/plans/{id}/cancel")
    String cancel(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("cancelNote", note);
        return change(actor, agencyId, id, "cancel", "cancel", null,
                () -> plans.cancel(actor, agencyId, id, note, version), "development.plan.cancelled", model, redirect, locale);
    }

    // ---------------------------------------------------------------- the machinery

    private String change(Actor actor, long agencyId, long id, String target, String anchor, BindingResult binding,
            Supplier<Object> action, String flash, Model model, RedirectAttributes redirect, Locale locale) {
        plans.get(actor, agencyId, id);
        FormErrors errors;
        if (binding != null && binding.hasErrors()) {
            errors = FormErrors.of(target, binding, DevelopmentWebAdvice.LABELS, messages, locale);
        } else {
            try {
                action.get();
                DevelopmentWebAdvice.flash(redirect, flash);
                return "redirect:/agencies/" + agencyId + "/development/plans/" + id + "#" + anchor;
            } catch (InvalidInputException e) {
                errors = FormErrors.of(target, e, DevelopmentWebAdvice.LABELS, messages, locale);
            }
        }
        model.addAttribute("formErrors", errors);
        return page(actor, plans.get(actor, agencyId, id), model);
    }

    private String page(Actor actor, DevelopmentPlan plan, Model model) {
        boolean edit = plans.canEdit(actor, plan);
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", edit);
        model.addAttribute("canAgree", plans.canAgree(actor, plan));
        model.addAttribute("canFollow", plans.canFollow(actor, plan));
        model.addAttribute("canCancel", plans.canCancel(actor, plan));
        model.addAttribute("isAppraiser", plans.isAppraiser(actor, plan));
        model.addAttribute("own", plans.isOwner(actor, plan));
        model.addAttribute("statuses", DevelopmentActionStatus.values());
        model.addAttribute("sources", ActionSource.values());
        if (plan.status() == DevelopmentPlanStatus.PROPOSED) {
            model.addAttribute("dialogues", plans.dialogueOptions(actor, plan.agencyId(), plan.id()));
        }
        if (plan.dialogueId() != null) {
            model.addAttribute("linked", plans.dialogueOptions(actor, plan.agencyId(), plan.id()).stream()
                    .filter(d -> d.id() == plan.dialogueId()).findFirst().orElse(null));
        }
        if (edit) {
            model.addAttribute("catalogue", plans.catalogue(actor, plan.agencyId()));
            model.addAttribute("choices", competencies.active(actor, plan.agencyId()));
            if (!model.containsAttribute("newAction")) {
                model.addAttribute("newAction", DevelopmentActionForm.of(null, null, null, LocalDate.of(plan.year(), 12, 31)));
            }
            if (!model.containsAttribute("scheduleAt")) {
                model.addAttribute("scheduleAt", LocalDateTime.now(CompetencyManagement.JAKARTA).plusDays(1).withHour(9)
                        .truncatedTo(ChronoUnit.HOURS));
            }
        }
        return "development/plan";
    }

    private static DevelopmentActionStatus parse(String status) {
        try {
            return status == null ? null : DevelopmentActionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
