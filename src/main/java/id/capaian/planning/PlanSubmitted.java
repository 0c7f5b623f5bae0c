package id.capaian.planning;

/** An employee submitted a plan to their appraiser. */
public record PlanSubmitted(long agencyId, long planId, long employeeId, Long appraiserId, long periodId) {
}
