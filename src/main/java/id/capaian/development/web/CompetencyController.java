package id.capaian.development.web;

import id.capaian.development.Competency;
import id.capaian.development.CompetencyForm;
import id.capaian.development.CompetencyManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
 * The competency dictionary: the national competencies (read-only) and the agency's own technical ones, which its
 * administrators add, change and deactivate.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/development/competencies")
class CompetencyController {

    private final CompetencyManagement competencies;
    private final MessageSource messages;

    CompetencyController(CompetencyManagement competencies, MessageSource messages) {
        this.competencies = competencies;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        boolean admin = actor.canAdminister(agencyId);
        model.addAttribute("competencies", competencies.dictionary(actor, agencyId, admin));
        model.addAttribute("canAdminister", admin);
        return "development/competencies";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        model.addAttribute("competency", competencies.get(actor, agencyId, id));
        model.addAttribute("canAdminister", actor.canAdminister(agencyId));
        return "development/competency";
    }

    @GetMapping("/new")
    String newForm(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireAdminister(agencyId);
        return form(model, new CompetencyForm(), null);
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") CompetencyForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        try {
            Competency c = competencies.create(actor, agencyId, form);
            DevelopmentWebAdvice.flash(redirect, "development.competency.created", c.code());
            return "redirect:/agencies/" + agencyId + "/development/competencies/" + c.id();
        } catch (InvalidInputException e) {
            model.addAttribute("formErrors", FormErrors.of("competency", e, DevelopmentWebAdvice.LABELS, messages, locale));
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        actor.requireAdminister(agencyId);
        Competency c = competencies.get(actor, agencyId, id);
        if (c.national()) {
            return "redirect:/agencies/" + agencyId + "/development/competencies/" + id;
        }
        return form(model, CompetencyForm.of(c), c);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") CompetencyForm form,
            BindingResult binding, @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        Competency c = competencies.get(actor, agencyId, id);
        try {
            competencies.update(actor, agencyId, id, form, version);
            DevelopmentWebAdvice.flash(redirect, "flash.saved");
            return "redirect:/agencies/" + agencyId + "/development/competencies/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("formErrors", FormErrors.of("competency", e, DevelopmentWebAdvice.LABELS, messages, locale));
            return form(model, form, c);
        }
    }

    @PostMapping("/{id}/active")
    String active(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        competencies.setActive(actor, agencyId, id, active);
        DevelopmentWebAdvice.flash(redirect, active ? "flash.activated" : "flash.deactivated");
        return "redirect:/agencies/" + agencyId + "/development/competencies/" + id;
    }

    private static String form(Model model, CompetencyForm form, Competency existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        return "development/competency-form";
    }
}
