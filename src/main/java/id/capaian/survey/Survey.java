package id.capaian.survey;

import java.time.Instant;
import java.util.List;

/**
 * A unit's satisfaction survey: reached by citizens through {@code /public/survey/<token>} while enabled; a new
 * token retires every printed link.
 */
public record Survey(long id, long agencyId, long unitId, String unitCode, String unitName, String token, boolean enabled,
        List<OfferedService> services, String createdBy, Instant createdAt, int version) {

    public Survey {
        services = List.copyOf(services);
    }

    public List<OfferedService> activeServices() {
        return services.stream().filter(OfferedService::active).toList();
    }

    /** The path of the public page (without host). */
    public String publicPath() {
        return "/public/survey/" + token;
    }
}
