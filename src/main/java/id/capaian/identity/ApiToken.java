package id.capaian.identity;

import id.capaian.platform.Role;
import java.time.Instant;

/** A token another system uses to call the API, as listed (the secret itself is shown only once). */
public record ApiToken(long id, Long agencyId, String name, String prefix, Role role, String createdBy,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {
}
