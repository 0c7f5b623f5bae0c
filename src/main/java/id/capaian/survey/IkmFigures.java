package id.capaian.survey;

import java.util.List;

/**
 * A unit's IKM in one period with everything that explains it: the computation (null without accepted responses),
 * the respondent profile, the services used, the suggestions, how many responses wait for moderation (not counted),
 * and the publication, if any, with whether responses changed since ({@code stale}).
 */
public record IkmFigures(Survey survey, IkmPeriod period, Ikm ikm, RespondentProfile profile, List<ServiceCount> services,
        List<String> suggestions, long flagged, long paper, Publication publication, boolean stale) {

    /** How many respondents used a service (the name is empty for responses without one). */
    public record ServiceCount(String name, long respondents) {
    }

    public IkmFigures {
        services = List.copyOf(services);
        suggestions = List.copyOf(suggestions);
    }

    public boolean hasData() {
        return ikm != null;
    }
}
