package id.capaian.planning;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a plan. The employee drafts their own; the appraiser may draft for them, sets the special
 * behaviour expectations, and approves or returns; everyone up the reporting line, the agency's administrators
 * and head, and national administrators may read.
 */
@Component
public class PlanAccess {

    private final JdbcClient jdbc;

    PlanAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isOwner(Actor actor, Plan plan) {
        return actor.employeeId() != null && actor.employeeId() == plan.employeeId();
    }

    public boolean isAppraiser(Actor actor, Plan plan) {
        return actor.employeeId() != null && plan.appraiserId() != null && actor.employeeId().equals(plan.appraiserId());
    }

    public boolean canView(Actor actor, Plan plan) {
        if (actor.isNational()) {
            return true;
        }
        if (actor.agencyId() == null || actor.agencyId() != plan.agencyId()) {
            return false;
        }
        if (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD) || isOwner(actor, plan) || isAppraiser(actor, plan)) {
            return true;
        }
        return actor.employeeId() != null && isAbove(actor.employeeId(), plan.employeeId());
    }

    /** Content may change while the plan is a draft or returned, by its owner or its appraiser. */
    public boolean canEdit(Actor actor, Plan plan) {
        return plan.status().editable() && (isOwner(actor, plan) || isAppraiser(actor, plan));
    }

    public boolean canDecide(Actor actor, Plan plan) {
        return plan.status() == PlanStatus.SUBMITTED && isAppraiser(actor, plan);
    }

    /** Whether {@code manager} is the appraiser or somewhere up the superiors of {@code employee}. */
    public boolean isAbove(long manager, long employee) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, next_id, depth) AS (
                    SELECT id, coalesce(appraiser_id, superior_id), 0 FROM employee WHERE id = :employee
                    UNION ALL
                    SELECT e.id, coalesce(e.appraiser_id, e.superior_id), up.depth + 1
                    FROM employee e JOIN up ON e.id = up.next_id WHERE up.depth < 30
                )
                SELECT count(*) FROM up WHERE next_id = :manager
                """).param("employee", employee).param("manager", manager).query(Long.class).single() > 0;
    }

    /** Whether the actor may create the plan of this employee: themselves, their appraiser. */
    public boolean canCreateFor(Actor actor, long employeeId, Long currentAppraiserId) {
        if (actor.employeeId() == null) {
            return false;
        }
        return actor.employeeId() == employeeId || actor.employeeId().equals(currentAppraiserId);
    }
}
