package id.capaian.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One evaluation of one SKP. {@code subPeriod} is 0 for the annual evaluation. {@code predikat} is what the matrix
 * gave for the appraiser's ratings; {@code finalPredikat} is the one in force after calibration or an objection.
 */
public record Evaluation(long id, long agencyId, long periodId, int year, long planId, long employeeId,
        String employeeName, String employeeNip, Long appraiserId, String appraiserName, Long unitId, String unitName,
        String positionName, EvaluationKind kind, int subPeriod, int months, BigDecimal achievement,
        Rating suggestedResult, Rating resultRating, String resultReason, Rating behaviourRating, String behaviourNote,
        Predikat predikat, Predikat finalPredikat, BigDecimal creditPoints, EvaluationStatus status, Instant ratedAt,
        Instant finalisedAt, LocalDate objectionUntil, int version) {

    public boolean annual() {
        return kind == EvaluationKind.ANNUAL;
    }

    public boolean calibrated() {
        return predikat != null && finalPredikat != null && predikat != finalPredikat;
    }

    /** The predikat in force, or the one the appraiser's ratings gave while not yet final. */
    public Predikat shownPredikat() {
        return finalPredikat != null ? finalPredikat : predikat;
    }
}
