package id.capaian.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Dialog kinerja: a recorded performance conversation between an appraiser and one appraisee, or several (a team
 * dialogue), with its notes, the obstacles raised and the actions agreed.
 */
public record Dialogue(long id, long agencyId, long appraiserId, String appraiserName, DialogueKind kind,
        DialogueStatus status, String topic, Instant scheduledAt, String place, String onlineLink, Instant heldAt,
        String notes, String cancelReason, Long creatorId, String createdBy, Instant createdAt, int version,
        List<Participant> participants, List<Obstacle> obstacles, List<DialogueAction> actions) {

    public boolean team() {
        return participants.size() > 1;
    }

    /** Whether the employee is the appraiser or one of the appraisees. */
    public boolean involves(Long employeeId) {
        return employeeId != null && (appraiserId == employeeId
                || participants.stream().anyMatch(p -> p.employeeId() == employeeId));
    }

    public List<Long> participantIds() {
        return participants.stream().map(Participant::employeeId).toList();
    }

    public long openActions() {
        return actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
    }
}
