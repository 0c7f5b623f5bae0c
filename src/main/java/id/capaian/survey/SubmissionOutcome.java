package id.capaian.survey;

/**
 * What became of a public submission. The respondent is thanked alike in every case, so that a bot learns nothing:
 * ACCEPTED counts; FLAGGED (the same answers from the same client within the duplicate window) waits for a
 * moderator; DROPPED (a filled honeypot field) is not stored, only counted.
 */
public enum SubmissionOutcome {
    ACCEPTED, FLAGGED, DROPPED
}
