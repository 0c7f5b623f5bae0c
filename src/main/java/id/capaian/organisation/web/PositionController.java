package id.capaian.organisation.web;

import id.capaian.organisation.JfLevel;
import id.capaian.organisation.PositionForm;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
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

/** Positions of an agency. */
@Controller
@RequestMapping("/agencies/{agencyId}/positions")
class PositionController {

    private final PositionManagement positions;

    PositionController(PositionManagement positions) {
        this.positions = positions;
    }

    @ModelAttribute("positionKinds")
    PositionKind[] kinds() {
        return PositionKind.values();
    }

    @ModelAttribute("jfLevels")
    JfLevel[] levels() {
        return JfLevel.values();
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) PositionKind kind, @RequestParam(defaultValue = "false") boolean inactive,
            Model model) {
        model.addAttribute("positions", positions.list(actor, agencyId, q, kind, inactive));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("inactive", inactive);
        model.addAttribute("canEdit", actor.canAdminister(agencyId));
        return "organisation/positions";
    }

    @GetMapping("/new")
    String createForm(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireAdminister(agencyId);
        model.addAttribute("form", new PositionForm());
        return "organisation/position-form";
    }

    @PostMapping("/new")
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") PositionForm form,
            BindingResult binding, RedirectAttributes redirect) {
        try {
            positions.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/positions";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return "organisation/position-form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        actor.requireAdminister(agencyId);
        model.addAttribute("form", PositionForm.of(positions.get(actor, agencyId, id)));
        model.addAttribute("positionId", id);
        return "organisation/position-form";
    }

    @PostMapping("/{id}/edit")
    String edit(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") PositionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            positions.update(actor, agencyId, id, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/positions";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            model.addAttribute("positionId", id);
            return "organisation/position-form";
        }
    }

    @PostMapping("/{id}/active")
    String setActive(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            positions.setActive(actor, agencyId, id, active);
            redirect.addFlashAttribute("flash", active ? "flash.activated" : "flash.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/positions";
    }
}
