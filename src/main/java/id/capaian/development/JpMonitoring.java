package id.capaian.development;

import id.capaian.development.internal.training.TrainingAccess;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly JP (jam pelajaran) of every active employee: verified JP of trainings completed in the year, against
 * the agency's target (20 by default). Per employee for themselves, their line and the agency's administrators and
 * head; per unit (with its sub-units) and per agency for the administrators, the head, national administrators and
 * whoever heads the unit or a unit above it. A board is read in a fixed number of statements whatever the number of
 * employees: the target, the units, the figures per unit (grouped in SQL, rolled up the tree here) and the list of
 * those behind.
 */
@Service
@Transactional(readOnly = true)
public class JpMonitoring {

    /** How many of those behind a board lists (the largest shortfall first); the workbook lists everyone. */
    public static final int BEHIND_LIMIT = 300;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final JdbcClient jdbc;
    private final TrainingAccess access;

    JpMonitoring(JdbcClient jdbc, TrainingAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public static int currentYear() {
        return LocalDate.now(TrainingManagement.JAKARTA).getYear();
    }

    // ------------------------------------------------------------------ one employee

    /** An employee's JP in the year, for themselves, their line, the agency's administrators and head. */
    public JpProgress progress(Actor actor, long agencyId, long employeeId, int year) {
        actor.requireRead(agencyId);
        checkYear(year);
        if (!access.canSee(actor, agencyId, employeeId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        int target = DevelopmentSettings.find(jdbc, agencyId).jpTarget();
        return jdbc.sql("""
                SELECT e.id, e.nip, trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       u.name AS unit_name,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'VERIFIED'), 0) AS earned,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'COMPLETED'), 0) AS pending_jp,
                       count(x.id) FILTER (WHERE x.status = 'COMPLETED') AS pending
                FROM employee e
                LEFT JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN training_enrolment x ON x.employee_id = e.id AND x.status IN ('VERIFIED', 'COMPLETED')
                     AND x.completed_on BETWEEN :from AND :to
                WHERE e.id = :e AND e.agency_id = :a
                GROUP BY e.id, u.name
                """).param("e", employeeId).param("a", agencyId).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new JpProgress(rs.getLong("id"), rs.getString("nip"), rs.getString("name"), rs.getString("unit_name"),
                        year, rs.getInt("earned"), target, rs.getInt("pending_jp"), rs.getInt("pending")))
                .optional().orElseThrow(() -> new NotFoundException("employee", employeeId));
    }

    /** The JP of the people the actor appraises (their team), for the appraiser's own page; one statement. */
    public List<JpProgress> team(Actor actor, long agencyId, int year) {
        actor.requireRead(agencyId);
        checkYear(year);
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return List.of();
        }
        int target = DevelopmentSettings.find(jdbc, agencyId).jpTarget();
        return jdbc.sql("""
                SELECT e.id, e.nip, trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       u.name AS unit_name,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'VERIFIED'), 0) AS earned,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'COMPLETED'), 0) AS pending_jp,
                       count(x.id) FILTER (WHERE x.status = 'COMPLETED') AS pending
                FROM employee e
                LEFT JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN training_enrolment x ON x.employee_id = e.id AND x.status IN ('VERIFIED', 'COMPLETED')
                     AND x.completed_on BETWEEN :from AND :to
                WHERE e.agency_id = :a AND e.active AND coalesce(e.appraiser_id, e.superior_id) = :me AND e.id <> :me
                GROUP BY e.id, u.name
                ORDER BY earned, e.name, e.id
                """).param("a", agencyId).param("me", actor.employeeId()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new JpProgress(rs.getLong("id"), rs.getString("nip"), rs.getString("name"), rs.getString("unit_name"),
                        year, rs.getInt("earned"), target, rs.getInt("pending_jp"), rs.getInt("pending")))
                .list();
    }

    // ------------------------------------------------------------------ boards

    /** Whether the actor may see the board of the agency ({@code unitId} null) or of the unit. */
    public boolean canSeeBoard(Actor actor, long agencyId, Long unitId) {
        if (TrainingAccess.seesAgency(actor, agencyId)) {
            return true;
        }
        return unitId != null && actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId
                && access.headsUnitOrAbove(agencyId, unitId, actor.employeeId());
    }

    public void requireBoard(Actor actor, long agencyId, Long unitId) {
        actor.requireRead(agencyId);
        if (!canSeeBoard(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** The unit the actor heads (the top-most one), if any: where their "my unit" board starts. */
    public Optional<Long> headedUnit(Actor actor, long agencyId) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return Optional.empty();
        }
        return access.headedUnits(agencyId, actor.employeeId()).stream().findFirst();
    }

    public JpBoard agency(Actor actor, long agencyId, int year) {
        return board(actor, agencyId, null, year, BEHIND_LIMIT);
    }

    public JpBoard unit(Actor actor, long agencyId, long unitId, int year) {
        return board(actor, agencyId, unitId, year, BEHIND_LIMIT);
    }

    /**
     * The board of the agency ({@code unitId} null) or of a unit and its sub-units, listing at most {@code behindLimit}
     * of those behind.
     */
    public JpBoard board(Actor actor, long agencyId, Long unitId, int year, int behindLimit) {
        requireBoard(actor, agencyId, unitId);
        checkYear(year);
        int target = DevelopmentSettings.find(jdbc, agencyId).jpTarget();

        // the units, in tree order
        Map<Long, UnitNode> nodes = new LinkedHashMap<>();
        jdbc.sql("SELECT id, parent_id, code, name, active FROM org_unit WHERE agency_id = :a ORDER BY code, name, id")
                .param("a", agencyId)
                .query(rs -> {
                    nodes.put(rs.getLong("id"), new UnitNode(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                            rs.getString("code"), rs.getString("name"), rs.getBoolean("active")));
                });
        List<UnitNode> roots = new ArrayList<>();
        for (UnitNode n : nodes.values()) {
            UnitNode parent = n.parentId == null ? null : nodes.get(n.parentId);
            if (parent == null) {
                roots.add(n);
            } else {
                parent.children.add(n);
            }
        }
        UnitNode scope = null;
        if (unitId != null) {
            scope = nodes.get(unitId);
            if (scope == null) {
                throw new NotFoundException("unit", unitId);
            }
        }
        List<Long> scopeIds = new ArrayList<>();
        if (scope != null) {
            collect(scope, scopeIds);
        }

        // the figures per unit, in one statement
        Map<Long, JpUnitRow> direct = new HashMap<>();
        JpUnitRow[] none = {null};
        String filter = scope == null ? "" : " AND e.unit_id IN (:units)";
        var figures = jdbc.sql(PER_EMPLOYEE + filter + " GROUP BY e.id, e.unit_id)\n" + """
                SELECT unit_id, count(*) AS employees, count(*) FILTER (WHERE earned >= :target) AS met,
                       coalesce(sum(earned), 0) AS jp, coalesce(sum(pending), 0) AS pending
                FROM jp GROUP BY unit_id
                """).param("a", agencyId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param("target", target);
        if (scope != null) {
            figures = figures.param("units", scopeIds);
        }
        figures.query(rs -> {
            Long u = (Long) rs.getObject("unit_id");
            JpUnitRow row = new JpUnitRow(u, null, null, true, rs.getInt("employees"), rs.getInt("met"), rs.getLong("jp"),
                    rs.getInt("pending"), false);
            if (u == null) {
                none[0] = row;
            } else {
                direct.put(u, row);
            }
        });

        // rows: the unit's own people and each sub-unit with everything below it; or each top-level unit
        List<JpUnitRow> rows = new ArrayList<>();
        List<JpBoard.Crumb> path = new ArrayList<>();
        JpUnitRow total;
        if (scope != null) {
            JpUnitRow own = direct.get(scope.id);
            rows.add(own == null ? new JpUnitRow(scope.id, scope.code, scope.name, true, 0, 0, 0, 0, false)
                    : new JpUnitRow(scope.id, scope.code, scope.name, true, own.employees(), own.met(), own.jp(),
                            own.pendingVerifications(), false));
            for (UnitNode c : scope.children) {
                JpUnitRow r = rolled(c, direct);
                if (c.active || r.employees() > 0) {
                    rows.add(r);
                }
            }
            total = rolled(scope, direct);
            for (UnitNode n = scope; n != null; n = n.parentId == null ? null : nodes.get(n.parentId)) {
                path.add(0, new JpBoard.Crumb(n.id, n.code, n.name));
            }
        } else {
            total = new JpUnitRow(null, null, null, false, 0, 0, 0, 0, !roots.isEmpty());
            for (UnitNode r : roots) {
                JpUnitRow row = rolled(r, direct);
                if (r.active || row.employees() > 0) {
                    rows.add(row);
                }
                total = total.plus(row);
            }
            if (none[0] != null) {
                rows.add(none[0]);
                total = total.plus(none[0]);
            }
        }

        // those behind, the largest shortfall first, in one statement
        var behindQuery = jdbc.sql(PER_EMPLOYEE + filter + " GROUP BY e.id, e.unit_id)\n" + """
                SELECT jp.id, jp.earned, jp.pending_jp, e.nip,
                       trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       p.name AS position_name, e.unit_id, u.name AS unit_name
                FROM jp JOIN employee e ON e.id = jp.id
                LEFT JOIN position p ON p.id = e.position_id
                LEFT JOIN org_unit u ON u.id = e.unit_id
                WHERE jp.earned < :target
                ORDER BY jp.earned, u.name NULLS LAST, e.name, e.id
                LIMIT :limit
                """).param("a", agencyId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param("target", target).param("limit", Math.max(0, behindLimit));
        if (scope != null) {
            behindQuery = behindQuery.param("units", scopeIds);
        }
        List<JpBehind> behind = behindLimit <= 0 ? List.of() : behindQuery.query((rs, n) -> new JpBehind(rs.getLong("id"),
                rs.getString("nip"), rs.getString("name"), rs.getString("position_name"), (Long) rs.getObject("unit_id"),
                rs.getString("unit_name"), rs.getInt("earned"), rs.getInt("pending_jp"),
                new JpCompliance(rs.getInt("earned"), target).shortfall())).list();

        JpBoard.Crumb unit = scope == null ? null : new JpBoard.Crumb(scope.id, scope.code, scope.name);
        return new JpBoard(agencyId, year, target, unit, List.copyOf(path), total, List.copyOf(rows), behind, behindLimit);
    }

    /**
     * Every active employee of the agency (or of the units) with their verified and pending JP in the year: the
     * common part of the board's statements.
     */
    static final String PER_EMPLOYEE = """
            WITH jp AS (
                SELECT e.id, e.unit_id,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'VERIFIED'), 0) AS earned,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'COMPLETED'), 0) AS pending_jp,
                       count(x.id) FILTER (WHERE x.status = 'COMPLETED') AS pending
                FROM employee e
                LEFT JOIN training_enrolment x ON x.employee_id = e.id AND x.status IN ('VERIFIED', 'COMPLETED')
                     AND x.completed_on BETWEEN :from AND :to
                WHERE e.agency_id = :a AND e.active""";

    private static JpUnitRow rolled(UnitNode n, Map<Long, JpUnitRow> direct) {
        JpUnitRow own = direct.get(n.id);
        JpUnitRow sum = new JpUnitRow(n.id, n.code, n.name, false, 0, 0, 0, 0, !n.children.isEmpty());
        if (own != null) {
            sum = sum.plus(own);
        }
        for (UnitNode c : n.children) {
            sum = sum.plus(rolled(c, direct));
        }
        return sum;
    }

    private static void collect(UnitNode n, List<Long> out) {
        out.add(n.id);
        n.children.forEach(c -> collect(c, out));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.of("year", "validation.range", MIN_YEAR, MAX_YEAR);
        }
    }

    private static final class UnitNode {
        final long id;
        final Long parentId;
        final String code;
        final String name;
        final boolean active;
        final List<UnitNode> children = new ArrayList<>();

        UnitNode(long id, Long parentId, String code, String name, boolean active) {
            this.id = id;
            this.parentId = parentId;
            this.code = code;
            this.name = name;
            this.active = active;
        }
    }
}
