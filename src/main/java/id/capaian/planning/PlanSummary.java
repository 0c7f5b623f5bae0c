package id.capaian.planning;

import java.time.Instant;

/** A plan in a list: whose, which status, how many results. */
public record PlanSummary(long id, long periodId, long employeeId, String employeeName, String employeeNip,
        Long unitId, String unitName, String positionName, Long appraiserId, PlanStatus status, int revision,
        int results, int flagged, Instant submittedAt, Instant approvedAt) {
}
