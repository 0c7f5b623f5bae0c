package id.capaian.identity.internal;

import id.capaian.identity.ApiToken;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.Set;

/** Another system calling the API with a token: it acts with the token's role in the token's agency. */
record TokenActor(ApiToken token) implements Actor {

    @Override public String username() { return "token:" + token.name(); }
    @Override public Long agencyId() { return token.agencyId(); }
    @Override public Long employeeId() { return null; }
    @Override public Set<Role> roles() { return Set.of(token.role()); }
}
