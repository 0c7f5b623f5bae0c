package id.capaian.planning.web;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.ActionPlan;
import id.capaian.planning.Aspect;
import id.capaian.planning.BehaviourExpectation;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanHeaderForm;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.TargetKind;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * The SKP page: the whole plan on one page, and every change to it. Each form posts on its own and works without
 * JavaScript (the answer is the whole page again); with htmx the answer is only the changed part, plus the
 * readiness checklist and a spoken confirmation.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/plans/{planId}")
class PlanController {

    static final String VIEW = "planning/plan";
    static final String UPDATE = "planning/plan-update :: update";

    private final PlanManagement plans;
    private final PlanAccess access;
    private final EmployeeManagement employees;
    private final MessageSource messages;
    /** The plan page's reads in one read-only transaction: one commit instead of one per service call. */
    private final TransactionTemplate reading;

    PlanController(PlanManagement plans, PlanAccess access, EmployeeManagement employees,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.access = access;
        this.employees = employees;
        this.messages = messages;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @GetMapping
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long planId, Model model) {
        reading.executeWithoutResult(tx -> fill(actor, plans.getWithPeriod(actor, agencyId, planId), model));
        return VIEW;
    }

    // ---------------------------------------------------------------- content

    @PostMapping("/header")
    String header(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @ModelAttribute("failed") PlanHeaderForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        plans.get(actor, agencyId, planId);
        return change(actor, agencyId, planId, new Change("header", "header", null, "plan-header"), binding,
                () -> { plans.updateHeader(actor, agencyId, planId, form); return null; },
                model, redirect, request, locale);
    }

