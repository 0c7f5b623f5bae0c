package id.capaian.identity;

import id.capaian.platform.Role;
import java.time.Instant;

/**
 * A token another system uses to call the API, as listed (the secret itself is shown only once).
 *
 * @param unitId the unit a unit-scoped token is limited to (that unit and the units below it), e.g. a clinic's
 *     registry pushing realisations for the clinic's people only; {@code null} for an agency-wide token
 */
public record ApiToken(long id, Long agencyId, String name, String prefix, Role role, String createdBy,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked, Long unitId) {

    /** Whether the token is limited to one unit (and the units below it). */
    public boolean unitScoped() {
        return unitId != null;
    }
}
