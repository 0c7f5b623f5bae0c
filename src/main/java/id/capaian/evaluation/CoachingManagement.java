package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.CoachingPlan.CheckIn;
import id.capaian.evaluation.CoachingPlan.Outcome;
import id.capaian.evaluation.CoachingPlan.Progress;
import id.capaian.evaluation.CoachingPlan.Status;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching (pembinaan) for those below expectation: the aim is to improve, not to punish. Plans are proposed in
 * one statement for a whole batch of final evaluations, then agreed, followed and closed by people.
 */
@Service
public class CoachingManagement {

    private static final String SELECT = """
            SELECT c.*, e.name AS employee_name, co.name AS coach_name, m.name AS mentor_name, pp.year,
                   ev.final_predikat
            FROM coaching_plan c
            JOIN employee e ON e.id = c.employee_id
            LEFT JOIN employee co ON co.id = c.coach_id
            LEFT JOIN employee m ON m.id = c.mentor_id
            LEFT JOIN evaluation ev ON ev.id = c.evaluation_id
            LEFT JOIN performance_period pp ON pp.id = ev.period_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CoachingManagement(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------ proposals (system)

    /**
     * Proposes a plan for each of these final evaluations whose predikat is below expectation (and has none yet),
     * with the appraiser as coach and the results rated below expectation as the first goals. One statement.
     */
    int propose(long agencyId, List<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                INSERT INTO coaching_plan (agency_id, employee_id, evaluation_id, coach_id, goals)
                SELECT ev.agency_id, ev.employee_id, ev.id, ev.appraiser_id,
                       (SELECT string_agg('- ' || r.statement, E'\\n' ORDER BY r.ordinal)
                        FROM evaluation_result er JOIN planned_result r ON r.id = er.result_id
                        WHERE er.evaluation_id = ev.id AND er.rating = 'DIBAWAH_EKSPEKTASI')
                FROM evaluation ev
                WHERE ev.id = ANY(:ids) AND ev.agency_id = :a
                  AND ev.final_predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')
                ON CONFLICT (evaluation_id) WHERE evaluation_id IS NOT NULL DO NOTHING
                """).param("ids", evaluationIds.toArray(new Long[0])).param("a", agencyId).update();
    }

    /** After an objection changed a final predikat: propose a plan, or cancel one no one has started. */
    void afterPredikatChange(long agencyId, long evaluationId, Predikat predikat) {
        if (predikat.needsCoaching()) {
            propose(agencyId, List.of(evaluationId));
        } else {
            jdbc.sql("""
                    UPDATE coaching_plan SET status = 'CANCELLED', outcome_note = 'predikat changed by objection', version = version + 1
                    WHERE evaluation_id = :e AND status = 'PROPOSED'
                    """).param("e", evaluationId).update();
        }
    }

    // ------------------------------------------------------------------ reading

    private CoachingPlan map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CoachingPlan(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employee_id"),
                rs.getString("employee_name"), (Long) rs.getObject("evaluation_id"), (Integer) rs.getObject("year"),
                EvaluationRows.predikat(rs.getString("final_predikat")), (Long) rs.getObject("coach_id"),
                rs.getString("coach_name"), (Long) rs.getObject("mentor_id"), rs.getString("mentor_name"),
                Status.valueOf(rs.getString("status")), rs.getString("goals"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("outcome_note"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), List.of());
    }

    private CoachingPlan load(long agencyId, long id) {
        CoachingPlan p = jdbc.sql(SELECT + " WHERE c.id = :id AND c.agency_id = :a").param("id", id).param("a", agencyId)
                .query(this::map).optional().orElseThrow(() -> new NotFoundException("coachingPlan", id));
        List<CheckIn> checkIns = jdbc.sql("SELECT * FROM coaching_checkin WHERE plan_id = :p ORDER BY held_on, id").param("p", id)
                .query((rs, n) -> new CheckIn(rs.getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("note"),
                        Progress.valueOf(rs.getString("progress")), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return new CoachingPlan(p.id(), p.agencyId(), p.employeeId(), p.employeeName(), p.evaluationId(), p.year(),
                p.predikat(), p.coachId(), p.coachName(), p.mentorId(), p.mentorName(), p.status(), p.goals(), p.startsOn(),
                p.endsOn(), p.outcome(), p.outcomeNote(), p.createdAt(), p.version(), checkIns);
    }

    private static boolean involved(Actor actor, CoachingPlan p) {
        Long me = actor.employeeId();
        return me != null && (me == p.employeeId() || me.equals(p.coachId()) || me.equals(p.mentorId()));
    }

    private static boolean manages(Actor actor, CoachingPlan p) {
        Long me = actor.employeeId();
        return (me != null && me.equals(p.coachId())) || actor.canAdminister(p.agencyId());
    }

    /** A plan, for the employee, the coach, the mentor, the agency head and administrators. */
    @Transactional(readOnly = true)
    public CoachingPlan get(Actor actor, long agencyId, long id) {
        actor.requireRead(agencyId);
        CoachingPlan p = load(agencyId, id);
        if (!(involved(actor, p) || actor.canAdminister(agencyId) || actor.has(Role.AGENCY_HEAD))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return p;
    }

    /** Plans the signed-in person is part of (as employee, coach or mentor). */
    @Transactional(readOnly = true)
    public List<CoachingPlan> mine(Actor actor) {
        if (actor.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 WHERE c.employee_id = :me OR c.coach_id = :me OR c.mentor_id = :me
                 ORDER BY c.status IN ('PROPOSED', 'ACTIVE') DESC, c.created_at DESC
                """).param("me", actor.employeeId()).query(this::map).list();
    }

    /** Every plan of an agency (administrators and the agency head), optionally of one status. */
    @Transactional(readOnly = true)
    public List<CoachingPlan> list(Actor actor, long agencyId, Status status) {
        if (!(actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId)))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return jdbc.sql(SELECT + " WHERE c.agency_id = :a AND (CAST(:s AS VARCHAR) IS NULL OR c.status = :s) ORDER BY c.created_at DESC, e.name")
                .param("a", agencyId).param("s", status == null ? null : status.name()).query(this::map).list();
    }

    /** How many plans per status in an agency (for the follow-up overview). */
    @Transactional(readOnly = true)
    public Map<Status, Integer> counts(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        Map<Status, Integer> m = new HashMap<>();
        jdbc.sql("SELECT status, count(*) FROM coaching_plan WHERE agency_id = :a GROUP BY status").param("a", agencyId)
                .query(rs -> {
                    m.put(Status.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return m;
    }

    // ------------------------------------------------------------------ changing

    /** The coach (or an administrator) agrees the plan: goals, mentor and dates; a proposed plan becomes active. */
    @Transactional
    public CoachingPlan agree(Actor actor, long agencyId, long id, String goals, Long mentorId, LocalDate startsOn,
            LocalDate endsOn, int version) {
        CoachingPlan p = get(actor, agencyId, id);
        if (!manages(actor, p)) {
            throw new AccessDeniedException("coaching.error.onlyCoach");
        }
        if (!p.open()) {
            throw InvalidInputException.of("status", "coaching.error.closed");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (EvaluationManagement.blank(goals)) {
            problems.add("goals", "coaching.error.goals");
        } else if (goals.length() > 4000) {
            problems.add("goals", "evaluation.error.tooLong", 4000);
        }
        if (mentorId != null) {
            if (mentorId == p.employeeId()) {
                problems.add("mentorId", "coaching.error.mentorSelf");
            } else if (jdbc.sql("SELECT count(*) FROM employee WHERE id = :m AND agency_id = :a AND active")
                    .param("m", mentorId).param("a", agencyId).query(Long.class).single() == 0) {
                problems.add("mentorId", "coaching.error.mentorUnknown");
            }
        }
        if (startsOn == null) {
            problems.add("startsOn", "coaching.error.startsOn");
        }
        if (endsOn == null) {
            problems.add("endsOn", "coaching.error.endsOn");
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.add("endsOn", "coaching.error.endsBeforeStart");
        }
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE coaching_plan SET goals = :g, mentor_id = :m, starts_on = :s, ends_on = :e, status = 'ACTIVE',
                    coach_id = coalesce(coach_id, :me), version = version + 1
                WHERE id = :id AND version = :v
                """).param("g", goals.strip()).param("m", mentorId).param("s", startsOn).param("e", endsOn)
                .param("me", actor.employeeId()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("coachingPlan", id);
        }
        CoachingPlan after = load(agencyId, id);
        audit.record(actor, agencyId, "coaching.agree", "coaching_plan", id, p.employeeName(), p, after);
        events.publishEvent(new CoachingPlanChanged(agencyId, id, p.employeeId(), mentorId, Status.ACTIVE, null));
        return after;
    }

    /** A check-in by the employee, the coach or the mentor. */
    @Transactional
    public CoachingPlan checkIn(Actor actor, long agencyId, long id, LocalDate heldOn, String note, Progress progress) {
        CoachingPlan p = get(actor, agencyId, id);
        if (!(involved(actor, p) || actor.canAdminister(agencyId))) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (p.status() != Status.ACTIVE) {
            throw InvalidInputException.of("status", "coaching.error.notActive");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (heldOn == null) {
            problems.add("heldOn", "coaching.error.heldOn");
        } else if (heldOn.isAfter(EvaluationManagement.today())) {
            problems.add("heldOn", "coaching.error.heldOnFuture");
        }
        if (EvaluationManagement.blank(note)) {
            problems.add("note", "coaching.error.note");
        } else if (note.length() > 4000) {
            problems.add("note", "evaluation.error.tooLong", 4000);
        }
        if (progress == null) {
            problems.add("progress", "coaching.error.progress");
        }
        problems.throwIfAny();
        jdbc.sql("""
                INSERT INTO coaching_checkin (agency_id, plan_id, held_on, note, progress, recorded_by)
                VALUES (:a, :p, :d, :n, :pr, :by)
                """).param("a", agencyId).param("p", id).param("d", heldOn).param("n", note.strip())
                .param("pr", progress.name()).param("by", actor.username()).update();
        audit.record(actor, agencyId, "coaching.checkin", "coaching_plan", id, p.employeeName(), null, note.strip());
        return load(agencyId, id);
    }

    /** The coach closes the plan with its outcome. */
    @Transactional
    public CoachingPlan complete(Actor actor, long agencyId, long id, Outcome outcome, String note, int version) {
        CoachingPlan p = get(actor, agencyId, id);
        if (!manages(actor, p)) {
            throw new AccessDeniedException("coaching.error.onlyCoach");
        }
        if (p.status() != Status.ACTIVE) {
            throw InvalidInputException.of("status", "coaching.error.notActive");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (outcome == null) {
            problems.add("outcome", "coaching.error.outcome");
        }
        if (EvaluationManagement.blank(note)) {
            problems.add("outcomeNote", "coaching.error.outcomeNote");
        } else if (note.length() > 4000) {
            problems.add("outcomeNote", "evaluation.error.tooLong", 4000);
        }
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE coaching_plan SET status = 'COMPLETED', outcome = :o, outcome_note = :n, version = version + 1
                WHERE id = :id AND version = :v
                """).param("o", outcome.name()).param("n", note.strip()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("coachingPlan", id);
        }
        CoachingPlan after = load(agencyId, id);
        audit.record(actor, agencyId, "coaching.complete", "coaching_plan", id, p.employeeName(), p, after);
        events.publishEvent(new CoachingPlanChanged(agencyId, id, p.employeeId(), p.mentorId(), Status.COMPLETED, outcome));
        return after;
    }

    /** The coach or an administrator cancels a plan not needed, with the reason. */
    @Transactional
    public CoachingPlan cancel(Actor actor, long agencyId, long id, String reason, int version) {
        CoachingPlan p = get(actor, agencyId, id);
        if (!manages(actor, p)) {
            throw new AccessDeniedException("coaching.error.onlyCoach");
        }
        if (!p.open()) {
            throw InvalidInputException.of("status", "coaching.error.closed");
        }
        if (EvaluationManagement.blank(reason)) {
            throw InvalidInputException.of("outcomeNote", "coaching.error.cancelReason");
        }
        int n = jdbc.sql("UPDATE coaching_plan SET status = 'CANCELLED', outcome_note = :n, version = version + 1 WHERE id = :id AND version = :v")
                .param("n", reason.strip()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("coachingPlan", id);
        }
        CoachingPlan after = load(agencyId, id);
        audit.record(actor, agencyId, "coaching.cancel", "coaching_plan", id, p.employeeName(), p, after);
        events.publishEvent(new CoachingPlanChanged(agencyId, id, p.employeeId(), p.mentorId(), Status.CANCELLED, null));
        return after;
    }
}
