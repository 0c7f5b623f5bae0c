package id.capaian.evaluation;

/** An objection was granted (the predikat changed) or rejected, with the reason. */
public record ObjectionDecided(long agencyId, long objectionId, long evaluationId, long employeeId, boolean granted,
        Predikat predikat, String reason) {
}
