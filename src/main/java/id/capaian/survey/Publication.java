package id.capaian.survey;

import java.time.Instant;

/** A published IKM: as it was computed when published (with the rules then in force), by whom and when. */
public record Publication(long id, long surveyId, IkmPeriod period, Ikm ikm, String publishedBy, Instant publishedAt) {
}
