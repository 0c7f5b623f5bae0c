package id.capaian.survey;

/** ACCEPTED responses count in the IKM; FLAGGED ones wait for a moderator; REJECTED ones never count. */
public enum ResponseStatus {
    ACCEPTED, FLAGGED, REJECTED
}
