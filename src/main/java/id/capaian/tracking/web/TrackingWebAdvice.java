package id.capaian.tracking.web;

import id.capaian.platform.web.FormErrors;
import id.capaian.organisation.EmployeeManagement;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every tracking page needs: the time zone for times, and "no form problems" until one fails. */
@ControllerAdvice(assignableTypes = {RealisationController.class, MonitoringController.class})
class TrackingWebAdvice {

    @ModelAttribute("zone")
    ZoneId zone() {
        return EmployeeManagement.JAKARTA;
    }

    @ModelAttribute("formErrors")
    FormErrors formErrors() {
        return FormErrors.none();
    }

    /** A confirmation for the next page (arguments always set, see the layout). */
    static void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    static boolean htmx(jakarta.servlet.http.HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
