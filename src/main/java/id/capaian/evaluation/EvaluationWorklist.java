package id.capaian.evaluation;

import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.planning.PlanStatus;
import id.capaian.platform.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists around the evaluation sheet, each read in a fixed number of statements whatever its length: the
 * appraiser's worklist (the people one appraises in a period with the status and predikat of every periodic and
 * the annual evaluation), an employee's own evaluations, and the reasons of the calibration moves of a unit.
 */
@Service
public class EvaluationWorklist {

    private final JdbcClient jdbc;

    EvaluationWorklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One evaluation in a list: which sub-period (0 the year), how far it is, and the predikat in force. */
    public record Cell(long evaluationId, int subPeriod, EvaluationStatus status, Predikat predikat, Predikat finalPredikat) {

        public Predikat shownPredikat() {
            return finalPredikat != null ? finalPredikat : predikat;
        }

        public boolean calibrated() {
            return predikat != null && finalPredikat != null && predikat != finalPredikat;
        }

        public boolean rated() {
            return status == EvaluationStatus.RATED || status == EvaluationStatus.FINAL;
        }
    }

    /** One person the appraiser evaluates: their plan of the period and its evaluations by sub-period (0 the year). */
    public record Row(long planId, long employeeId, String name, String nip, String positionName, String unitName,
            PlanStatus planStatus, Map<Integer, Cell> cells) {

        public Cell at(int subPeriod) {
            return cells.get(subPeriod);
        }

        public Cell annual() {
            return cells.get(0);
        }

        public boolean approved() {
            return planStatus == PlanStatus.APPROVED;
        }
    }

    /** A unit the signed-in person heads, for the way to its distribution. */
    public record LedUnit(long unitId, String name) {
    }

    /** The appraiser's worklist of a period, and the units they head. */
    public record Worklist(long periodId, List<Row> rows, List<LedUnit> units) {

        public long annualRated() {
            return rows.stream().filter(r -> r.annual() != null && r.annual().rated()).count();
        }

        public long approved() {
            return rows.stream().filter(Row::approved).count();
        }
    }

