package id.capaian.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A coaching plan (pembinaan) for an employee whose predikat is below expectation: proposed by the system when the
 * evaluation is final, with goals drawn from the results rated below expectation; agreed by the coach (the
 * appraiser) with a mentor and dates; followed with check-ins; closed with an outcome.
 */
public record CoachingPlan(long id, long agencyId, long employeeId, String employeeName, Long evaluationId, Integer year,
        Predikat predikat, Long coachId, String coachName, Long mentorId, String mentorName, Status status, String goals,
        LocalDate startsOn, LocalDate endsOn, Outcome outcome, String outcomeNote, Instant createdAt, int version,
        List<CheckIn> checkIns) {

    public enum Status {
        PROPOSED, ACTIVE, COMPLETED, CANCELLED;

        public String messageKey() {
            return "coaching.status." + name();
        }
    }

    public enum Outcome {
        IMPROVED, PARTLY, NOT_IMPROVED;

        public String messageKey() {
            return "coaching.outcome." + name();
        }
    }

    public enum Progress {
        ON_TRACK, AT_RISK, OFF_TRACK;

        public String messageKey() {
            return "coaching.progress." + name();
        }
    }

    public record CheckIn(long id, LocalDate heldOn, String note, Progress progress, String recordedBy, Instant recordedAt) {
    }

    public boolean open() {
        return status == Status.PROPOSED || status == Status.ACTIVE;
    }
}
