package id.capaian.planning;

/** An appraiser approved (set) an employee's plan. */
public record PlanApproved(long agencyId, long planId, long employeeId, long periodId, int revision) {
}
