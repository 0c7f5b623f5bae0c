package id.capaian.identity.internal;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person: their account, agency, employee record and roles. Kept in the (database) session. */
public final class CapaianPrincipal implements UserDetails, CredentialsContainer, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Long agencyId;
    private final Long employeeId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private boolean mustChangePassword;
    private String passwordHash;

    public CapaianPrincipal(long accountId, String username, String displayName, Long agencyId, Long employeeId,
            Set<Role> roles, boolean enabled, Instant lockedUntil, boolean mustChangePassword, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.employeeId = employeeId;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public long accountId() { return accountId; }
    public String displayName() { return displayName; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public void passwordChanged() { this.mustChangePassword = false; }

    @Override public String username() { return username; }
    @Override public Long agencyId() { return agencyId; }
    @Override public Long employeeId() { return employeeId; }
    @Override public Set<Role> roles() { return roles; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return lockedUntil == null || lockedUntil.isBefore(Instant.now()); }
    @Override public boolean isEnabled() { return enabled; }
    @Override public void eraseCredentials() { passwordHash = null; }

    @Override
    public String toString() {
        return "CapaianPrincipal[" + username + "]";
    }
}
