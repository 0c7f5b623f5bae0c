package id.capaian.survey.internal;

import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a unit's survey. The agency's administrators, its head and national administrators see
 * every unit; the head of a unit sees that unit and the units below it (a Kepala Dinas sees the Puskesmas under the
 * Dinas). Only administrators (of the agency, or national) set surveys up, moderate, import and publish.
 */
@Component
public class SurveyAccess {

    private final UnitManagement units;

    SurveyAccess(UnitManagement units) {
        this.units = units;
    }

    public boolean readsAll(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    /** The units the actor heads, with everything below them (empty for anyone who heads none). */
    public Set<Long> headedUnits(Actor actor, long agencyId) {
        Set<Long> out = new HashSet<>();
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return out;
        }
        for (UnitManagement.TreeRow row : units.tree(Actor.system(), agencyId, false)) {
            if (actor.employeeId().equals(row.unit().headEmployeeId())) {
                out.addAll(units.subtreeIds(agencyId, row.unit().id()));
            }
        }
        return out;
    }

    public boolean canRead(Actor actor, long agencyId, long unitId) {
        return readsAll(actor, agencyId) || headedUnits(actor, agencyId).contains(unitId);
    }

    public void requireRead(Actor actor, long agencyId, long unitId) {
        if (!canRead(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** Whether the actor sees anything of the agency's surveys: all of them, or those of the units they head. */
    public boolean readsAny(Actor actor, long agencyId) {
        return readsAll(actor, agencyId) || !headedUnits(actor, agencyId).isEmpty();
    }

    public boolean canManage(Actor actor, long agencyId) {
        return actor.canAdminister(agencyId);
    }

    public void requireManage(Actor actor, long agencyId) {
        actor.requireAdminister(agencyId);
    }
}
