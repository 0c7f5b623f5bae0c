package id.capaian.organisation.web;

import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit tree of an agency: list and search, create, edit, move, set the head, deactivate. */
@Controller
@RequestMapping("/agencies/{agencyId}/units")
class UnitController {

    private final UnitManagement units;
    private final EmployeeManagement employees;

    UnitController(UnitManagement units, EmployeeManagement employees) {
        this.units = units;
        this.employees = employees;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        model.addAttribute("rows", units.search(actor, agencyId, q, inactive));
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        model.addAttribute("canEdit", actor.canAdminister(agencyId));
        return "organisation/units";
    }

    @GetMapping("/new")
    String createForm(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long parent, Model model) {
        actor.requireAdminister(agencyId);
        UnitForm form = new UnitForm();
        form.setParentId(parent);
        return form(actor, agencyId, null, form, model);
    }

    @PostMapping("/new")
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            units.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/units";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        actor.requireAdminister(agencyId);
        return form(actor, agencyId, id, UnitForm.of(units.get(actor, agencyId, id)), model);
    }

    @PostMapping("/{id}/edit")
    String edit(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") UnitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            units.update(actor, agencyId, id, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/units";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, id, form, model);
        }
    }

    @PostMapping("/{id}/active")
    String setActive(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            units.setActive(actor, agencyId, id, active);
            redirect.addFlashAttribute("flash", active ? "flash.activated" : "flash.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/units" + (active ? "" : "?inactive=true");
    }

    private String form(Actor actor, long agencyId, Long id, UnitForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("parents", units.tree(actor, agencyId, false).stream()
                .filter(r -> id == null || r.unit().id() != id).toList());
        model.addAttribute("people", employees.activeInAgency(actor, agencyId));
        return "organisation/unit-form";
    }
}
