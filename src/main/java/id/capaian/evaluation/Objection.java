package id.capaian.evaluation;

import java.time.Instant;

/** An objection (keberatan) to a final predikat, decided by the appraiser's superior. */
public record Objection(long id, long agencyId, long evaluationId, long employeeId, String employeeName, Long deciderId,
        String deciderName, String reason, Predikat requested, Status status, Instant filedAt, String decisionReason,
        Predikat decidedPredikat, String decidedBy, Instant decidedAt, Predikat currentPredikat, int year, int subPeriod,
        int version) {

    public enum Status {
        FILED, GRANTED, REJECTED, WITHDRAWN;

        public String messageKey() {
            return "evaluation.objection.status." + name();
        }
    }

    public boolean open() {
        return status == Status.FILED;
    }
}
