package id.capaian.evaluation.internal.documents;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see the documents of a unit: the agency's administrators and head, national administrators, and the
 * leader chain of the unit (its head and the heads of the units above it). An employee's own evaluation document
 * follows the plan's rules instead (see {@code EvaluationManagement.get}).
 */
@Component
public class DocumentAccess {

    private final JdbcClient jdbc;

    DocumentAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Administrators and the head of the agency, and national administrators. */
    public boolean seesAgency(Actor actor, long agencyId) {
        return actor.isNational() || actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId));
    }

    /** {@link #seesAgency}, or the head of the unit or of a unit above it. */
    public boolean seesUnit(Actor actor, long agencyId, long unitId) {
        return seesAgency(actor, agencyId) || leads(actor, agencyId, unitId);
    }

    /** Whether the actor heads the unit or a unit above it (in the unit's own agency). */
    public boolean leads(Actor actor, long agencyId, long unitId) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return false;
        }
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, head, depth) AS (
                    SELECT id, parent_id, head_employee_id, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, o.head_employee_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id
                    WHERE up.depth < 40
                )
                SELECT count(*) FROM up WHERE head = :me
                """).param("u", unitId).param("a", agencyId).param("me", actor.employeeId()).query(Long.class).single() > 0;
    }
}
