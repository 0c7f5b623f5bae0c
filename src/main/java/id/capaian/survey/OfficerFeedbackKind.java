package id.capaian.survey;

/** What a respondent says about the officer who served them. */
public enum OfficerFeedbackKind {
    COMPLIMENT, COMPLAINT
}
