package id.capaian.survey;

import java.time.LocalDate;

/** A compliment or complaint from a respondent about the officer who served them. */
public record CitizenFeedback(long id, long officerId, String officerName, String unitName, String serviceName,
        LocalDate surveyDate, OfficerFeedbackKind kind, String text) {
}
