package id.capaian.organisation;

import static id.capaian.organisation.AgencyManagement.isBlank;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit tree of an agency: any depth, units can be moved, each with an optional head. */
@Service
@Transactional
public class UnitManagement {

    static final String SELECT = """
            SELECT u.*, p.name AS parent_name,
                   nullif(concat_ws(' ', nullif(h.front_title, ''), h.name) || coalesce(', ' || nullif(h.back_title, ''), ''), '') AS head_name
            FROM org_unit u
            LEFT JOIN org_unit p ON p.id = u.parent_id
            LEFT JOIN employee h ON h.id = u.head_employee_id
            """;

    static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getLong("id"), rs.getLong("agency_id"),
            (Long) rs.getObject("parent_id"), rs.getString("parent_name"), rs.getString("code"), rs.getString("name"),
            (Long) rs.getObject("head_employee_id"), rs.getString("head_name"), rs.getBoolean("active"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EmployeeManagement employees;

    UnitManagement(JdbcClient jdbc, AuditTrail audit, EmployeeManagement employees) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.employees = employees;
    }

    /** A unit with its depth in the tree, for indented lists and pickers. */
    public record TreeRow(Unit unit, int depth) {
    }

    /** All units of the agency in tree order (parents before children, siblings by code as agencies number them). */
    @Transactional(readOnly = true)
    public List<TreeRow> tree(Actor actor, long agencyId, boolean includeInactive) {
        actor.requireRead(agencyId);
        List<Unit> units = jdbc.sql(SELECT + " WHERE u.agency_id = :agency AND (:all OR u.active) ORDER BY u.code, u.name")
                .param("agency", agencyId).param("all", includeInactive).query(ROW).list();
        Map<Long, List<Unit>> children = new HashMap<>();
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<TreeRow> out = new ArrayList<>(units.size());
        roots.forEach(r -> walk(r, 0, children, out));
        return out;
    }

    private static void walk(Unit u, int depth, Map<Long, List<Unit>> children, List<TreeRow> out) {
        out.add(new TreeRow(u, depth));
        children.getOrDefault(u.id(), List.of()).forEach(c -> walk(c, depth + 1, children, out));
    }

    /** Units whose name or code matches, in tree order. */
    @Transactional(readOnly = true)
    public List<TreeRow> search(Actor actor, long agencyId, String query, boolean includeInactive) {
        List<TreeRow> all = tree(actor, agencyId, includeInactive);
        if (isBlank(query)) {
            return all;
        }
        String q = query.trim().toLowerCase();
        return all.stream().filter(r -> r.unit().name().toLowerCase().contains(q)
                || r.unit().code().toLowerCase().contains(q)).toList();
    }

