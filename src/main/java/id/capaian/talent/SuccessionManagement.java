package id.capaian.talent;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.talent.internal.CompetencyFit;
import id.capaian.talent.internal.GridQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Succession planning: the agency's critical positions (post and unit, why critical, vacancy risk) and their
 * succession candidates with readiness and a note. Suggestions come from the talent pool of the latest period with
 * results, best competency fit to the position first. HR staff read; administrators change.
 */
@Service
@Transactional
public class SuccessionManagement {

    static final int MAX_REASON = 1000;
    static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;
    private final TalentManagement talent;
    private final CompetencyFit fits;
    private final AuditTrail audit;

    SuccessionManagement(JdbcClient jdbc, TalentManagement talent, CompetencyFit fits, AuditTrail audit) {
        this.jdbc = jdbc;
        this.talent = talent;
        this.fits = fits;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- reading

    private static final String SELECT = """
            SELECT cp.*, p.name AS position_name, u.name AS unit_name FROM critical_position cp
            JOIN position p ON p.id = cp.position_id LEFT JOIN org_unit u ON u.id = cp.unit_id
            """;

    private record Head(long id, long agencyId, long positionId, String positionName, Long unitId, String unitName,
            String reason, VacancyRisk risk, String createdBy, int version) {
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("position_id"), rs.getString("position_name"),
                (Long) rs.getObject("unit_id"), rs.getString("unit_name"), rs.getString("reason"),
                VacancyRisk.valueOf(rs.getString("vacancy_risk")), rs.getString("created_by"), rs.getInt("version"));
    }

    /** Every critical position of the agency with its candidates (HR). */
    @Transactional(readOnly = true)
    public List<CriticalPosition> list(Actor actor, long agencyId) {
        talent.requireHr(actor, agencyId);
        List<Head> heads = jdbc.sql(SELECT + " WHERE cp.agency_id = :a ORDER BY cp.vacancy_risk = 'HIGH' DESC, p.name, u.name, cp.id")
                .param("a", agencyId).query(SuccessionManagement::head).list();
        return assemble(agencyId, heads, false);
    }

    /** One critical position with its candidates, their current box and competency fit (HR). */
    @Transactional(readOnly = true)
    public CriticalPosition get(Actor actor, long agencyId, long id) {
        talent.requireHr(actor, agencyId);
        return assemble(agencyId, List.of(find(agencyId, id)), true).get(0);
    }

    private Head find(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE cp.id = :id AND cp.agency_id = :a").param("id", id).param("a", agencyId)
                .query(SuccessionManagement::head).optional().orElseThrow(() -> new NotFoundException("critical_position", id));
    }

