package id.capaian.identity.internal;

import id.capaian.identity.ApiToken;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.Set;

/**
 * Another system calling the API with a token: it acts with the token's role in the token's agency. A unit-scoped
 * token ({@link #unitId()}) has no role in the agency; {@link BearerTokenFilter} lets it reach only the endpoints
 * made for unit-scoped tokens (realisations), which act for the people of its unit and below.
 */
public record TokenActor(ApiToken token) implements Actor {

    @Override public String username() { return "token:" + token.name(); }
    @Override public Long agencyId() { return token.agencyId(); }
    @Override public Long employeeId() { return null; }
    @Override public Set<Role> roles() { return token.unitScoped() ? Set.of() : Set.of(token.role()); }

    /** The unit a unit-scoped token is limited to (with the units below it), or null for an agency-wide token. */
    public Long unitId() {
        return token.unitId();
    }
}
