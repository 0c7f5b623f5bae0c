package id.capaian.development;

import id.capaian.audit.AuditTrail;
import id.capaian.development.internal.DevelopmentLines;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring: pairs of a mentor and a mentee with a goal and dates, made by the mentee's appraiser or an
 * administrator; sessions logged by the mentor or the mentee; ended with an outcome by the mentor, the mentee's
 * appraiser or an administrator. Read by the two, the mentee's line, the agency's administrators and head, and
 * national administrators.
 * <p>
 * Mentoring minutes do not count toward the 20 JP by themselves: the pair shows their JP equivalent (45 minutes a
 * JP) for information, and the mentee records a MENTORING training with its proof in the training catalogue to
 * have them counted.
 */
@Service
@Transactional
public class MentoringManagement {

    private final JdbcClient jdbc;
    private final EmployeeManagement employees;
    private final CompetencyManagement competencies;
    private final DevelopmentLines lines;
    private final AuditTrail audit;

    MentoringManagement(JdbcClient jdbc, EmployeeManagement employees, CompetencyManagement competencies,
            DevelopmentLines lines, AuditTrail audit) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.competencies = competencies;
        this.lines = lines;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- access

    public boolean canRead(Actor actor, MentoringPair p) {
        return p.involves(actor.employeeId()) && actor.agencyId() != null && actor.agencyId() == p.agencyId()
                || competencies.canSee(actor, p.agencyId(), p.menteeId());
    }

    /** The mentor or the mentee log sessions. */
    public boolean canLog(Actor actor, MentoringPair p) {
        return p.status() == MentoringStatus.ACTIVE && p.involves(actor.employeeId())
                && actor.agencyId() != null && actor.agencyId() == p.agencyId();
    }

    /** The mentor, the mentee's appraiser or an administrator end the pair. */
    public boolean canEnd(Actor actor, MentoringPair p) {
        if (p.status() != MentoringStatus.ACTIVE) {
            return false;
        }
        if (actor.canAdminister(p.agencyId())) {
            return true;
        }
        Long me = actor.employeeId();
        return me != null && actor.agencyId() != null && actor.agencyId() == p.agencyId()
                && (me == p.mentorId() || me.equals(p.menteeAppraiserId()));
    }

    /** Whether the actor may make pairs at all: administrators, and appraisers (for the people they appraise). */
    public boolean canCreateAny(Actor actor, long agencyId) {
        return actor.canAdminister(agencyId) || (actor.employeeId() != null && actor.agencyId() != null
                && actor.agencyId() == agencyId);
    }

    // ---------------------------------------------------------------- reading

    private static final String PAIR = """
            SELECT mp.*,
                   nullif(concat_ws(' ', nullif(m.front_title, ''), m.name) || coalesce(', ' || nullif(m.back_title, ''), ''), '') AS mentor_name,
                   nullif(concat_ws(' ', nullif(t.front_title, ''), t.name) || coalesce(', ' || nullif(t.back_title, ''), ''), '') AS mentee_name,
                   coalesce(t.appraiser_id, t.superior_id) AS mentee_appraiser_id
            FROM mentoring_pair mp
            JOIN employee m ON m.id = mp.mentor_id
            JOIN employee t ON t.id = mp.mentee_id
            """;

