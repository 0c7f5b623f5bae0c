package id.capaian.talent.web;

import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.talent.CareerManagement;
import id.capaian.talent.CareerProposal;
import id.capaian.talent.DecisionForm;
import id.capaian.talent.ProposalForm;
import id.capaian.talent.ProposalKind;
import id.capaian.talent.TalentManagement;
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

/**
 * Promotion and transfer proposals: the list and a new one; one proposal with its candidates, pool suggestions, the
 * ranking with every candidate's explanation, and the decision form (HR reads and decides, administrators change).
 */
@Controller
@RequestMapping("/agencies/{agencyId}/talent/proposals")
class CareerController {

    private final CareerManagement careers;
    private final TalentManagement talent;
    private final PositionManagement positions;
    private final UnitManagement units;
    private final MessageSource messages;

    CareerController(CareerManagement careers, TalentManagement talent, PositionManagement positions, UnitManagement units,
            MessageSource messages) {
        this.careers = careers;
        this.talent = talent;
        this.positions = positions;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        return listPage(actor, agencyId, new ProposalForm(), TalentProblems.none(), model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") ProposalForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return listPage(actor, agencyId, form, TalentProblems.of("proposal", binding, messages, locale), model);
        }
        try {
            CareerProposal p = careers.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "talent.proposal.created");
            return "redirect:/agencies/" + agencyId + "/talent/proposals/" + p.id();
        } catch (InvalidInputException e) {
            return listPage(actor, agencyId, form, TalentProblems.of("proposal", e, messages, locale), model);
        }
    }

    private String listPage(Actor actor, long agencyId, ProposalForm form, TalentProblems problems, Model model) {
        model.addAttribute("proposals", careers.list(actor, agencyId));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        boolean manage = talent.canManage(actor, agencyId);
        model.addAttribute("manage", manage);
        if (manage) {
            model.addAttribute("positions", positions.list(actor, agencyId, null, null, false));
            model.addAttribute("units", units.tree(actor, agencyId, false));
        }
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("weights", talent.settings(actor, agencyId).weights());
        return "talent/proposals";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        CareerProposal p = careers.get(actor, agencyId, id);
        return detail(actor, agencyId, p, null, new DecisionForm(p.top() == null ? null : p.top().employeeId(), null, null,
                p.version()), TalentProblems.none(), model);
    }

    private String detail(Actor actor, long agencyId, CareerProposal p, String nip, DecisionForm decision,
            TalentProblems problems, Model model) {
        boolean manage = talent.canManage(actor, agencyId);
        model.addAttribute("proposal", p);
        model.addAttribute("nip", nip);
        model.addAttribute("decision", decision);
        model.addAttribute("problems", problems);
        model.addAttribute("manage", manage);
        model.addAttribute("canDecide", talent.isHr(actor, agencyId) && p.status() == id.capaian.talent.ProposalStatus.RANKED);
        model.addAttribute("suggestions", manage && p.status().open() ? careers.suggestions(actor, agencyId, p.id(), 10)
                : java.util.List.of());
        return "talent/proposal";
    }

    @PostMapping("/{id}/candidates")
    String addCandidate(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String nip, Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "candidate", nip, null, () -> careers.addCandidate(actor, agencyId, id, nip),
                "talent.proposal.candidateAdded", model, redirect, locale);
    }

    @PostMapping("/{id}/candidates/{employeeId}/remove")
    String removeCandidate(Actor actor, @PathVariable long agencyId, @PathVariable long id, @PathVariable long employeeId,
            Model model, RedirectAttributes redirect, Locale locale) {
        return change(actor, agencyId, id, "candidate", null, null,
                () -> careers.removeCandidate(actor, agencyId, id, employeeId), "talent.proposal.candidateRemoved", model,
                redirect, locale);
    }

    @PostMapping("/{id}/rank")
    String rank(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model, RedirectAttributes redirect,
            Locale locale) {
        return change(actor, agencyId, id, "rank", null, null, () -> careers.rank(actor, agencyId, id),
                "talent.proposal.ranked", model, redirect, locale);
    }

    @PostMapping("/{id}/decision")
    String decide(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @ModelAttribute("decision") DecisionForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            Locale locale) {
        if (binding.hasErrors()) {
            return detail(actor, agencyId, careers.get(actor, agencyId, id), null, form,
                    TalentProblems.of("decision", binding, messages, locale), model);
        }
        return change(actor, agencyId, id, "decision", null, form, () -> careers.decide(actor, agencyId, id, form),
                "talent.proposal.decided", model, redirect, locale);
    }

    @PostMapping("/{id}/cancel")
    String cancel(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String cancelReason, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("cancelReason", cancelReason);
        return change(actor, agencyId, id, "cancel", null, null, () -> careers.cancel(actor, agencyId, id, cancelReason),
                "talent.proposal.cancelled", model, redirect, locale);
    }

    private String change(Actor actor, long agencyId, long id, String target, String nip, DecisionForm decision,
            Supplier<Object> action, String flash, Model model, RedirectAttributes redirect, Locale locale) {
        CareerProposal p = careers.get(actor, agencyId, id);
        try {
            action.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/agencies/" + agencyId + "/talent/proposals/" + id + "#" + target;
        } catch (InvalidInputException e) {
            CareerProposal now = careers.get(actor, agencyId, p.id());
            return detail(actor, agencyId, now, nip, decision != null ? decision
                    : new DecisionForm(now.top() == null ? null : now.top().employeeId(), null, null, now.version()),
                    TalentProblems.of(target, e, messages, locale), model);
        }
    }
}
