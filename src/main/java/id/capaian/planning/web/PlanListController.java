package id.capaian.planning.web;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlanSummary;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lists of plans: every plan of the period for the agency's administrators and head (filtered and paged), and the
 * approval inbox of an appraiser with the people they appraise who have no plan yet.
 */
@Controller
@RequestMapping("/agencies/{agencyId}")
class PlanListController {

    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final EmployeeManagement employees;

    PlanListController(PlanManagement plans, PeriodManagement periods, UnitManagement units, EmployeeManagement employees) {
        this.plans = plans;
        this.periods = periods;
        this.units = units;
        this.employees = employees;
    }

    /** All plans of the current period (the link in the menu). */
    @GetMapping("/plans")
    String current(Actor actor, @PathVariable long agencyId, RedirectAttributes redirect) {
        Optional<Period> current = periods.current(actor, agencyId);
        if (current.isEmpty()) {
            PlanningWebAdvice.flash(redirect, "periodPage.none");
            return "redirect:/agencies/" + agencyId + "/periods";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + current.get().id() + "/plans";
    }

    @GetMapping("/periods/{periodId}/plans")
    String list(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        Period period = periods.get(actor, agencyId, periodId);
        PageResult<PlanSummary> result = plans.list(actor, agencyId, periodId,
                new PlanManagement.Filter(unit, status, null, q, page, 25));
        model.addAttribute("period", period);
        model.addAttribute("page", result);
        model.addAttribute("units", units.tree(actor, agencyId, false));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("seesAllPlans", PeriodController.seesAllPlans(actor, agencyId));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/agencies/{a}/periods/{p}/plans")
                .queryParamIfPresent("unit", Optional.ofNullable(unit))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .buildAndExpand(agencyId, periodId).encode().toUriString());
        return PlanningWebAdvice.htmx(request) ? "planning/plans :: results" : "planning/plans";
    }

    @GetMapping("/periods/{periodId}/approvals")
    String approvals(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        Period period = periods.get(actor, agencyId, periodId);
        model.addAttribute("period", period);
        model.addAttribute("seesAllPlans", PeriodController.seesAllPlans(actor, agencyId));
        if (actor.employeeId() == null) {
            model.addAttribute("waiting", List.of());
            model.addAttribute("others", List.of());
            model.addAttribute("withoutPlan", List.of());
            model.addAttribute("noEmployee", true);
            return "planning/approvals";
        }
        List<PlanSummary> mine = plans.list(actor, agencyId, periodId, PlanManagement.Filter.appraisees(actor.employeeId()))
                .content();
        Set<Long> withPlan = mine.stream().map(PlanSummary::employeeId).collect(Collectors.toSet());
        List<Employee> appraisees = employees.appraisees(actor, agencyId, actor.employeeId());
        model.addAttribute("waiting", mine.stream().filter(p -> p.status() == PlanStatus.SUBMITTED)
                .sorted(Comparator.comparing(PlanSummary::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList());
        model.addAttribute("others", mine.stream().filter(p -> p.status() != PlanStatus.SUBMITTED).toList());
        model.addAttribute("withoutPlan", appraisees.stream().filter(e -> !withPlan.contains(e.id())).toList());
        model.addAttribute("appraiseesCount", appraisees.size());
        model.addAttribute("noEmployee", false);
        return "planning/approvals";
    }

    /** The appraiser starts the draft of someone they appraise. */
    @PostMapping("/periods/{periodId}/approvals/drafts")
    String draftFor(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @RequestParam long employeeId,
            RedirectAttributes redirect) {
        try {
            Plan plan = plans.create(actor, agencyId, periodId, employeeId);
            PlanningWebAdvice.flash(redirect, "approvals.drafted", plan.employeeName());
            return "redirect:/agencies/" + agencyId + "/plans/" + plan.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
            return "redirect:/agencies/" + agencyId + "/periods/" + periodId + "/approvals";
        }
    }
}
