package id.capaian.feedback;

import java.time.Instant;

/**
 * One comment on a realisation: a new thread ({@code parentId} null) or a reply to a comment of the thread
 * ({@code threadId}: the first comment). {@code asksEvidence}: the appraiser asked for more evidence with it.
 */
public record Feedback(long id, long agencyId, long planId, long realisationId, Long parentId, Long threadId,
        long authorId, String authorName, Long recipientId, String body, boolean asksEvidence, Instant createdAt) {

    public boolean reply() {
        return parentId != null;
    }
}
