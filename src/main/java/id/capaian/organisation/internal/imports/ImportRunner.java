package id.capaian.organisation.internal.imports;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.platform.Actor;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a file against the agency and, when every row is right, stores it with JDBC batches: new records in an
 * order that lets references resolve (parents and superiors first), then updates, history and the audit trail.
 * Runs in the caller's transaction, so that the import is stored whole or not at all.
 */
@Component
class ImportRunner {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ImportRunner(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Progress callbacks: rows checked, then records stored. */
    interface Progress {
        void validated(int rows);

        void storing();

        void stored(int records);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ImportOutcome run(Actor actor, long agencyId, UUID jobId, String fileName, BoundTable table,
            Progress progress) {
        // One import per agency at a time: the second waits, then checks against what the first stored.
        jdbc.query("SELECT pg_advisory_xact_lock(4711, CAST(? AS integer))", rs -> null, (int) agencyId);
        ImportOutcome outcome = switch (table.kind()) {
            case UNITS -> units(actor, agencyId, table, progress);
            case EMPLOYEES -> employees(actor, agencyId, table, progress);
        };
        if (outcome.problemCount() == 0) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("jobId", jobId.toString());
            summary.put("kind", table.kind().name());
            summary.put("fileName", fileName);
            summary.put("rows", table.rows().size());
            summary.put("created", outcome.created());
            summary.put("updated", outcome.updated());
            summary.put("unchanged", outcome.unchanged());
            audit.record(actor, agencyId, "IMPORT", "import_job", null,
                    table.kind().name() + " " + fileName + ": +" + outcome.created() + " ~" + outcome.updated()
                            + " =" + outcome.unchanged(),
                    null, summary);
        }
        return outcome;
    }

    // ------------------------------------------------------------------------------------------------ units

    UnitImport.Snapshot unitSnapshot(long agencyId) {
        Map<String, UnitImport.ExistingUnit> units = new HashMap<>();
        jdbc.query("SELECT id, code, name, parent_id, head_employee_id, active, version FROM org_unit WHERE agency_id = ?",
                rs -> {
                    var u = new UnitImport.ExistingUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            (Long) rs.getObject("parent_id"), (Long) rs.getObject("head_employee_id"),
                            rs.getBoolean("active"), rs.getInt("version"));
                    units.put(u.code(), u);
                }, agencyId);
        Map<String, Long> employees = new HashMap<>();
        jdbc.query("SELECT id, nip FROM employee WHERE agency_id = ? AND active",
                rs -> {
                    employees.put(rs.getString("nip").trim(), rs.getLong("id"));
                }, agencyId);
        return new UnitImport.Snapshot(units, employees);
    }