    @PostMapping("/results")
    String addResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @ModelAttribute("failed") ResultInput form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        plans.get(actor, agencyId, planId);
        ResultKind kind = form.getKind() == null ? ResultKind.UTAMA : form.getKind();
        return change(actor, agencyId, planId, new Change("result-new-" + kind, "results", null, "section-" + kind), binding,
                () -> plans.addResult(actor, agencyId, planId, form.toForm()).id(), model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}")
    String updateResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            @ModelAttribute("failed") ResultInput form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        result(actor, agencyId, planId, resultId);
        return change(actor, agencyId, planId, new Change("result-" + resultId, "results", resultId, "result-" + resultId),
                binding, () -> plans.updateResult(actor, agencyId, resultId, form.toForm()).id(),
                model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/remove")
    String removeResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        PlannedResult r = result(actor, agencyId, planId, resultId);
        return change(actor, agencyId, planId, new Change("result-" + resultId, "results", null, "section-" + r.kind(), "planPage.removed"),
                null, () -> { plans.removeResult(actor, agencyId, resultId); return null; }, model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/confirm")
    String confirmLink(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        result(actor, agencyId, planId, resultId);
        return change(actor, agencyId, planId, new Change("result-" + resultId, "result", resultId, "result-" + resultId, "planPage.confirmed"),
                null, () -> { plans.acknowledgeParentChange(actor, agencyId, resultId); return null; },
                model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/indicators")
    String addIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            @ModelAttribute("failed") IndicatorForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        result(actor, agencyId, planId, resultId);
        return change(actor, agencyId, planId, new Change("iki-new-" + resultId, "result", resultId, "result-" + resultId),
                binding, () -> { plans.addIndicator(actor, agencyId, resultId, form); return null; },
                model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/indicators/{indicatorId}")
    String updateIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            @PathVariable long indicatorId, @ModelAttribute("failed") IndicatorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        indicator(result(actor, agencyId, planId, resultId), indicatorId);
        return change(actor, agencyId, planId, new Change("iki-" + indicatorId, "result", resultId, "result-" + resultId),
                binding, () -> { plans.updateIndicator(actor, agencyId, indicatorId, form); return null; },
                model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/indicators/{indicatorId}/remove")
    String removeIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            @PathVariable long indicatorId, Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        indicator(result(actor, agencyId, planId, resultId), indicatorId);
        return change(actor, agencyId, planId, new Change("iki-" + indicatorId, "result", resultId, "result-" + resultId, "planPage.removed"),
                null, () -> { plans.removeIndicator(actor, agencyId, indicatorId); return null; },
                model, redirect, request, locale);
    }

    @PostMapping("/results/{resultId}/actions")
    String actions(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long resultId,
            @ModelAttribute("failed") ActionsInput form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        result(actor, agencyId, planId, resultId);
        return change(actor, agencyId, planId, new Change("actions-" + resultId, "result", resultId, "result-" + resultId),
                binding, () -> { plans.setActions(actor, agencyId, resultId, form.getActions()); return null; },
                model, redirect, request, locale);
    }

    /** The appraiser's special expectations: only the values whose text changed are stored. */
    @PostMapping("/behaviours")
    String behaviours(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @ModelAttribute("failed") SpecialInput form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        Plan plan = plans.get(actor, agencyId, planId);
        return change(actor, agencyId, planId, new Change("behaviours", "behaviours", null, "behaviours"), binding, () -> {
            for (BehaviourExpectation b : plan.behaviours()) {
                if (form.getSpecial().containsKey(b.value())
                        && !Objects.equals(blankToNull(form.getSpecial().get(b.value())), blankToNull(b.special()))) {
                    plans.setSpecialExpectation(actor, agencyId, planId, b.value(), form.getSpecial().get(b.value()));
                }
            }
            return null;
        }, model, redirect, request, locale);
    }

    // ---------------------------------------------------------------- workflow (whole page)

    @PostMapping("/submit")
    String submit(Actor actor, @PathVariable long agencyId, @PathVariable long planId, Model model,
            RedirectAttributes redirect, Locale locale) {
        return decide(actor, agencyId, planId, "submit", () -> plans.submit(actor, agencyId, planId), "planPage.submittedFlash",
                model, redirect, locale);
    }

    @PostMapping("/approve")
    String approve(Actor actor, @PathVariable long agencyId, @PathVariable long planId, Model model,
            RedirectAttributes redirect, Locale locale) {
        return decide(actor, agencyId, planId, "approve", () -> plans.approve(actor, agencyId, planId), "planPage.approvedFlash",
                model, redirect, locale);
    }

    @PostMapping("/return")
    String returnPlan(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("reason", reason);
        return decide(actor, agencyId, planId, "return", () -> plans.returnToEmployee(actor, agencyId, planId, reason),
                "planPage.returnedFlash", model, redirect, locale);
    }

    @PostMapping("/revise")
    String revise(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("reason", reason);
        return decide(actor, agencyId, planId, "revise", () -> plans.revise(actor, agencyId, planId, reason),
                "planPage.revisionFlash", model, redirect, locale);
    }

    // ---------------------------------------------------------------- the machinery

    /**
     * One change: which form it came from ({@code target}), which part of the page htmx replaces ({@code part}:
     * header, results, result, behaviours), the RHK concerned, where the full page jumps to, and the confirmation.
     */
    record Change(String target, String part, Long resultId, String anchor, String flash) {
        Change(String target, String part, Long resultId, String anchor) {
            this(target, part, resultId, anchor, "flash.saved");
        }
    }

    private String change(Actor actor, long agencyId, long planId, Change c, BindingResult binding, Supplier<Long> action,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        boolean htmx = PlanningWebAdvice.htmx(request);
        FormErrors errors = null;
        Long touched = c.resultId();
        if (binding != null && binding.hasErrors()) {
            errors = FormErrors.of(c.target(), binding, PlanningLabels.LABELS, messages, locale);
        } else {
            try {
                Long id = action.get();
                if (id != null) {
                    touched = id;
                }
            } catch (InvalidInputException e) {
                errors = FormErrors.of(c.target(), e, PlanningLabels.LABELS, messages, locale);
            }
        }
        if (errors == null && !htmx) {
            PlanningWebAdvice.flash(redirect, c.flash());
            String anchor = touched != null && !"header".equals(c.part()) && !"behaviours".equals(c.part())
                    ? "result-" + touched : c.anchor();
            return "redirect:/agencies/" + agencyId + "/plans/" + planId + "#" + anchor;
        }
        fill(actor, plans.getWithPeriod(actor, agencyId, planId), model);
        if (errors != null) {
            model.addAttribute("formErrors", errors);
        } else {
            model.addAttribute("liveMessage", c.flash());
        }
        if (!htmx) {
            return VIEW;
        }
        model.addAttribute("part", c.part());
        model.addAttribute("partResultId", touched);
        return UPDATE;
    }

    private String decide(Actor actor, long agencyId, long planId, String target, Runnable action, String flash, Model model,
            RedirectAttributes redirect, Locale locale) {
        plans.get(actor, agencyId, planId);
        try {
            action.run();
            PlanningWebAdvice.flash(redirect, flash);
            return "redirect:/agencies/" + agencyId + "/plans/" + planId;
        } catch (InvalidInputException e) {
            fill(actor, plans.getWithPeriod(actor, agencyId, planId), model);
            model.addAttribute("formErrors", FormErrors.of(target, e, PlanningLabels.LABELS, messages, locale));
            return VIEW;
        }
    }

    private PlannedResult result(Actor actor, long agencyId, long planId, long resultId) {
        return plans.get(actor, agencyId, planId).results().stream().filter(r -> r.id() == resultId).findFirst()
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private static ResultIndicator indicator(PlannedResult r, long indicatorId) {
        return r.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A line of the checklist before submitting: done or not, and what exactly is missing. */
    public record Check(String key, boolean done, List<Problem> problems) {
    }

    private static final Map<String, String> CHECKS = checks();

    private static Map<String, String> checks() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("plan.error.noMainResult", "planPage.check.mainResult");
        m.put("plan.error.noIndicator", "planPage.check.indicators");
        m.put("plan.error.unlinked", "planPage.check.linked");
        m.put("plan.error.parentChanged", "planPage.check.parentChanged");
        m.put("plan.error.textTargetInQuantitative", "planPage.check.targets");
        return m;
    }

    /** Everything the page shows, and what the actor may do on it. */
    private void fill(Actor actor, PlanManagement.PlanInPeriod loaded, Model model) {
        Plan plan = loaded.plan();
        long agencyId = plan.agencyId();
        Period period = loaded.period();
        boolean owner = access.isOwner(actor, plan);
        boolean appraiser = access.isAppraiser(actor, plan);
        boolean editable = period.open() && access.canEdit(actor, plan);
        model.addAttribute("plan", plan);
        id.capaian.organisation.Nip.Result nip = id.capaian.organisation.Nip.check(plan.employeeNip());
        model.addAttribute("employeeNip", nip.valid() ? nip.nip().formatted() : plan.employeeNip());
        model.addAttribute("period", period);
        model.addAttribute("subPeriods", period.subPeriods());
        model.addAttribute("isOwner", owner);
        model.addAttribute("seesAllPlans", PeriodController.seesAllPlans(actor, agencyId));
        model.addAttribute("isAppraiser", appraiser);
        model.addAttribute("editable", editable);
        model.addAttribute("canDecide", period.open() && access.canDecide(actor, plan));
        model.addAttribute("canRevise", period.open() && plan.status() == PlanStatus.APPROVED && (owner || appraiser));
        model.addAttribute("canSetSpecial", period.open() && appraiser && plan.status() != PlanStatus.APPROVED);
        model.addAttribute("utama", plan.results(ResultKind.UTAMA));
        model.addAttribute("tambahan", plan.results(ResultKind.TAMBAHAN));
        model.addAttribute("kinds", ResultKind.values());
        model.addAttribute("aspects", Aspect.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("approaches", PlanApproach.values());
        model.addAttribute("history", plans.history(actor, agencyId, plan.id()));
        Map<String, String> names = new HashMap<>();
        if (plan.employeeNip() != null) {
            names.put(plan.employeeNip(), plan.employeeName());
        }
        if (plan.appraiserNip() != null) {
            names.put(plan.appraiserNip(), plan.appraiserName());
        }
        model.addAttribute("actorNames", names);
        model.addAttribute("headerForm", PlanHeaderForm.of(plan));
        model.addAttribute("attachmentFields", List.of("resourceSupport", "accountability", "consequences"));
        model.addAttribute("filledAttachment", java.util.stream.Stream.of(plan.resourceSupport(), plan.accountability(),
                plan.consequences()).filter(x -> x != null && !x.isBlank()).count());

        Map<Long, ResultInput> resultForms = new HashMap<>();
        Map<Long, IndicatorForm> indicatorForms = new HashMap<>();
        Map<Long, Map<Integer, String>> actionTexts = new HashMap<>();
        for (PlannedResult r : plan.results()) {
            resultForms.put(r.id(), ResultInput.of(r));
            r.indicators().forEach(i -> indicatorForms.put(i.id(), IndicatorForm.of(i)));
            Map<Integer, String> texts = new HashMap<>();
            for (ActionPlan a : r.actions()) {
                texts.put(a.subPeriod(), a.description());
            }
            actionTexts.put(r.id(), texts);
        }
        model.addAttribute("resultForms", resultForms);
        model.addAttribute("indicatorForms", indicatorForms);
        model.addAttribute("actionTexts", actionTexts);
        IndicatorForm blank = new IndicatorForm();
        if (plan.approach() == PlanApproach.QUALITATIVE) {
            blank.setTargetKind(TargetKind.TEXT);
            blank.setDirection(Direction.EXACT);
        }
        model.addAttribute("newIndicator", blank);
        model.addAttribute("targetKinds", plan.approach() == PlanApproach.QUALITATIVE ? TargetKind.values()
                : new TargetKind[] {TargetKind.NUMBER, TargetKind.RANGE});

        if (editable) {
            model.addAttribute("candidates", plans.candidates(actor, agencyId, plan.id()));
            List<Problem> problems = plans.readiness(actor, agencyId, plan.id());
            List<Check> checks = new ArrayList<>();
            CHECKS.forEach((code, key) -> {
                List<Problem> mine = problems.stream().filter(p -> p.code().equals(code)).toList();
                checks.add(new Check(key, mine.isEmpty(), mine));
            });
            Employee employee = employees.get(actor, agencyId, plan.employeeId());
            checks.add(new Check("planPage.check.appraiser", employee.appraiserId() != null, employee.appraiserId() != null
                    ? List.of() : List.of(Problem.of("appraiser", "plan.error.noAppraiser"))));
            List<Problem> other = problems.stream().filter(p -> !CHECKS.containsKey(p.code())).toList();
            if (!other.isEmpty()) {
                checks.add(new Check("planPage.check.other", false, other));
            }
            model.addAttribute("checks", checks);
            model.addAttribute("ready", checks.stream().allMatch(Check::done));
        }
    }
}