    @Transactional(readOnly = true)
    public Unit get(Actor actor, long agencyId, long id) {
        actor.requireRead(agencyId);
        return find(agencyId, id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    Optional<Unit> find(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id AND u.agency_id = :agency")
                .param("id", id).param("agency", agencyId).query(ROW).optional();
    }

    /** The org chart: the unit tree with heads and staff counts, built from three queries whatever its size. */
    @Transactional(readOnly = true)
    public List<OrgChartNode> orgChart(Actor actor, long agencyId) {
        List<TreeRow> rows = tree(actor, agencyId, false);
        Map<Long, Integer> staff = new HashMap<>();
        jdbc.sql("SELECT unit_id, count(*) AS n FROM employee WHERE agency_id = :agency AND active AND unit_id IS NOT NULL GROUP BY unit_id")
                .param("agency", agencyId)
                .query(rs -> {
                    staff.put(rs.getLong("unit_id"), rs.getInt("n"));
                });
        List<Long> headIds = rows.stream().map(r -> r.unit().headEmployeeId()).filter(java.util.Objects::nonNull).toList();
        Map<Long, Employee> heads = employees.byIds(agencyId, headIds);
        Map<Long, List<TreeRow>> children = new LinkedHashMap<>();
        List<TreeRow> roots = new ArrayList<>();
        for (TreeRow r : rows) {
            if (r.depth() == 0) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.unit().parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        return roots.stream().map(r -> node(r.unit(), children, staff, heads)).toList();
    }

    private static OrgChartNode node(Unit u, Map<Long, List<TreeRow>> children, Map<Long, Integer> staff,
            Map<Long, Employee> heads) {
        List<OrgChartNode> kids = children.getOrDefault(u.id(), List.of()).stream()
                .map(c -> node(c.unit(), children, staff, heads)).toList();
        int own = staff.getOrDefault(u.id(), 0);
        int total = own + kids.stream().mapToInt(OrgChartNode::staffIncludingSubunits).sum();
        return new OrgChartNode(u, u.headEmployeeId() == null ? null : heads.get(u.headEmployeeId()), own, total, kids);
    }

    public Unit create(Actor actor, long agencyId, UnitForm form) {
        actor.requireAdminister(agencyId);
        validate(agencyId, null, form);
        long id = jdbc.sql("""
                INSERT INTO org_unit (agency_id, parent_id, code, name, head_employee_id)
                VALUES (:agency, :parent, :code, :name, :head) RETURNING id
                """)
                .param("agency", agencyId).param("parent", form.getParentId()).param("code", form.getCode().trim())
                .param("name", form.getName().trim()).param("head", form.getHeadEmployeeId())
                .query(Long.class).single();
        Unit created = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "unit", id, created.name(), null, created);
        return created;
    }

    public Unit update(Actor actor, long agencyId, long id, UnitForm form) {
        actor.requireAdminister(agencyId);
        Unit before = get(actor, agencyId, id);
        validate(agencyId, id, form);
        int updated = jdbc.sql("""
                UPDATE org_unit SET parent_id = :parent, code = :code, name = :name, head_employee_id = :head,
                       version = version + 1
                WHERE id = :id AND agency_id = :agency AND version = :version
                """)
                .param("parent", form.getParentId()).param("code", form.getCode().trim())
                .param("name", form.getName().trim()).param("head", form.getHeadEmployeeId())
                .param("id", id).param("agency", agencyId)
                .param("version", form.getVersion() == null ? before.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("unit", id);
        }
        Unit after = find(agencyId, id).orElseThrow();
        String action = java.util.Objects.equals(before.parentId(), after.parentId()) ? "UPDATE" : "MOVE";
        audit.record(actor, agencyId, action, "unit", id, after.name(), before, after);
        return after;
    }

    /** Moves a unit under another parent (or to the top with {@code null}). */
    public Unit move(Actor actor, long agencyId, long id, Long newParentId) {
        Unit u = get(actor, agencyId, id);
        UnitForm form = UnitForm.of(u);
        form.setParentId(newParentId);
        return update(actor, agencyId, id, form);
    }

    /** Deactivates a unit that no longer has active sub-units or staff; or reactivates one. */
    public Unit setActive(Actor actor, long agencyId, long id, boolean active) {
        actor.requireAdminister(agencyId);
        Unit before = get(actor, agencyId, id);
        if (!active) {
            var problems = new InvalidInputException.Collector();
            long subunits = jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = :id AND active")
                    .param("id", id).query(Long.class).single();
            if (subunits > 0) {
                problems.add("active", "unit.error.hasActiveSubunits", subunits);
            }
            long staff = jdbc.sql("SELECT count(*) FROM employee WHERE unit_id = :id AND active")
                    .param("id", id).query(Long.class).single();
            if (staff > 0) {
                problems.add("active", "unit.error.hasActiveStaff", staff);
            }
            problems.throwIfAny();
        } else if (before.parentId() != null && !find(agencyId, before.parentId()).map(Unit::active).orElse(false)) {
            throw InvalidInputException.of("active", "unit.error.parentInactive");
        }
        jdbc.sql("UPDATE org_unit SET active = :active, version = version + 1 WHERE id = :id")
                .param("active", active).param("id", id).update();
        Unit after = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, active ? "ACTIVATE" : "DEACTIVATE", "unit", id, after.name(), before, after);
        return after;
    }

    private void validate(long agencyId, Long id, UnitForm form) {
        var problems = new InvalidInputException.Collector();
        CodeAndName.check(problems, jdbc, "org_unit", agencyId, id, form.getCode(), form.getName());
        if (form.getParentId() != null) {
            Optional<Unit> parent = find(agencyId, form.getParentId());
            if (parent.isEmpty()) {
                problems.add("parentId", "unit.error.parentNotFound");
            } else if (!parent.get().active()) {
                problems.add("parentId", "unit.error.parentInactive");
            } else if (id != null && (form.getParentId().equals(id) || isDescendant(form.getParentId(), id))) {
                problems.add("parentId", "unit.error.cycle");
            }
        }
        if (form.getHeadEmployeeId() != null && !employees.existsActive(agencyId, form.getHeadEmployeeId())) {
            problems.add("headEmployeeId", "employee.error.notInAgency");
        }
        problems.throwIfAny();
    }

    /** Whether {@code candidate} lies below {@code ancestor} in the tree. */
    private boolean isDescendant(long candidate, long ancestor) {
        return jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT id, parent_id FROM org_unit WHERE id = :candidate
                    UNION ALL
                    SELECT u.id, u.parent_id FROM org_unit u JOIN up ON u.id = up.parent_id
                )
                SELECT count(*) FROM up WHERE id = :ancestor
                """).param("candidate", candidate).param("ancestor", ancestor).query(Long.class).single() > 0;
    }

    /** Ids of the unit and every unit below it. */
    @Transactional(readOnly = true)
    public List<Long> subtreeIds(long agencyId, long unitId) {
        return jdbc.sql("""
                WITH RECURSIVE down AS (
                    SELECT id FROM org_unit WHERE id = :unit AND agency_id = :agency
                    UNION ALL
                    SELECT u.id FROM org_unit u JOIN down ON u.parent_id = down.id
                )
                SELECT id FROM down
                """).param("unit", unitId).param("agency", agencyId).query(Long.class).list();
    }
}
