package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.EvaluationSheet.BehaviourLine;
import id.capaian.evaluation.EvaluationSheet.ResultLine;
import id.capaian.evaluation.ResultRatingRule.RatedResult;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.JfLevel;
import id.capaian.planning.BehaviourExpectation;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.tracking.Achievement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic and annual evaluation of each SKP by its appraiser. The system suggests the ratings from the
 * achievement figures and says why; the appraiser decides, and writes the reason when deciding otherwise. The
 * predikat follows from the matrix. A periodic evaluation is final when rated; an annual one becomes final when its
 * unit's spread fits the curve and the unit is finalised ({@link CalibrationManagement}).
 */
@Service
public class EvaluationManagement {

    private final JdbcClient jdbc;
    private final EvaluationRows rows;
    private final PlanManagement plans;
    private final PlanAccess access;
    private final PeriodManagement periods;
    private final EvaluationSettings settings;
    private final PeerReviewManagement peers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EvaluationManagement(JdbcClient jdbc, EvaluationRows rows, PlanManagement plans, PlanAccess access,
            PeriodManagement periods, EvaluationSettings settings, PeerReviewManagement peers, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.plans = plans;
        this.access = access;
        this.periods = periods;
        this.settings = settings;
        this.peers = peers;
        this.audit = audit;
        this.events = events;
    }

    static LocalDate today() {
        return LocalDate.now(EmployeeManagement.JAKARTA);
    }

    // ------------------------------------------------------------------ reading

