package id.capaian.development;

import id.capaian.audit.AuditTrail;
import id.capaian.development.internal.AssessmentSheet;
import id.capaian.development.internal.DevelopmentLines;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competencies (PermenPAN-RB 38/2017): the dictionary (the national managerial and socio-cultural competencies,
 * read-only for agencies, and each agency's own technical ones), the level each position requires (the position
 * standard), assessment results (one at a time or imported from a workbook, all rows or none; every result kept,
 * the latest per competency being the profile), and the gaps of an employee and of a unit.
 * <p>
 * Access: the dictionary and the standards are read by everyone of the agency and changed by its administrators; a
 * profile is seen by the employee, their line (the appraiser and superiors up the chain), the agency's
 * administrators and head, and national administrators; the gaps of a unit by administrators, the agency head and
 * the heads of the unit or a unit above it. Colleagues and other agencies see nothing.
 */
@Service
@Transactional
public class CompetencyManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,39}");
    static final Pattern NIP = Pattern.compile("\\d{18}");

    /** The columns of the import file, in the template's order, with the header names accepted for each. */
    public enum Column {
        NIP("NIP"), COMPETENCY("KODE_KOMPETENSI", "COMPETENCY_CODE", "KODE"), LEVEL("LEVEL", "TINGKAT"),
        DATE("TANGGAL", "DATE", "TANGGAL_ASESMEN"), METHOD("METODE", "METHOD"), ASSESSOR("ASESOR", "ASSESSOR", "PENILAI");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        /** The name in the template's header row. */
        public String header() {
            return names.get(0);
        }

        public boolean required() {
            return this != METHOD && this != ASSESSOR;
        }

        boolean matches(String cell) {
            String n = cell == null ? "" : cell.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            return names.contains(n);
        }
    }

    private final JdbcClient jdbc;
    private final EmployeeManagement employees;
    private final PositionManagement positions;
    private final UnitManagement units;
    private final DevelopmentLines lines;
    private final AuditTrail audit;

    CompetencyManagement(JdbcClient jdbc, EmployeeManagement employees, PositionManagement positions,
            UnitManagement units, DevelopmentLines lines, AuditTrail audit) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.positions = positions;
        this.units = units;
        this.lines = lines;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    // ---------------------------------------------------------------- access

    /** Administrators and the head of the agency, and national administrators: everyone's development data. */
    public boolean isHr(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    /** The employee, their line (appraiser, superiors up the chain), HR of the agency and national administrators. */
    public boolean canSee(Actor actor, long agencyId, long employeeId) {
        if (isHr(actor, agencyId)) {
            return true;
        }
        if (actor.agencyId() == null || actor.agencyId() != agencyId || actor.employeeId() == null) {
            return false;
        }
        return actor.employeeId() == employeeId || lines.isAbove(actor.employeeId(), employeeId);
    }

    void requireSee(Actor actor, long agencyId, long employeeId) {
        if (!canSee(actor, agencyId, employeeId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** Administrators, the agency head, national administrators, and the heads of the unit or a unit above it. */
    public boolean canSeeUnit(Actor actor, long agencyId, long unitId) {
        if (isHr(actor, agencyId)) {
            return true;
        }
        return actor.agencyId() != null && actor.agencyId() == agencyId && actor.employeeId() != null
                && lines.headsUnitOrAbove(agencyId, unitId, actor.employeeId());
    }

    /** Who may record an assessment result: administrators with any method, the direct appraiser as supervisor. */
    public boolean canAssess(Actor actor, Employee employee) {
        return actor.canAdminister(employee.agencyId()) || (actor.employeeId() != null
                && actor.agencyId() != null && actor.agencyId() == employee.agencyId()
                && actor.employeeId().equals(employee.appraiserId()));
    }

    // ---------------------------------------------------------------- the dictionary

    private static final String COMPETENCY = "SELECT * FROM competency c";

    static Competency competency(ResultSet rs) throws SQLException {
        List<String> levels = new ArrayList<>(5);
        for (int i = 1; i <= 5; i++) {
            levels.add(rs.getString("level_" + i));
        }
        return new Competency(rs.getLong("id"), (Long) rs.getObject("agency_id"), CompetencyKind.valueOf(rs.getString("kind")),
                rs.getString("code"), rs.getString("name"), rs.getString("description"), levels, rs.getBoolean("active"),
                rs.getInt("version"));
    }

    /** The national competencies and the agency's own, by kind (managerial, socio-cultural, technical) and name. */
    @Transactional(readOnly = true)
    public List<Competency> dictionary(Actor actor, long agencyId, boolean includeInactive) {
        actor.requireRead(agencyId);
        return jdbc.sql(COMPETENCY + """
                 WHERE (c.agency_id IS NULL OR c.agency_id = :a) AND (:all OR c.active)
                 ORDER BY CASE c.kind WHEN 'MANAJERIAL' THEN 0 WHEN 'SOSIAL_KULTURAL' THEN 1 ELSE 2 END,
                          c.agency_id NULLS FIRST, c.name
                """).param("a", agencyId).param("all", includeInactive).query((rs, n) -> competency(rs)).list();
    }

    @Transactional(readOnly = true)
    public Competency get(Actor actor, long agencyId, long competencyId) {
        actor.requireRead(agencyId);
        return find(agencyId, competencyId);
    }

    Competency find(long agencyId, long competencyId) {
        return jdbc.sql(COMPETENCY + " WHERE c.id = :id AND (c.agency_id IS NULL OR c.agency_id = :a)")
                .param("id", competencyId).param("a", agencyId).query((rs, n) -> competency(rs)).optional()
                .orElseThrow(() -> new NotFoundException("competency", competencyId));
    }

    /** Adds a technical competency of the agency's own (administrators). */
    public Competency create(Actor actor, long agencyId, CompetencyForm form) {
        actor.requireAdminister(agencyId);
        String code = code(form.getCode());
        var problems = check(agencyId, null, code, form);
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO competency (agency_id, kind, code, name, description, level_1, level_2, level_3, level_4, level_5)
                VALUES (:a, 'TEKNIS', :code, :name, :d, :l1, :l2, :l3, :l4, :l5) RETURNING id
                """).param("a", agencyId).param("code", code).param("name", form.getName().strip())
                .param("d", text(form.getDescription())).param("l1", text(form.level(1))).param("l2", text(form.level(2)))
                .param("l3", text(form.level(3))).param("l4", text(form.level(4))).param("l5", text(form.level(5)))
                .query(Long.class).single();
        Competency c = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "competency", id, c.code() + " " + c.name(), null, c);
        return c;
    }

    /** Changes an agency's own competency; national ones are read-only for agencies. */
    public Competency update(Actor actor, long agencyId, long competencyId, CompetencyForm form, int version) {
        actor.requireAdminister(agencyId);
        Competency before = ownCompetency(agencyId, competencyId);
        String code = code(form.getCode());
        var problems = check(agencyId, competencyId, code, form);
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE competency SET code = :code, name = :name, description = :d, level_1 = :l1, level_2 = :l2,
                       level_3 = :l3, level_4 = :l4, level_5 = :l5, version = version + 1
                WHERE id = :id AND agency_id = :a AND version = :v
                """).param("code", code).param("name", form.getName().strip()).param("d", text(form.getDescription()))
                .param("l1", text(form.level(1))).param("l2", text(form.level(2))).param("l3", text(form.level(3)))
                .param("l4", text(form.level(4))).param("l5", text(form.level(5))).param("id", competencyId)
                .param("a", agencyId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("competency", competencyId);
        }
        Competency after = find(agencyId, competencyId);
        audit.record(actor, agencyId, "UPDATE", "competency", competencyId, after.code() + " " + after.name(), before, after);
        return after;
    }

    /** Deactivates (or activates again) an agency's own competency: kept in history, no longer offered. */
    public Competency setActive(Actor actor, long agencyId, long competencyId, boolean active) {
        actor.requireAdminister(agencyId);
        Competency before = ownCompetency(agencyId, competencyId);
        jdbc.sql("UPDATE competency SET active = :on, version = version + 1 WHERE id = :id AND agency_id = :a")
                .param("on", active).param("id", competencyId).param("a", agencyId).update();
        Competency after = find(agencyId, competencyId);
        audit.record(actor, agencyId, active ? "ACTIVATE" : "DEACTIVATE", "competency", competencyId,
                after.code() + " " + after.name(), before.active(), after.active());
        return after;
    }

    private Competency ownCompetency(long agencyId, long competencyId) {
        Competency c = find(agencyId, competencyId);
        if (c.national()) {
            throw InvalidInputException.of("code", "development.competency.error.national");
        }
        return c;
    }

    private InvalidInputException.Collector check(long agencyId, Long id, String code, CompetencyForm form) {
        var problems = new InvalidInputException.Collector();
        if (code == null) {
            problems.add("code", "validation.required");
        } else if (!CODE.matcher(code).matches()) {
            problems.add("code", "development.competency.error.code");
        } else if (jdbc.sql("""
                SELECT count(*) FROM competency WHERE code = :code AND (agency_id IS NULL OR agency_id = :a)
                  AND (CAST(:id AS BIGINT) IS NULL OR id <> :id)
                """).param("code", code).param("a", agencyId).param("id", id).query(Long.class).single() > 0) {
            problems.add("code", "development.competency.error.duplicate", code);
        }
        String name = text(form.getName());
        if (name == null) {
            problems.add("name", "validation.required");
        } else if (name.length() > 200) {
            problems.add("name", "validation.tooLong", 200);
        }
        String description = text(form.getDescription());
        if (description != null && description.length() > 2000) {
            problems.add("description", "validation.tooLong", 2000);
        }
        for (int i = 1; i <= 5; i++) {
            String level = text(form.level(i));
            if (level != null && level.length() > 1000) {
                problems.add("level" + i, "validation.tooLong", 1000);
            }
        }
        return problems;
    }

    private static String code(String code) {
        String c = text(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- position standards

    /** Every competency of the dictionary with the level the position requires (null where it is not required). */
    @Transactional(readOnly = true)
    public List<StandardLine> standard(Actor actor, long agencyId, long positionId) {
        positions.get(actor, agencyId, positionId);
        Map<Long, Integer> required = required(agencyId, positionId);
        return dictionary(actor, agencyId, true).stream()
                .filter(c -> c.active() || required.containsKey(c.id()))
                .map(c -> new StandardLine(c, required.get(c.id()))).toList();
    }

    private Map<Long, Integer> required(long agencyId, long positionId) {
        Map<Long, Integer> required = new HashMap<>();
        jdbc.sql("SELECT competency_id, required_level FROM position_competency WHERE position_id = :p AND agency_id = :a")
                .param("p", positionId).param("a", agencyId)
                .query(rs -> {
                    required.put(rs.getLong(1), rs.getInt(2));
                });
        return required;
    }

    /** How many competencies each position of the agency has in its standard (positions without one are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> standardSizes(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        Map<Long, Integer> sizes = new HashMap<>();
        jdbc.sql("SELECT position_id, count(*) FROM position_competency WHERE agency_id = :a GROUP BY position_id")
                .param("a", agencyId).query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    /**
     * Sets the standard of a position (administrators): the required level (1-5) per competency; a competency absent
     * from the map, or with no level, leaves the standard. Replaces the whole standard.
     */
    public List<StandardLine> setStandard(Actor actor, long agencyId, long positionId, Map<Long, Integer> levels) {
        actor.requireAdminister(agencyId);
        Position position = positions.get(actor, agencyId, positionId);
        Map<Long, Competency> dictionary = new HashMap<>();
        dictionary(actor, agencyId, true).forEach(c -> dictionary.put(c.id(), c));
        Map<Long, Integer> before = required(agencyId, positionId);
        var problems = new InvalidInputException.Collector();
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        levels.forEach((competencyId, level) -> {
            if (level == null) {
                return;
            }
            Competency c = dictionary.get(competencyId);
            if (c == null) {
                problems.add("levels[" + competencyId + "]", "development.standard.error.unknown", competencyId);
            } else if (level < 1 || level > 5) {
                problems.add("levels[" + competencyId + "]", "development.standard.error.level", c.name());
            } else if (!c.active() && !before.containsKey(competencyId)) {
                problems.add("levels[" + competencyId + "]", "development.standard.error.inactive", c.name());
            } else {
                wanted.put(competencyId, level);
            }
        });
        problems.throwIfAny();
        jdbc.sql("DELETE FROM position_competency WHERE position_id = :p AND agency_id = :a")
                .param("p", positionId).param("a", agencyId).update();
        if (!wanted.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO position_competency (position_id, competency_id, agency_id, required_level)
                    SELECT :p, c, :a, l FROM unnest(CAST(:cs AS BIGINT[]), CAST(:ls AS INTEGER[])) AS t(c, l)
                    """).param("p", positionId).param("a", agencyId)
                    .param("cs", wanted.keySet().toArray(new Long[0])).param("ls", wanted.values().toArray(new Integer[0]))
                    .update();
        }
        audit.record(actor, agencyId, "UPDATE", "position_competency", positionId, position.name(), codes(before, dictionary),
                codes(wanted, dictionary));
        return standard(actor, agencyId, positionId);
    }

    private static Map<String, Integer> codes(Map<Long, Integer> levels, Map<Long, Competency> dictionary) {
        Map<String, Integer> m = new LinkedHashMap<>();
        levels.forEach((id, level) -> m.put(dictionary.containsKey(id) ? dictionary.get(id).code() : String.valueOf(id), level));
        return m;
    }

    // ---------------------------------------------------------------- assessments

    private static final String ASSESSMENT = """
            SELECT ca.*, c.code, c.name, c.kind FROM competency_assessment ca JOIN competency c ON c.id = ca.competency_id
            """;

    static CompetencyAssessment assessment(ResultSet rs) throws SQLException {
        return new CompetencyAssessment(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("competency_id"),
                rs.getString("code"), rs.getString("name"), CompetencyKind.valueOf(rs.getString("kind")), rs.getInt("level"),
                rs.getObject("assessed_on", LocalDate.class), AssessmentMethod.valueOf(rs.getString("method")),
                rs.getString("assessor"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** Records one assessment result: administrators with any method but import; the appraiser as supervisor. */
    public CompetencyAssessment record(Actor actor, long agencyId, long employeeId, AssessmentForm form) {
        actor.requireRead(agencyId);
        Employee employee = employees.get(actor, agencyId, employeeId);
        if (!canAssess(actor, employee)) {
            throw new AccessDeniedException("error.forbidden");
        }
        var problems = new InvalidInputException.Collector();
        Competency competency = null;
        if (form.getCompetencyId() == null) {
            problems.add("competencyId", "validation.required");
        } else {
            try {
                competency = find(agencyId, form.getCompetencyId());
                if (!competency.active()) {
                    problems.add("competencyId", "development.assessment.error.inactive", competency.name());
                }
            } catch (NotFoundException e) {
                problems.add("competencyId", "development.assessment.error.competency");
            }
        }
        if (form.getLevel() == null) {
            problems.add("level", "validation.required");
        } else if (form.getLevel() < 1 || form.getLevel() > 5) {
            problems.add("level", "development.assessment.error.level");
        }
        dateProblems(form.getAssessedOn(), "assessedOn", problems);
        AssessmentMethod method = form.getMethod();
        if (method == null) {
            problems.add("method", "validation.required");
        } else if (method == AssessmentMethod.IMPORT) {
            problems.add("method", "development.assessment.error.importMethod");
        } else if (!actor.canAdminister(agencyId) && method != AssessmentMethod.SUPERVISOR) {
            problems.add("method", "development.assessment.error.supervisorOnly");
        }
        String assessor = text(form.getAssessor());
        if (assessor != null && assessor.length() > 200) {
            problems.add("assessor", "validation.tooLong", 200);
        }
        String note = text(form.getNote());
        if (note != null && note.length() > 1000) {
            problems.add("note", "validation.tooLong", 1000);
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO competency_assessment (agency_id, employee_id, competency_id, level, assessed_on, method,
                                                   assessor, note, recorded_by)
                VALUES (:a, :e, :c, :l, :d, :m, :as, :n, :by) RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("c", competency.id()).param("l", form.getLevel())
                .param("d", form.getAssessedOn()).param("m", method.name()).param("as", assessor).param("n", note)
                .param("by", actor.username()).query(Long.class).single();
        CompetencyAssessment a = jdbc.sql(ASSESSMENT + " WHERE ca.id = :id").param("id", id)
                .query((rs, n) -> assessment(rs)).single();
        audit.record(actor, agencyId, "CREATE", "competency_assessment", id,
                employee.displayName() + ": " + competency.code() + " " + a.level(), null, a);
        return a;
    }

    private static void dateProblems(LocalDate date, String field, InvalidInputException.Collector problems) {
        if (date == null) {
            problems.add(field, "validation.required");
        } else if (date.isAfter(today())) {
            problems.add(field, "development.assessment.error.future");
        } else if (date.getYear() < 2000) {
            problems.add(field, "development.assessment.error.tooOld");
        }
    }

    /** Every assessment result of the employee, latest first. */
    @Transactional(readOnly = true)
    public List<CompetencyAssessment> history(Actor actor, long agencyId, long employeeId) {
        actor.requireRead(agencyId);
        requireSee(actor, agencyId, employeeId);
        return jdbc.sql(ASSESSMENT + " WHERE ca.employee_id = :e AND ca.agency_id = :a ORDER BY ca.assessed_on DESC, ca.id DESC")
                .param("e", employeeId).param("a", agencyId).query((rs, n) -> assessment(rs)).list();
    }

    // ---------------------------------------------------------------- profile and gaps

    /**
     * The employee's profile: every competency of their position's standard with the level required, the latest
     * assessed level and the gap; unassessed ones count as open. Three statements besides the access check.
     */
    @Transactional(readOnly = true)
    public CompetencyProfile profile(Actor actor, long agencyId, long employeeId) {
        actor.requireRead(agencyId);
        Employee e = employees.get(actor, agencyId, employeeId);
        requireSee(actor, agencyId, employeeId);
        List<CompetencyGap> gaps = e.positionId() == null ? List.of() : jdbc.sql("""
                SELECT c.id, c.code, c.name, c.kind, pc.required_level, l.level
                FROM position_competency pc
                JOIN competency c ON c.id = pc.competency_id
                LEFT JOIN LATERAL (SELECT ca.level FROM competency_assessment ca
                                   WHERE ca.employee_id = :e AND ca.competency_id = c.id
                                   ORDER BY ca.assessed_on DESC, ca.id DESC LIMIT 1) l ON TRUE
                WHERE pc.position_id = :p AND pc.agency_id = :a
                ORDER BY CASE c.kind WHEN 'MANAJERIAL' THEN 0 WHEN 'SOSIAL_KULTURAL' THEN 1 ELSE 2 END, c.name
                """).param("e", employeeId).param("p", e.positionId()).param("a", agencyId)
                .query((rs, n) -> new CompetencyGap(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        CompetencyKind.valueOf(rs.getString("kind")), rs.getInt("required_level"),
                        (Integer) rs.getObject("level"))).list();
        List<CompetencyAssessment> outside = jdbc.sql("""
                SELECT DISTINCT ON (ca.competency_id) ca.*, c.code, c.name, c.kind
                FROM competency_assessment ca JOIN competency c ON c.id = ca.competency_id
                WHERE ca.employee_id = :e AND ca.agency_id = :a
                  AND NOT EXISTS (SELECT 1 FROM position_competency pc WHERE pc.position_id = :p AND pc.competency_id = ca.competency_id)
                ORDER BY ca.competency_id, ca.assessed_on DESC, ca.id DESC
                """).param("e", employeeId).param("a", agencyId).param("p", e.positionId() == null ? -1L : e.positionId())
                .query((rs, n) -> assessment(rs)).list();
        return new CompetencyProfile(agencyId, employeeId, e.displayName(), e.nip(), e.positionId(), e.positionName(),
                e.unitName(), e.appraiserId(), gaps, outside.stream()
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
    }

    /**
     * The gaps of a unit (and, when asked, its sub-units) over its active staff: per competency of their position
     * standards, the people who need it, those assessed, those below the standard and the average gap of those
     * assessed. Three statements besides the access check, whatever the size of the unit.
     */
    @Transactional(readOnly = true)
    public UnitGaps unitGaps(Actor actor, long agencyId, long unitId, boolean subunits) {
        actor.requireRead(agencyId);
        Unit unit = units.get(actor, agencyId, unitId);
        if (!canSeeUnit(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        String staff = """
                WITH RECURSIVE down(id, depth) AS (
                    SELECT id, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, down.depth + 1 FROM org_unit o JOIN down ON o.parent_id = down.id WHERE :sub AND down.depth < 50
                ),
                staff AS (
                    SELECT e.id, e.position_id FROM employee e
                    WHERE e.agency_id = :a AND e.active AND e.unit_id IN (SELECT id FROM down)
                )
                """;
        int[] counts = jdbc.sql(staff + """
                SELECT count(*) AS employees,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM position_competency pc WHERE pc.position_id = s.position_id)) AS with_standard
                FROM staff s
                """).param("u", unitId).param("a", agencyId).param("sub", subunits)
                .query((rs, n) -> new int[] {rs.getInt("employees"), rs.getInt("with_standard")}).single();
        List<UnitGaps.Line> rows = jdbc.sql(staff + """
                , need AS (
                    SELECT s.id AS employee_id, pc.competency_id, pc.required_level
                    FROM staff s JOIN position_competency pc ON pc.position_id = s.position_id
                ),
                latest AS (
                    SELECT DISTINCT ON (ca.employee_id, ca.competency_id) ca.employee_id, ca.competency_id, ca.level
                    FROM competency_assessment ca
                    JOIN need n ON n.employee_id = ca.employee_id AND n.competency_id = ca.competency_id
                    WHERE ca.agency_id = :a
                    ORDER BY ca.employee_id, ca.competency_id, ca.assessed_on DESC, ca.id DESC
                )
                SELECT c.id, c.code, c.name, c.kind, count(*) AS required, count(l.level) AS assessed,
                       count(*) FILTER (WHERE l.level < n.required_level) AS below,
                       avg(greatest(0, n.required_level - l.level)) FILTER (WHERE l.level IS NOT NULL) AS average_gap,
                       avg(n.required_level) AS average_required
                FROM need n
                JOIN competency c ON c.id = n.competency_id
                LEFT JOIN latest l ON l.employee_id = n.employee_id AND l.competency_id = n.competency_id
                GROUP BY c.id, c.code, c.name, c.kind
                ORDER BY average_gap DESC NULLS LAST, below DESC, c.name
                """).param("u", unitId).param("a", agencyId).param("sub", subunits)
                .query((rs, n) -> new UnitGaps.Line(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        CompetencyKind.valueOf(rs.getString("kind")), rs.getInt("required"), rs.getInt("assessed"),
                        rs.getInt("below"), scale(rs.getBigDecimal("average_gap")), scale(rs.getBigDecimal("average_required"))))
                .list();
        return new UnitGaps(agencyId, unitId, unit.name(), subunits, counts[0], counts[1], rows);
    }

    /**
     * The units whose gaps the actor may see, in tree order: every unit for administrators and the agency head; for
     * a unit head, the units they head and everything below them.
     */
    @Transactional(readOnly = true)
    public List<UnitManagement.TreeRow> gapUnits(Actor actor, long agencyId) {
        List<UnitManagement.TreeRow> tree = units.tree(actor, agencyId, false);
        if (isHr(actor, agencyId)) {
            return tree;
        }
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return List.of();
        }
        Set<Long> visible = new HashSet<>(jdbc.sql("""
                WITH RECURSIVE down(id) AS (
                    SELECT id FROM org_unit WHERE agency_id = :a AND head_employee_id = :me
                    UNION
                    SELECT o.id FROM org_unit o JOIN down ON o.parent_id = down.id
                )
                SELECT id FROM down
                """).param("a", agencyId).param("me", actor.employeeId()).query(Long.class).list());
        return tree.stream().filter(r -> visible.contains(r.unit().id())).toList();
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports a workbook of assessment results (administrators): columns NIP, competency code, level, date, method
     * and assessor. Every row is checked first; with any problem nothing is stored and every problem is reported
     * with its row and column. A fixed number of statements whatever the number of rows.
     */
    public AssessmentImport importAssessments(Actor actor, long agencyId, byte[] content) {
        actor.requireAdminister(agencyId);
        AssessmentSheet.Table table;
        try {
            table = AssessmentSheet.read(content);
        } catch (AssessmentSheet.Unreadable e) {
            return AssessmentImport.failed(0, List.of(new AssessmentImport.Issue(0, null, e.code(), List.of(e.args()))));
        }
        List<AssessmentImport.Issue> issues = new ArrayList<>();
        Map<Column, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            for (Column c : Column.values()) {
                if (c.matches(table.header().get(i)) && !at.containsKey(c)) {
                    at.put(c, i);
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && !at.containsKey(c)) {
                issues.add(new AssessmentImport.Issue(table.headerRow(), c.header(), "development.import.error.missingColumn",
                        List.of(c.header())));
            }
        }
        if (!issues.isEmpty()) {
            return AssessmentImport.failed(table.lines().size(), issues);
        }
        Set<String> nips = new HashSet<>();
        table.lines().forEach(l -> nips.add(l.cell(at.get(Column.NIP)).replace(" ", "")));
        Map<String, Long> people = new HashMap<>();
        jdbc.sql("SELECT nip, id FROM employee WHERE agency_id = :a AND active AND nip = ANY(:nips)")
                .param("a", agencyId).param("nips", nips.toArray(new String[0]))
                .query(rs -> {
                    people.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Competency> byCode = new HashMap<>();
        dictionary(actor, agencyId, true).forEach(c -> byCode.put(c.code(), c));

        List<Long> employeeIds = new ArrayList<>();
        List<Long> competencyIds = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> assessors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (AssessmentSheet.Line line : table.lines()) {
            int row = line.number();
            int before = issues.size();
            String nip = line.cell(at.get(Column.NIP)).replace(" ", "");
            Long employeeId = null;
            if (nip.isEmpty()) {
                issues.add(issue(row, Column.NIP, "development.import.error.required"));
            } else if (line.lossy(at.get(Column.NIP))) {
                issues.add(issue(row, Column.NIP, "development.import.error.nipAsNumber"));
            } else if (!NIP.matcher(nip).matches()) {
                issues.add(issue(row, Column.NIP, "development.import.error.nip", nip));
            } else if ((employeeId = people.get(nip)) == null) {
                issues.add(issue(row, Column.NIP, "development.import.error.employee", nip));
            }
            String code = line.cell(at.get(Column.COMPETENCY)).toUpperCase(Locale.ROOT);
            Competency competency = null;
            if (code.isEmpty()) {
                issues.add(issue(row, Column.COMPETENCY, "development.import.error.required"));
            } else if ((competency = byCode.get(code)) == null) {
                issues.add(issue(row, Column.COMPETENCY, "development.import.error.competency", code));
            } else if (!competency.active()) {
                issues.add(issue(row, Column.COMPETENCY, "development.import.error.inactive", code));
            }
            String levelText = line.cell(at.get(Column.LEVEL));
            Integer level = null;
            if (levelText.isEmpty()) {
                issues.add(issue(row, Column.LEVEL, "development.import.error.required"));
            } else if (!levelText.matches("[1-5]")) {
                issues.add(issue(row, Column.LEVEL, "development.import.error.level", levelText));
            } else {
                level = Integer.parseInt(levelText);
            }
            String dateText = line.cell(at.get(Column.DATE));
            LocalDate date = null;
            if (dateText.isEmpty()) {
                issues.add(issue(row, Column.DATE, "development.import.error.required"));
            } else if ((date = date(dateText)) == null) {
                issues.add(issue(row, Column.DATE, "development.import.error.date", dateText));
            } else if (date.isAfter(today())) {
                issues.add(issue(row, Column.DATE, "development.import.error.future", dateText));
            } else if (date.getYear() < 2000) {
                issues.add(issue(row, Column.DATE, "development.import.error.tooOld", dateText));
            }
            AssessmentMethod method = AssessmentMethod.IMPORT;
            String methodText = at.containsKey(Column.METHOD) ? line.cell(at.get(Column.METHOD)) : "";
            if (!methodText.isEmpty()) {
                method = method(methodText);
                if (method == null) {
                    issues.add(issue(row, Column.METHOD, "development.import.error.method", methodText));
                }
            }
            String assessor = at.containsKey(Column.ASSESSOR) ? text(line.cell(at.get(Column.ASSESSOR))) : null;
            if (assessor != null && assessor.length() > 200) {
                issues.add(issue(row, Column.ASSESSOR, "development.import.error.tooLong", 200));
            }
            if (issues.size() > before) {
                continue;
            }
            String key = employeeId + "/" + competency.id() + "/" + date;
            Integer first = seen.putIfAbsent(key, row);
            if (first != null) {
                issues.add(issue(row, Column.COMPETENCY, "development.import.error.duplicate", String.valueOf(first)));
                continue;
            }
            employeeIds.add(employeeId);
            competencyIds.add(competency.id());
            levels.add(level);
            dates.add(date);
            methods.add(method.name());
            assessors.add(assessor);
        }
        if (!issues.isEmpty()) {
            return AssessmentImport.failed(table.lines().size(), issues);
        }
        int stored = jdbc.sql("""
                INSERT INTO competency_assessment (agency_id, employee_id, competency_id, level, assessed_on, method,
                                                   assessor, recorded_by)
                SELECT :a, e, c, l, d, m, s, :by
                FROM unnest(CAST(:es AS BIGINT[]), CAST(:cs AS BIGINT[]), CAST(:ls AS INTEGER[]), CAST(:ds AS DATE[]),
                            CAST(:ms AS VARCHAR[]), CAST(:ss AS VARCHAR[])) AS t(e, c, l, d, m, s)
                """).param("a", agencyId).param("by", actor.username())
                .param("es", employeeIds.toArray(new Long[0])).param("cs", competencyIds.toArray(new Long[0]))
                .param("ls", levels.toArray(new Integer[0]))
                .param("ds", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("ms", methods.toArray(new String[0])).param("ss", assessors.toArray(new String[0])).update();
        int distinct = new HashSet<>(employeeIds).size();
        audit.record(actor, agencyId, "IMPORT", "competency_assessment", null,
                stored + " assessment results of " + distinct + " employees", null, Map.of("rows", stored, "employees", distinct));
        return new AssessmentImport(true, stored, distinct, List.of());
    }

    private static AssessmentImport.Issue issue(int row, Column column, String code, Object... args) {
        return new AssessmentImport.Issue(row, column.header(), code, List.of(args));
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    /** A date as ISO (2025-10-01), as day-month-year with - or /, or as a spreadsheet day number. */
    static LocalDate date(String text) {
        String t = text.strip();
        if (t.matches("\\d{5}(\\.0+)?")) {
            long serial = Long.parseLong(t.replaceAll("\\..*", ""));
            return LocalDate.of(1899, 12, 30).plusDays(serial);
        }
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }

    static AssessmentMethod method(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (t.equals("AC")) {
            return AssessmentMethod.ASSESSMENT_CENTER;
        }
        if (t.equals("UKOM")) {
            return AssessmentMethod.UJI_KOMPETENSI;
        }
        if (t.equals("ATASAN")) {
            return AssessmentMethod.SUPERVISOR;
        }
        if (t.equals("MANDIRI")) {
            return AssessmentMethod.SELF;
        }
        for (AssessmentMethod m : AssessmentMethod.values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        return null;
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The competencies a training could develop (for pickers): the active ones of the dictionary. */
    @Transactional(readOnly = true)
    public List<Competency> active(Actor actor, long agencyId) {
        return dictionary(actor, agencyId, false);
    }
}
