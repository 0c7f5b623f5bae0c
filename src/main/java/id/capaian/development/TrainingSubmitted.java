package id.capaian.development;

/** An employee completed a training with a certificate: it waits for verification by HR or their appraiser. */
public record TrainingSubmitted(long agencyId, long enrolmentId, long employeeId, Long appraiserId, String title) {
}
