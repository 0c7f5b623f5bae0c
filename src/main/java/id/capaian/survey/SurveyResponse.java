package id.capaian.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A response as moderators see it: the answers, profile, suggestion and officer feedback, how it arrived and what
 * became of it, and how many other responses came from the same client in the day before it (the client itself is
 * never shown).
 */
public record SurveyResponse(long id, long surveyId, String unitName, String serviceName, LocalDate surveyDate,
        Instant submittedAt, String channel, List<Integer> answers, Respondent.AgeBand ageBand, Respondent.Sex sex,
        Respondent.Education education, Respondent.Occupation occupation, String suggestion, String officerName,
        OfficerFeedbackKind officerKind, String officerText, ResponseStatus status, String flagReason,
        String moderatedBy, Instant moderatedAt, String moderationReason, long sameClient) {

    public SurveyResponse {
        answers = List.copyOf(answers);
    }

    public int answer(Element e) {
        return answers.get(e.ordinal());
    }
}
