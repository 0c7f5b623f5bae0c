package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.UnitDistribution.Grade;
import id.capaian.evaluation.UnitDistribution.Member;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's grade, the distribution curve, calibration and finalising of annual evaluations. A grade set on a unit
 * covers the unit and every sub-unit without a grade of its own; the spread of that population must fit the curve
 * of the grade before its evaluations can be finalised. The leader (the unit's head, a head of a unit above it, or
 * the agency head) moves employees between predikats, each move with a recorded reason.
 */
@Service
public class CalibrationManagement {

    /** Every unit of an agency with the grade that covers it (its own or its nearest graded ancestor's). */
    static final String GOVERNED = """
            WITH RECURSIVE gov(id, grade_id) AS (
                SELECT u.id, g.id FROM org_unit u
                LEFT JOIN unit_grade g ON g.unit_id = u.id AND g.period_id = :p
                WHERE u.agency_id = :a AND u.parent_id IS NULL
                UNION ALL
                SELECT c.id, coalesce(g.id, gov.grade_id) FROM org_unit c
                JOIN gov ON c.parent_id = gov.id
                LEFT JOIN unit_grade g ON g.unit_id = c.id AND g.period_id = :p
            )
            """;

    private final JdbcClient jdbc;
    private final PeriodManagement periods;
    private final EvaluationManagement evaluations;
    private final EvaluationSettings settings;
    private final CoachingManagement coaching;
    private final EvaluationRows rows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CalibrationManagement(JdbcClient jdbc, PeriodManagement periods, EvaluationManagement evaluations,
            EvaluationSettings settings, CoachingManagement coaching, EvaluationRows rows, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.evaluations = evaluations;
        this.settings = settings;
        this.coaching = coaching;
        this.rows = rows;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------ who leads

    private record UnitRow(long id, String name, Long headId, String headName) {
    }

    private UnitRow unit(long agencyId, long unitId) {
        return jdbc.sql("""
                SELECT u.id, u.name, u.head_employee_id, h.name FROM org_unit u LEFT JOIN employee h ON h.id = u.head_employee_id
                WHERE u.id = :u AND u.agency_id = :a
                """).param("u", unitId).param("a", agencyId)
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** The unit's head, the head of any unit above it, or the agency head. */
    boolean leads(Actor actor, long agencyId, long unitId) {
        if (actor.agencyId() == null || actor.agencyId() != agencyId) {
            return false;
        }
        if (actor.has(Role.AGENCY_HEAD)) {
            return true;
        }
        if (actor.employeeId() == null) {
            return false;
        }
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, head, depth) AS (
                    SELECT id, parent_id, head_employee_id, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, o.head_employee_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id
                    WHERE up.depth < 40
                )
                SELECT count(*) FROM up WHERE head = :me
                """).param("u", unitId).param("a", agencyId).param("me", actor.employeeId()).query(Long.class).single() > 0;
    }

    private boolean sees(Actor actor, long agencyId, long unitId) {
        return actor.isNational() || actor.canAdminister(agencyId) || leads(actor, agencyId, unitId);
    }

    // ------------------------------------------------------------------ grades

    Optional<Grade> grade(long periodId, long unitId) {
        return jdbc.sql("SELECT * FROM unit_grade WHERE period_id = :p AND unit_id = :u").param("p", periodId).param("u", unitId)
                .query((rs, n) -> new Grade(rs.getLong("id"), UnitGrade.valueOf(rs.getString("grade")), rs.getString("reason"),
                        rs.getString("set_by_name"), rs.getTimestamp("set_at").toInstant(), "FINAL".equals(rs.getString("status")),
                        rs.getString("finalised_by"),
                        rs.getTimestamp("finalised_at") == null ? null : rs.getTimestamp("finalised_at").toInstant(),
                        rs.getInt("version")))
                .optional();
    }

    /** The leader sets (or changes, before finalising) the unit's organisational grade for the period. */
    @Transactional
    public UnitDistribution setGrade(Actor actor, long agencyId, long periodId, long unitId, UnitGrade grade, String reason) {
        Period period = periods.get(actor, agencyId, periodId);
        UnitRow u = unit(agencyId, unitId);
        if (!leads(actor, agencyId, unitId)) {
            throw new AccessDeniedException("evaluation.error.onlyLeader");
        }
        if (grade == null) {
            throw InvalidInputException.of("grade", "evaluation.error.gradeRequired");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.of("reason", "evaluation.error.tooLong", 2000);
        }
        Optional<Grade> before = grade(period.id(), unitId);
        if (before.isPresent() && before.get().finalised()) {
            throw InvalidInputException.of("grade", "evaluation.error.unitFinal");
        }
        jdbc.sql("""
                INSERT INTO unit_grade (agency_id, period_id, unit_id, grade, reason, set_by, set_by_name)
                VALUES (:a, :p, :u, :g, :r, :by, :name)
                ON CONFLICT (period_id, unit_id) DO UPDATE SET grade = excluded.grade, reason = excluded.reason,
                    set_by = excluded.set_by, set_by_name = excluded.set_by_name, set_at = now(), version = unit_grade.version + 1
                """).param("a", agencyId).param("p", periodId).param("u", unitId).param("g", grade.name())
                .param("r", EvaluationManagement.trim(reason)).param("by", actor.employeeId())
                .param("name", evaluations.actorName(actor)).update();
        audit.record(actor, agencyId, "evaluation.grade", "unit_grade", unitId, u.name() + ": " + grade,
                before.map(Grade::grade).orElse(null), grade);
        return distribution(actor, agencyId, periodId, unitId);
    }

    // ------------------------------------------------------------------ the distribution

    /** The unit's population, spread, check and blockers. */
    @Transactional(readOnly = true)
    public UnitDistribution distribution(Actor actor, long agencyId, long periodId, long unitId) {
        Period period = periods.get(actor, agencyId, periodId);
        UnitRow u = unit(agencyId, unitId);
        if (!sees(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Optional<Grade> grade = grade(periodId, unitId);
        List<Member> members = members(agencyId, periodId, unitId);
        Map<Predikat, Integer> spread = DistributionRule.emptySpread();
        members.stream().filter(Member::rated).forEach(m -> spread.merge(m.shownPredikat(), 1, Integer::sum));
        List<DistributionRule> rules = settings.rules(agencyId);
        DistributionCheck check = grade.map(g -> DistributionCheck.of(g.grade(), spread, rules)).orElse(null);
        List<Explained<Void>> blockers = blockers(grade.orElse(null), members, check);
        boolean leader = leads(actor, agencyId, unitId);
        boolean open = grade.isEmpty() || !grade.get().finalised();
        return new UnitDistribution(u.id(), u.name(), u.headId(), u.headName(), periodId, period.year(), grade.orElse(null),
                members, spread, check, rules, blockers, leader && open, leader && open && grade.isPresent(),
                (leader || actor.canAdminister(agencyId)) && open && grade.isPresent() && blockers.isEmpty() && !members.isEmpty());
    }

    static List<Explained<Void>> blockers(Grade grade, List<Member> members, DistributionCheck check) {
        List<Explained<Void>> out = new ArrayList<>();
        if (grade == null) {
            out.add(new Explained<>(null, "evaluation.blocker.noGrade"));
        }
        long unrated = members.stream().filter(m -> !m.rated()).count();
        if (unrated > 0) {
            out.add(new Explained<>(null, "evaluation.blocker.unrated", unrated));
        }
        if (check != null) {
            for (DistributionRule.Outcome o : check.broken()) {
                out.add(new Explained<>(null, "evaluation.blocker.rule." + o.rule().kind().name(),
                        o.rule().value().stripTrailingZeros().toPlainString(), predikats(o.rule()), o.count(), o.total(), o.bound()));
            }
        }
        return out;
    }

    /** The rule's predikats as a translated message argument ("Butuh Perbaikan atau Kurang"). */
    static org.springframework.context.MessageSourceResolvable predikats(DistributionRule rule) {
        Object[] names = rule.predikats().stream().sorted()
                .map(p -> new org.springframework.context.support.DefaultMessageSourceResolvable(p.messageKey())).toArray();
        return names.length == 1 ? (org.springframework.context.MessageSourceResolvable) names[0]
                : new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"evaluation.predikats." + names.length}, names);
    }

    static String predikatNames(DistributionRule rule) {
        return rule.predikats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Everyone with an approved plan in the unit and its sub-units that have no grade of their own. */
    List<Member> members(long agencyId, long periodId, long unitId) {
        return jdbc.sql("""
                WITH RECURSIVE tree(id) AS (
                    SELECT CAST(:u AS BIGINT)
                    UNION ALL
                    SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id
                    WHERE NOT EXISTS (SELECT 1 FROM unit_grade g WHERE g.unit_id = c.id AND g.period_id = :p)
                )
                SELECT pl.id AS plan_id, pl.employee_id, e.name, e.nip, pos.name AS position_name, un.name AS unit_name,
                       ev.id AS evaluation_id, ev.status, ev.achievement, ev.result_rating, ev.behaviour_rating,
                       ev.predikat, ev.final_predikat, coalesce(ev.version, 0) AS version
                FROM performance_plan pl
                JOIN tree ON tree.id = pl.unit_id
                JOIN employee e ON e.id = pl.employee_id
                LEFT JOIN position pos ON pos.id = e.position_id
                LEFT JOIN org_unit un ON un.id = pl.unit_id
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id AND ev.sub_period = 0
                WHERE pl.agency_id = :a AND pl.period_id = :p AND pl.status = 'APPROVED'
                ORDER BY e.name, pl.id
                """).param("u", unitId).param("p", periodId).param("a", agencyId)
                .query((rs, n) -> new Member(rs.getLong("plan_id"), rs.getLong("employee_id"), rs.getString("name"),
                        rs.getString("nip"), rs.getString("position_name"), rs.getString("unit_name"),
                        (Long) rs.getObject("evaluation_id"),
                        rs.getString("status") == null ? null : EvaluationStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("achievement"), EvaluationRows.rating(rs.getString("result_rating")),
                        EvaluationRows.rating(rs.getString("behaviour_rating")), EvaluationRows.predikat(rs.getString("predikat")),
                        EvaluationRows.predikat(rs.getString("final_predikat")), rs.getInt("version")))
                .list();
    }

    /** The unit whose grade covers a plan's unit (itself or its nearest graded ancestor), if any. */
    Optional<Long> governingUnit(long agencyId, long periodId, long unitId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 40
                )
                SELECT up.id FROM up JOIN unit_grade g ON g.unit_id = up.id AND g.period_id = :p ORDER BY up.depth LIMIT 1
                """).param("u", unitId).param("a", agencyId).param("p", periodId).query(Long.class).optional();
    }

