package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (keberatan): an employee may object to a final predikat within the agency's window; the appraiser's
 * superior (atasan pejabat penilai) decides, granting with a new predikat or rejecting, always with a reason.
 * Where the appraiser has no superior in the system, the agency head decides. Nothing is overwritten: the
 * objection, the decision and the predikat change all stay on record.
 */
@Service
public class ObjectionManagement {

    static final String SELECT = """
            SELECT o.*, e.name AS employee_name, d.name AS decider_name, ev.final_predikat AS current_predikat,
                   pp.year, ev.sub_period
            FROM objection o
            JOIN evaluation ev ON ev.id = o.evaluation_id
            JOIN performance_period pp ON pp.id = ev.period_id
            JOIN employee e ON e.id = o.employee_id
            LEFT JOIN employee d ON d.id = o.decider_id
            """;

    private final JdbcClient jdbc;
    private final EvaluationRows rows;
    private final EvaluationManagement evaluations;
    private final CoachingManagement coaching;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ObjectionManagement(JdbcClient jdbc, EvaluationRows rows, EvaluationManagement evaluations, CoachingManagement coaching,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.evaluations = evaluations;
        this.coaching = coaching;
        this.audit = audit;
        this.events = events;
    }

    static Objection map(ResultSet rs, int n) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("evaluation_id"), rs.getLong("employee_id"),
                rs.getString("employee_name"), (Long) rs.getObject("decider_id"), rs.getString("decider_name"),
                rs.getString("reason"), EvaluationRows.predikat(rs.getString("requested_predikat")),
                Objection.Status.valueOf(rs.getString("status")), rs.getTimestamp("filed_at").toInstant(),
                rs.getString("decision_reason"), EvaluationRows.predikat(rs.getString("decided_predikat")),
                rs.getString("decided_by"), rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                EvaluationRows.predikat(rs.getString("current_predikat")), rs.getInt("year"), rs.getInt("sub_period"),
                rs.getInt("version"));
    }

    private Objection load(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id AND o.agency_id = :a").param("id", id).param("a", agencyId)
                .query(ObjectionManagement::map).optional().orElseThrow(() -> new NotFoundException("objection", id));
    }

    /** An objection, for the employee, the decider, the agency head and administrators. */
    @Transactional(readOnly = true)
    public Objection get(Actor actor, long agencyId, long id) {
        actor.requireRead(agencyId);
        Objection o = load(agencyId, id);
        if (!(isEmployee(actor, o) || mayDecide(actor, o) || actor.canAdminister(agencyId))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return o;
    }

    private static boolean isEmployee(Actor actor, Objection o) {
        return actor.employeeId() != null && actor.employeeId() == o.employeeId();
    }

    private static boolean mayDecide(Actor actor, Objection o) {
        if (o.deciderId() != null) {
            return actor.employeeId() != null && actor.employeeId().equals(o.deciderId());
        }
        return actor.has(Role.AGENCY_HEAD) && actor.agencyId() != null && actor.agencyId() == o.agencyId();
    }

    /** The employee objects to a final predikat. */
    @Transactional
    public Objection file(Actor actor, long agencyId, long evaluationId, String reason, Predikat requested) {
        Evaluation e = evaluations.get(actor, agencyId, evaluationId);
        if (actor.employeeId() == null || actor.employeeId() != e.employeeId()) {
            throw new AccessDeniedException("evaluation.error.onlyEmployeeObjects");
        }
        if (e.status() != EvaluationStatus.FINAL) {
            throw InvalidInputException.of("evaluation", "evaluation.error.notFinal");
        }
        if (e.objectionUntil() == null || EvaluationManagement.today().isAfter(e.objectionUntil())) {
            throw InvalidInputException.of("evaluation", "evaluation.error.objectionClosed", e.objectionUntil());
        }
        boolean already = jdbc.sql("SELECT count(*) FROM objection WHERE evaluation_id = :e AND status <> 'WITHDRAWN'")
                .param("e", evaluationId).query(Long.class).single() > 0;
        if (already) {
            throw InvalidInputException.of("evaluation", "evaluation.error.objectionExists");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (EvaluationManagement.blank(reason)) {
            problems.add("reason", "evaluation.error.objectionReason");
        } else if (reason.length() > 4000) {
            problems.add("reason", "evaluation.error.tooLong", 4000);
        }
        if (requested != null && requested == e.finalPredikat()) {
            problems.add("requested", "evaluation.error.requestedSame");
        }
        problems.throwIfAny();
        Long decider = e.appraiserId() == null ? null : jdbc.sql("""
                SELECT coalesce(appraiser_id, superior_id) FROM employee WHERE id = :a
                """).param("a", e.appraiserId()).query(Long.class).optional().orElse(null);
        long id = jdbc.sql("""
                INSERT INTO objection (agency_id, evaluation_id, employee_id, decider_id, reason, requested_predikat)
                VALUES (:a, :e, :emp, :d, :reason, :req) RETURNING id
                """).param("a", agencyId).param("e", evaluationId).param("emp", e.employeeId()).param("d", decider)
                .param("reason", reason.strip()).param("req", requested == null ? null : requested.name())
                .query(Long.class).single();
        Objection o = load(agencyId, id);
        audit.record(actor, agencyId, "evaluation.objection.file", "objection", id, e.employeeName(), null, o);
        events.publishEvent(new ObjectionFiled(agencyId, id, evaluationId, e.employeeId(), decider));
        return o;
    }

    /** The employee withdraws an objection not yet decided. */
    @Transactional
    public Objection withdraw(Actor actor, long agencyId, long id) {
        Objection o = get(actor, agencyId, id);
        if (!isEmployee(actor, o)) {
            throw new AccessDeniedException("evaluation.error.onlyEmployeeObjects");
        }
        if (!o.open()) {
            throw InvalidInputException.of("objection", "evaluation.error.objectionDecided");
        }
        jdbc.sql("UPDATE objection SET status = 'WITHDRAWN', version = version + 1 WHERE id = :id AND status = 'FILED'")
                .param("id", id).update();
        Objection after = load(agencyId, id);
        audit.record(actor, agencyId, "evaluation.objection.withdraw", "objection", id, o.employeeName(), o, after);
        return after;
    }

    /** The decider grants (with the predikat now in force) or rejects, always with a reason. */
    @Transactional
    public Objection decide(Actor actor, long agencyId, long id, boolean granted, Predikat predikat, String reason, int version) {
        Objection o = get(actor, agencyId, id);
        if (!mayDecide(actor, o)) {
            throw new AccessDeniedException("evaluation.error.onlyDecider");
        }
        if (!o.open()) {
            throw InvalidInputException.of("objection", "evaluation.error.objectionDecided");
        }
        if (o.version() != version) {
            throw new ConcurrentChangeException("objection", id);
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (EvaluationManagement.blank(reason)) {
            problems.add("decisionReason", "evaluation.error.decisionReason");
        } else if (reason.length() > 4000) {
            problems.add("decisionReason", "evaluation.error.tooLong", 4000);
        }
        if (granted && predikat == null) {
            problems.add("predikat", "evaluation.error.predikatRequired");
        } else if (granted && predikat == o.currentPredikat()) {
            problems.add("predikat", "evaluation.error.requestedSame");
        }
        problems.throwIfAny();
        Evaluation e = rows.get(agencyId, o.evaluationId());
        Predikat inForce = granted ? predikat : e.finalPredikat();
        int n = jdbc.sql("""
                UPDATE objection SET status = :s, decision_reason = :reason, decided_predikat = :p, decided_by = :by,
                    decided_at = now(), version = version + 1
                WHERE id = :id AND version = :v AND status = 'FILED'
                """).param("s", granted ? "GRANTED" : "REJECTED").param("reason", reason.strip()).param("p", inForce.name())
                .param("by", evaluations.actorName(actor)).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("objection", id);
        }
        if (granted) {
            jdbc.sql("UPDATE evaluation SET final_predikat = :p, version = version + 1 WHERE id = :id")
                    .param("p", predikat.name()).param("id", e.id()).update();
            evaluations.recordChange(agencyId, e.id(), PredikatChange.Source.OBJECTION, e.finalPredikat(), predikat,
                    reason.strip(), actor);
            evaluations.creditPoints(agencyId, List.of(e.id()));
            jdbc.sql("UPDATE evaluation_document SET status = 'QUEUED', content = NULL, sha256 = NULL, queued_at = now() WHERE evaluation_id = :e")
                    .param("e", e.id()).update();
            if (e.annual()) {
                coaching.afterPredikatChange(agencyId, e.id(), predikat);
            }
        }
        Objection after = load(agencyId, id);
        audit.record(actor, agencyId, granted ? "evaluation.objection.grant" : "evaluation.objection.reject", "objection", id,
                o.employeeName() + ": " + inForce, o, after);
        events.publishEvent(new ObjectionDecided(agencyId, id, e.id(), e.employeeId(), granted, inForce, reason.strip()));
        if (granted) {
            events.publishEvent(new EvaluationFinalised(agencyId, e.periodId(), e.id(), e.employeeId(), e.kind(),
                    e.subPeriod(), predikat, true));
        }
        return after;
    }

    /** The signed-in employee's own objections. */
    @Transactional(readOnly = true)
    public List<Objection> mine(Actor actor) {
        if (actor.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.employee_id = :me ORDER BY o.filed_at DESC").param("me", actor.employeeId())
                .query(ObjectionManagement::map).list();
    }

    /** Objections the signed-in person decides: as the appraiser's superior, or as the agency head for the rest. */
    @Transactional(readOnly = true)
    public List<Objection> toDecide(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        boolean head = actor.has(Role.AGENCY_HEAD);
        return jdbc.sql(SELECT + """
                 WHERE o.agency_id = :a AND (o.decider_id = :me OR (:head AND o.decider_id IS NULL))
                 ORDER BY o.status = 'FILED' DESC, o.filed_at DESC
                """).param("a", agencyId).param("me", actor.employeeId() == null ? -1L : actor.employeeId())
                .param("head", head).query(ObjectionManagement::map).list();
    }
}
