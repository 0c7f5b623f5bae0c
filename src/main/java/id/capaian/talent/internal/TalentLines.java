package id.capaian.talent.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporting line for talent data: a manager is "above" an employee when the manager is the employee's superior
 * or appraiser, or above either of them, up the whole chain (both links are followed, so an appraiser set apart from
 * the superior counts too). One recursive query each way; UNION stops at loops a bad import may have made.
 */
@Component
public class TalentLines {

    /**
     * The people below a manager, as a CTE named {@code below(id)} with the parameters {@code :agency} and
     * {@code :manager}, to put in front of a query that keeps {@code e.id IN (SELECT id FROM below)}.
     */
    public static final String BELOW = """
            WITH RECURSIVE below(id) AS (
                SELECT e.id FROM employee e
                WHERE e.agency_id = :agency AND (e.superior_id = :manager OR e.appraiser_id = :manager)
                UNION
                SELECT e.id FROM employee e JOIN below b ON e.superior_id = b.id OR e.appraiser_id = b.id
                WHERE e.agency_id = :agency
            )
            """;

    private final JdbcClient jdbc;

    TalentLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code manager} is the superior or appraiser of {@code employee}, or anywhere above them. */
    public boolean isAbove(long agencyId, long manager, long employee) {
        if (manager == employee) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.sql("""
                WITH RECURSIVE up(id) AS (
                    SELECT v.id FROM employee e CROSS JOIN LATERAL (VALUES (e.superior_id), (e.appraiser_id)) AS v(id)
                    WHERE e.id = :employee AND e.agency_id = :agency AND v.id IS NOT NULL
                    UNION
                    SELECT v.id FROM up JOIN employee e ON e.id = up.id
                    CROSS JOIN LATERAL (VALUES (e.superior_id), (e.appraiser_id)) AS v(id)
                    WHERE v.id IS NOT NULL AND e.agency_id = :agency
                )
                SELECT EXISTS (SELECT 1 FROM up WHERE id = :manager)
                """).param("employee", employee).param("manager", manager).param("agency", agencyId)
                .query(Boolean.class).single());
    }

    /** Whether anyone at all is below this employee (whether a "my team" view makes sense). */
    public boolean hasAnyoneBelow(long agencyId, long manager) {
        return jdbc.sql("""
                SELECT count(*) FROM employee e
                WHERE e.agency_id = :agency AND e.active AND (e.superior_id = :manager OR e.appraiser_id = :manager)
                """).param("agency", agencyId).param("manager", manager).query(Long.class).single() > 0;
    }
}
