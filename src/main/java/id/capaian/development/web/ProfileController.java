package id.capaian.development.web;

import id.capaian.development.AssessmentForm;
import id.capaian.development.AssessmentMethod;
import id.capaian.development.CompetencyManagement;
import id.capaian.development.CompetencyProfile;
import id.capaian.development.DevelopmentPlanManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.PageResult;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Competency profiles: one's own ({@code /development/mine}), an employee's for their line and HR (with the history
 * of assessment results and, for administrators and the appraiser, the form to record one), and for HR a search of
 * the agency's employees.
 */
@Controller
class ProfileController {

    private final CompetencyManagement competencies;
    private final DevelopmentPlanManagement plans;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    ProfileController(CompetencyManagement competencies, DevelopmentPlanManagement plans, EmployeeManagement employees,
            MessageSource messages) {
        this.competencies = competencies;
        this.plans = plans;
        this.employees = employees;
        this.messages = messages;
    }

    @GetMapping("/development/mine")
    String mine(Actor actor) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        return "redirect:/agencies/" + actor.agencyId() + "/development/employees/" + actor.employeeId();
    }

    @GetMapping("/agencies/{agencyId}/development/employees")
    String search(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!competencies.isHr(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        PageResult<Employee> result = employees.search(actor, agencyId,
                new EmployeeManagement.Search(q, null, false, true, page, 25));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        return "development/employees";
    }

    @GetMapping("/agencies/{agencyId}/development/employees/{employeeId}")
    String profile(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId, Model model) {
        return page(actor, agencyId, employeeId, null, model);
    }

    @PostMapping("/agencies/{agencyId}/development/employees/{employeeId}/assessments")
    String record(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @ModelAttribute("assessment") AssessmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = FormErrors.of("assess", binding, DevelopmentWebAdvice.LABELS, messages, locale);
        } else {
            try {
                competencies.record(actor, agencyId, employeeId, form);
                DevelopmentWebAdvice.flash(redirect, "development.assessment.recorded");
                return "redirect:/agencies/" + agencyId + "/development/employees/" + employeeId + "#history";
            } catch (InvalidInputException e) {
                errors = FormErrors.of("assess", e, DevelopmentWebAdvice.LABELS, messages, locale);
            }
        }
        model.addAttribute("formErrors", errors);
        return page(actor, agencyId, employeeId, form, model);
    }

    private String page(Actor actor, long agencyId, long employeeId, AssessmentForm form, Model model) {
        CompetencyProfile profile = competencies.profile(actor, agencyId, employeeId);
        Employee employee = employees.get(actor, agencyId, employeeId);
        boolean canAssess = competencies.canAssess(actor, employee);
        int year = LocalDate.now(CompetencyManagement.JAKARTA).getYear();
        model.addAttribute("profile", profile);
        model.addAttribute("own", actor.employeeId() != null && actor.employeeId() == employeeId);
        model.addAttribute("history", competencies.history(actor, agencyId, employeeId));
        model.addAttribute("canAssess", canAssess);
        model.addAttribute("plan", plans.forEmployee(actor, agencyId, employeeId, year).orElse(null));
        model.addAttribute("year", year);
        model.addAttribute("canPropose", plans.canPropose(actor, employee));
        if (canAssess) {
            model.addAttribute("choices", competencies.active(actor, agencyId));
            List<AssessmentMethod> methods = actor.canAdminister(agencyId)
                    ? Arrays.stream(AssessmentMethod.values()).filter(m -> m != AssessmentMethod.IMPORT).toList()
                    : List.of(AssessmentMethod.SUPERVISOR);
            model.addAttribute("methods", methods);
            if (form == null) {
                form = new AssessmentForm();
                form.setAssessedOn(LocalDate.now(CompetencyManagement.JAKARTA));
                form.setMethod(methods.get(0));
            }
            model.addAttribute("assessment", form);
        }
        return "development/profile";
    }
}