    private List<CriticalPosition> assemble(long agencyId, List<Head> heads, boolean detail) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<SuccessionCandidate>> candidates = new HashMap<>();
        jdbc.sql("""
                SELECT sc.*, e.nip, %s AS name, u.name AS unit_name, p.name AS position_name
                FROM succession_candidate sc JOIN employee e ON e.id = sc.employee_id
                LEFT JOIN org_unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id
                WHERE sc.critical_position_id IN (:ids) AND sc.agency_id = :a
                ORDER BY array_position(ARRAY['READY_NOW', 'READY_1_2_YEARS', 'READY_3_YEARS'], CAST(sc.readiness AS text)), e.name, e.id
                """.formatted(GridQueries.NAME.formatted("e"))).param("ids", ids).param("a", agencyId)
                .query((rs, n) -> new SuccessionCandidate(rs.getLong("critical_position_id"), rs.getLong("employee_id"),
                        rs.getString("nip"), rs.getString("name"), rs.getString("unit_name"), rs.getString("position_name"),
                        Readiness.valueOf(rs.getString("readiness")), rs.getString("note"), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant(), null, null)).list()
                .forEach(c -> candidates.computeIfAbsent(c.criticalPositionId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<String>> holders = new HashMap<>();
        jdbc.sql("""
                SELECT cp.id, %s AS name FROM critical_position cp
                JOIN employee e ON e.position_id = cp.position_id AND e.agency_id = cp.agency_id AND e.active
                     AND (cp.unit_id IS NULL OR e.unit_id = cp.unit_id)
                WHERE cp.id IN (:ids) ORDER BY e.name
                """.formatted(GridQueries.NAME.formatted("e"))).param("ids", ids).query(rs -> {
                    holders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Placement> boxes = new HashMap<>();
        if (detail) {
            talent.agencyGrid(agencyId, talent.defaultPeriod(agencyId)).placements()
                    .forEach(p -> boxes.put(p.employeeId(), p));
        }
        List<CriticalPosition> out = new ArrayList<>();
        for (Head h : heads) {
            List<SuccessionCandidate> list = candidates.getOrDefault(h.id(), List.of());
            if (detail && !list.isEmpty()) {
                Map<Long, CompetencyFit.Fit> fit = fits.of(agencyId, h.positionId(),
                        list.stream().map(SuccessionCandidate::employeeId).toList());
                list = list.stream().map(c -> new SuccessionCandidate(c.criticalPositionId(), c.employeeId(), c.nip(),
                        c.name(), c.unitName(), c.positionName(), c.readiness(), c.note(), c.addedBy(), c.addedAt(),
                        boxes.containsKey(c.employeeId()) ? boxes.get(c.employeeId()).box() : null,
                        fit.get(c.employeeId()).score())).toList();
            }
            out.add(new CriticalPosition(h.id(), h.agencyId(), h.positionId(), h.positionName(), h.unitId(), h.unitName(),
                    h.reason(), h.risk(), h.createdBy(), h.version(), holders.getOrDefault(h.id(), List.of()), List.copyOf(list)));
        }
        return out;
    }

    /** Members of the talent pool for the position, best competency fit first, not yet candidates (HR). */
    @Transactional(readOnly = true)
    public List<PoolSuggestion> suggestions(Actor actor, long agencyId, long id, int limit) {
        talent.requireHr(actor, agencyId);
        Head h = find(agencyId, id);
        Set<Long> already = jdbc.sql("SELECT employee_id FROM succession_candidate WHERE critical_position_id = :id")
                .param("id", id).query(Long.class).list().stream().collect(Collectors.toSet());
        return talent.poolSuggestions(agencyId, h.positionId(), already, limit);
    }

    // ---------------------------------------------------------------- critical positions

    public CriticalPosition create(Actor actor, long agencyId, CriticalPositionForm form) {
        talent.requireManage(actor, agencyId);
        String reason = validate(agencyId, form, null);
        long id = jdbc.sql("""
                INSERT INTO critical_position (agency_id, position_id, unit_id, reason, vacancy_risk, created_by)
                VALUES (:a, :p, :u, :r, :risk, :by) RETURNING id
                """).param("a", agencyId).param("p", form.getPositionId()).param("u", form.getUnitId())
                .param("r", reason).param("risk", form.getRisk().name()).param("by", actor.username())
                .query(Long.class).single();
        CriticalPosition saved = assemble(agencyId, List.of(find(agencyId, id)), false).get(0);
        audit.record(actor, agencyId, "CREATE", "critical_position", id, saved.positionName(), null, brief(saved));
        return saved;
    }

    public CriticalPosition update(Actor actor, long agencyId, long id, CriticalPositionForm form, int version) {
        talent.requireManage(actor, agencyId);
        Head before = find(agencyId, id);
        String reason = validate(agencyId, form, id);
        int n = jdbc.sql("""
                UPDATE critical_position SET position_id = :p, unit_id = :u, reason = :r, vacancy_risk = :risk,
                       version = version + 1
                WHERE id = :id AND agency_id = :a AND version = :v
                """).param("p", form.getPositionId()).param("u", form.getUnitId()).param("r", reason)
                .param("risk", form.getRisk().name()).param("id", id).param("a", agencyId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("critical_position", id);
        }
        CriticalPosition after = assemble(agencyId, List.of(find(agencyId, id)), false).get(0);
        audit.record(actor, agencyId, "UPDATE", "critical_position", id, after.positionName(),
                Map.of("positionId", before.positionId(), "reason", before.reason(), "risk", before.risk().name()),
                brief(after));
        return after;
    }

    public void delete(Actor actor, long agencyId, long id) {
        talent.requireManage(actor, agencyId);
        CriticalPosition before = assemble(agencyId, List.of(find(agencyId, id)), false).get(0);
        jdbc.sql("DELETE FROM critical_position WHERE id = :id AND agency_id = :a").param("id", id).param("a", agencyId).update();
        audit.record(actor, agencyId, "DELETE", "critical_position", id, before.positionName(), brief(before), null);
    }

    private String validate(long agencyId, CriticalPositionForm form, Long self) {
        var problems = new InvalidInputException.Collector();
        if (form.getPositionId() == null) {
            problems.add("positionId", "validation.required");
        } else if (jdbc.sql("SELECT count(*) FROM position WHERE id = :p AND agency_id = :a AND active")
                .param("p", form.getPositionId()).param("a", agencyId).query(Long.class).single() == 0) {
            problems.add("positionId", "talent.critical.error.position");
        }
        if (form.getUnitId() != null && jdbc.sql("SELECT count(*) FROM org_unit WHERE id = :u AND agency_id = :a AND active")
                .param("u", form.getUnitId()).param("a", agencyId).query(Long.class).single() == 0) {
            problems.add("unitId", "talent.critical.error.unit");
        }
        String reason = TalentManagement.text(form.getReason());
        if (reason == null) {
            problems.add("reason", "validation.required");
        } else if (reason.length() > MAX_REASON) {
            problems.add("reason", "validation.tooLong", MAX_REASON);
        }
        if (form.getRisk() == null) {
            problems.add("risk", "validation.required");
        }
        if (problems.isEmpty() && jdbc.sql("""
                SELECT count(*) FROM critical_position WHERE agency_id = :a AND position_id = :p
                AND unit_id IS NOT DISTINCT FROM CAST(:u AS bigint) AND id <> :self
                """).param("a", agencyId).param("p", form.getPositionId()).param("u", form.getUnitId())
                .param("self", self == null ? -1L : self).query(Long.class).single() > 0) {
            problems.add("positionId", "talent.critical.error.duplicate");
        }
        problems.throwIfAny();
        return reason;
    }

    private static Map<String, Object> brief(CriticalPosition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("positionId", c.positionId());
        m.put("unitId", c.unitId());
        m.put("reason", c.reason());
        m.put("risk", c.risk().name());
        return m;
    }

    // ---------------------------------------------------------------- candidates

    public CriticalPosition addCandidate(Actor actor, long agencyId, long id, CandidateForm form) {
        talent.requireManage(actor, agencyId);
        Head h = find(agencyId, id);
        var problems = new InvalidInputException.Collector();
        Long employeeId = talent.resolveNip(agencyId, form.getNip(), "nip", problems);
        if (form.getReadiness() == null) {
            problems.add("readiness", "validation.required");
        }
        String note = TalentManagement.text(form.getNote());
        if (note != null && note.length() > MAX_NOTE) {
            problems.add("note", "validation.tooLong", MAX_NOTE);
        }
        if (employeeId != null && jdbc.sql("SELECT count(*) FROM succession_candidate WHERE critical_position_id = :id AND employee_id = :e")
                .param("id", id).param("e", employeeId).query(Long.class).single() > 0) {
            problems.add("nip", "talent.critical.error.already");
        }
        problems.throwIfAny();
        jdbc.sql("""
                INSERT INTO succession_candidate (critical_position_id, employee_id, agency_id, readiness, note, added_by)
                VALUES (:id, :e, :a, :r, :note, :by)
                """).param("id", id).param("e", employeeId).param("a", agencyId).param("r", form.getReadiness().name())
                .param("note", note).param("by", actor.username()).update();
        audit.record(actor, agencyId, "ADD_CANDIDATE", "critical_position", id, h.positionName(), null,
                Map.of("employeeId", employeeId, "readiness", form.getReadiness().name()));
        return get(actor, agencyId, id);
    }

    public CriticalPosition updateCandidate(Actor actor, long agencyId, long id, long employeeId, Readiness readiness,
            String note) {
        talent.requireManage(actor, agencyId);
        Head h = find(agencyId, id);
        var problems = new InvalidInputException.Collector();
        if (readiness == null) {
            problems.add("readiness", "validation.required");
        }
        String text = TalentManagement.text(note);
        if (text != null && text.length() > MAX_NOTE) {
            problems.add("note", "validation.tooLong", MAX_NOTE);
        }
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE succession_candidate SET readiness = :r, note = :note
                WHERE critical_position_id = :id AND employee_id = :e AND agency_id = :a
                """).param("r", readiness.name()).param("note", text).param("id", id).param("e", employeeId)
                .param("a", agencyId).update();
        if (n == 0) {
            throw new NotFoundException("succession_candidate", employeeId);
        }
        audit.record(actor, agencyId, "UPDATE_CANDIDATE", "critical_position", id, h.positionName(), null,
                Map.of("employeeId", employeeId, "readiness", readiness.name()));
        return get(actor, agencyId, id);
    }

    public CriticalPosition removeCandidate(Actor actor, long agencyId, long id, long employeeId) {
        talent.requireManage(actor, agencyId);
        Head h = find(agencyId, id);
        int n = jdbc.sql("DELETE FROM succession_candidate WHERE critical_position_id = :id AND employee_id = :e AND agency_id = :a")
                .param("id", id).param("e", employeeId).param("a", agencyId).update();
        if (n == 0) {
            throw new NotFoundException("succession_candidate", employeeId);
        }
        audit.record(actor, agencyId, "REMOVE_CANDIDATE", "critical_position", id, h.positionName(),
                Map.of("employeeId", employeeId), null);
        return get(actor, agencyId, id);
    }
}
