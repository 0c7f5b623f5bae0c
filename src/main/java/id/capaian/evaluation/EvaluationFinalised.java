package id.capaian.evaluation;

/**
 * An evaluation became final (a periodic one when rated, an annual one when its unit was finalised), or its
 * predikat changed by an objection ({@code changed}). Development and talent modules use it.
 */
public record EvaluationFinalised(long agencyId, long periodId, long evaluationId, long employeeId, EvaluationKind kind,
        int subPeriod, Predikat predikat, boolean changed) {
}
