package id.capaian.feedback.web;

import id.capaian.feedback.ActionForm;
import id.capaian.feedback.ActionStatus;
import id.capaian.feedback.Dialogue;
import id.capaian.feedback.DialogueForm;
import id.capaian.feedback.DialogueKind;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.DialogueStatus;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Performance dialogues: the list (upcoming first, then held and cancelled, and one's own open actions), a new
 * dialogue, and one dialogue with its notes, obstacles and actions. Every form works without JavaScript (the
 * answer is the page again, at the part that changed); with htmx only the dialogue's body is replaced.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/dialogues")
class DialogueController {

    private final DialogueManagement dialogues;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    DialogueController(DialogueManagement dialogues, EmployeeManagement employees, MessageSource messages) {
        this.dialogues = dialogues;
        this.employees = employees;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- list and new

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page, Model model) {
        boolean everyone = all && dialogues.seesAll(actor, agencyId);
        model.addAttribute("list", dialogues.list(actor, agencyId, everyone, page, 25));
        model.addAttribute("all", everyone);
        model.addAttribute("seesAll", dialogues.seesAll(actor, agencyId));
        model.addAttribute("canCreate", actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId);
        model.addAttribute("today", LocalDate.now(DialogueManagement.JAKARTA));
        model.addAttribute("zone", DialogueManagement.JAKARTA);
        return "feedback/dialogues";
    }

    @GetMapping("/new")
    String newForm(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long with, Model model) {
        DialogueForm form = new DialogueForm();
        form.setScheduledAt(LocalDateTime.now(DialogueManagement.JAKARTA).plusDays(1).withHour(9).truncatedTo(ChronoUnit.HOURS));
        if (with != null) {
            form.getAppraiseeIds().add(with);
        }
        return newPage(actor, agencyId, form, FormProblems.none(), model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") DialogueForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return newPage(actor, agencyId, form, FormProblems.of("dialogue", binding, messages, locale), model);
        }
        try {
            Dialogue d = dialogues.schedule(actor, agencyId, form);
            flash(redirect, d.kind() == DialogueKind.AD_HOC ? "dialogue.recorded" : "dialogue.scheduled");
            return "redirect:/agencies/" + agencyId + "/dialogues/" + d.id();
        } catch (InvalidInputException e) {
            return newPage(actor, agencyId, form, FormProblems.of("dialogue", e, messages, locale), model);
        }
    }

    private String newPage(Actor actor, long agencyId, DialogueForm form, FormProblems problems, Model model) {
        List<Employee> appraisees = dialogues.appraisees(actor, agencyId);
        Employee me = actor.employeeId() == null ? null : employees.byIds(agencyId, List.of(actor.employeeId())).get(actor.employeeId());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("appraisees", appraisees);
        model.addAttribute("self", me);
        model.addAttribute("kinds", DialogueKind.values());
        return "feedback/dialogue-new";
    }

    // ---------------------------------------------------------------- one dialogue

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        fill(actor, dialogues.get(actor, agencyId, id), model);
        return "feedback/dialogue";
    }

    @PostMapping("/{id}/reschedule")
    String reschedule(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("rescheduleForm") DialogueForm form, BindingResult binding, @RequestParam int version,
            Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "reschedule", "details", binding,
                () -> dialogues.reschedule(actor, agencyId, id, form, version), "dialogue.rescheduled", model, redirect, locale);
    }

    @PostMapping("/{id}/hold")
    String hold(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime heldAt,
            @RequestParam(required = false) String notes, @RequestParam int version, Model model,
            RedirectAttributes redirect, Locale locale) {
        model.addAttribute("notesText", notes);
        return change(actor, agencyId, id, "hold", "notes", null,
                () -> dialogues.hold(actor, agencyId, id, heldAt, notes, version), "dialogue.held", model, redirect, locale);
    }

    @PostMapping("/{id}/notes")
    String notes(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String notes,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("notesText", notes);
        return change(actor, agencyId, id, "notes", "notes", null,
                () -> dialogues.saveNotes(actor, agencyId, id, notes, version), "flash.saved", model, redirect, locale);
    }

    @PostMapping("/{id}/cancel")
    String cancel(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("cancelReason", reason);
        return change(actor, agencyId, id, "cancel", "details", null,
                () -> dialogues.cancel(actor, agencyId, id, reason), "dialogue.cancelled", model, redirect, locale);
    }

    @PostMapping("/{id}/obstacles")
    String addObstacle(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("obstacleText", description);
        return change(actor, agencyId, id, "obstacle", "obstacles", null,
                () -> dialogues.addObstacle(actor, agencyId, id, description), "dialogue.obstacleAdded", model, redirect, locale);
    }

    @PostMapping("/{id}/obstacles/{obstacleId}/remove")
    String removeObstacle(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long obstacleId,
            Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "obstacle", "obstacles", null,
                () -> { dialogues.removeObstacle(actor, agencyId, id, obstacleId); return null; }, "dialogue.removed",
                model, redirect, locale);
    }

    @PostMapping("/{id}/actions")
    String addAction(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("actionForm") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            Locale locale) {
        return change(actor, agencyId, id, "action", "actions", binding,
                () -> dialogues.addAction(actor, agencyId, id, form), "dialogue.actionAdded", model, redirect, locale);
    }

    @PostMapping("/{id}/actions/{actionId}")
    String updateAction(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long actionId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String followUp,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        Map<Long, String> followUps = new HashMap<>();
        followUps.put(actionId, followUp);
        model.addAttribute("followUps", followUps);
        ActionStatus s = parse(status);
        return change(actor, agencyId, id, "action-" + actionId, "action-" + actionId, null,
                () -> dialogues.updateAction(actor, agencyId, id, actionId, s, followUp, version), "flash.saved",
                model, redirect, locale);
    }

    // ---------------------------------------------------------------- the machinery

    private String change(Actor actor, long agencyId, long id, String target, String anchor, BindingResult binding,
            java.util.function.Supplier<Object> action, String flash, Model model, RedirectAttributes redirect,
            Locale locale) {
        Dialogue d = dialogues.get(actor, agencyId, id);
        FormProblems problems;
        if (binding != null && binding.hasErrors()) {
            problems = FormProblems.of(target, binding, messages, locale);
        } else {
            try {
                action.get();
                flash(redirect, flash);
                return "redirect:/agencies/" + agencyId + "/dialogues/" + id + "#" + anchor;
            } catch (InvalidInputException e) {
                problems = FormProblems.of(target, e, messages, locale);
            }
        }
        fill(actor, dialogues.get(actor, agencyId, d.id()), model);
        model.addAttribute("problems", problems);
        return "feedback/dialogue";
    }

    private void fill(Actor actor, Dialogue d, Model model) {
        boolean write = dialogues.canWrite(actor, d);
        model.addAttribute("dialogue", d);
        model.addAttribute("canWrite", write && d.status() != DialogueStatus.CANCELLED);
        model.addAttribute("canHold", write && d.status() == DialogueStatus.SCHEDULED);
        model.addAttribute("zone", DialogueManagement.JAKARTA);
        model.addAttribute("today", LocalDate.now(DialogueManagement.JAKARTA));
        model.addAttribute("statuses", ActionStatus.values());
        List<Map.Entry<Long, String>> owners = new ArrayList<>();
        owners.add(Map.entry(d.appraiserId(), d.appraiserName()));
        d.participants().forEach(p -> owners.add(Map.entry(p.employeeId(), p.name())));
        model.addAttribute("owners", owners);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
        if (!model.containsAttribute("rescheduleForm")) {
            DialogueForm f = new DialogueForm();
            f.setTopic(d.topic());
            f.setScheduledAt(LocalDateTime.ofInstant(d.scheduledAt(), DialogueManagement.JAKARTA));
            f.setPlace(d.place());
            f.setOnlineLink(d.onlineLink());
            model.addAttribute("rescheduleForm", f);
        }
        if (!model.containsAttribute("actionForm")) {
            ActionForm a = new ActionForm();
            a.setDueDate(LocalDate.now(DialogueManagement.JAKARTA).plusDays(14));
            a.setOwnerId(d.participants().size() == 1 ? d.participants().get(0).employeeId() : null);
            model.addAttribute("actionForm", a);
        }
        if (!model.containsAttribute("notesText")) {
            model.addAttribute("notesText", d.notes());
        }
        if (!model.containsAttribute("followUps")) {
            model.addAttribute("followUps", Map.of());
        }
    }

    private static ActionStatus parse(String status) {
        try {
            return status == null ? null : ActionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void flash(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", new Object[0]);
    }
}
