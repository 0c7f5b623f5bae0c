package id.capaian.development.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting line as development needs it: whether someone is the appraiser or a superior somewhere above an
 * employee, and whether someone heads a unit or a unit above it. One statement each.
 */
@Component
public class DevelopmentLines {

    private final JdbcClient jdbc;

    DevelopmentLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code manager} is the appraiser or somewhere up the superiors (and their appraisers) of {@code employee}. */
    @Transactional(readOnly = true)
    public boolean isAbove(long manager, long employee) {
        if (manager == employee) {
            return false;
        }
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

    /** Whether the employee heads this unit or a unit above it. */
    @Transactional(readOnly = true)
    public boolean headsUnitOrAbove(long agencyId, long unitId, long employeeId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, head, depth) AS (
                    SELECT id, parent_id, head_employee_id, 0 FROM org_unit WHERE id = :unit AND agency_id = :agency
                    UNION ALL
                    SELECT u.id, u.parent_id, u.head_employee_id, up.depth + 1 FROM org_unit u JOIN up ON u.id = up.parent_id
                    WHERE up.depth < 50
                )
                SELECT count(*) FROM up WHERE head = :employee
                """).param("unit", unitId).param("agency", agencyId).param("employee", employeeId)
                .query(Long.class).single() > 0;
    }
}