    private static MentoringPair pair(ResultSet rs, List<MentoringSession> sessions) throws SQLException {
        return new MentoringPair(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
                rs.getLong("mentee_id"), rs.getString("mentee_name"), (Long) rs.getObject("mentee_appraiser_id"),
                rs.getString("goal"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                MentoringStatus.valueOf(rs.getString("status")), rs.getString("outcome"), rs.getString("created_by"),
                rs.getInt("version"), sessions);
    }

    private static MentoringSession session(ResultSet rs) throws SQLException {
        return new MentoringSession(rs.getLong("id"), rs.getLong("pair_id"), rs.getObject("held_on", LocalDate.class),
                rs.getInt("minutes"), rs.getString("topic"), rs.getString("notes"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    MentoringPair find(long agencyId, long pairId) {
        List<MentoringSession> sessions = jdbc.sql("SELECT * FROM mentoring_session WHERE pair_id = :p AND agency_id = :a ORDER BY held_on DESC, id DESC")
                .param("p", pairId).param("a", agencyId).query((rs, n) -> session(rs)).list();
        return jdbc.sql(PAIR + " WHERE mp.id = :id AND mp.agency_id = :a").param("id", pairId).param("a", agencyId)
                .query((rs, n) -> pair(rs, sessions)).optional()
                .orElseThrow(() -> new NotFoundException("mentoringPair", pairId));
    }

    @Transactional(readOnly = true)
    public MentoringPair get(Actor actor, long agencyId, long pairId) {
        actor.requireRead(agencyId);
        MentoringPair p = find(agencyId, pairId);
        if (!canRead(actor, p)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return p;
    }

    /**
     * The pairs the actor is part of (as mentor or mentee) or whose mentee they appraise; with {@code all}, for
     * administrators, the agency head and national administrators, every pair of the agency; with the count,
     * minutes and last date of their sessions (two statements).
     */
    @Transactional(readOnly = true)
    public List<MentoringPairRow> list(Actor actor, long agencyId, boolean all) {
        actor.requireRead(agencyId);
        boolean everyone = all && competencies.isHr(actor, agencyId);
        Long me = actor.employeeId();
        if (!everyone && (me == null || actor.agencyId() == null || actor.agencyId() != agencyId)) {
            return List.of();
        }
        List<MentoringPair> pairs = jdbc.sql(PAIR + " WHERE mp.agency_id = :a" + (everyone ? ""
                : " AND (mp.mentor_id = :me OR mp.mentee_id = :me OR coalesce(t.appraiser_id, t.superior_id) = :me)")
                + " ORDER BY mp.status, mp.starts_on DESC, mp.id DESC LIMIT 500")
                .param("a", agencyId).param("me", me == null ? -1L : me).query((rs, n) -> pair(rs, List.of())).list();
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> figures = new HashMap<>();
        jdbc.sql("""
                SELECT pair_id, count(*) AS n, coalesce(sum(minutes), 0) AS minutes, max(held_on) AS last
                FROM mentoring_session WHERE agency_id = :a AND pair_id = ANY(:ids) GROUP BY pair_id
                """).param("a", agencyId).param("ids", pairs.stream().map(MentoringPair::id).toArray(Long[]::new))
                .query(rs -> {
                    figures.put(rs.getLong("pair_id"), new Object[] {rs.getInt("n"), rs.getInt("minutes"),
                            rs.getObject("last", LocalDate.class)});
                });
        return pairs.stream().map(p -> {
            Object[] f = figures.get(p.id());
            return f == null ? new MentoringPairRow(p, 0, 0, null)
                    : new MentoringPairRow(p, (Integer) f[0], (Integer) f[1], (LocalDate) f[2]);
        }).toList();
    }

    /** The people the actor may pick as mentee: everyone of the agency for administrators, else those they appraise. */
    @Transactional(readOnly = true)
    public List<Employee> menteeChoices(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (actor.canAdminister(agencyId)) {
            return employees.activeInAgency(actor, agencyId);
        }
        return actor.employeeId() == null ? List.of() : employees.appraisees(actor, agencyId, actor.employeeId());
    }

    // ---------------------------------------------------------------- changing

    /** Makes a pair: the mentee's appraiser or an administrator. */
    public MentoringPair create(Actor actor, long agencyId, MentoringForm form) {
        actor.requireRead(agencyId);
        var problems = new InvalidInputException.Collector();
        Employee mentee = null;
        Employee mentor = null;
        Set<Long> ids = new java.util.HashSet<>();
        ids.add(form.getMentorId() == null ? -1L : form.getMentorId());
        ids.add(form.getMenteeId() == null ? -1L : form.getMenteeId());
        Map<Long, Employee> people = employees.byIds(agencyId, ids);
        if (form.getMenteeId() == null) {
            problems.add("menteeId", "validation.required");
        } else if ((mentee = people.get(form.getMenteeId())) == null || !mentee.active()) {
            problems.add("menteeId", "development.mentoring.error.mentee");
            mentee = null;
        }
        if (mentee != null && !actor.canAdminister(agencyId)
                && (actor.employeeId() == null || !actor.employeeId().equals(mentee.appraiserId()))) {
            throw new AccessDeniedException("development.mentoring.error.onlyAppraiser");
        }
        if (mentee == null && !canCreateAny(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (form.getMentorId() == null) {
            problems.add("mentorId", "validation.required");
        } else if ((mentor = people.get(form.getMentorId())) == null || !mentor.active()) {
            problems.add("mentorId", "development.mentoring.error.mentor");
            mentor = null;
        } else if (form.getMentorId().equals(form.getMenteeId())) {
            problems.add("mentorId", "development.mentoring.error.self");
        }
        String goal = CompetencyManagement.text(form.getGoal());
        if (goal == null) {
            problems.add("goal", "development.mentoring.error.goal");
        } else if (goal.length() > 1000) {
            problems.add("goal", "validation.tooLong", 1000);
        }
        if (form.getStartsOn() == null) {
            problems.add("startsOn", "validation.required");
        } else if (form.getStartsOn().getYear() < 2000) {
            problems.add("startsOn", "development.assessment.error.tooOld");
        }
        if (form.getEndsOn() != null && form.getStartsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            problems.add("endsOn", "development.mentoring.error.endsBeforeStart");
        }
        if (mentor != null && mentee != null && jdbc.sql("""
                SELECT count(*) FROM mentoring_pair WHERE agency_id = :a AND mentor_id = :m AND mentee_id = :t AND status = 'ACTIVE'
                """).param("a", agencyId).param("m", mentor.id()).param("t", mentee.id()).query(Long.class).single() > 0) {
            problems.add("mentorId", "development.mentoring.error.exists");
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO mentoring_pair (agency_id, mentor_id, mentee_id, goal, starts_on, ends_on, created_by)
                VALUES (:a, :m, :t, :g, :s, :e, :by) RETURNING id
                """).param("a", agencyId).param("m", mentor.id()).param("t", mentee.id()).param("g", goal)
                .param("s", form.getStartsOn()).param("e", form.getEndsOn()).param("by", actor.username())
                .query(Long.class).single();
        MentoringPair p = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "mentoring_pair", id, p.mentorName() + " → " + p.menteeName(), null, brief(p));
        return p;
    }

    /** Logs a session: the mentor or the mentee of an active pair. */
    public MentoringPair logSession(Actor actor, long agencyId, long pairId, MentoringSessionForm form) {
        MentoringPair p = get(actor, agencyId, pairId);
        if (!p.involves(actor.employeeId())) {
            throw new AccessDeniedException("development.mentoring.error.onlyPair");
        }
        if (p.status() != MentoringStatus.ACTIVE) {
            throw InvalidInputException.of("status", "development.mentoring.error.ended");
        }
        var problems = new InvalidInputException.Collector();
        if (form.getHeldOn() == null) {
            problems.add("heldOn", "validation.required");
        } else if (form.getHeldOn().isAfter(CompetencyManagement.today())) {
            problems.add("heldOn", "development.mentoring.error.future");
        } else if (form.getHeldOn().isBefore(p.startsOn())) {
            problems.add("heldOn", "development.mentoring.error.beforeStart");
        }
        if (form.getMinutes() == null) {
            problems.add("minutes", "validation.required");
        } else if (form.getMinutes() < 5 || form.getMinutes() > 1440) {
            problems.add("minutes", "development.mentoring.error.minutes");
        }
        String topic = CompetencyManagement.text(form.getTopic());
        if (topic == null) {
            problems.add("topic", "validation.required");
        } else if (topic.length() > 300) {
            problems.add("topic", "validation.tooLong", 300);
        }
        String notes = CompetencyManagement.text(form.getNotes());
        if (notes != null && notes.length() > 4000) {
            problems.add("notes", "validation.tooLong", 4000);
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO mentoring_session (agency_id, pair_id, held_on, minutes, topic, notes, recorded_by)
                VALUES (:a, :p, :d, :m, :t, :n, :by) RETURNING id
                """).param("a", agencyId).param("p", pairId).param("d", form.getHeldOn()).param("m", form.getMinutes())
                .param("t", topic).param("n", notes).param("by", actor.username()).query(Long.class).single();
        audit.record(actor, agencyId, "CREATE", "mentoring_session", id, p.mentorName() + " → " + p.menteeName() + ": " + topic,
                null, Map.of("heldOn", form.getHeldOn().toString(), "minutes", form.getMinutes(), "topic", topic));
        return find(agencyId, pairId);
    }

    /** Ends the pair with its outcome: the mentor, the mentee's appraiser or an administrator. */
    public MentoringPair end(Actor actor, long agencyId, long pairId, String outcome, LocalDate endsOn, int version) {
        MentoringPair p = get(actor, agencyId, pairId);
        if (p.status() != MentoringStatus.ACTIVE) {
            throw InvalidInputException.of("status", "development.mentoring.error.ended");
        }
        if (!canEnd(actor, p)) {
            throw new AccessDeniedException("development.mentoring.error.onlyEnder");
        }
        var problems = new InvalidInputException.Collector();
        String text = CompetencyManagement.text(outcome);
        if (text == null) {
            problems.add("outcome", "development.mentoring.error.outcome");
        } else if (text.length() > 1000) {
            problems.add("outcome", "validation.tooLong", 1000);
        }
        LocalDate end = endsOn == null ? CompetencyManagement.today() : endsOn;
        if (end.isBefore(p.startsOn())) {
            problems.add("endsOn", "development.mentoring.error.endsBeforeStart");
        } else if (end.isAfter(CompetencyManagement.today())) {
            problems.add("endsOn", "development.mentoring.error.endFuture");
        }
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE mentoring_pair SET status = 'ENDED', outcome = :o, ends_on = :e, version = version + 1
                WHERE id = :id AND version = :v AND status = 'ACTIVE'
                """).param("o", text).param("e", end).param("id", pairId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("mentoringPair", pairId);
        }
        MentoringPair after = find(agencyId, pairId);
        audit.record(actor, agencyId, "END", "mentoring_pair", pairId, p.mentorName() + " → " + p.menteeName(), brief(p),
                brief(after));
        return after;
    }

    private static Map<String, Object> brief(MentoringPair p) {
        Map<String, Object> m = new HashMap<>();
        m.put("mentorId", p.mentorId());
        m.put("menteeId", p.menteeId());
        m.put("goal", p.goal());
        m.put("startsOn", String.valueOf(p.startsOn()));
        m.put("endsOn", String.valueOf(p.endsOn()));
        m.put("status", p.status().name());
        m.put("outcome", p.outcome());
        return m;
    }
}
