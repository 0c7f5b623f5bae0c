package id.capaian.development.web;

import id.capaian.development.TrainingKind;
import id.capaian.development.TrainingManagement;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every training page needs: the time zone, today, the kinds, and "no form problems" until one fails. */
@ControllerAdvice(assignableTypes = {TrainingCatalogueController.class, TrainingEnrolmentController.class,
        TrainingJpController.class})
class TrainingWebAdvice {

    /** Field -> label key, so that the summary above a form says which field a message is about. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("code", "training.field.code"),
            Map.entry("title", "training.field.title"),
            Map.entry("kind", "training.field.kind"),
            Map.entry("jp", "training.field.jp"),
            Map.entry("completedOn", "training.field.completedOn"),
            Map.entry("certificate", "training.field.certificate"),
            Map.entry("reason", "training.field.reason"),
            Map.entry("jpTarget", "training.field.jpTarget"),
            Map.entry("employee", "training.field.employee"),
            Map.entry("training", "training.field.training"));

    @ModelAttribute("zone")
    ZoneId zone() {
        return TrainingManagement.JAKARTA;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(TrainingManagement.JAKARTA);
    }

    @ModelAttribute("trainingKinds")
    TrainingKind[] kinds() {
        return TrainingKind.values();
    }

    @ModelAttribute("formErrors")
    FormErrors formErrors() {
        return FormErrors.none();
    }

    /** A confirmation for the next page (arguments always set, see the layout). */
    static void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    static Integer year(String s, int fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