    // ------------------------------------------------------------------ calibration

    /** The leader moves an employee to another predikat, with the reason; only before finalising. */
    @Transactional
    public Evaluation calibrate(Actor actor, long agencyId, long evaluationId, Predikat to, String reason, int version) {
        actor.requireRead(agencyId);
        Evaluation e = rows.get(agencyId, evaluationId);
        if (!e.annual()) {
            throw InvalidInputException.of("evaluation", "evaluation.error.calibrateAnnualOnly");
        }
        Long governing = e.unitId() == null ? null : governingUnit(agencyId, e.periodId(), e.unitId()).orElse(null);
        if (governing == null) {
            throw InvalidInputException.of("grade", "evaluation.blocker.noGrade");
        }
        if (!leads(actor, agencyId, governing)) {
            throw new AccessDeniedException("evaluation.error.onlyLeader");
        }
        if (e.status() != EvaluationStatus.RATED) {
            throw InvalidInputException.of("evaluation", e.status() == EvaluationStatus.FINAL ? "evaluation.error.final"
                    : "evaluation.error.notRated");
        }
        if (e.version() != version) {
            throw new ConcurrentChangeException("evaluation", evaluationId);
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (to == null) {
            problems.add("predikat", "evaluation.error.predikatRequired");
        } else if (to == e.finalPredikat()) {
            problems.add("predikat", "evaluation.error.requestedSame");
        }
        if (EvaluationManagement.blank(reason)) {
            problems.add("reason", "evaluation.error.calibrationReason");
        } else if (reason.length() > 2000) {
            problems.add("reason", "evaluation.error.tooLong", 2000);
        }
        problems.throwIfAny();
        int n = jdbc.sql("UPDATE evaluation SET final_predikat = :p, version = version + 1 WHERE id = :id AND version = :v AND status = 'RATED'")
                .param("p", to.name()).param("id", evaluationId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("evaluation", evaluationId);
        }
        evaluations.recordChange(agencyId, evaluationId, PredikatChange.Source.CALIBRATION, e.finalPredikat(), to, reason.strip(), actor);
        Evaluation after = rows.get(agencyId, evaluationId);
        audit.record(actor, agencyId, "evaluation.calibrate", "evaluation", evaluationId,
                e.employeeName() + ": " + e.finalPredikat() + " -> " + to, e, after);
        return after;
    }

    // ------------------------------------------------------------------ finalising

    /** The leader (or an administrator) finalises the unit's annual evaluations once the spread fits. */
    @Transactional
    public UnitDistribution finaliseUnit(Actor actor, long agencyId, long periodId, long unitId) {
        UnitDistribution d = distribution(actor, agencyId, periodId, unitId);
        if (!(leads(actor, agencyId, unitId) || actor.canAdminister(agencyId))) {
            throw new AccessDeniedException("evaluation.error.onlyLeader");
        }
        if (d.finalised()) {
            throw InvalidInputException.of("grade", "evaluation.error.unitFinal");
        }
        if (!d.blockers().isEmpty() || d.members().isEmpty()) {
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            if (d.members().isEmpty()) {
                problems.add("unit", "evaluation.blocker.empty");
            }
            d.blockers().forEach(b -> problems.add("unit", b.rule(), b.args()));
            problems.throwIfAny();
        }
        finalise(actor, agencyId, periodId, List.of(d.grade().id()));
        return distribution(actor, agencyId, periodId, unitId);
    }

    /** A graded unit's figures for the agency overview. */
    public record GradedUnit(long gradeId, long unitId, String unitName, UnitGrade grade, boolean finalised, int members,
            int rated, DistributionCheck check) {
        public boolean ready() {
            return !finalised && members > 0 && rated == members && check.fits();
        }
    }

    /** The agency's overview for a period: every graded unit with its figures, and plans no grade covers. */
    public record AgencyOverview(long agencyId, long periodId, int year, List<GradedUnit> units, int uncovered,
            List<String> uncoveredUnits, Optional<FinalisingRun> lastRun) {
        public boolean ready() {
            return uncovered == 0 && !units.isEmpty() && units.stream().allMatch(u -> u.finalised() || u.ready())
                    && units.stream().anyMatch(u -> !u.finalised());
        }
    }

    @Transactional(readOnly = true)
    public AgencyOverview overview(Actor actor, long agencyId, long periodId) {
        Period period = periods.get(actor, agencyId, periodId);
        if (!(actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId)))) {
            throw new AccessDeniedException("error.forbidden");
        }
        List<DistributionRule> rules = settings.rules(agencyId);
        Map<Long, Map<Predikat, Integer>> spreads = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        int[] uncovered = new int[1];
        List<String> uncoveredUnits = new ArrayList<>();
        jdbc.sql(GOVERNED + """
                SELECT gov.grade_id, coalesce(ev.final_predikat, ev.predikat) AS predikat,
                       ev.status IN ('RATED', 'FINAL') AS rated, count(*) AS n,
                       CASE WHEN gov.grade_id IS NULL THEN string_agg(DISTINCT u.name, ', ') END AS units
                FROM performance_plan pl
                JOIN gov ON gov.id = pl.unit_id
                JOIN org_unit u ON u.id = pl.unit_id
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id AND ev.sub_period = 0
                WHERE pl.agency_id = :a AND pl.period_id = :p AND pl.status = 'APPROVED'
                GROUP BY 1, 2, 3
                """).param("a", agencyId).param("p", periodId).query(rs -> {
                    Long g = (Long) rs.getObject(1);
                    int n = rs.getInt(4);
                    if (g == null) {
                        uncovered[0] += n;
                        uncoveredUnits.add(rs.getString(5));
                        return;
                    }
                    int[] c = counts.computeIfAbsent(g, k -> new int[2]);
                    c[0] += n;
                    if (rs.getBoolean(3)) {
                        c[1] += n;
                        spreads.computeIfAbsent(g, k -> DistributionRule.emptySpread()).merge(Predikat.valueOf(rs.getString(2)), n, Integer::sum);
                    }
                });
        List<GradedUnit> units = jdbc.sql("""
                SELECT g.id, g.unit_id, u.name, g.grade, g.status FROM unit_grade g JOIN org_unit u ON u.id = g.unit_id
                WHERE g.agency_id = :a AND g.period_id = :p ORDER BY u.name
                """).param("a", agencyId).param("p", periodId).query((rs, n) -> {
                    long g = rs.getLong(1);
                    UnitGrade grade = UnitGrade.valueOf(rs.getString(4));
                    Map<Predikat, Integer> spread = spreads.getOrDefault(g, DistributionRule.emptySpread());
                    int[] c = counts.getOrDefault(g, new int[2]);
                    return new GradedUnit(g, rs.getLong(2), rs.getString(3), grade, "FINAL".equals(rs.getString(5)), c[0], c[1],
                            DistributionCheck.of(grade, spread, rules));
                }).list();
        return new AgencyOverview(agencyId, periodId, period.year(), units, uncovered[0],
                uncoveredUnits.stream().filter(s -> s != null).flatMap(s -> java.util.Arrays.stream(s.split(", "))).distinct().sorted().toList(),
                lastRun(agencyId, periodId));
    }

    /**
     * Finalises every graded unit of the agency that is not final yet, all at once: nothing is finalised while any
     * unit is blocked (the run's report then names each unit and rule). Set-based: a handful of statements whatever
     * the agency's size.
     */
    @Transactional
    public FinalisingRun finaliseAgency(Actor actor, long agencyId, long periodId) {
        AgencyOverview o = overview(actor, agencyId, periodId);
        long runId = jdbc.sql("""
                INSERT INTO evaluation_run (agency_id, period_id, status, total, started_by) VALUES (:a, :p, 'RUNNING', :t, :by) RETURNING id
                """).param("a", agencyId).param("p", periodId)
                .param("t", o.units().stream().filter(u -> !u.finalised()).mapToInt(GradedUnit::members).sum())
                .param("by", actor.username()).query(Long.class).single();
        List<String> problems = new ArrayList<>();
        if (o.uncovered() > 0) {
            problems.add("uncovered\t" + o.uncovered() + "\t" + String.join(", ", o.uncoveredUnits()));
        }
        if (o.units().isEmpty()) {
            problems.add("noGrades");
        }
        for (GradedUnit u : o.units()) {
            if (u.finalised()) {
                continue;
            }
            if (u.rated() < u.members()) {
                problems.add("unrated\t" + u.unitName() + "\t" + (u.members() - u.rated()));
            }
            for (DistributionRule.Outcome b : u.check().broken()) {
                problems.add("rule\t" + u.unitName() + "\t" + b.rule().kind() + "\t" + b.rule().value().stripTrailingZeros().toPlainString()
                        + "\t" + predikatNames(b.rule()) + "\t" + b.count() + "\t" + b.total());
            }
        }
        if (!problems.isEmpty()) {
            jdbc.sql("UPDATE evaluation_run SET status = 'BLOCKED', report = :r, finished_at = now() WHERE id = :id")
                    .param("r", String.join("\n", problems)).param("id", runId).update();
            return run(agencyId, runId);
        }
        List<Long> grades = o.units().stream().filter(u -> !u.finalised()).map(GradedUnit::gradeId).toList();
        int done = finalise(actor, agencyId, periodId, grades);
        jdbc.sql("UPDATE evaluation_run SET status = 'DONE', done = :d, report = :r, finished_at = now() WHERE id = :id")
                .param("d", done).param("r", "done\t" + grades.size() + "\t" + done).param("id", runId).update();
        return run(agencyId, runId);
    }

    /**
     * Finalises the populations of the given grades: evaluations FINAL with the objection window, credit points,
     * documents queued, coaching proposed, grades FINAL, one event per unit.
     */
    int finalise(Actor actor, long agencyId, long periodId, List<Long> gradeIds) {
        LocalDate until = EvaluationManagement.today().plusDays(settings.get(agencyId).objectionDays());
        Map<Long, List<Long>> byGrade = new LinkedHashMap<>();
        jdbc.sql(GOVERNED + """
                UPDATE evaluation ev SET status = 'FINAL', finalised_at = now(), objection_until = :until, version = ev.version + 1
                FROM performance_plan pl JOIN gov ON gov.id = pl.unit_id
                WHERE ev.plan_id = pl.id AND ev.sub_period = 0 AND ev.status = 'RATED' AND pl.status = 'APPROVED'
                  AND pl.period_id = :p AND gov.grade_id = ANY(:grades)
                RETURNING ev.id, gov.grade_id
                """).param("a", agencyId).param("p", periodId).param("until", until)
                .param("grades", gradeIds.toArray(new Long[0]))
                .query(rs -> {
                    byGrade.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        List<Long> ids = byGrade.values().stream().flatMap(List::stream).toList();
        evaluations.creditPoints(agencyId, ids);
        jdbc.sql("""
                INSERT INTO evaluation_document (agency_id, evaluation_id, kind)
                SELECT :a, id, 'EVALUATION' FROM unnest(CAST(:ids AS BIGINT[])) AS id
                ON CONFLICT (evaluation_id) WHERE evaluation_id IS NOT NULL DO UPDATE SET status = 'QUEUED', content = NULL, queued_at = now()
                """).param("a", agencyId).param("ids", ids.toArray(new Long[0])).update();
        jdbc.sql("""
                INSERT INTO evaluation_document (agency_id, unit_grade_id, kind)
                SELECT :a, id, 'PENETAPAN' FROM unnest(CAST(:ids AS BIGINT[])) AS id
                ON CONFLICT (unit_grade_id) WHERE unit_grade_id IS NOT NULL DO UPDATE SET status = 'QUEUED', content = NULL, queued_at = now()
                """).param("a", agencyId).param("ids", gradeIds.toArray(new Long[0])).update();
        coaching.propose(agencyId, ids);
        String by = evaluations.actorName(actor);
        jdbc.sql("UPDATE unit_grade SET status = 'FINAL', finalised_by = :by, finalised_at = now(), version = version + 1 WHERE id = ANY(:ids)")
                .param("by", by).param("ids", gradeIds.toArray(new Long[0])).update();
        Map<Long, Long> unitOfGrade = new HashMap<>();
        jdbc.sql("SELECT id, unit_id FROM unit_grade WHERE id = ANY(:ids)").param("ids", gradeIds.toArray(new Long[0]))
                .query(rs -> {
                    unitOfGrade.put(rs.getLong(1), rs.getLong(2));
                });
        audit.record(actor, agencyId, "evaluation.finalise", "unit_grade", gradeIds.size() == 1 ? gradeIds.get(0) : null,
                gradeIds.size() + " unit(s), " + ids.size() + " evaluation(s)", null, Map.of("grades", gradeIds, "evaluations", ids.size()));
        for (Long g : gradeIds) {
            events.publishEvent(new UnitEvaluationsFinalised(agencyId, periodId, unitOfGrade.get(g), byGrade.getOrDefault(g, List.of())));
        }
        return ids.size();
    }

    Optional<FinalisingRun> lastRun(long agencyId, long periodId) {
        return jdbc.sql("SELECT * FROM evaluation_run WHERE agency_id = :a AND period_id = :p ORDER BY started_at DESC, id DESC LIMIT 1")
                .param("a", agencyId).param("p", periodId).query(this::mapRun).optional();
    }

    FinalisingRun run(long agencyId, long id) {
        return jdbc.sql("SELECT * FROM evaluation_run WHERE id = :id AND agency_id = :a").param("id", id).param("a", agencyId)
                .query(this::mapRun).optional().orElseThrow(() -> new NotFoundException("evaluationRun", id));
    }

    private FinalisingRun mapRun(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FinalisingRun(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("period_id"),
                FinalisingRun.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
                rs.getString("report"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }

    // ------------------------------------------------------------------ recognition

    /** A high performer on the recognition list, with the award given if any. */
    public record HighPerformer(long evaluationId, long employeeId, String name, String nip, String positionName,
            String unitName, java.math.BigDecimal achievement, String award, String givenBy) {
    }

    /** The recognition list: final annual SANGAT_BAIK of the period (everyone in the agency may see it). */
    @Transactional(readOnly = true)
    public List<HighPerformer> recognitionList(Actor actor, long agencyId, long periodId, Long unitId) {
        actor.requireRead(agencyId);
        return jdbc.sql("""
                SELECT ev.id, ev.employee_id, e.name, e.nip, pos.name, u.name, ev.achievement, r.award, r.given_by
                FROM evaluation ev
                JOIN employee e ON e.id = ev.employee_id
                LEFT JOIN position pos ON pos.id = e.position_id
                LEFT JOIN org_unit u ON u.id = ev.unit_id
                LEFT JOIN recognition r ON r.evaluation_id = ev.id
                WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL'
                  AND ev.final_predikat = 'SANGAT_BAIK' AND (CAST(:u AS BIGINT) IS NULL OR ev.unit_id = :u)
                ORDER BY u.name, e.name
                """).param("a", agencyId).param("p", periodId).param("u", unitId)
                .query((rs, n) -> new HighPerformer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** The agency head or an administrator records the recognition given to a high performer. */
    @Transactional
    public void recognise(Actor actor, long agencyId, long evaluationId, String award) {
        if (!(actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId)))) {
            throw new AccessDeniedException("error.forbidden");
        }
        Evaluation e = rows.get(agencyId, evaluationId);
        if (!e.annual() || e.status() != EvaluationStatus.FINAL || e.finalPredikat() != Predikat.SANGAT_BAIK) {
            throw InvalidInputException.of("evaluation", "evaluation.error.notHighPerformer");
        }
        if (EvaluationManagement.blank(award) || award.length() > 500) {
            throw InvalidInputException.of("award", "evaluation.error.award");
        }
        jdbc.sql("""
                INSERT INTO recognition (evaluation_id, agency_id, award, given_by) VALUES (:e, :a, :award, :by)
                ON CONFLICT (evaluation_id) DO UPDATE SET award = excluded.award, given_by = excluded.given_by, given_at = now()
                """).param("e", evaluationId).param("a", agencyId).param("award", award.strip())
                .param("by", evaluations.actorName(actor)).update();
        audit.record(actor, agencyId, "evaluation.recognise", "evaluation", evaluationId, e.employeeName(), null, award.strip());
    }
}
