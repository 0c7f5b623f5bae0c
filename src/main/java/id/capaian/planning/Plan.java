package id.capaian.planning;

import java.time.Instant;
import java.util.List;

/**
 * An SKP: one employee's plan for one period, with its results, behaviour expectations and attachment
 * (lampiran: resource support, accountability, consequences). Unit, position and appraiser are those at
 * planning time.
 */
public record Plan(long id, long agencyId, long periodId, int year, long employeeId, String employeeName,
        String employeeNip, Long unitId, String unitName, Long positionId, String positionName, Long appraiserId,
        String appraiserName, String appraiserNip, PlanApproach approach, PlanStatus status, int revision,
        String resourceSupport, String accountability, String consequences, String returnedReason,
        Instant submittedAt, Instant approvedAt, int version, List<PlannedResult> results,
        List<BehaviourExpectation> behaviours) {

    /** The same plan with these results (the plan's query reads the header before its results). */
    Plan withResults(List<PlannedResult> results) {
        return new Plan(id, agencyId, periodId, year, employeeId, employeeName, employeeNip, unitId, unitName, positionId,
                positionName, appraiserId, appraiserName, appraiserNip, approach, status, revision, resourceSupport,
                accountability, consequences, returnedReason, submittedAt, approvedAt, version, List.copyOf(results), behaviours);
    }

    public List<PlannedResult> results(ResultKind kind) {
        return results.stream().filter(r -> r.kind() == kind).toList();
    }
}