    /**
     * The plans of the period whose appraiser is the signed-in person, with all their evaluations (two statements:
     * the people with their evaluations, and the units the person heads).
     */
    @Transactional(readOnly = true)
    public Worklist forAppraiser(Actor actor, long agencyId, long periodId) {
        actor.requireRead(agencyId);
        if (actor.employeeId() == null) {
            return new Worklist(periodId, List.of(), List.of());
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT pl.id AS plan_id, pl.employee_id, pl.status AS plan_status, e.nip,
                       trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       pos.name AS position_name, u.name AS unit_name,
                       ev.id AS evaluation_id, ev.sub_period, ev.status, ev.predikat, ev.final_predikat
                FROM performance_plan pl
                JOIN employee e ON e.id = pl.employee_id
                LEFT JOIN position pos ON pos.id = pl.position_id
                LEFT JOIN org_unit u ON u.id = pl.unit_id
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id
                WHERE pl.agency_id = :a AND pl.period_id = :p AND pl.appraiser_id = :me
                ORDER BY e.name, pl.id, ev.sub_period
                """).param("a", agencyId).param("p", periodId).param("me", actor.employeeId())
                .query(rs -> {
                    long planId = rs.getLong("plan_id");
                    Row row = rows.get(planId);
                    if (row == null) {
                        row = new Row(planId, rs.getLong("employee_id"), rs.getString("name"), rs.getString("nip"),
                                rs.getString("position_name"), rs.getString("unit_name"),
                                PlanStatus.valueOf(rs.getString("plan_status")), new TreeMap<>());
                        rows.put(planId, row);
                    }
                    Cell cell = cell(rs);
                    if (cell != null) {
                        row.cells().put(cell.subPeriod(), cell);
                    }
                });
        List<LedUnit> units = jdbc.sql("""
                SELECT id, name FROM org_unit WHERE agency_id = :a AND head_employee_id = :me AND active ORDER BY name
                """).param("a", agencyId).param("me", actor.employeeId())
                .query((rs, n) -> new LedUnit(rs.getLong(1), rs.getString(2))).list();
        List<Row> out = new ArrayList<>();
        rows.values().forEach(r -> out.add(new Row(r.planId(), r.employeeId(), r.name(), r.nip(), r.positionName(),
                r.unitName(), r.planStatus(), Collections.unmodifiableMap(r.cells()))));
        return new Worklist(periodId, out, units);
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        Object id = rs.getObject("evaluation_id");
        if (id == null) {
            return null;
        }
        return new Cell(((Number) id).longValue(), rs.getInt("sub_period"), EvaluationStatus.valueOf(rs.getString("status")),
                EvaluationRows.predikat(rs.getString("predikat")), EvaluationRows.predikat(rs.getString("final_predikat")));
    }

    /** One of the signed-in employee's evaluations, with what they may still do about it. */
    public record MyEvaluation(long evaluationId, int subPeriod, EvaluationKind kind, EvaluationStatus status,
            Predikat predikat, Predikat finalPredikat, String appraiserName, Instant ratedAt, LocalDate objectionUntil,
            Long objectionId, Objection.Status objectionStatus) {

        public Predikat shownPredikat() {
            return finalPredikat != null ? finalPredikat : predikat;
        }

        public boolean calibrated() {
            return predikat != null && finalPredikat != null && predikat != finalPredikat;
        }

        /** Final, the window still open, and no objection other than a withdrawn one (the service decides in the end). */
        public boolean mayObject(LocalDate today) {
            return status == EvaluationStatus.FINAL && objectionUntil != null && !today.isAfter(objectionUntil)
                    && (objectionStatus == null || objectionStatus == Objection.Status.WITHDRAWN);
        }
    }

    /** One of the signed-in employee's plans with its evaluations (periodic ones, then the annual one). */
    public record MyPlan(long planId, long agencyId, long periodId, int year, PlanStatus planStatus,
            List<MyEvaluation> evaluations) {
    }

    /** The signed-in employee's plans, newest year first, with every evaluation of each: one statement. */
    @Transactional(readOnly = true)
    public List<MyPlan> mine(Actor actor) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            return List.of();
        }
        Map<Long, MyPlan> plans = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT pl.id AS plan_id, pl.agency_id, pl.period_id, pp.year, pl.status AS plan_status,
                       ev.id AS evaluation_id, ev.sub_period, ev.kind, ev.status, ev.predikat, ev.final_predikat,
                       ev.rated_at, ev.objection_until,
                       trim(concat_ws(' ', nullif(a.front_title, ''), a.name)) || coalesce(', ' || nullif(a.back_title, ''), '') AS appraiser_name,
                       o.id AS objection_id, o.status AS objection_status
                FROM performance_plan pl
                JOIN performance_period pp ON pp.id = pl.period_id
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id
                LEFT JOIN employee a ON a.id = ev.appraiser_id
                LEFT JOIN LATERAL (SELECT id, status FROM objection WHERE evaluation_id = ev.id
                                   ORDER BY status = 'WITHDRAWN', filed_at DESC, id DESC LIMIT 1) o ON TRUE
                WHERE pl.agency_id = :a AND pl.employee_id = :me
                ORDER BY pp.year DESC, pl.id, CASE WHEN ev.sub_period = 0 THEN 99 ELSE ev.sub_period END
                """).param("a", actor.agencyId()).param("me", actor.employeeId())
                .query(rs -> {
                    long planId = rs.getLong("plan_id");
                    MyPlan plan = plans.get(planId);
                    if (plan == null) {
                        plan = new MyPlan(planId, rs.getLong("agency_id"), rs.getLong("period_id"), rs.getInt("year"),
                                PlanStatus.valueOf(rs.getString("plan_status")), new ArrayList<>());
                        plans.put(planId, plan);
                    }
                    if (rs.getObject("evaluation_id") != null) {
                        java.sql.Timestamp rated = rs.getTimestamp("rated_at");
                        String os = rs.getString("objection_status");
                        plan.evaluations().add(new MyEvaluation(rs.getLong("evaluation_id"), rs.getInt("sub_period"),
                                EvaluationKind.valueOf(rs.getString("kind")), EvaluationStatus.valueOf(rs.getString("status")),
                                EvaluationRows.predikat(rs.getString("predikat")),
                                EvaluationRows.predikat(rs.getString("final_predikat")), rs.getString("appraiser_name"),
                                rated == null ? null : rated.toInstant(), rs.getObject("objection_until", LocalDate.class),
                                (Long) rs.getObject("objection_id"), os == null ? null : Objection.Status.valueOf(os)));
                    }
                });
        return plans.values().stream().map(p -> new MyPlan(p.planId(), p.agencyId(), p.periodId(), p.year(), p.planStatus(),
                List.copyOf(p.evaluations()))).toList();
    }

    /** The latest calibration of an evaluation: from which predikat to which, why and by whom. */
    public record Move(long evaluationId, Predikat from, Predikat to, String reason, String changedBy, Instant changedAt) {
    }

    /**
     * The latest calibration move of each member of a unit's distribution (one statement). The distribution is what
     * {@link CalibrationManagement#distribution} gave the caller, so whoever holds it may see its members.
     */
    @Transactional(readOnly = true)
    public Map<Long, Move> moves(long agencyId, UnitDistribution distribution) {
        List<Long> ids = distribution.members().stream().map(UnitDistribution.Member::evaluationId)
                .filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Move> out = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (evaluation_id) evaluation_id, from_predikat, to_predikat, reason, changed_by_name, changed_at
                FROM predikat_change
                WHERE agency_id = :a AND evaluation_id = ANY(:ids) AND source = 'CALIBRATION'
                ORDER BY evaluation_id, changed_at DESC, id DESC
                """).param("a", agencyId).param("ids", ids.toArray(new Long[0]))
                .query(rs -> {
                    out.put(rs.getLong(1), new Move(rs.getLong(1), EvaluationRows.predikat(rs.getString(2)),
                            Predikat.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                });
        return out;
    }
}
