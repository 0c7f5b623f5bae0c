package id.capaian.survey;

import java.util.Map;

/**
 * How the respondents of a period are made up: counts per age band, sex, education and occupation, with the number
 * who left each out.
 */
public record RespondentProfile(Map<Respondent.AgeBand, Long> ages, long agesUnknown, Map<Respondent.Sex, Long> sexes,
        long sexesUnknown, Map<Respondent.Education, Long> educations, long educationsUnknown,
        Map<Respondent.Occupation, Long> occupations, long occupationsUnknown) {

    public long age(Respondent.AgeBand b) {
        return ages.getOrDefault(b, 0L);
    }

    public long sex(Respondent.Sex s) {
        return sexes.getOrDefault(s, 0L);
    }

    public long education(Respondent.Education e) {
        return educations.getOrDefault(e, 0L);
    }

    public long occupation(Respondent.Occupation o) {
        return occupations.getOrDefault(o, 0L);
    }
}
