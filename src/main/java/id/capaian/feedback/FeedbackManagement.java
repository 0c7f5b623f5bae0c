package id.capaian.feedback;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.ReviewStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on realisations (umpan balik): the appraiser comments on a realisation, the employee answers, and
 * either may answer again, in threads. The plan's owner and appraiser write (while the period is open); whoever
 * may see the plan reads (the line above, the agency's administrators and head, national administrators); anyone
 * else is refused. The appraiser may ask for more evidence with a comment: the realisation is then marked
 * {@link ReviewStatus#NEEDS_EVIDENCE} through tracking, in the same transaction.
 */
@Service
@Transactional
public class FeedbackManagement {

    static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final RealisationManagement realisations;
    private final PlanManagement plans;
    private final PlanAccess access;
    private final PeriodManagement periods;
    private final EmployeeManagement employees;
    private final ApplicationEventPublisher events;

    FeedbackManagement(JdbcClient jdbc, RealisationManagement realisations, PlanManagement plans, PlanAccess access,
            PeriodManagement periods, EmployeeManagement employees, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.realisations = realisations;
        this.plans = plans;
        this.access = access;
        this.periods = periods;
        this.employees = employees;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /** The threads on a realisation and what the actor may do with them. */
    @Transactional(readOnly = true)
    public FeedbackView view(Actor actor, long agencyId, long realisationId) {
        RealisationManagement.RealisationInPlan loaded = realisations.getWithPlan(actor, agencyId, realisationId);
        Realisation r = loaded.realisation();
        Plan plan = loaded.plan();
        Period period = loaded.period();
        boolean party = access.isOwner(actor, plan) || access.isAppraiser(actor, plan);
        String indicator = plan.results().stream().flatMap(x -> x.indicators().stream())
                .filter(i -> i.id() == r.indicatorId()).map(i -> i.name()).findFirst().orElse("");
        return new FeedbackView(agencyId, plan.id(), r, indicator, plan.employeeName(), plan.appraiserName(),
                plan.year(), period.scheme() == SubPeriodScheme.QUARTERLY, threads(agencyId, realisationId), period.open() && party,
                period.open() && access.isAppraiser(actor, plan));
    }

    /** The threads on a realisation, for those who may read it. */
    @Transactional(readOnly = true)
    public List<FeedbackThread> threads(Actor actor, long agencyId, long realisationId) {
        realisations.get(actor, agencyId, realisationId);
        return threads(agencyId, realisationId);
    }

    /** How many comments each realisation of a plan has (realisations without any are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> counts(Actor actor, long agencyId, long planId) {
        plans.get(actor, agencyId, planId);
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("SELECT realisation_id, count(*) AS n FROM feedback WHERE agency_id = :a AND plan_id = :p GROUP BY realisation_id")
                .param("a", agencyId).param("p", planId)
                .query((rs, n) -> Map.entry(rs.getLong("realisation_id"), rs.getInt("n"))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Transactional(readOnly = true)
    public Feedback get(Actor actor, long agencyId, long feedbackId) {
        Feedback f = find(agencyId, feedbackId);
        realisations.get(actor, agencyId, f.realisationId());
        return f;
    }

    private List<FeedbackThread> threads(long agencyId, long realisationId) {
        List<Feedback> all = named(agencyId, jdbc.sql("""
                SELECT * FROM feedback WHERE agency_id = :a AND realisation_id = :r ORDER BY created_at, id
                """).param("a", agencyId).param("r", realisationId).query((rs, n) -> row(rs, null)).list());
        Map<Long, List<Feedback>> replies = new LinkedHashMap<>();
        List<Feedback> roots = new ArrayList<>();
        for (Feedback f : all) {
            if (f.threadId() == null) {
                roots.add(f);
                replies.put(f.id(), new ArrayList<>());
            }
        }
        for (Feedback f : all) {
            if (f.threadId() != null && replies.containsKey(f.threadId())) {
                replies.get(f.threadId()).add(f);
            }
        }
        return roots.stream().map(f -> new FeedbackThread(f, List.copyOf(replies.get(f.id())))).toList();
    }

    // ---------------------------------------------------------------- writing

    /**
     * A comment, or a reply ({@link FeedbackForm#getParentId()}), by the plan's owner or appraiser. With
     * {@link FeedbackForm#isAsksEvidence()} (the appraiser only) the realisation is marked as needing more
     * evidence. The other party is told ({@link FeedbackGiven}).
     */
    public Feedback comment(Actor actor, long agencyId, long realisationId, FeedbackForm form) {
        Realisation r = realisations.get(actor, agencyId, realisationId);
        Plan plan = plans.get(actor, agencyId, r.planId());
        boolean owner = access.isOwner(actor, plan);
        boolean appraiser = access.isAppraiser(actor, plan);
        if (!owner && !appraiser) {
            throw new AccessDeniedException("feedback.error.onlyParties");
        }
        periods.requireOpen(agencyId, plan.periodId());
        var problems = new InvalidInputException.Collector();
        String body = form.getBody() == null ? "" : form.getBody().strip();
        if (body.isEmpty()) {
            problems.add("body", "validation.required");
        } else if (body.length() > MAX_BODY) {
            problems.add("body", "validation.tooLong", MAX_BODY);
        }
        if (form.isAsksEvidence() && !appraiser) {
            problems.add("asksEvidence", "feedback.error.onlyAppraiserAsks");
        }
        Feedback parent = null;
        if (form.getParentId() != null) {
            parent = jdbc.sql("SELECT * FROM feedback WHERE id = :id AND agency_id = :a AND realisation_id = :r")
                    .param("id", form.getParentId()).param("a", agencyId).param("r", realisationId)
                    .query((rs, n) -> row(rs, null)).optional().orElse(null);
            if (parent == null) {
                problems.add("parentId", "feedback.error.parent");
            }
        }
        problems.throwIfAny();
        if (form.isAsksEvidence()) {
            realisations.review(actor, agencyId, realisationId, ReviewStatus.NEEDS_EVIDENCE);
        }
        Long recipient = owner && !appraiser ? plan.appraiserId() : Long.valueOf(plan.employeeId());
        Long threadId = parent == null ? null : parent.threadId() == null ? parent.id() : parent.threadId();
        long id = jdbc.sql("""
                INSERT INTO feedback (agency_id, plan_id, realisation_id, parent_id, thread_id, author_id, recipient_id,
                                      body, asks_evidence, created_by)
                VALUES (:a, :p, :r, :parent, :thread, :author, :recipient, :body, :asks, :by) RETURNING id
                """).param("a", agencyId).param("p", plan.id()).param("r", realisationId)
                .param("parent", parent == null ? null : parent.id()).param("thread", threadId)
                .param("author", actor.employeeId()).param("recipient", recipient).param("body", body)
                .param("asks", form.isAsksEvidence()).param("by", actor.username()).query(Long.class).single();
        events.publishEvent(new FeedbackGiven(agencyId, plan.id(), realisationId, id, actor.employeeId(), recipient,
                parent != null, form.isAsksEvidence()));
        return find(agencyId, id);
    }

    // ---------------------------------------------------------------- mapping

    private Feedback find(long agencyId, long id) {
        Feedback f = jdbc.sql("SELECT * FROM feedback WHERE id = :id AND agency_id = :a").param("id", id)
                .param("a", agencyId).query((rs, n) -> row(rs, null)).optional()
                .orElseThrow(() -> new NotFoundException("feedback", id));
        return named(agencyId, List.of(f)).get(0);
    }

    private List<Feedback> named(long agencyId, List<Feedback> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<Long> ids = rows.stream().map(Feedback::authorId).collect(Collectors.toSet());
        Map<Long, Employee> people = employees.byIds(agencyId, ids);
        return rows.stream().map(f -> new Feedback(f.id(), f.agencyId(), f.planId(), f.realisationId(), f.parentId(),
                f.threadId(), f.authorId(), people.containsKey(f.authorId()) ? people.get(f.authorId()).displayName() : "",
                f.recipientId(), f.body(), f.asksEvidence(), f.createdAt())).toList();
    }

    private static Feedback row(ResultSet rs, String authorName) throws SQLException {
        return new Feedback(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("plan_id"), rs.getLong("realisation_id"),
                (Long) rs.getObject("parent_id"), (Long) rs.getObject("thread_id"), rs.getLong("author_id"), authorName,
                (Long) rs.getObject("recipient_id"), rs.getString("body"), rs.getBoolean("asks_evidence"),
                rs.getTimestamp("created_at").toInstant());
    }
}
