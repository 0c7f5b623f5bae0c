package id.capaian.feedback;

import java.time.Instant;
import java.util.List;

/** A dialogue in a list: when, with whom, where it stands, and how many of its actions are still open. */
public record DialogueSummary(long id, String topic, DialogueKind kind, DialogueStatus status, Instant scheduledAt,
        Instant heldAt, long appraiserId, String appraiserName, List<String> participantNames, boolean appraiser,
        int obstacles, int openActions, int actions) {

    /** When it took place, or is to take place. */
    public Instant when() {
        return heldAt != null ? heldAt : scheduledAt;
    }
}
