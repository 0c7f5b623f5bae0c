package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.PeerInvitation.Relation;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360 input (PP 30/2019 allows peers' and subordinates' input in the behaviour rating). The appraiser or an agency
 * administrator invites raters; a rater answers once per BerAKHLAK value. The answer is stored without the rater
 * or the time, so it cannot be traced back, and it is shown only as aggregates once {@link #MINIMUM} answered.
 */
@Service
public class PeerReviewManagement {

    public static final int MINIMUM = 3;

    private final JdbcClient jdbc;
    private final EvaluationRows rows;
    private final PlanManagement plans;
    private final PlanAccess access;
    private final EvaluationManagement evaluations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PeerReviewManagement(JdbcClient jdbc, EvaluationRows rows, PlanManagement plans, PlanAccess access,
            @Lazy EvaluationManagement evaluations, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.plans = plans;
        this.access = access;
        this.evaluations = evaluations;
        this.audit = audit;
        this.events = events;
    }

    /** Invites raters for the annual evaluation of a plan (creating the evaluation if needed). */
    @Transactional
    public List<PeerInvitation> invite(Actor actor, long agencyId, long planId, List<Long> raterIds, Relation relation) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!(access.isAppraiser(actor, plan) || actor.canAdminister(agencyId))) {
            throw new AccessDeniedException("evaluation.error.onlyAppraiserOrAdmin");
        }
        if (plan.status() != PlanStatus.APPROVED) {
            throw InvalidInputException.of("plan", "evaluation.error.planNotApproved");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (relation == null) {
            problems.add("relation", "evaluation.error.relationRequired");
        }
        Set<Long> raters = new LinkedHashSet<>(raterIds == null ? List.of() : raterIds);
        if (raters.isEmpty()) {
            problems.add("raters", "evaluation.error.ratersRequired");
        }
        problems.throwIfAny();
        Map<Long, Rater> known = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name, superior_id, appraiser_id, active FROM employee WHERE id IN (:ids) AND agency_id = :a")
                .param("ids", raters).param("a", agencyId)
                .query(rs -> {
                    known.put(rs.getLong(1), new Rater(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                            (Long) rs.getObject(4), rs.getBoolean(5)));
                });
        for (Long id : raters) {
            Rater r = known.get(id);
            if (r == null || !r.active()) {
                problems.add("raters", "evaluation.error.raterUnknown", id);
            } else if (id == plan.employeeId()) {
                problems.add("raters", "evaluation.error.raterSelf");
            } else if (plan.appraiserId() != null && id.equals(plan.appraiserId())) {
                problems.add("raters", "evaluation.error.raterAppraiser", r.name());
            } else if (relation == Relation.SUBORDINATE && !(Long.valueOf(plan.employeeId()).equals(r.superiorId())
                    || Long.valueOf(plan.employeeId()).equals(r.appraiserId()))) {
                problems.add("raters", "evaluation.error.raterNotSubordinate", r.name());
            }
        }
        problems.throwIfAny();
        Evaluation e = rows.forPlan(planId, 0).orElse(null);
        if (e != null && e.status() == EvaluationStatus.FINAL) {
            throw InvalidInputException.of("status", "evaluation.error.final");
        }
        long evaluationId = e != null ? e.id() : evaluations.insert(plan, 0);
        List<PeerInvitation> created = new ArrayList<>();
        for (Long id : raters) {
            Long invitationId = jdbc.sql("""
                    INSERT INTO peer_invitation (agency_id, evaluation_id, rater_id, relation, invited_by)
                    VALUES (:a, :e, :r, :rel, :by) ON CONFLICT (evaluation_id, rater_id) DO NOTHING RETURNING id
                    """).param("a", agencyId).param("e", evaluationId).param("r", id).param("rel", relation.name())
                    .param("by", actor.employeeId()).query(Long.class).optional().orElse(null);
            if (invitationId != null) {
                events.publishEvent(new PeerInputRequested(agencyId, invitationId, id, plan.employeeId()));
                created.add(invitation(agencyId, invitationId));
            }
        }
        audit.record(actor, agencyId, "evaluation.peer.invite", "evaluation", evaluationId,
                plan.employeeName() + ": " + created.size(), null, created.stream().map(PeerInvitation::raterName).toList());
        return created;
    }

    private record Rater(long id, String name, Long superiorId, Long appraiserId, boolean active) {
    }

    private static final String SELECT = """
            SELECT i.*, ev.employee_id, e.name AS employee_name, r.name AS rater_name, pp.year
            FROM peer_invitation i
            JOIN evaluation ev ON ev.id = i.evaluation_id
            JOIN performance_period pp ON pp.id = ev.period_id
            JOIN employee e ON e.id = ev.employee_id
            JOIN employee r ON r.id = i.rater_id
            """;

    private static PeerInvitation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PeerInvitation(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("evaluation_id"),
                rs.getLong("employee_id"), rs.getString("employee_name"), rs.getInt("year"), rs.getLong("rater_id"),
                rs.getString("rater_name"), Relation.valueOf(rs.getString("relation")),
                rs.getTimestamp("invited_at").toInstant(), rs.getBoolean("answered"));
    }

    private PeerInvitation invitation(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id AND i.agency_id = :a").param("id", id).param("a", agencyId)
                .query(PeerReviewManagement::map).optional().orElseThrow(() -> new NotFoundException("peerInvitation", id));
    }

    /** The invitations waiting for the signed-in person's answer. */
    @Transactional(readOnly = true)
    public List<PeerInvitation> mine(Actor actor) {
        if (actor.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.rater_id = :me AND ev.status <> 'FINAL' ORDER BY i.answered, i.invited_at DESC")
                .param("me", actor.employeeId()).query(PeerReviewManagement::map).list();
    }

    /** One invitation, for its rater only. */
    @Transactional(readOnly = true)
    public PeerInvitation get(Actor actor, long agencyId, long invitationId) {
        PeerInvitation i = invitation(agencyId, invitationId);
        if (actor.employeeId() == null || actor.employeeId() != i.raterId()) {
            throw new AccessDeniedException("evaluation.error.onlyRater");
        }
        return i;
    }

    /** Who was invited for an evaluation, and whether they answered (for the appraiser and administrators). */
    @Transactional(readOnly = true)
    public List<PeerInvitation> invitations(Actor actor, long agencyId, long evaluationId) {
        Evaluation e = rows.get(agencyId, evaluationId);
        Plan plan = plans.get(actor, agencyId, e.planId());
        if (!(access.isAppraiser(actor, plan) || actor.canAdminister(agencyId))) {
            throw new AccessDeniedException("evaluation.error.onlyAppraiserOrAdmin");
        }
        return jdbc.sql(SELECT + " WHERE i.evaluation_id = :e ORDER BY r.name").param("e", evaluationId)
                .query(PeerReviewManagement::map).list();
    }

    /** The rater's answer: one rating per BerAKHLAK value and an optional comment. Only once. */
    @Transactional
    public void answer(Actor actor, long agencyId, long invitationId, Map<BerakhlakValue, Rating> ratings, String comment) {
        PeerInvitation i = get(actor, agencyId, invitationId);
        if (i.answered()) {
            throw InvalidInputException.of("invitation", "evaluation.error.alreadyAnswered");
        }
        Evaluation e = rows.get(agencyId, i.evaluationId());
        if (e.status() == EvaluationStatus.FINAL) {
            throw InvalidInputException.of("invitation", "evaluation.error.final");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (BerakhlakValue v : BerakhlakValue.values()) {
            if (ratings == null || ratings.get(v) == null) {
                problems.add("rating." + v.name(), "evaluation.error.behaviourMissing", EvaluationManagement.valueName(v));
            }
        }
        if (comment != null && comment.length() > 1000) {
            problems.add("comment", "evaluation.error.tooLong", 1000);
        }
        problems.throwIfAny();
        int claimed = jdbc.sql("UPDATE peer_invitation SET answered = TRUE WHERE id = :id AND answered = FALSE")
                .param("id", invitationId).update();
        if (claimed == 0) {
            throw InvalidInputException.of("invitation", "evaluation.error.alreadyAnswered");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        boolean first = true;
        for (BerakhlakValue v : BerakhlakValue.values()) {
            jdbc.sql("""
                    INSERT INTO peer_answer (agency_id, evaluation_id, relation, value, rating, comment)
                    VALUES (:a, :e, :rel, :v, :r, :c)
                    """).param("a", agencyId).param("e", i.evaluationId()).param("rel", i.relation().name())
                    .param("v", v.name()).param("r", ratings.get(v).name()).param("c", first ? text : null).update();
            first = false;
        }
        // the audit trail records that an answer was given, never what it was
        audit.record(actor, agencyId, "evaluation.peer.answer", "evaluation", null, "answered", null, null);
    }

    /** Aggregates of the 360 input of one evaluation (counts only; ratings and comments at {@link #MINIMUM} or more). */
    @Transactional(readOnly = true)
    public PeerSummary summary(Actor actor, long agencyId, long evaluationId) {
        Evaluation e = rows.get(agencyId, evaluationId);
        Plan plan = plans.get(actor, agencyId, e.planId());
        if (!access.canView(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return summary(evaluationId);
    }

    PeerSummary summary(long evaluationId) {
        int[] counts = new int[2];
        jdbc.sql("SELECT count(*), count(*) FILTER (WHERE answered) FROM peer_invitation WHERE evaluation_id = :e")
                .param("e", evaluationId).query(rs -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                });
        if (counts[1] < MINIMUM) {
            return new PeerSummary(counts[0], counts[1], MINIMUM, Map.of(), List.of());
        }
        Map<BerakhlakValue, Map<Rating, Integer>> byValue = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue v : BerakhlakValue.values()) {
            Map<Rating, Integer> m = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                m.put(r, 0);
            }
            byValue.put(v, m);
        }
        jdbc.sql("SELECT value, rating, count(*) FROM peer_answer WHERE evaluation_id = :e GROUP BY value, rating")
                .param("e", evaluationId).query(rs -> {
                    byValue.get(BerakhlakValue.valueOf(rs.getString(1))).put(Rating.valueOf(rs.getString(2)), rs.getInt(3));
                });
        List<String> comments = new ArrayList<>(jdbc.sql("SELECT comment FROM peer_answer WHERE evaluation_id = :e AND comment IS NOT NULL")
                .param("e", evaluationId).query(String.class).list());
        Collections.shuffle(comments);
        return new PeerSummary(counts[0], counts[1], MINIMUM, byValue, comments);
    }
}
