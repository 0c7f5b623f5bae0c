package id.capaian.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A dialogue was scheduled, or its time or place changed ({@code rescheduled}). Everyone in it but the one who
 * scheduled it should hear of it.
 */
public record DialogueScheduled(long agencyId, long dialogueId, long appraiserId, List<Long> participantIds,
        Instant scheduledAt, String place, String onlineLink, Long scheduledByEmployeeId, boolean rescheduled) {

    public DialogueScheduled {
        participantIds = List.copyOf(participantIds);
    }
}
