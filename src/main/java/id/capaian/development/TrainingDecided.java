package id.capaian.development;

/** A certificate was verified (its JP count) or rejected with a reason (the employee may upload again). */
public record TrainingDecided(long agencyId, long enrolmentId, long employeeId, TrainingStatus status, String title,
        String reason, String decidedBy) {
}
