package id.capaian.organisation;

import static id.capaian.organisation.AgencyManagement.isBlank;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employees, their place in the organisation and their reporting lines. */
@Service
@Transactional
public class EmployeeManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static final String SELECT = """
            SELECT e.*, p.name AS position_name, p.kind AS position_kind, u.name AS unit_name,
                   nullif(concat_ws(' ', nullif(s.front_title, ''), s.name) || coalesce(', ' || nullif(s.back_title, ''), ''), '') AS superior_name,
                   coalesce(e.appraiser_id, e.superior_id) AS effective_appraiser_id,
                   nullif(concat_ws(' ', nullif(a.front_title, ''), a.name) || coalesce(', ' || nullif(a.back_title, ''), ''), '') AS appraiser_name
            FROM employee e
            LEFT JOIN position p ON p.id = e.position_id
            LEFT JOIN org_unit u ON u.id = e.unit_id
            LEFT JOIN employee s ON s.id = e.superior_id
            LEFT JOIN employee a ON a.id = coalesce(e.appraiser_id, e.superior_id)
            """;

    static final RowMapper<Employee> ROW = (rs, n) -> new Employee(rs.getLong("id"), rs.getLong("agency_id"),
            rs.getString("nip"), rs.getString("name"), rs.getString("front_title"), rs.getString("back_title"),
            AsnType.valueOf(rs.getString("asn_type")), rs.getString("rank_grade"), rs.getString("email"),
            (Long) rs.getObject("position_id"), rs.getString("position_name"),
            rs.getString("position_kind") == null ? null : PositionKind.valueOf(rs.getString("position_kind")),
            (Long) rs.getObject("unit_id"), rs.getString("unit_name"), (Long) rs.getObject("superior_id"),
            rs.getString("superior_name"), (Long) rs.getObject("effective_appraiser_id"), rs.getString("appraiser_name"),
            rs.getObject("appraiser_id") != null, rs.getBoolean("active"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EmployeeManagement(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Search criteria: free text over name and NIP, a unit (with its sub-units), active or all. */
    public record Search(String query, Long unitId, boolean includeSubunits, Boolean active, int page, int size) {
        public Search {
            page = Math.max(page, 0);
            size = PageResult.clampSize(size);
        }
    }

    @Transactional(readOnly = true)
    public PageResult<Employee> search(Actor actor, long agencyId, Search search) {
        actor.requireRead(agencyId);
        String q = isBlank(search.query()) ? null : "%" + search.query().replaceAll("\\s", "").toLowerCase() + "%";
        String unitFilter = search.unitId() == null ? "" : search.includeSubunits()
                ? " AND e.unit_id IN (WITH RECURSIVE down AS (SELECT id FROM org_unit WHERE id = :unit"
                        + " UNION ALL SELECT c.id FROM org_unit c JOIN down ON c.parent_id = down.id) SELECT id FROM down)"
                : " AND e.unit_id = :unit";
        String where = " WHERE e.agency_id = :agency"
                + " AND (CAST(:active AS boolean) IS NULL OR e.active = :active)"
                + " AND (CAST(:q AS varchar) IS NULL OR replace(lower(e.name), ' ', '') LIKE :q OR e.nip LIKE :q)"
                + unitFilter;
        var count = jdbc.sql("SELECT count(*) FROM employee e" + where)
                .param("agency", agencyId).param("active", search.active()).param("q", q);
        var rows = jdbc.sql(SELECT + where + " ORDER BY e.name, e.id LIMIT :limit OFFSET :offset")
                .param("agency", agencyId).param("active", search.active()).param("q", q)
                .param("limit", search.size()).param("offset", (long) search.page() * search.size());
        if (search.unitId() != null) {
            count = count.param("unit", search.unitId());
            rows = rows.param("unit", search.unitId());
        }
        long total = count.query(Long.class).single();
        return new PageResult<>(rows.query(ROW).list(), search.page(), search.size(), total);
    }

    /** Everyone of the agency, active first, for pickers (superior, appraiser, unit head). */
    @Transactional(readOnly = true)
    public List<Employee> activeInAgency(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql(SELECT + " WHERE e.agency_id = :agency AND e.active ORDER BY e.name")
                .param("agency", agencyId).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Employee get(Actor actor, long agencyId, long id) {
        actor.requireRead(agencyId);
        return find(agencyId, id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    Optional<Employee> find(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND e.agency_id = :agency")
                .param("id", id).param("agency", agencyId).query(ROW).optional();
    }

    /** An employee by NIP, whatever the agency: for sign-in and account linking, not for display. */
    @Transactional(readOnly = true)
    public Optional<Employee> findByNip(String nip) {
        return jdbc.sql(SELECT + " WHERE e.nip = :nip").param("nip", nip).query(ROW).optional();
    }

    /**
     * Employees by NIP (trimmed, as the keys of the answer), whatever the agency, in one statement (a batch of
     * pushes); NIPs not found are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Employee> findByNips(Collection<String> nips) {
        if (nips.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE e.nip = ANY(CAST(:nips AS VARCHAR[]))").param("nips", nips.toArray(String[]::new))
                .query(ROW).list().stream().collect(Collectors.toMap(e -> e.nip().trim(), Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<Long, Employee> byIds(long agencyId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE e.agency_id = :agency AND e.id IN (:ids)")
                .param("agency", agencyId).param("ids", ids).query(ROW).list().stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));
    }

    boolean existsActive(long agencyId, long id) {
        return jdbc.sql("SELECT count(*) FROM employee WHERE id = :id AND agency_id = :agency AND active")
                .param("id", id).param("agency", agencyId).query(Long.class).single() > 0;
    }

    /** The direct reports of an employee. */
    @Transactional(readOnly = true)
    public List<Employee> subordinates(Actor actor, long agencyId, long employeeId) {
        actor.requireRead(agencyId);
        return jdbc.sql(SELECT + " WHERE e.agency_id = :agency AND e.superior_id = :id AND e.active ORDER BY e.name")
                .param("agency", agencyId).param("id", employeeId).query(ROW).list();
    }

    /** The people this employee appraises: direct reports without an override, plus overrides naming them. */
    @Transactional(readOnly = true)
    public List<Employee> appraisees(Actor actor, long agencyId, long appraiserId) {
        actor.requireRead(agencyId);
        return jdbc.sql(SELECT + " WHERE e.agency_id = :agency AND coalesce(e.appraiser_id, e.superior_id) = :id"
                        + " AND e.active ORDER BY e.name")
                .param("agency", agencyId).param("id", appraiserId).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public List<EmployeeHistoryEntry> history(Actor actor, long agencyId, long employeeId) {
        get(actor, agencyId, employeeId);
        return jdbc.sql("""
                SELECT kind, detail, effective_on, recorded_at, recorded_by FROM employee_history
                WHERE employee_id = :id ORDER BY recorded_at DESC, id DESC
                """).param("id", employeeId)
                .query((rs, n) -> new EmployeeHistoryEntry(rs.getString("kind"), rs.getString("detail"),
                        rs.getObject("effective_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    public Employee create(Actor actor, long agencyId, EmployeeForm form) {
        actor.requireAdminister(agencyId);
        Nip nip = validate(agencyId, null, form);
        long id = jdbc.sql("""
                INSERT INTO employee (agency_id, nip, name, front_title, back_title, asn_type, rank_grade, email,
                                      position_id, unit_id, superior_id, appraiser_id)
                VALUES (:agency, :nip, :name, :front, :back, :type, :rank, :email, :position, :unit, :superior, :appraiser)
                RETURNING id
                """)
                .param("agency", agencyId).param("nip", nip.value()).params(columns(form))
                .query(Long.class).single();
        recordHistory(actor, agencyId, id, "APPOINTED", null, today());
        Employee created = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "employee", id, created.displayName(), null, created);
        return created;
    }

    public Employee update(Actor actor, long agencyId, long id, EmployeeForm form) {
        actor.requireAdminister(agencyId);
        Employee before = get(actor, agencyId, id);
        Nip nip = validate(agencyId, id, form);
        int updated = jdbc.sql("""
                UPDATE employee SET nip = :nip, name = :name, front_title = :front, back_title = :back, asn_type = :type,
                       rank_grade = :rank, email = :email, position_id = :position, unit_id = :unit,
                       superior_id = :superior, appraiser_id = :appraiser, version = version + 1
                WHERE id = :id AND agency_id = :agency AND version = :version
                """)
                .param("nip", nip.value()).params(columns(form)).param("id", id).param("agency", agencyId)
                .param("version", form.getVersion() == null ? before.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("employee", id);
        }
        Employee after = find(agencyId, id).orElseThrow();
        if (!Objects.equals(before.unitId(), after.unitId())) {
            recordHistory(actor, agencyId, id, "MOVED_UNIT", before.unitName() + " → " + after.unitName(), today());
        }
        if (!Objects.equals(before.positionId(), after.positionId())) {
            recordHistory(actor, agencyId, id, "CHANGED_POSITION", before.positionName() + " → " + after.positionName(), today());
        }
        if (!Objects.equals(before.superiorId(), after.superiorId())) {
            recordHistory(actor, agencyId, id, "CHANGED_SUPERIOR", before.superiorName() + " → " + after.superiorName(), today());
        }
        audit.record(actor, agencyId, "UPDATE", "employee", id, after.displayName(), before, after);
        return after;
    }

    /**
     * Deactivates an employee (retired, moved out, passed away) with a reason and a date. Refused while they are
     * still someone's direct superior or appraiser, so that no one is left without one; a unit they head loses
     * its head.
     */
    public Employee deactivate(Actor actor, long agencyId, long id, String reason, LocalDate effectiveOn) {
        actor.requireAdminister(agencyId);
        Employee before = get(actor, agencyId, id);
        var problems = new InvalidInputException.Collector();
        if (!before.active()) {
            problems.add("active", "employee.error.alreadyInactive");
        }
        if (isBlank(reason)) {
            problems.add("reason", "validation.required");
        }
        long reports = jdbc.sql("SELECT count(*) FROM employee WHERE active AND (superior_id = :id OR appraiser_id = :id)")
                .param("id", id).query(Long.class).single();
        if (reports > 0) {
            problems.add("active", "employee.error.hasReports", reports);
        }
        problems.throwIfAny();
        jdbc.sql("UPDATE employee SET active = FALSE, version = version + 1 WHERE id = :id").param("id", id).update();
        jdbc.sql("UPDATE org_unit SET head_employee_id = NULL, version = version + 1 WHERE head_employee_id = :id")
                .param("id", id).update();
        recordHistory(actor, agencyId, id, "DEACTIVATED", reason.trim(), effectiveOn == null ? today() : effectiveOn);
        Employee after = find(agencyId, id).orElseThrow();
        events.publishEvent(new EmployeeDeactivated(actor, agencyId, id, reason.trim(), effectiveOn == null ? today() : effectiveOn));
        audit.record(actor, agencyId, "DEACTIVATE", "employee", id, after.displayName() + ": " + reason.trim(), before, after);
        return after;
    }

    public Employee reactivate(Actor actor, long agencyId, long id, String reason) {
        actor.requireAdminister(agencyId);
        Employee before = get(actor, agencyId, id);
        if (before.active()) {
            throw InvalidInputException.of("active", "employee.error.alreadyActive");
        }
        jdbc.sql("UPDATE employee SET active = TRUE, version = version + 1 WHERE id = :id").param("id", id).update();
        recordHistory(actor, agencyId, id, "REACTIVATED", isBlank(reason) ? null : reason.trim(), today());
        Employee after = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "ACTIVATE", "employee", id, after.displayName(), before, after);
        return after;
    }

    void recordHistory(Actor actor, long agencyId, long employeeId, String kind, String detail, LocalDate on) {
        jdbc.sql("""
                INSERT INTO employee_history (agency_id, employee_id, kind, detail, effective_on, recorded_by)
                VALUES (:agency, :employee, :kind, :detail, :on, :by)
                """).param("agency", agencyId).param("employee", employeeId).param("kind", kind)
                .param("detail", detail).param("on", on).param("by", actor.username()).update();
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    private static Map<String, Object> columns(EmployeeForm f) {
        var m = new java.util.HashMap<String, Object>();
        m.put("name", f.getName().trim());
        m.put("front", trimToNull(f.getFrontTitle()));
        m.put("back", trimToNull(f.getBackTitle()));
        m.put("type", f.getAsnType().name());
        m.put("rank", trimToNull(f.getRankGrade()));
        m.put("email", trimToNull(f.getEmail()));
        m.put("position", f.getPositionId());
        m.put("unit", f.getUnitId());
        m.put("superior", f.getSuperiorId());
        m.put("appraiser", f.getAppraiserId() != null && f.getAppraiserId().equals(f.getSuperiorId()) ? null : f.getAppraiserId());
        return m;
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Checks every field and returns the parsed NIP; throws all problems together. */
    private Nip validate(long agencyId, Long id, EmployeeForm form) {
        var problems = new InvalidInputException.Collector();
        Nip.Result nip = Nip.check(form.getNip());
        if (!nip.valid()) {
            problems.add("nip", nip.errorCode());
        } else if (jdbc.sql("SELECT count(*) FROM employee WHERE nip = :nip AND id <> :id")
                .param("nip", nip.nip().value()).param("id", id == null ? -1 : id).query(Long.class).single() > 0) {
            problems.add("nip", "nip.error.duplicate", nip.nip().value());
        }
        if (isBlank(form.getName())) {
            problems.add("name", "validation.required");
        } else if (form.getName().trim().length() > 150) {
            problems.add("name", "validation.tooLong", 150);
        }
        if (form.getFrontTitle() != null && form.getFrontTitle().length() > 50) {
            problems.add("frontTitle", "validation.tooLong", 50);
        }
        if (form.getBackTitle() != null && form.getBackTitle().length() > 80) {
            problems.add("backTitle", "validation.tooLong", 80);
        }
        if (form.getAsnType() == null) {
            problems.add("asnType", "validation.required");
        } else {
            if (nip.valid() && nip.nip().type() != form.getAsnType()) {
                problems.add("asnType", "employee.error.typeMismatch", nip.nip().type().name());
            }
            if (!RankGrade.isValid(form.getAsnType(), form.getRankGrade())) {
                problems.add("rankGrade", form.getAsnType() == AsnType.PNS ? "employee.error.rankPns" : "employee.error.gradePppk");
            }
        }
        if (!isBlank(form.getEmail()) && !EMAIL.matcher(form.getEmail().trim()).matches()) {
            problems.add("email", "validation.email");
        }
        if (form.getPositionId() != null && countIn("position", agencyId, form.getPositionId()) == 0) {
            problems.add("positionId", "employee.error.positionNotInAgency");
        }
        if (form.getUnitId() != null && countIn("org_unit", agencyId, form.getUnitId()) == 0) {
            problems.add("unitId", "employee.error.unitNotInAgency");
        }
        if (form.getSuperiorId() != null) {
            if (form.getSuperiorId().equals(id)) {
                problems.add("superiorId", "employee.error.selfSuperior");
            } else if (!existsActive(agencyId, form.getSuperiorId())) {
                problems.add("superiorId", "employee.error.notInAgency");
            } else if (id != null && reportsTo(form.getSuperiorId(), id)) {
                problems.add("superiorId", "employee.error.superiorCycle");
            }
        }
        if (form.getAppraiserId() != null) {
            if (form.getAppraiserId().equals(id)) {
                problems.add("appraiserId", "employee.error.selfAppraiser");
            } else if (!existsActive(agencyId, form.getAppraiserId())) {
                problems.add("appraiserId", "employee.error.notInAgency");
            }
        }
        problems.throwIfAny();
        return nip.nip();
    }

    private long countIn(String table, long agencyId, long id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id AND agency_id = :agency AND active")
                .param("id", id).param("agency", agencyId).query(Long.class).single();
    }

    /** Whether {@code employee}'s chain of superiors reaches {@code manager}. */
    private boolean reportsTo(long employee, long manager) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, superior_id, depth) AS (
                    SELECT id, superior_id, 0 FROM employee WHERE id = :employee
                    UNION ALL
                    SELECT e.id, e.superior_id, up.depth + 1 FROM employee e JOIN up ON e.id = up.superior_id
                    WHERE up.depth < 100
                )
                SELECT count(*) FROM up WHERE id = :manager
                """).param("employee", employee).param("manager", manager).query(Long.class).single() > 0;
    }
}
