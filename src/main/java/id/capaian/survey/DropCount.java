package id.capaian.survey;

/** Submissions of a survey dropped without a response (a filled honeypot, over the rate limit), in the last 30 days. */
public record DropCount(long surveyId, String unitName, long honeypot, long rateLimited) {
}
