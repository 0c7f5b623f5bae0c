package id.capaian.talent;

import id.capaian.evaluation.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active employee who cannot be placed in the period's 9-box, and what is missing: the final annual predikat
 * ({@code evaluationStatus} says how far the evaluation got, null when there is none), the potential score, or both.
 * {@code laterAssessmentOn} is the date of a potential assessment made after the period ended (it counts for a later
 * period, not this one).
 */
public record MissingInput(long employeeId, String nip, String name, String unitName, String positionName,
        Predikat predikat, String evaluationStatus, BigDecimal score, LocalDate assessedOn, LocalDate laterAssessmentOn) {

    public boolean missingPerformance() {
        return predikat == null;
    }

    public boolean missingPotential() {
        return score == null;
    }

    public boolean missingBoth() {
        return missingPerformance() && missingPotential();
    }
}
