package id.capaian.evaluation;

/** An employee objected to a final predikat; {@code deciderId} is the appraiser's superior (may be null). */
public record ObjectionFiled(long agencyId, long objectionId, long evaluationId, long employeeId, Long deciderId) {
}
