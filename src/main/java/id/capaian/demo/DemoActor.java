package id.capaian.demo;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.Set;

/**
 * A demo employee acting in person, as their signed-in account would: username is the NIP, the roles are the
 * account's. The services check this actor's rights exactly as they check a signed-in user's.
 */
record DemoActor(String username, Long agencyId, Long employeeId, Set<Role> roles) implements Actor {
}
