package id.capaian.planning.web;

import id.capaian.platform.web.FormErrors;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance periods of an agency: everyone reads; administrators open and close them. */
@Controller
@RequestMapping("/agencies/{agencyId}/periods")
class PeriodController {

    private final PeriodManagement periods;
    private final MessageSource messages;

    PeriodController(PeriodManagement periods, MessageSource messages) {
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        List<Period> all = periods.list(actor, agencyId);
        int next = all.stream().mapToInt(Period::year).max().orElse(LocalDate.now(id.capaian.organisation.EmployeeManagement.JAKARTA).getYear() - 1) + 1;
        return page(actor, agencyId, all, new PeriodInput(next), model);
    }

    @PostMapping
    String open(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") PeriodInput form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        if (binding.hasErrors()) {
            model.addAttribute("formErrors", FormErrors.of("period", binding, PlanningLabels.LABELS, messages, locale));
            return page(actor, agencyId, periods.list(actor, agencyId), form, model);
        }
        try {
            Period p = periods.open(actor, agencyId, form.toForm());
            PlanningWebAdvice.flash(redirect, "periodPage.opened", String.valueOf(p.year()));
            return "redirect:/agencies/" + agencyId + "/periods";
        } catch (InvalidInputException e) {
            model.addAttribute("formErrors", FormErrors.of("period", e, PlanningLabels.LABELS, messages, locale));
            return page(actor, agencyId, periods.list(actor, agencyId), form, model);
        }
    }

    /** Closing is final for the users: a page that says so and asks to confirm (works without JavaScript). */
    @GetMapping("/{periodId}/close")
    String confirmClose(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        actor.requireAdminister(agencyId);
        model.addAttribute("period", periods.get(actor, agencyId, periodId));
        return "planning/period-close";
    }

    @PostMapping("/{periodId}/close")
    String close(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, RedirectAttributes redirect) {
        try {
            Period p = periods.close(actor, agencyId, periodId);
            PlanningWebAdvice.flash(redirect, "periodPage.closed", String.valueOf(p.year()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/periods";
    }

    private String page(Actor actor, long agencyId, List<Period> all, PeriodInput form, Model model) {
        model.addAttribute("periods", all);
        model.addAttribute("form", form);
        model.addAttribute("canAdminister", actor.canAdminister(agencyId));
        model.addAttribute("seesAllPlans", seesAllPlans(actor, agencyId));
        model.addAttribute("schemes", SubPeriodScheme.values());
        return "planning/periods";
    }

    static boolean seesAllPlans(Actor actor, long agencyId) {
        return actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId));
    }
}
