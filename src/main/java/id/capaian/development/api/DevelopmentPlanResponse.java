package id.capaian.development.api;

import id.capaian.development.ActionSource;
import id.capaian.development.DevelopmentActionStatus;
import id.capaian.development.DevelopmentPlan;
import id.capaian.development.DevelopmentPlanStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An individual development plan with its actions and where each came from. */
@Schema(name = "DevelopmentPlanResponse")
public record DevelopmentPlanResponse(long id, long employeeId, String employeeName, int year, DevelopmentPlanStatus status,
        @Schema(description = "The performance dialogue the plan was (or is to be) agreed in") Long dialogueId,
        String agreedBy, Instant agreedAt, Instant completedAt, int version, List<Action> actions) {

    @Schema(name = "DevelopmentActionLine")
    public record Action(long id, ActionSource source, String reference,
            @Schema(description = "Where the action came from, in the language of Accept-Language") String explanation,
            String description, Long competencyId, Integer gap, Long trainingId, String trainingTitle, Integer jp,
            LocalDate dueOn, DevelopmentActionStatus status, LocalDate doneOn, String note) {
    }

    static DevelopmentPlanResponse of(DevelopmentPlan p, MessageSource messages, Locale locale) {
        return new DevelopmentPlanResponse(p.id(), p.employeeId(), p.employeeName(), p.year(), p.status(), p.dialogueId(),
                p.agreedBy(), p.agreedAt(), p.completedAt(), p.version(), p.actions().stream().map(a -> {
                    var e = a.explanation();
                    return new Action(a.id(), a.source(), a.reference(), messages.getMessage(e.key(), e.arguments(), e.key(), locale),
                            a.description(), a.competencyId(), a.gap(), a.trainingId(), a.trainingTitle(), a.jp(), a.dueOn(),
                            a.status(), a.doneOn(), a.note());
                }).toList());
    }
}
