package id.capaian.planning.web;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in employee's way in: "SKP Saya" leads to their plan of the current period (or offers to start it),
 * "Persetujuan" to the plans they appraise in the current period.
 */
@Controller
@RequestMapping("/plans")
class MyPlanController {

    private final PeriodManagement periods;
    private final PlanManagement plans;
    private final EmployeeManagement employees;

    MyPlanController(PeriodManagement periods, PlanManagement plans, EmployeeManagement employees) {
        this.periods = periods;
        this.plans = plans;
        this.employees = employees;
    }

    @GetMapping("/mine")
    String mine(Actor actor, Model model) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            model.addAttribute("situation", "noEmployee");
            return "planning/my-plan";
        }
        long agencyId = actor.agencyId();
        Optional<Period> current = periods.current(actor, agencyId);
        if (current.isPresent()) {
            Optional<Long> plan = plans.ownPlanId(actor, current.get().id());
            if (plan.isPresent()) {
                return "redirect:/agencies/" + agencyId + "/plans/" + plan.get();
            }
        }
        Employee me = employees.get(actor, agencyId, actor.employeeId());
        model.addAttribute("me", me);
        model.addAttribute("period", current.orElse(null));
        model.addAttribute("situation", current.isPresent() && current.get().open() ? "canCreate" : "noOpenPeriod");
        return "planning/my-plan";
    }

    @PostMapping("/mine")
    String create(Actor actor, RedirectAttributes redirect) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            return "redirect:/plans/mine";
        }
        long agencyId = actor.agencyId();
        Optional<Period> current = periods.current(actor, agencyId);
        if (current.isEmpty()) {
            return "redirect:/plans/mine";
        }
        try {
            Plan plan = plans.create(actor, agencyId, current.get().id(), actor.employeeId());
            PlanningWebAdvice.flash(redirect, "myPlan.created");
            return "redirect:/agencies/" + agencyId + "/plans/" + plan.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
            return "redirect:/plans/mine";
        }
    }

    @GetMapping("/approvals")
    String approvals(Actor actor, Model model) {
        if (actor.agencyId() == null) {
            model.addAttribute("situation", "noEmployee");
            return "planning/my-plan";
        }
        Optional<Period> current = periods.current(actor, actor.agencyId());
        if (current.isEmpty()) {
            model.addAttribute("situation", "noOpenPeriod");
            return "planning/my-plan";
        }
        return "redirect:/agencies/" + actor.agencyId() + "/periods/" + current.get().id() + "/approvals";
    }
}
