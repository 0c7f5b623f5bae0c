package id.capaian.development.web;

import id.capaian.development.CompetencyManagement;
import id.capaian.development.MentoringForm;
import id.capaian.development.MentoringManagement;
import id.capaian.development.MentoringPair;
import id.capaian.development.MentoringSessionForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
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

/** Mentoring: the pairs one is part of (or, for HR, all), a new pair, and a pair with its sessions and its end. */
@Controller
class MentoringController {

    private final MentoringManagement mentoring;
    private final CompetencyManagement competencies;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    MentoringController(MentoringManagement mentoring, CompetencyManagement competencies, EmployeeManagement employees,
            MessageSource messages) {
        this.mentoring = mentoring;
        this.competencies = competencies;
        this.employees = employees;
        this.messages = messages;
    }

    @GetMapping("/development/mentoring")
    String mine(Actor actor) {
        if (actor.agencyId() == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        return "redirect:/agencies/" + actor.agencyId() + "/development/mentoring";
    }

    @GetMapping("/agencies/{agencyId}/development/mentoring")
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(defaultValue = "false") boolean all, Model model) {
        boolean everyone = all && competencies.isHr(actor, agencyId);
        model.addAttribute("rows", mentoring.list(actor, agencyId, everyone));
        model.addAttribute("all", everyone);
        model.addAttribute("seesAll", competencies.isHr(actor, agencyId));
        model.addAttribute("canCreate", !mentoring.menteeChoices(actor, agencyId).isEmpty());
        model.addAttribute("me", actor.employeeId());
        return "development/mentoring";
    }

    @GetMapping("/agencies/{agencyId}/development/mentoring/new")
    String newForm(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long mentee, Model model) {
        MentoringForm form = MentoringForm.of(null, mentee, null, LocalDate.now(CompetencyManagement.JAKARTA), null);
        return newPage(actor, agencyId, form, model);
    }

    @PostMapping("/agencies/{agencyId}/development/mentoring")
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") MentoringForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = FormErrors.of("pair", binding, DevelopmentWebAdvice.LABELS, messages, locale);
        } else {
            try {
                MentoringPair p = mentoring.create(actor, agencyId, form);
                DevelopmentWebAdvice.flash(redirect, "development.mentoring.created");
                return "redirect:/agencies/" + agencyId + "/development/mentoring/" + p.id();
            } catch (InvalidInputException e) {
                errors = FormErrors.of("pair", e, DevelopmentWebAdvice.LABELS, messages, locale);
            }
        }
        model.addAttribute("formErrors", errors);
        return newPage(actor, agencyId, form, model);
    }

    private String newPage(Actor actor, long agencyId, MentoringForm form, Model model) {
        var mentees = mentoring.menteeChoices(actor, agencyId);
        if (mentees.isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        model.addAttribute("form", form);
        model.addAttribute("mentees", mentees);
        model.addAttribute("mentors", employees.activeInAgency(actor, agencyId));
        return "development/mentoring-new";
    }

    @GetMapping("/agencies/{agencyId}/development/mentoring/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        return page(actor, mentoring.get(actor, agencyId, id), model);
    }

    @PostMapping("/agencies/{agencyId}/development/mentoring/{id}/sessions")
    String log(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("sessionForm") MentoringSessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "session", binding, () -> mentoring.logSession(actor, agencyId, id, form),
                "development.mentoring.logged", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/development/mentoring/{id}/end")
    String end(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("outcomeText", outcome);
        return change(actor, agencyId, id, "end", null, () -> mentoring.end(actor, agencyId, id, outcome, endsOn, version),
                "development.mentoring.ended", model, redirect, locale);
    }

    private String change(Actor actor, long agencyId, long id, String target, BindingResult binding, Supplier<Object> action,
            String flash, Model model, RedirectAttributes redirect, Locale locale) {
        mentoring.get(actor, agencyId, id);
        FormErrors errors;
        if (binding != null && binding.hasErrors()) {
            errors = FormErrors.of(target, binding, DevelopmentWebAdvice.LABELS, messages, locale);
        } else {
            try {
                action.get();
                DevelopmentWebAdvice.flash(redirect, flash);
                return "redirect:/agencies/" + agencyId + "/development/mentoring/" + id + "#" + target;
            } catch (InvalidInputException e) {
                errors = FormErrors.of(target, e, DevelopmentWebAdvice.LABELS, messages, locale);
            }
        }
        model.addAttribute("formErrors", errors);
        return page(actor, mentoring.get(actor, agencyId, id), model);
    }

    private String page(Actor actor, MentoringPair pair, Model model) {
        model.addAttribute("pair", pair);
        model.addAttribute("canLog", mentoring.canLog(actor, pair));
        model.addAttribute("canEnd", mentoring.canEnd(actor, pair));
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", MentoringSessionForm.of(LocalDate.now(CompetencyManagement.JAKARTA), 60, null, null));
        }
        return "development/mentoring-pair";
    }
}
