package id.capaian.evaluation.api;

import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationKind;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One evaluation of a plan (periodic, or the annual one with sub-period 0). */
@Schema(name = "EvaluationResponse", description = "One evaluation of a plan (SKP): the appraiser's ratings, the predikat"
        + " from the matrix and the one in force after calibration or an objection")
public record EvaluationResponse(long id, long planId, long periodId, int year, long employeeId, String employeeName,
        String employeeNip, Long appraiserId, String appraiserName, Long unitId, String unitName, EvaluationKind kind,
        @Schema(description = "1-12 or 1-4 for a periodic evaluation, 0 for the annual one") int subPeriod,
        @Schema(description = "Months of the year the plan covered (part-year plans, credit points)") int months,
        @Schema(description = "Average achievement of the RHK in percent, null without figures") BigDecimal achievement,
        @Schema(description = "The result rating the system suggested") Rating suggestedResult, Rating resultRating,
        @Schema(description = "Why the appraiser's result rating differs from the suggestion") String resultReason,
        Rating behaviourRating, String behaviourNote,
        @Schema(description = "The predikat of the matrix for the appraiser's ratings") Predikat predikat,
        @Schema(description = "The predikat in force (after calibration or an objection)") Predikat finalPredikat,
        @Schema(description = "Functional credit points (angka kredit), once final") BigDecimal creditPoints,
        EvaluationStatus status, Instant ratedAt, Instant finalisedAt,
        @Schema(description = "The last day an objection may be filed") LocalDate objectionUntil,
        @Schema(description = "Send it back when rating again") int version) {

    static EvaluationResponse of(Evaluation e) {
        return new EvaluationResponse(e.id(), e.planId(), e.periodId(), e.year(), e.employeeId(), e.employeeName(),
                e.employeeNip(), e.appraiserId(), e.appraiserName(), e.unitId(), e.unitName(), e.kind(), e.subPeriod(),
                e.months(), e.achievement(), e.suggestedResult(), e.resultRating(), e.resultReason(), e.behaviourRating(),
                e.behaviourNote(), e.predikat(), e.finalPredikat(), e.creditPoints(), e.status(), e.ratedAt(),
                e.finalisedAt(), e.objectionUntil(), e.version());
    }
}
