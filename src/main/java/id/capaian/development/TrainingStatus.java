package id.capaian.development;

/**
 * Where an enrolment stands: enrolled, completed with a certificate waiting for verification, verified (its JP
 * count), rejected with a reason (the employee may upload again), or cancelled (the seat is free again).
 */
public enum TrainingStatus {
    ENROLLED, COMPLETED, VERIFIED, REJECTED, CANCELLED;

    /** Whether the employee may (still) complete it with a certificate: enrolled, or rejected and to resubmit. */
    public boolean completable() {
        return this == ENROLLED || this == REJECTED;
    }

    /** Whether it may still be cancelled: nothing was verified yet and nothing waits for verification. */
    public boolean cancellable() {
        return this == ENROLLED || this == REJECTED;
    }

    public String messageKey() {
        return "training.status." + name();
    }
}