    /** An evaluation, for whoever may see its plan. */
    @Transactional(readOnly = true)
    public Evaluation get(Actor actor, long agencyId, long evaluationId) {
        actor.requireRead(agencyId);
        Evaluation e = rows.get(agencyId, evaluationId);
        Plan plan = plans.get(actor, agencyId, e.planId());
        if (!access.canView(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return e;
    }

    /** Every evaluation of a plan (periodic ones, then the annual one last). */
    @Transactional(readOnly = true)
    public List<Evaluation> forPlan(Actor actor, long agencyId, long planId) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!access.canView(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        List<Evaluation> list = new ArrayList<>(rows.forPlan(planId));
        list.sort((a, b) -> Integer.compare(a.subPeriod() == 0 ? 99 : a.subPeriod(), b.subPeriod() == 0 ? 99 : b.subPeriod()));
        return list;
    }

    /** The history of an evaluation's predikat, oldest first. */
    @Transactional(readOnly = true)
    public List<PredikatChange> history(Actor actor, long agencyId, long evaluationId) {
        get(actor, agencyId, evaluationId);
        return changes(evaluationId);
    }

    List<PredikatChange> changes(long evaluationId) {
        return jdbc.sql("SELECT * FROM predikat_change WHERE evaluation_id = :e ORDER BY changed_at, id").param("e", evaluationId)
                .query((rs, n) -> new PredikatChange(rs.getLong("id"), evaluationId,
                        PredikatChange.Source.valueOf(rs.getString("source")), EvaluationRows.predikat(rs.getString("from_predikat")),
                        Predikat.valueOf(rs.getString("to_predikat")), rs.getString("reason"), rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** The final annual results of a period, for the modules that follow up (development, talent, allowance). */
    @Transactional(readOnly = true)
    public List<Evaluation> finalAnnualResults(Actor actor, long agencyId, long periodId) {
        actor.requireRead(agencyId);
        if (!(actor.isNational() || actor.has(id.capaian.platform.Role.AGENCY_ADMIN) || actor.has(id.capaian.platform.Role.AGENCY_HEAD)
                || actor.username().equals(Actor.system().username()))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return jdbc.sql(EvaluationRows.SELECT + """
                 WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL'
                 ORDER BY e.name, ev.id
                """).param("a", agencyId).param("p", periodId).query(EvaluationRows::map).list();
    }

    /** The outcomes of these evaluations of an agency, in one statement (for notifications and other modules). */
    @Transactional(readOnly = true)
    public List<EvaluationOutcome> outcomes(long agencyId, List<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT ev.id, ev.employee_id, ev.plan_id, ev.kind, ev.sub_period, pp.year, ev.final_predikat, ev.objection_until
                FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.agency_id = :a AND ev.id = ANY(:ids) AND ev.final_predikat IS NOT NULL
                ORDER BY ev.id
                """).param("a", agencyId).param("ids", evaluationIds.toArray(new Long[0]))
                .query((rs, n) -> new EvaluationOutcome(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        EvaluationKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), Predikat.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    /** The sheet for evaluating one plan in one sub-period, or the year ({@code subPeriod} 0). */
    @Transactional(readOnly = true)
    public EvaluationSheet sheet(Actor actor, long agencyId, long planId, int subPeriod) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!access.canView(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Period period = periods.get(actor, agencyId, plan.periodId());
        int count = period.scheme().count();
        if (subPeriod < 0 || subPeriod > count) {
            throw InvalidInputException.of("subPeriod", "evaluation.error.subPeriod", count);
        }
        EvaluationKind kind = subPeriod == 0 ? EvaluationKind.ANNUAL : EvaluationKind.PERIODIC;
        Evaluation evaluation = rows.forPlan(planId, subPeriod).orElse(null);
        EvaluationSetting setting = settings.get(agencyId);
        Map<Long, Map<Integer, BigDecimal>> realised = realised(planId);
        Map<Long, Rating> storedRatings = new HashMap<>();
        Map<Long, String> storedNotes = new HashMap<>();
        Map<BerakhlakValue, Rating> storedBehaviour = new EnumMap<>(BerakhlakValue.class);
        Map<BerakhlakValue, String> storedBehaviourNotes = new EnumMap<>(BerakhlakValue.class);
        if (evaluation != null) {
            jdbc.sql("SELECT result_id, rating, note FROM evaluation_result WHERE evaluation_id = :e").param("e", evaluation.id())
                    .query(rs -> {
                        storedRatings.put(rs.getLong(1), EvaluationRows.rating(rs.getString(2)));
                        storedNotes.put(rs.getLong(1), rs.getString(3));
                    });
            jdbc.sql("SELECT value, rating, note FROM evaluation_behaviour WHERE evaluation_id = :e").param("e", evaluation.id())
                    .query(rs -> {
                        BerakhlakValue v = BerakhlakValue.valueOf(rs.getString(1));
                        storedBehaviour.put(v, EvaluationRows.rating(rs.getString(2)));
                        storedBehaviourNotes.put(v, rs.getString(3));
                    });
        }
        List<ResultLine> lines = new ArrayList<>();
        List<RatedResult> forOverall = new ArrayList<>();
        for (PlannedResult r : plan.results()) {
            ResultFigure f = figure(r, realised, subPeriod, count);
            Explained<Rating> suggestion = ResultRatingRule.forResult(f.achievement().value(), setting.thresholds());
            Rating rating = storedRatings.get(r.id());
            lines.add(new ResultLine(r, f.achievement(), f.perSubPeriod(), suggestion, rating, storedNotes.get(r.id())));
            forOverall.add(new RatedResult(r.kind(), rating != null ? rating : suggestion.value()));
        }
        Explained<Rating> overall = headRule(plan).orElseGet(() -> ResultRatingRule.overall(forOverall));
        List<BehaviourLine> behaviours = new ArrayList<>();
        Map<BerakhlakValue, String> special = new EnumMap<>(BerakhlakValue.class);
        for (BehaviourExpectation b : plan.behaviours()) {
            special.put(b.value(), b.special());
        }
        for (BerakhlakValue v : BerakhlakValue.values()) {
            behaviours.add(new BehaviourLine(v, special.get(v), storedBehaviour.get(v), storedBehaviourNotes.get(v)));
        }
        Explained<Rating> behaviourSuggestion = ResultRatingRule.behaviour(new ArrayList<>(storedBehaviour.values()));
        boolean appraiser = access.isAppraiser(actor, plan);
        PeerSummary peerSummary = kind == EvaluationKind.ANNUAL && evaluation != null ? peers.summary(evaluation.id()) : null;
        List<Objection> objections = evaluation == null ? List.of() : objectionsOf(evaluation.id());
        BigDecimal percent = null;
        BigDecimal coefficient = null;
        Explained<BigDecimal> credit = null;
        Optional<JfLevel> level = jfLevel(plan.employeeId());
        if (level.isPresent() && evaluation != null && evaluation.annual() && evaluation.shownPredikat() != null) {
            percent = settings.creditPercentages(agencyId).get(evaluation.shownPredikat());
            coefficient = settings.creditCoefficients(agencyId).get(level.get());
            credit = CreditPoints.of(percent, coefficient, evaluation.months());
        }
        boolean canRate = appraiser && plan.status() == PlanStatus.APPROVED
                && (evaluation == null || evaluation.status() != EvaluationStatus.FINAL);
        boolean canObject = evaluation != null && access.isOwner(actor, plan) && evaluation.status() == EvaluationStatus.FINAL
                && evaluation.objectionUntil() != null && !today().isAfter(evaluation.objectionUntil())
                && objections.stream().noneMatch(o -> o.open() || o.status() == Objection.Status.GRANTED || o.status() == Objection.Status.REJECTED);
        boolean canInvite = kind == EvaluationKind.ANNUAL && (appraiser || actor.canAdminister(agencyId))
                && plan.status() == PlanStatus.APPROVED && (evaluation == null || evaluation.status() != EvaluationStatus.FINAL);
        return new EvaluationSheet(plan, kind, subPeriod, count, evaluation, lines, overall, behaviours, behaviourSuggestion,
                peerSummary, evaluation == null ? List.of() : changes(evaluation.id()), objections, percent, coefficient, credit,
                canRate, canObject, canInvite);
    }

    private record ResultFigure(Explained<BigDecimal> achievement, List<BigDecimal> perSubPeriod) {
    }

    /**
     * An RHK's achievement: in a sub-period, the average over its indicators with a percentage (as on the realisation
     * sheet); over the year, each indicator's average over the sub-periods it was realised in, then averaged.
     */
    static ResultFigure figure(PlannedResult r, Map<Long, Map<Integer, BigDecimal>> realised, int subPeriod, int count) {
        List<BigDecimal> perSub = new ArrayList<>();
        if (subPeriod == 0) {
            for (int s = 1; s <= count; s++) {
                perSub.add(average(indicatorPercents(r, realised, s)));
            }
            List<BigDecimal> yearly = new ArrayList<>();
            for (ResultIndicator i : r.indicators()) {
                List<BigDecimal> ps = new ArrayList<>();
                for (int s = 1; s <= count; s++) {
                    BigDecimal p = percent(i, realised, s);
                    if (p != null) {
                        ps.add(p);
                    }
                }
                BigDecimal avg = average(ps);
                if (avg != null) {
                    yearly.add(avg);
                }
            }
            BigDecimal a = average(yearly);
            long realisedSubs = perSub.stream().filter(Objects::nonNull).count();
            return new ResultFigure(a == null ? new Explained<>(null, "evaluation.rule.achievement.none")
                    : new Explained<>(a, "evaluation.rule.achievement.year", yearly.size(), realisedSubs, count, plain(a)), perSub);
        }
        List<BigDecimal> ps = indicatorPercents(r, realised, subPeriod);
        BigDecimal a = average(ps);
        return new ResultFigure(a == null ? new Explained<>(null, "evaluation.rule.achievement.none")
                : new Explained<>(a, "evaluation.rule.achievement.subPeriod", ps.size(), r.indicators().size(), plain(a)), perSub);
    }

    private static List<BigDecimal> indicatorPercents(PlannedResult r, Map<Long, Map<Integer, BigDecimal>> realised, int s) {
        List<BigDecimal> out = new ArrayList<>();
        for (ResultIndicator i : r.indicators()) {
            BigDecimal p = percent(i, realised, s);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static BigDecimal percent(ResultIndicator i, Map<Long, Map<Integer, BigDecimal>> realised, int s) {
        BigDecimal value = realised.getOrDefault(i.id(), Map.of()).get(s);
        return value == null ? null : Achievement.of(i.target(), i.direction(), value).percent();
    }

    static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> v = values.stream().filter(Objects::nonNull).toList();
        return v.isEmpty() ? null
                : v.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(v.size()), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** Realised values of a plan: indicator -> sub-period -> value (numbers only). */
    Map<Long, Map<Integer, BigDecimal>> realised(long planId) {
        Map<Long, Map<Integer, BigDecimal>> m = new HashMap<>();
        jdbc.sql("SELECT indicator_id, sub_period, value FROM realisation WHERE plan_id = :p AND value IS NOT NULL")
                .param("p", planId)
                .query(rs -> {
                    m.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        return m;
    }

    /** For JPT and unit heads the unit's grade is their result: the suggestion follows it when a grade is set. */
    private Optional<Explained<Rating>> headRule(Plan plan) {
        return jdbc.sql("""
                SELECT g.grade, u.name FROM unit_grade g JOIN org_unit u ON u.id = g.unit_id
                WHERE u.head_employee_id = :e AND g.period_id = :p ORDER BY g.id LIMIT 1
                """).param("e", plan.employeeId()).param("p", plan.periodId())
                .query((rs, n) -> {
                    UnitGrade g = UnitGrade.valueOf(rs.getString(1));
                    return new Explained<>(g.headResultRating(), "evaluation.rule.overall.unitHead", rs.getString(2), g.messageKey());
                }).optional();
    }

    Optional<JfLevel> jfLevel(long employeeId) {
        return jdbc.sql("SELECT p.jf_level FROM employee e JOIN position p ON p.id = e.position_id WHERE e.id = :e AND p.jf_level IS NOT NULL")
                .param("e", employeeId).query(String.class).optional().map(JfLevel::valueOf);
    }

    List<Objection> objectionsOf(long evaluationId) {
        return jdbc.sql(ObjectionManagement.SELECT + " WHERE o.evaluation_id = :e ORDER BY o.filed_at, o.id").param("e", evaluationId)
                .query(ObjectionManagement::map).list();
    }

    // ------------------------------------------------------------------ rating

    /** The appraiser rates the plan for the sub-period (0: the year). */
    @Transactional
    public Evaluation rate(Actor actor, long agencyId, long planId, int subPeriod, EvaluationForm form) {
        EvaluationSheet sheet = sheet(actor, agencyId, planId, subPeriod);
        Plan plan = sheet.plan();
        if (!access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("evaluation.error.onlyAppraiser");
        }
        if (plan.status() != PlanStatus.APPROVED) {
            throw InvalidInputException.of("plan", "evaluation.error.planNotApproved");
        }
        Evaluation existing = sheet.evaluation();
        if (existing != null && existing.status() == EvaluationStatus.FINAL) {
            throw InvalidInputException.of("status", "evaluation.error.final");
        }
        if (existing != null && existing.version() != form.version()) {
            throw new ConcurrentChangeException("evaluation", existing.id());
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        List<RatedResult> rated = new ArrayList<>();
        for (ResultLine line : sheet.results()) {
            Rating r = form.resultRatings().get(line.result().id());
            if (r == null) {
                problems.add("result." + line.result().id(), "evaluation.error.resultRatingMissing", line.result().statement());
            }
            rated.add(new RatedResult(line.result().kind(), r));
        }
        Explained<Rating> suggestion = sheet.resultSuggestion().rule().equals("evaluation.rule.overall.unitHead")
                ? sheet.resultSuggestion() : ResultRatingRule.overall(rated);
        if (form.resultRating() == null) {
            problems.add("resultRating", "evaluation.error.resultRatingRequired");
        } else if (suggestion.value() != null && form.resultRating() != suggestion.value() && blank(form.resultReason())) {
            problems.add("resultReason", "evaluation.error.reasonRequired");
        }
        List<Rating> values = new ArrayList<>();
        for (BerakhlakValue v : BerakhlakValue.values()) {
            Rating r = form.behaviourRatings().get(v);
            if (r == null) {
                problems.add("behaviour." + v.name(), "evaluation.error.behaviourMissing", valueName(v));
            }
            values.add(r);
        }
        Explained<Rating> behaviourSuggestion = ResultRatingRule.behaviour(values);
        if (form.behaviourRating() == null) {
            problems.add("behaviourRating", "evaluation.error.behaviourRatingRequired");
        } else if (behaviourSuggestion.value() != null && form.behaviourRating() != behaviourSuggestion.value()
                && blank(form.behaviourNote())) {
            problems.add("behaviourNote", "evaluation.error.behaviourReasonRequired");
        }
        int months = 12;
        if (subPeriod == 0) {
            months = form.months() == null ? 12 : form.months();
            if (months < 1 || months > 12) {
                problems.add("months", "evaluation.error.months");
            }
        } else {
            months = 12 / sheet.subPeriods();
        }
        tooLong(problems, "resultReason", form.resultReason());
        tooLong(problems, "behaviourNote", form.behaviourNote());
        form.resultNotes().forEach((k, v) -> tooLong(problems, "resultNote." + k, v));
        form.behaviourNotes().forEach((k, v) -> tooLong(problems, "behaviourNote." + k.name(), v));
        problems.throwIfAny();

        Predikat predikat = PredikatMatrix.of(form.resultRating(), form.behaviourRating());
        long id = existing != null ? existing.id() : insert(plan, subPeriod);
        BigDecimal achievement = average(sheet.results().stream().map(l -> l.achievement().value()).toList());
        boolean periodic = subPeriod != 0;
        EvaluationSetting setting = settings.get(agencyId);
        LocalDate objectionUntil = periodic ? today().plusDays(setting.objectionDays()) : null;
        int updated = jdbc.sql("""
                UPDATE evaluation SET achievement = :achievement, suggested_result = :suggested, result_rating = :result,
                    result_reason = :reason, behaviour_rating = :behaviour, behaviour_note = :bnote, predikat = :predikat,
                    final_predikat = :predikat, months = :months, appraiser_id = :appraiser, unit_id = :unit,
                    status = :status, rated_by = :by, rated_at = now(),
                    finalised_at = CASE WHEN :final THEN now() END, objection_until = :until, version = version + 1
                WHERE id = :id AND status <> 'FINAL'
                """)
                .param("achievement", achievement).param("suggested", suggestion.value() == null ? null : suggestion.value().name())
                .param("result", form.resultRating().name()).param("reason", trim(form.resultReason()))
                .param("behaviour", form.behaviourRating().name()).param("bnote", trim(form.behaviourNote()))
                .param("predikat", predikat.name()).param("months", months).param("appraiser", plan.appraiserId())
                .param("unit", plan.unitId()).param("status", periodic ? "FINAL" : "RATED").param("by", actor.employeeId())
                .param("final", periodic).param("until", objectionUntil).param("id", id).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("evaluation", id);
        }
        jdbc.sql("DELETE FROM evaluation_result WHERE evaluation_id = :e").param("e", id).update();
        for (ResultLine line : sheet.results()) {
            jdbc.sql("""
                    INSERT INTO evaluation_result (evaluation_id, result_id, agency_id, achievement, suggested, rating, note)
                    VALUES (:e, :r, :a, :achievement, :suggested, :rating, :note)
                    """).param("e", id).param("r", line.result().id()).param("a", agencyId)
                    .param("achievement", line.achievement().value())
                    .param("suggested", line.suggestion().value() == null ? null : line.suggestion().value().name())
                    .param("rating", form.resultRatings().get(line.result().id()).name())
                    .param("note", trim(form.resultNotes().get(line.result().id()))).update();
        }
        jdbc.sql("DELETE FROM evaluation_behaviour WHERE evaluation_id = :e").param("e", id).update();
        for (BerakhlakValue v : BerakhlakValue.values()) {
            jdbc.sql("""
                    INSERT INTO evaluation_behaviour (evaluation_id, value, agency_id, rating, note) VALUES (:e, :v, :a, :r, :n)
                    """).param("e", id).param("v", v.name()).param("a", agencyId).param("r", form.behaviourRatings().get(v).name())
                    .param("n", trim(form.behaviourNotes().get(v))).update();
        }
        Predikat before = existing == null ? null : existing.finalPredikat();
        if (before != predikat) {
            recordChange(agencyId, id, PredikatChange.Source.APPRAISER, before, predikat,
                    form.resultRating() != suggestion.value() ? trim(form.resultReason()) : null, actor);
        }
        Evaluation after = rows.get(agencyId, id);
        audit.record(actor, agencyId, "evaluation.rate", "evaluation", id,
                plan.employeeName() + " " + (periodic ? subPeriod : plan.year()) + ": " + predikat, existing, after);
        if (periodic) {
            events.publishEvent(new EvaluationFinalised(agencyId, plan.periodId(), id, plan.employeeId(),
                    EvaluationKind.PERIODIC, subPeriod, predikat, false));
        }
        return after;
    }

    /** Creates the evaluation row of a plan for a sub-period if there is none yet (e.g. to invite 360 input). */
    long insert(Plan plan, int subPeriod) {
        jdbc.sql("""
                INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period)
                VALUES (:a, :p, :plan, :e, :appraiser, :unit, :kind, :sp)
                ON CONFLICT (plan_id, kind, sub_period) DO NOTHING
                """).param("a", plan.agencyId()).param("p", plan.periodId()).param("plan", plan.id())
                .param("e", plan.employeeId()).param("appraiser", plan.appraiserId()).param("unit", plan.unitId())
                .param("kind", subPeriod == 0 ? "ANNUAL" : "PERIODIC").param("sp", subPeriod).update();
        return jdbc.sql("SELECT id FROM evaluation WHERE plan_id = :plan AND sub_period = :sp").param("plan", plan.id())
                .param("sp", subPeriod).query(Long.class).single();
    }

    void recordChange(long agencyId, long evaluationId, PredikatChange.Source source, Predikat from, Predikat to,
            String reason, Actor actor) {
        jdbc.sql("""
                INSERT INTO predikat_change (agency_id, evaluation_id, source, from_predikat, to_predikat, reason, changed_by, changed_by_name)
                VALUES (:a, :e, :s, :from, :to, :reason, :by, :name)
                """).param("a", agencyId).param("e", evaluationId).param("s", source.name())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason)
                .param("by", actor.employeeId()).param("name", actorName(actor)).update();
    }

    String actorName(Actor actor) {
        if (actor.employeeId() == null) {
            return actor.username();
        }
        return jdbc.sql("SELECT name FROM employee WHERE id = :id").param("id", actor.employeeId()).query(String.class)
                .optional().orElse(actor.username());
    }

    /**
     * Sets the credit points of final evaluations of functional (JF) employees in one statement: the predikat's
     * percentage x the level's annual coefficient x months / 12 (agency values first, national defaults otherwise).
     */
    int creditPoints(long agencyId, List<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE evaluation ev SET credit_points = x.points
                FROM (SELECT ev2.id, round(cp.percent * cc.coefficient * ev2.months / 1200.0, 3) AS points
                      FROM evaluation ev2
                      JOIN employee e ON e.id = ev2.employee_id
                      JOIN position pos ON pos.id = e.position_id
                      CROSS JOIN LATERAL (SELECT percent FROM credit_percentage c WHERE c.predikat = ev2.final_predikat
                              AND (c.agency_id = ev2.agency_id OR c.agency_id IS NULL) ORDER BY c.agency_id NULLS LAST LIMIT 1) cp
                      CROSS JOIN LATERAL (SELECT coefficient FROM credit_coefficient c WHERE c.jf_level = pos.jf_level
                              AND (c.agency_id = ev2.agency_id OR c.agency_id IS NULL) ORDER BY c.agency_id NULLS LAST LIMIT 1) cc
                      WHERE ev2.id = ANY(:ids) AND ev2.agency_id = :a AND pos.jf_level IS NOT NULL AND ev2.kind = 'ANNUAL') x
                WHERE ev.id = x.id
                """).param("ids", evaluationIds.toArray(new Long[0])).param("a", agencyId).update();
    }

    private static void tooLong(InvalidInputException.Collector problems, String field, String value) {
        if (value != null && value.length() > 2000) {
            problems.add(field, "evaluation.error.tooLong", 2000);
        }
    }

    /** The translated name of a BerAKHLAK value, as a message argument. */
    static org.springframework.context.MessageSourceResolvable valueName(BerakhlakValue v) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("berakhlak." + v.name());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
