package id.capaian.talent.web;

import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.talent.CandidateForm;
import id.capaian.talent.CriticalPosition;
import id.capaian.talent.CriticalPositionForm;
import id.capaian.talent.Readiness;
import id.capaian.talent.SuccessionManagement;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.VacancyRisk;
import java.util.Locale;
import java.util.function.Supplier;
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

/** Critical positions and their succession candidates (HR reads, administrators change). */
@Controller
@RequestMapping("/agencies/{agencyId}/talent/critical-positions")
class SuccessionController {

    private final SuccessionManagement succession;
    private final TalentManagement talent;
    private final PositionManagement positions;
    private final UnitManagement units;
    private final MessageSource messages;

    SuccessionController(SuccessionManagement succession, TalentManagement talent, PositionManagement positions,
            UnitManagement units, MessageSource messages) {
        this.succession = succession;
        this.talent = talent;
        this.positions = positions;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        return listPage(actor, agencyId, new CriticalPositionForm(), TalentProblems.none(), model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") CriticalPositionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return listPage(actor, agencyId, form, TalentProblems.of("critical", binding, messages, locale), model);
        }
        try {
            CriticalPosition c = succession.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "talent.critical.created");
            return "redirect:/agencies/" + agencyId + "/talent/critical-positions/" + c.id();
        } catch (InvalidInputException e) {
            return listPage(actor, agencyId, form, TalentProblems.of("critical", e, messages, locale), model);
        }
    }

    private String listPage(Actor actor, long agencyId, CriticalPositionForm form, TalentProblems problems, Model model) {
        model.addAttribute("criticals", succession.list(actor, agencyId));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        options(actor, agencyId, model);
        return "talent/critical-positions";
    }

    private void options(Actor actor, long agencyId, Model model) {
        boolean manage = talent.canManage(actor, agencyId);
        model.addAttribute("manage", manage);
        if (manage) {
            model.addAttribute("positions", positions.list(actor, agencyId, null, null, false));
            model.addAttribute("units", units.tree(actor, agencyId, false));
        }
        model.addAttribute("risks", VacancyRisk.values());
        model.addAttribute("readinesses", Readiness.values());
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        return detail(actor, agencyId, succession.get(actor, agencyId, id), null, new CandidateForm(null,
                Readiness.READY_1_2_YEARS, null), TalentProblems.none(), model);
    }

    private String detail(Actor actor, long agencyId, CriticalPosition c, CriticalPositionForm edit, CandidateForm candidate,
            TalentProblems problems, Model model) {
        model.addAttribute("critical", c);
        model.addAttribute("edit", edit != null ? edit
                : new CriticalPositionForm(c.positionId(), c.unitId(), c.reason(), c.risk()));
        model.addAttribute("candidate", candidate);
        model.addAttribute("problems", problems);
        model.addAttribute("suggestions", succession.suggestions(actor, agencyId, c.id(), 10));
        options(actor, agencyId, model);
        return "talent/critical-position";
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("edit") CriticalPositionForm form,
            BindingResult binding, @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "edit", binding, form, null,
                () -> succession.update(actor, agencyId, id, form, version), "flash.saved", model, redirect, locale);
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long agencyId, @PathVariable long id, RedirectAttributes redirect) {
        succession.delete(actor, agencyId, id);
        redirect.addFlashAttribute("flash", "talent.critical.deleted");
        return "redirect:/agencies/" + agencyId + "/talent/critical-positions";
    }

    @PostMapping("/{id}/candidates")
    String addCandidate(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("candidate") CandidateForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            Locale locale) {
        return change(actor, agencyId, id, "candidate", binding, null, form,
                () -> succession.addCandidate(actor, agencyId, id, form), "talent.critical.candidateAdded", model,
                redirect, locale);
    }

    @PostMapping("/{id}/candidates/{employeeId}")
    String updateCandidate(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long employeeId,
            @RequestParam(required = false) Readiness readiness, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "candidate-" + employeeId, null, null, null,
                () -> succession.updateCandidate(actor, agencyId, id, employeeId, readiness, note), "flash.saved", model,
                redirect, locale);
    }

    @PostMapping("/{id}/candidates/{employeeId}/remove")
    String removeCandidate(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long employeeId,
            Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "candidate-" + employeeId, null, null, null,
                () -> succession.removeCandidate(actor, agencyId, id, employeeId), "talent.critical.candidateRemoved", model,
                redirect, locale);
    }

    private String change(Actor actor, long agencyId, long id, String target, BindingResult binding,
            CriticalPositionForm edit, CandidateForm candidate, Supplier<Object> action, String flash, Model model,
            RedirectAttributes redirect, Locale locale) {
        CriticalPosition c = succession.get(actor, agencyId, id);
        TalentProblems problems;
        if (binding != null && binding.hasErrors()) {
            problems = TalentProblems.of(target, binding, messages, locale);
        } else {
            try {
                action.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/agencies/" + agencyId + "/talent/critical-positions/" + id;
            } catch (InvalidInputException e) {
                problems = TalentProblems.of(target, e, messages, locale);
            }
        }
        return detail(actor, agencyId, c, edit, candidate != null ? candidate
                : new CandidateForm(null, Readiness.READY_1_2_YEARS, null), problems, model);
    }
}
