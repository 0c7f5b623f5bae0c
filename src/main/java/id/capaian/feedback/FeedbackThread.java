package id.capaian.feedback;

import java.util.List;

/** A comment and every reply to it (and to those replies), oldest first. */
public record FeedbackThread(Feedback root, List<Feedback> replies) {
}
