package id.capaian.identity;

import id.capaian.platform.Role;
import java.time.Instant;
import java.util.Set;

/** An account as administrators see it (never with its password hash). */
public record Account(long id, String username, String displayName, Long agencyId, Long employeeId, Set<Role> roles,
        boolean enabled, boolean mustChangePassword, int failedAttempts, Instant lockedUntil, Instant lastLoginAt,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
