package id.capaian.planning;

/** An appraiser returned a plan to its employee with a reason. */
public record PlanReturned(long agencyId, long planId, long employeeId, long periodId, String reason) {
}
