package id.capaian.feedback;

/** A new comment: its text, the comment it answers (if any), and whether it asks for more evidence. */
public class FeedbackForm {
    private String body;
    private Long parentId;
    private boolean asksEvidence;

    public FeedbackForm() {
    }

    public FeedbackForm(String body, Long parentId, boolean asksEvidence) {
        this.body = body;
        this.parentId = parentId;
        this.asksEvidence = asksEvidence;
    }

    public static FeedbackForm comment(String body) {
        return new FeedbackForm(body, null, false);
    }

    public static FeedbackForm reply(long parentId, String body) {
        return new FeedbackForm(body, parentId, false);
    }

    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isAsksEvidence() { return asksEvidence; }
    public void setAsksEvidence(boolean asksEvidence) { this.asksEvidence = asksEvidence; }
}
