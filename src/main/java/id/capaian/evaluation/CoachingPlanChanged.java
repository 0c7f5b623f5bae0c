package id.capaian.evaluation;

/**
 * A coaching plan was proposed, agreed, changed or closed. Development and talent modules use it (an outcome of
 * NOT_IMPROVED, say, calls for a development plan).
 */
public record CoachingPlanChanged(long agencyId, long coachingPlanId, long employeeId, Long mentorId,
        CoachingPlan.Status status, CoachingPlan.Outcome outcome) {
}