    private ImportOutcome units(Actor actor, long agencyId, BoundTable table, Progress progress) {
        UnitImport.Snapshot snapshot = unitSnapshot(agencyId);
        UnitImport.Plan plan = UnitImport.check(table, snapshot, progress::validated);
        if (!plan.valid()) {
            return ImportOutcome.rejected(plan.problems());
        }
        progress.storing();
        List<UnitImport.PlannedUnit> fresh = plan.units().stream().filter(u -> u.existing() == null).toList();
        Map<String, Long> ids = new HashMap<>();
        snapshot.unitsByCode().values().forEach(u -> ids.put(u.code(), u.id()));
        List<Long> newIds = allocate("org_unit", fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).code(), newIds.get(i));
        }
        Map<String, String> parentOf = new HashMap<>();
        Map<String, UnitImport.PlannedUnit> freshByCode = new HashMap<>();
        for (var u : fresh) {
            freshByCode.put(u.code(), u);
            if (u.parentCode() != null) {
                parentOf.put(u.code(), u.parentCode());
            }
        }
        int[] written = {0};
        List<Object[]> inserts = new ArrayList<>(fresh.size());
        List<AuditTrail.Change> changes = new ArrayList<>(plan.units().size());
        for (String code : Graphs.parentsFirst(freshByCode.keySet(), parentOf)) {
            var u = freshByCode.get(code);
            long id = ids.get(code);
            Long parentId = u.parentCode() == null ? null : ids.get(u.parentCode());
            inserts.add(new Object[] {id, agencyId, parentId, u.code(), u.name(), u.headEmployeeId()});
            changes.add(new AuditTrail.Change("CREATE", "unit", id, u.name(), null,
                    unitState(id, u.code(), u.name(), parentId, u.headEmployeeId(), true, 0)));
        }
        batch("INSERT INTO org_unit (id, agency_id, parent_id, code, name, head_employee_id) VALUES (?, ?, ?, ?, ?, ?)",
                inserts, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT},
                n -> progress.stored(written[0] += n), false);

        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (var u : plan.units()) {
            var before = u.existing();
            if (before == null) {
                continue;
            }
            Long parentId = u.parentCode() == null ? null : ids.get(u.parentCode());
            if (Objects.equals(before.name(), u.name()) && Objects.equals(before.parentId(), parentId)
                    && Objects.equals(before.headEmployeeId(), u.headEmployeeId())) {
                unchanged++;
                continue;
            }
            updates.add(new Object[] {parentId, u.name(), u.headEmployeeId(), before.id(), agencyId, before.version()});
            changes.add(new AuditTrail.Change(Objects.equals(before.parentId(), parentId) ? "UPDATE" : "MOVE", "unit",
                    before.id(), u.name(),
                    unitState(before.id(), before.code(), before.name(), before.parentId(), before.headEmployeeId(),
                            before.active(), before.version()),
                    unitState(before.id(), before.code(), u.name(), parentId, u.headEmployeeId(), before.active(),
                            before.version() + 1)));
        }
        batch("""
                UPDATE org_unit SET parent_id = ?, name = ?, head_employee_id = ?, version = version + 1
                WHERE id = ? AND agency_id = ? AND version = ?""",
                updates, new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER},
                n -> progress.stored(written[0] += n), true);
        audit.recordAll(actor, agencyId, changes);
        return ImportOutcome.stored(fresh.size(), updates.size(), unchanged);
    }

    private static Map<String, Object> unitState(long id, String code, String name, Long parentId, Long headId,
            boolean active, int version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("code", code);
        m.put("name", name);
        m.put("parentId", parentId);
        m.put("headEmployeeId", headId);
        m.put("active", active);
        m.put("version", version);
        return m;
    }

    // -------------------------------------------------------------------------------------------- employees

    EmployeeImport.Snapshot employeeSnapshot(long agencyId, Set<String> fileNips) {
        Map<String, EmployeeImport.ExistingEmployee> employees = new HashMap<>();
        jdbc.query("""
                SELECT id, nip, name, front_title, back_title, asn_type, rank_grade, email, position_id, unit_id,
                       superior_id, appraiser_id, active, version
                FROM employee WHERE agency_id = ?""",
                rs -> {
                    var e = new EmployeeImport.ExistingEmployee(rs.getLong("id"), rs.getString("nip").trim(),
                            rs.getString("name"), rs.getString("front_title"), rs.getString("back_title"),
                            AsnType.valueOf(rs.getString("asn_type")), rs.getString("rank_grade"),
                            rs.getString("email"), (Long) rs.getObject("position_id"), (Long) rs.getObject("unit_id"),
                            (Long) rs.getObject("superior_id"), (Long) rs.getObject("appraiser_id"),
                            rs.getBoolean("active"), rs.getInt("version"));
                    employees.put(e.nip(), e);
                }, agencyId);
        Map<String, EmployeeImport.Ref> positions = refs("position", agencyId);
        Map<String, EmployeeImport.Ref> units = refs("org_unit", agencyId);
        Set<String> elsewhere = new java.util.HashSet<>();
        if (!fileNips.isEmpty()) {
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement(
                        "SELECT nip FROM employee WHERE agency_id <> ? AND nip = ANY (?)");
                ps.setLong(1, agencyId);
                Array array = con.createArrayOf("bpchar", fileNips.toArray());
                ps.setArray(2, array);
                return ps;
            }, rs -> {
                elsewhere.add(rs.getString(1).trim());
            });
        }
        return new EmployeeImport.Snapshot(employees, positions, units, elsewhere);
    }

    private Map<String, EmployeeImport.Ref> refs(String table, long agencyId) {
        Map<String, EmployeeImport.Ref> refs = new HashMap<>();
        jdbc.query("SELECT id, code, name, active FROM " + table + " WHERE agency_id = ?",
                rs -> {
                    refs.put(rs.getString("code"), new EmployeeImport.Ref(rs.getLong("id"), rs.getString("code"),
                            rs.getString("name"), rs.getBoolean("active")));
                }, agencyId);
        return refs;
    }

    private ImportOutcome employees(Actor actor, long agencyId, BoundTable table, Progress progress) {
        EmployeeImport.Snapshot snapshot = employeeSnapshot(agencyId, EmployeeImport.nipsOf(table));
        EmployeeImport.Plan plan = EmployeeImport.check(table, snapshot, progress::validated);
        if (!plan.valid()) {
            return ImportOutcome.rejected(plan.problems());
        }
        progress.storing();
        LocalDate today = LocalDate.now(JAKARTA);
        Map<Long, String> unitNames = new HashMap<>();
        snapshot.unitsByCode().values().forEach(r -> unitNames.put(r.id(), r.name()));
        Map<Long, String> positionNames = new HashMap<>();
        snapshot.positionsByCode().values().forEach(r -> positionNames.put(r.id(), r.name()));

        List<EmployeeImport.PlannedEmployee> fresh = plan.employees().stream().filter(e -> e.existing() == null).toList();
        Map<String, Long> ids = new HashMap<>(snapshot.employeesByNip().size() + fresh.size());
        Map<Long, String> displayNames = new HashMap<>();
        snapshot.employeesByNip().values().forEach(e -> {
            ids.put(e.nip(), e.id());
            displayNames.put(e.id(), Employee.fullName(e.frontTitle(), e.name(), e.backTitle()));
        });
        List<Long> newIds = allocate("employee", fresh.size());
        Map<String, EmployeeImport.PlannedEmployee> freshByNip = new HashMap<>();
        Map<String, String> superiorOf = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            var e = fresh.get(i);
            ids.put(e.nip(), newIds.get(i));
            freshByNip.put(e.nip(), e);
            if (e.superiorNip() != null) {
                superiorOf.put(e.nip(), e.superiorNip());
            }
        }
        for (var e : plan.employees()) {
            displayNames.put(ids.get(e.nip()), Employee.fullName(e.frontTitle(), e.name(), e.backTitle()));
        }

        int[] written = {0};
        List<Object[]> inserts = new ArrayList<>(fresh.size());
        List<Object[]> history = new ArrayList<>(fresh.size());
        List<Object[]> laterAppraisers = new ArrayList<>();
        List<AuditTrail.Change> changes = new ArrayList<>(plan.employees().size());
        String by = actor.username();
        for (String nip : Graphs.parentsFirst(freshByNip.keySet(), superiorOf)) {
            var e = freshByNip.get(nip);
            long id = ids.get(nip);
            Long superiorId = e.superiorNip() == null ? null : ids.get(e.superiorNip());
            Long appraiserId = e.appraiserNip() == null ? null : ids.get(e.appraiserNip());
            boolean appraiserIsNew = e.appraiserNip() != null && freshByNip.containsKey(e.appraiserNip());
            inserts.add(new Object[] {id, agencyId, nip, e.name(), e.frontTitle(), e.backTitle(), e.asnType().name(),
                    e.rankGrade(), e.email(), e.positionId(), e.unitId(), superiorId, appraiserIsNew ? null : appraiserId});
            if (appraiserIsNew) {
                laterAppraisers.add(new Object[] {appraiserId, id});
            }
            history.add(new Object[] {agencyId, id, "APPOINTED", null, today, by});
            changes.add(new AuditTrail.Change("CREATE", "employee", id, displayNames.get(id), null,
                    employeeState(id, e, superiorId, appraiserId, true, 0)));
        }
        batch("""
                INSERT INTO employee (id, agency_id, nip, name, front_title, back_title, asn_type, rank_grade, email,
                                      position_id, unit_id, superior_id, appraiser_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts, new int[] {Types.BIGINT, Types.BIGINT, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT},
                n -> progress.stored(written[0] += n), false);
        batch("UPDATE employee SET appraiser_id = ? WHERE id = ?", laterAppraisers,
                new int[] {Types.BIGINT, Types.BIGINT}, n -> { }, true);

        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (var e : plan.employees()) {
            var before = e.existing();
            if (before == null) {
                continue;
            }
            Long superiorId = e.superiorNip() == null ? null : ids.get(e.superiorNip());
            Long appraiserId = e.appraiserNip() == null ? null : ids.get(e.appraiserNip());
            boolean same = Objects.equals(before.name(), e.name()) && Objects.equals(before.frontTitle(), e.frontTitle())
                    && Objects.equals(before.backTitle(), e.backTitle()) && before.asnType() == e.asnType()
                    && Objects.equals(before.rankGrade(), e.rankGrade()) && Objects.equals(before.email(), e.email())
                    && Objects.equals(before.positionId(), e.positionId()) && Objects.equals(before.unitId(), e.unitId())
                    && Objects.equals(before.superiorId(), superiorId) && Objects.equals(before.appraiserId(), appraiserId);
            if (same) {
                unchanged++;
                continue;
            }
            updates.add(new Object[] {e.name(), e.frontTitle(), e.backTitle(), e.asnType().name(), e.rankGrade(),
                    e.email(), e.positionId(), e.unitId(), superiorId, appraiserId, before.id(), agencyId, before.version()});
            if (!Objects.equals(before.unitId(), e.unitId())) {
                history.add(new Object[] {agencyId, before.id(), "MOVED_UNIT",
                        change(unitNames.get(before.unitId()), unitNames.get(e.unitId())), today, by});
            }
            if (!Objects.equals(before.positionId(), e.positionId())) {
                history.add(new Object[] {agencyId, before.id(), "CHANGED_POSITION",
                        change(positionNames.get(before.positionId()), positionNames.get(e.positionId())), today, by});
            }
            if (!Objects.equals(before.superiorId(), superiorId)) {
                history.add(new Object[] {agencyId, before.id(), "CHANGED_SUPERIOR",
                        change(displayNames.get(before.superiorId()), displayNames.get(superiorId)), today, by});
            }
            changes.add(new AuditTrail.Change("UPDATE", "employee", before.id(), displayNames.get(before.id()),
                    employeeState(before), employeeState(before.id(), e, superiorId, appraiserId, before.active(),
                            before.version() + 1)));
        }
        batch("""
                UPDATE employee SET name = ?, front_title = ?, back_title = ?, asn_type = ?, rank_grade = ?, email = ?,
                       position_id = ?, unit_id = ?, superior_id = ?, appraiser_id = ?, version = version + 1
                WHERE id = ? AND agency_id = ? AND version = ?""",
                updates, new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
                        Types.INTEGER},
                n -> progress.stored(written[0] += n), true);
        batch("""
                INSERT INTO employee_history (agency_id, employee_id, kind, detail, effective_on, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""",
                history, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR},
                n -> { }, false);
        audit.recordAll(actor, agencyId, changes);
        return ImportOutcome.stored(fresh.size(), updates.size(), unchanged);
    }

    private static String change(String before, String after) {
        String s = (before == null ? "-" : before) + " → " + (after == null ? "-" : after);
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    private static Map<String, Object> employeeState(long id, EmployeeImport.PlannedEmployee e, Long superiorId,
            Long appraiserId, boolean active, int version) {
        return employeeState(id, e.nip(), e.name(), e.frontTitle(), e.backTitle(), e.asnType(), e.rankGrade(),
                e.email(), e.positionId(), e.unitId(), superiorId, appraiserId, active, version);
    }

    private static Map<String, Object> employeeState(EmployeeImport.ExistingEmployee e) {
        return employeeState(e.id(), e.nip(), e.name(), e.frontTitle(), e.backTitle(), e.asnType(), e.rankGrade(),
                e.email(), e.positionId(), e.unitId(), e.superiorId(), e.appraiserId(), e.active(), e.version());
    }

    private static Map<String, Object> employeeState(long id, String nip, String name, String front, String back,
            AsnType type, String rank, String email, Long positionId, Long unitId, Long superiorId, Long appraiserId,
            boolean active, int version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("nip", nip);
        m.put("name", name);
        m.put("frontTitle", front);
        m.put("backTitle", back);
        m.put("asnType", type.name());
        m.put("rankGrade", rank);
        m.put("email", email);
        m.put("positionId", positionId);
        m.put("unitId", unitId);
        m.put("superiorId", superiorId);
        m.put("appraiserId", appraiserId);
        m.put("active", active);
        m.put("version", version);
        return m;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Ids for new rows, taken from the table's sequence up front so that rows can refer to each other. */
    private List<Long> allocate(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
                Long.class, table, count);
    }

    /**
     * Runs a statement as JDBC batches of {@link #CHUNK} rows, reporting each chunk. With {@code checkEachRow},
     * every row must change exactly one record (an optimistic-lock check for updates).
     */
    private void batch(String sql, List<Object[]> rows, int[] types, IntConsumer afterChunk, boolean checkEachRow) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int[] counts = jdbc.batchUpdate(sql, chunk, types);
            if (checkEachRow) {
                for (int c : counts) {
                    if (c != 1 && c != Statement.SUCCESS_NO_INFO) {
                        throw new ImportConflictException("a record changed while importing");
                    }
                }
            }
            afterChunk.accept(chunk.size());
        }
    }
}
