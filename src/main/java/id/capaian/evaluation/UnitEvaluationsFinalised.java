package id.capaian.evaluation;

import java.util.List;

/**
 * The annual evaluations of a unit (its distribution population) were finalised in one step. One event for the
 * batch instead of one per employee: listeners read the results they need through {@link EvaluationManagement}.
 */
public record UnitEvaluationsFinalised(long agencyId, long periodId, long unitId, List<Long> evaluationIds) {
}
