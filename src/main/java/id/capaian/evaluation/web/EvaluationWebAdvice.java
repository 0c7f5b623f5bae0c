package id.capaian.evaluation.web;

import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every evaluation page needs: the time zone for times, "no form problems" until one fails, the labels of the
 * fields for an error summary, and the names of the sub-periods.
 */
@ControllerAdvice(assignableTypes = {EvaluationController.class, PeerController.class, CalibrationController.class,
        ObjectionController.class})
class EvaluationWebAdvice {

    /** Field -> label key, so that the summary above a form says which field a message is about. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("resultRating", "evaluationWeb.field.resultRating"),
            Map.entry("resultReason", "evaluationWeb.field.resultReason"),
            Map.entry("behaviourRating", "evaluationWeb.field.behaviourRating"),
            Map.entry("behaviourNote", "evaluationWeb.field.behaviourNote"),
            Map.entry("months", "evaluationWeb.field.months"),
            Map.entry("relation", "evaluationWeb.field.relation"),
            Map.entry("raters", "evaluationWeb.field.raters"),
            Map.entry("comment", "evaluationWeb.field.comment"),
            Map.entry("grade", "evaluationWeb.field.grade"),
            Map.entry("reason", "evaluationWeb.field.reason"),
            Map.entry("predikat", "evaluationWeb.field.predikat"),
            Map.entry("requested", "evaluationWeb.field.requested"),
            Map.entry("decisionReason", "evaluationWeb.field.decisionReason"),
            Map.entry("decision", "evaluationWeb.field.decision"),
            Map.entry("objection.reason", "evaluationWeb.field.objectionReason"),
            Map.entry("grade.reason", "evaluationWeb.field.gradeReason"),
            Map.entry("calibrate.reason", "evaluationWeb.field.calibrationReason"),
            Map.entry("calibrate.predikat", "evaluationWeb.field.newPredikat"),
            Map.entry("decide.predikat", "evaluationWeb.field.grantedPredikat"));

    @ModelAttribute("zone")
    ZoneId zone() {
        return EmployeeManagement.JAKARTA;
    }

    @ModelAttribute("formErrors")
    FormErrors formErrors() {
        return FormErrors.none();
    }

    @ModelAttribute("today")
    LocalDate today() {
        return today0();
    }

    static LocalDate today0() {
        return LocalDate.now(EmployeeManagement.JAKARTA);
    }

    /** A confirmation for the next page (arguments always set, see the layout). */
    static void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The names of the period's sub-periods (months or quarters), index 0 being the year. */
    static List<String> subLabels(Period period, MessageSource messages, Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(messages.getMessage("evaluationWeb.sub.year", new Object[] {period.year()}, locale));
        period.subPeriods().forEach(x -> out.add(period.scheme() == SubPeriodScheme.MONTHLY
                ? x.start().format(DateTimeFormatter.ofPattern("LLLL", locale))
                : messages.getMessage("evaluationWeb.sub.quarter", new Object[] {x.index()}, locale)));
        return out;
    }

    /** A number from a form, or null when it is none. */
    static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
