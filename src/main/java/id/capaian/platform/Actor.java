package id.capaian.platform;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whoever is acting: a signed-in person, another system with an API token, or the system itself. Every
 * service call takes one and checks it against the agency (tenant) and the role.
 */
public interface Actor {

    /** The name recorded in the audit trail: an account's NIP, {@code token:<name>} or {@code system}. */
    String username();

    /** The agency the actor belongs to; {@code null} only for national administrators and the system. */
    Long agencyId();

    /** The employee record of a person, if any. */
    Long employeeId();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    default boolean isNational() {
        return has(Role.NATIONAL_ADMIN);
    }

    /** Reading organisation data of an agency: its own people and the national administrators. */
    default boolean canRead(long agencyId) {
        return isNational() || (agencyId() != null && agencyId() == agencyId);
    }

    /** Changing organisation data and accounts of an agency. */
    default boolean canAdminister(long agencyId) {
        return isNational() || (has(Role.AGENCY_ADMIN) && agencyId() != null && agencyId() == agencyId);
    }

    default void requireRead(long agencyId) {
        if (!canRead(agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    default void requireAdminister(long agencyId) {
        if (!canAdminister(agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    default void requireNational() {
        if (!isNational()) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** The system itself (start-up, demo data, scheduled jobs): national rights, recorded as "system". */
    static Actor system() {
        return SystemActor.INSTANCE;
    }

    enum SystemActor implements Actor {
        INSTANCE;

        @Override public String username() { return "system"; }
        @Override public Long agencyId() { return null; }
        @Override public Long employeeId() { return null; }
        @Override public Set<Role> roles() { return Set.of(Role.NATIONAL_ADMIN); }
    }
}
