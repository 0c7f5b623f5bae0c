package id.capaian.planning.web;

import id.capaian.platform.web.FormErrors;
import id.capaian.organisation.EmployeeManagement;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every planning page needs: the time zone to show times in, and "no form problems" until one fails. */
@ControllerAdvice(assignableTypes = {PeriodController.class, AgreementController.class, MyPlanController.class,
        PlanController.class, PlanListController.class})
class PlanningWebAdvice {

    @ModelAttribute("zone")
    ZoneId zone() {
        return EmployeeManagement.JAKARTA;
    }

    @ModelAttribute("formErrors")
    FormErrors formErrors() {
        return FormErrors.none();
    }

    /**
     * A confirmation for the next page. The arguments are always set: the layout's
     * {@code new Object[0]} fallback for missing arguments does not evaluate under Thymeleaf's restricted SpEL.
     */
    static void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    /** htmx asks for a part of the page; everyone else gets the whole page. */
    static boolean htmx(jakarta.servlet.http.HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
