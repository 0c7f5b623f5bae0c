package id.capaian.organisation.web;

import id.capaian.organisation.AgencyForm;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies, for national administrators. */
@Controller
class AgencyController {

    private final AgencyManagement agencies;

    AgencyController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @ModelAttribute("agencyKinds")
    AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    @GetMapping("/agencies")
    String list(Actor actor, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("agencies", agencies.list(actor, q));
        model.addAttribute("q", q);
        return "organisation/agencies";
    }

    @GetMapping("/agencies/new")
    String createForm(Actor actor, Model model) {
        actor.requireNational();
        model.addAttribute("form", new AgencyForm());
        return "organisation/agency-form";
    }

    @PostMapping("/agencies/new")
    String create(Actor actor, @ModelAttribute("form") AgencyForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            var created = agencies.create(actor, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + created.id() + "/units";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return "organisation/agency-form";
        }
    }

    @GetMapping("/agencies/{agencyId}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireNational();
        model.addAttribute("form", AgencyForm.of(agencies.get(actor, agencyId)));
        model.addAttribute("agencyId", agencyId);
        return "organisation/agency-form";
    }

    @PostMapping("/agencies/{agencyId}/edit")
    String edit(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") AgencyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            agencies.update(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            model.addAttribute("agencyId", agencyId);
            return "organisation/agency-form";
        }
    }

    @PostMapping("/agencies/{agencyId}/active")
    String setActive(Actor actor, @PathVariable long agencyId, @RequestParam boolean active, RedirectAttributes redirect) {
        agencies.setActive(actor, agencyId, active);
        redirect.addFlashAttribute("flash", active ? "flash.activated" : "flash.deactivated");
        return "redirect:/agencies";
    }
}
