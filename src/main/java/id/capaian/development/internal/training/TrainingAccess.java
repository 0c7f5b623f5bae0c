package id.capaian.development.internal.training;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an employee's trainings and JP. The employee sees their own; their line (the
 * appraiser and the superiors up the chain) sees theirs; the agency's administrators (BKPSDM) and head see the whole
 * agency; national administrators everything. Enrolling someone else: their appraiser or an administrator.
 * Verifying: an administrator or the appraiser, never one's own. Certificates (personal documents): the employee,
 * their line and the administrators only. Colleagues and other agencies see nothing.
 */
@Component
public class TrainingAccess {

    /** The employee a decision is about: where they stand in the agency. */
    public record Person(long id, long agencyId, String nip, String name, Long unitId, Long appraiserId, boolean active) {
    }

    private final JdbcClient jdbc;

    public TrainingAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> person(long agencyId, long employeeId) {
        return jdbc.sql("""
                SELECT id, agency_id, nip, trim(concat_ws(' ', nullif(front_title, ''), name)) || coalesce(', ' || nullif(back_title, ''), '') AS name,
                       unit_id, coalesce(appraiser_id, superior_id) AS appraiser_id, active
                FROM employee WHERE id = :id AND agency_id = :a
                """).param("id", employeeId).param("a", agencyId)
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("nip"), rs.getString("name"),
                        (Long) rs.getObject("unit_id"), (Long) rs.getObject("appraiser_id"), rs.getBoolean("active")))
                .optional();
    }

    public static boolean self(Actor actor, long agencyId, long employeeId) {
        return actor.employeeId() != null && actor.employeeId() == employeeId && actor.agencyId() != null
                && actor.agencyId() == agencyId;
    }

    /** The agency's administrators, its head and national administrators: they see every employee's training. */
    public static boolean seesAgency(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    public static boolean appraiser(Actor actor, Person p) {
        return actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == p.agencyId()
                && actor.employeeId().equals(p.appraiserId());
    }

    public boolean canSee(Actor actor, long agencyId, long employeeId) {
        if (seesAgency(actor, agencyId) || self(actor, agencyId, employeeId)) {
            return true;
        }
        return actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId
                && isAbove(actor.employeeId(), employeeId);
    }

    /** Enrolling them or recording a training for them: themselves, their appraiser, an administrator. */
    public boolean canActFor(Actor actor, Person p) {
        return self(actor, p.agencyId(), p.id()) || actor.canAdminister(p.agencyId()) || appraiser(actor, p);
    }

    /** Verifying their certificates: an administrator or their appraiser, never the employee themselves. */
    public boolean canVerify(Actor actor, Person p) {
        return !self(actor, p.agencyId(), p.id()) && (actor.canAdminister(p.agencyId()) || appraiser(actor, p));
    }

    /** Their certificates: themselves, their line and the administrators (not the head as such, nor colleagues). */
    public boolean canDownload(Actor actor, Person p) {
        if (self(actor, p.agencyId(), p.id()) || actor.canAdminister(p.agencyId())) {
            return true;
        }
        return actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == p.agencyId()
                && isAbove(actor.employeeId(), p.id());
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

    /** Everyone below {@code manager} (appraisees and their people, down the chain), in one statement. */
    public Set<Long> below(long agencyId, long manager) {
        return new HashSet<>(jdbc.sql("""
                WITH RECURSIVE down(id, depth) AS (
                    SELECT id, 0 FROM employee WHERE agency_id = :a AND coalesce(appraiser_id, superior_id) = :m AND id <> :m
                    UNION
                    SELECT e.id, down.depth + 1 FROM employee e JOIN down ON coalesce(e.appraiser_id, e.superior_id) = down.id
                    WHERE e.agency_id = :a AND down.depth < 30
                )
                SELECT DISTINCT id FROM down
                """).param("a", agencyId).param("m", manager).query(Long.class).list());
    }

    /** Whether the employee heads the unit or a unit above it. */
    public boolean headsUnitOrAbove(long agencyId, long unitId, long employeeId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, head, depth) AS (
                    SELECT id, parent_id, head_employee_id, 0 FROM org_unit WHERE id = :unit AND agency_id = :a
                    UNION ALL
                    SELECT u.id, u.parent_id, u.head_employee_id, up.depth + 1 FROM org_unit u JOIN up ON u.id = up.parent_id
                    WHERE up.depth < 50
                )
                SELECT count(*) FROM up WHERE head = :e
                """).param("unit", unitId).param("a", agencyId).param("e", employeeId).query(Long.class).single() > 0;
    }

    /** The units the employee heads, top-most first. */
    public List<Long> headedUnits(long agencyId, long employeeId) {
        return jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND head_employee_id = :e AND active ORDER BY code, id")
                .param("a", agencyId).param("e", employeeId).query(Long.class).list();
    }
}
