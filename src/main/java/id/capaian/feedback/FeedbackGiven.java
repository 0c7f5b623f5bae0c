package id.capaian.feedback;

/**
 * Someone commented on a realisation: the appraiser (feedback) or the employee (a reply). {@code asksEvidence}:
 * the comment also asked for more evidence (tracking then publishes its own {@code EvidenceRequested}).
 */
public record FeedbackGiven(long agencyId, long planId, long realisationId, long feedbackId, long authorEmployeeId,
        Long recipientEmployeeId, boolean reply, boolean asksEvidence) {
}
