package id.capaian.survey;

import java.util.List;

/**
 * What the public form shows: the unit and agency names, the services and the officers a respondent may name (their
 * names only: no NIP, no position).
 */
public record PublicSurvey(long surveyId, long agencyId, String agencyName, String unitName, String token,
        List<OfferedService> services, List<Officer> officers) {

    /** An officer of the unit, as a citizen knows them. */
    public record Officer(long id, String name) {
    }
}
