package id.capaian.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit's annual evaluations for the distribution curve: its grade (if set), everyone it covers (the unit and its
 * sub-units that have no grade of their own), their predikat, the spread, the check against the curve and what
 * still blocks finalising.
 *
 * @param blockers message keys with arguments ({@link Explained} with a null value) that block finalising
 */
public record UnitDistribution(long unitId, String unitName, Long headId, String headName, long periodId, int year,
        Grade grade, List<Member> members, Map<Predikat, Integer> spread, DistributionCheck check,
        List<DistributionRule> rules, List<Explained<Void>> blockers, boolean canSetGrade, boolean canCalibrate,
        boolean canFinalise) {

    /** The unit's grade for the period and who set it. */
    public record Grade(long id, UnitGrade grade, String reason, String setBy, Instant setAt, boolean finalised,
            String finalisedBy, Instant finalisedAt, int version) {
    }

    /**
     * One employee with an approved plan in the unit: the annual evaluation (null when not started), its ratings,
     * the predikat from the matrix and the one after calibration.
     */
    public record Member(long planId, long employeeId, String name, String nip, String positionName, String unitName,
            Long evaluationId, EvaluationStatus status, BigDecimal achievement, Rating resultRating,
            Rating behaviourRating, Predikat predikat, Predikat finalPredikat, int version) {

        public boolean rated() {
            return status == EvaluationStatus.RATED || status == EvaluationStatus.FINAL;
        }

        public boolean calibrated() {
            return predikat != null && finalPredikat != null && predikat != finalPredikat;
        }

        public Predikat shownPredikat() {
            return finalPredikat != null ? finalPredikat : predikat;
        }
    }

    public boolean finalised() {
        return grade != null && grade.finalised();
    }

    public int rated() {
        return (int) members.stream().filter(Member::rated).count();
    }
}
