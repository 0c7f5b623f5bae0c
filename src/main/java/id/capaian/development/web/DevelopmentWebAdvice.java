package id.capaian.development.web;

import id.capaian.development.CompetencyManagement;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every competency, development plan and mentoring page needs: the time zone, today, and "no form problems"
 * until one fails; with the labels that name a field in the summary above a failed form.
 */
@ControllerAdvice(assignableTypes = {CompetencyController.class, StandardController.class, ProfileController.class,
        AssessmentImportController.class, UnitGapController.class, DevelopmentPlanController.class, MentoringController.class})
class DevelopmentWebAdvice {

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("code", "development.field.code"),
            Map.entry("name", "development.field.name"),
            Map.entry("description", "development.field.description"),
            Map.entry("competencyId", "development.field.competency"),
            Map.entry("level", "development.field.level"),
            Map.entry("assessedOn", "development.field.assessedOn"),
            Map.entry("method", "development.field.method"),
            Map.entry("assessor", "development.field.assessor"),
            Map.entry("note", "development.field.note"),
            Map.entry("trainingId", "development.field.training"),
            Map.entry("jp", "development.field.jp"),
            Map.entry("dueOn", "development.field.dueOn"),
            Map.entry("dialogueId", "development.field.dialogue"),
            Map.entry("scheduledAt", "development.field.scheduledAt"),
            Map.entry("place", "development.field.place"),
            Map.entry("onlineLink", "development.field.onlineLink"),
            Map.entry("appraiseeIds", "development.field.dialogue"),
            Map.entry("topic", "development.field.topic"),
            Map.entry("status", "development.field.status"),
            Map.entry("doneOn", "development.field.doneOn"),
            Map.entry("mentorId", "development.field.mentor"),
            Map.entry("menteeId", "development.field.mentee"),
            Map.entry("goal", "development.field.goal"),
            Map.entry("startsOn", "development.field.startsOn"),
            Map.entry("endsOn", "development.field.endsOn"),
            Map.entry("heldOn", "development.field.heldOn"),
            Map.entry("minutes", "development.field.minutes"),
            Map.entry("notes", "development.field.notes"),
            Map.entry("outcome", "development.field.outcome"),
            Map.entry("year", "development.field.year"),
            Map.entry("actions", "development.field.actions"));

    @ModelAttribute("zone")
    ZoneId zone() {
        return CompetencyManagement.JAKARTA;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(CompetencyManagement.JAKARTA);
    }

    @ModelAttribute("formErrors")
    FormErrors formErrors() {
        return FormErrors.none();
    }

    static void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }
}
