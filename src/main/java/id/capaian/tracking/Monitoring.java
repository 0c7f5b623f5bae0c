package id.capaian.tracking;

import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.Target;
import id.capaian.planning.TargetKind;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live monitoring of realisations: the appraiser's team and the dashboards of units and of the agency. Every board
 * is read with a fixed number of set-based queries, however many people it covers (one for the period, then two
 * or three of its own).
 * <p>
 * Who sees what: everyone their own team (the people they appraise; an employee without appraisees sees an empty
 * team); the agency's administrators, its head and national administrators every unit of the agency; a unit head
 * the units they head and everything below them. Anyone of another agency is refused.
 */
@Service
@Transactional(readOnly = true)
public class Monitoring {

    private final JdbcClient jdbc;
    private final PeriodManagement periods;
    private final DashboardSnapshots snapshots;

    Monitoring(JdbcClient jdbc, PeriodManagement periods, DashboardSnapshots snapshots) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.snapshots = snapshots;
    }

    // ------------------------------------------------------------------ the team

    /** The signed-in appraiser's appraisees in the current period and sub-period. */
    public TeamBoard team(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        Optional<Period> current = periods.current(actor, agencyId);
        long me = actor.employeeId() == null ? -1L : actor.employeeId();
        List<TeamBoard.UnitRef> headed = actor.employeeId() == null ? List.of() : jdbc.sql("""
                SELECT id, name FROM org_unit WHERE agency_id = :agency AND head_employee_id = :me AND active ORDER BY name, id
                """).param("agency", agencyId).param("me", me)
                .query((rs, n) -> new TeamBoard.UnitRef(rs.getLong("id"), rs.getString("name"))).list();
        if (current.isEmpty() || actor.employeeId() == null) {
            return new TeamBoard(current.map(p -> MonitoringClock.of(p, RealisationManagement.today())).orElse(null),
                    List.of(), headed);
        }
        Period period = current.get();
        MonitoringClock clock = MonitoringClock.of(period, RealisationManagement.today());
        String team = """
                WITH team AS (
                    SELECT e.id FROM employee e
                    WHERE e.agency_id = :agency AND e.active
                      AND (e.appraiser_id = :me OR (e.appraiser_id IS NULL AND e.superior_id = :me))
                    UNION
                    SELECT p.employee_id FROM performance_plan p
                    WHERE p.agency_id = :agency AND p.period_id = :period AND p.appraiser_id = :me
                )
                """;
        record Person(long id, String name, String nip, String unit, String position, Long planId, PlanStatus status) {
        }
        List<Person> people = jdbc.sql(team + """
                SELECT e.id, e.name, e.nip, u.name AS unit_name, pos.name AS position_name, p.id AS plan_id, p.status
                FROM team t JOIN employee e ON e.id = t.id
                LEFT JOIN performance_plan p ON p.employee_id = e.id AND p.period_id = :period
                LEFT JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN position pos ON pos.id = e.position_id
                WHERE e.id <> :me
                ORDER BY e.name, e.id
                """).param("agency", agencyId).param("me", me).param("period", period.id())
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getString("nip"),
                        rs.getString("unit_name"), rs.getString("position_name"), (Long) rs.getObject("plan_id"),
                        rs.getString("status") == null ? null : PlanStatus.valueOf(rs.getString("status"))))
                .list();
        Map<Long, List<IndicatorRow>> byPlan = new LinkedHashMap<>();
        if (!people.isEmpty()) {
            jdbc.sql(team + """
                    SELECT p.id AS plan_id, p.status AS plan_status, i.id, i.name, i.aspect, i.target_kind, i.target_value,
                           i.target_min, i.target_max, i.target_unit, i.target_text, i.direction,
                           agg.cur_id, agg.cur_value, agg.cumulative, agg.latest, coalesce(agg.pending, 0) AS pending
                    FROM team t
                    JOIN performance_plan p ON p.employee_id = t.id AND p.period_id = :period AND p.agency_id = :agency
                    JOIN planned_result r ON r.plan_id = p.id
                    JOIN result_indicator i ON i.result_id = r.id
                    """ + AGGREGATE + """
                    WHERE t.id <> :me
                    ORDER BY p.id, r.kind = 'UTAMA' DESC, r.ordinal, r.id, i.ordinal, i.id
                    """).param("agency", agencyId).param("me", me).param("period", period.id())
                    .param("sub", clock.subPeriod().index())
                    .query((rs, n) -> indicatorRow(rs)).list()
                    .forEach(row -> byPlan.computeIfAbsent(row.planId(), k -> new ArrayList<>()).add(row));
        }
        List<TeamMember> members = new ArrayList<>();
        for (Person p : people) {
            List<IndicatorRow> rows = p.planId() == null ? List.of() : byPlan.getOrDefault(p.planId(), List.of());
            int pending = rows.stream().mapToInt(IndicatorRow::pending).sum();
            boolean approved = p.status() == PlanStatus.APPROVED;
            List<BigDecimal> percents = new ArrayList<>();
            List<TeamMember.Lag> lagging = new ArrayList<>();
            int entered = 0;
            if (approved) {
                for (IndicatorRow row : rows) {
                    if (row.entered()) {
                        entered++;
                    }
                    BigDecimal pct = Achievement.of(row.target(), row.direction(), row.current()).percent();
                    if (pct != null) {
                        percents.add(pct);
                    }
                    Trajectory t = Trajectory.of(row.aspect(), row.target(), row.direction(), row.cumulative(), row.latest(), clock);
                    if (t.lagging()) {
                        lagging.add(new TeamMember.Lag(row.id(), row.name(), row.target().unit(), t));
                    }
                }
            }
            BigDecimal average = percents.isEmpty() ? null : percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
            members.add(new TeamMember(p.id(), p.name(), p.nip(), p.unit(), p.position(), p.planId(), p.status(),
                    approved ? rows.size() : 0, entered, average, pending, List.copyOf(lagging)));
        }
        return new TeamBoard(clock, List.copyOf(members), headed);
    }

    /**
     * An indicator's realisations read once (joined as {@code agg}): the one of the sub-period ({@code cur_id},
     * {@code cur_value}; there is at most one), their sum and the latest value up to the sub-period, and those pending
     * review. The sub-period only filters the aggregate's rows, so its value does not change the plan.
     */
    static final String AGGREGATE = """
            LEFT JOIN LATERAL (
                SELECT max(x.id) FILTER (WHERE x.sub_period = :sub) AS cur_id,
                       max(x.value) FILTER (WHERE x.sub_period = :sub) AS cur_value,
                       sum(x.value) FILTER (WHERE x.sub_period <= :sub) AS cumulative,
                       (array_agg(x.value ORDER BY x.sub_period DESC) FILTER (WHERE x.value IS NOT NULL AND x.sub_period <= :sub))[1] AS latest,
                       count(*) FILTER (WHERE x.review_status = 'PENDING') AS pending
                FROM realisation x WHERE x.indicator_id = i.id
            ) agg ON true
            """;

    private record IndicatorRow(long planId, PlanStatus planStatus, long id, String name, Aspect aspect, Target target,
            Direction direction, boolean entered, BigDecimal current, BigDecimal cumulative, BigDecimal latest, int pending) {
    }

    private static IndicatorRow indicatorRow(ResultSet rs) throws SQLException {
        Target target = new Target(TargetKind.valueOf(rs.getString("target_kind")), rs.getBigDecimal("target_value"),
                rs.getBigDecimal("target_min"), rs.getBigDecimal("target_max"), rs.getString("target_unit"),
                rs.getString("target_text"));
        return new IndicatorRow(rs.getLong("plan_id"), PlanStatus.valueOf(rs.getString("plan_status")), rs.getLong("id"),
                rs.getString("name"), Aspect.valueOf(rs.getString("aspect")), target, Direction.valueOf(rs.getString("direction")),
                rs.getObject("cur_id") != null, rs.getBigDecimal("cur_value"), rs.getBigDecimal("cumulative"),
                rs.getBigDecimal("latest"), rs.getInt("pending"));
    }

    // ------------------------------------------------------------------ units

    /** Whether the actor sees every unit of the agency: its administrators, its head, national administrators. */
    public static boolean seesAgency(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    /**
     * The agency's dashboard: one row per top unit (each with everything below it) for those who see the agency; for
     * a unit head, one row per unit they head. Anyone else is refused.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UnitBoard agency(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        boolean all = seesAgency(actor, agencyId);
        if (!all && actor.employeeId() == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        Optional<Period> current = periods.current(actor, agencyId);
        String rows = all ? "u.parent_id IS NULL" : "u.head_employee_id = :me";
        Figures figures = figures(agencyId, rows, -1L, actor.employeeId() == null ? -1L : actor.employeeId(),
                current.orElse(null));
        if (!all && figures.rows().isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        return board(current, null, List.of(), figures);
    }

    /** One unit's dashboard: the unit's own people, then each sub-unit with everything below it. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UnitBoard unit(Actor actor, long agencyId, long unitId) {
        actor.requireRead(agencyId);
        record Up(long id, String name, Long head) {
        }
        List<Up> up = jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, name, head, depth) AS (
                    SELECT id, parent_id, name, head_employee_id, 0 FROM org_unit WHERE id = :unit AND agency_id = :agency
                    UNION ALL
                    SELECT p.id, p.parent_id, p.name, p.head_employee_id, up.depth + 1
                    FROM org_unit p JOIN up ON p.id = up.parent_id WHERE up.depth < 50
                )
                SELECT id, name, head FROM up ORDER BY depth DESC
                """).param("unit", unitId).param("agency", agencyId)
                .query((rs, n) -> new Up(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("head"))).list();
        if (up.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        boolean all = seesAgency(actor, agencyId);
        List<UnitBoard.Step> path = new ArrayList<>();
        boolean open = all;
        for (Up u : up) {
            open = open || (actor.employeeId() != null && Objects.equals(u.head(), actor.employeeId()));
            path.add(new UnitBoard.Step(u.id(), u.name(), open));
        }
        if (!open) {
            throw new AccessDeniedException("error.forbidden");
        }
        Optional<Period> current = periods.current(actor, agencyId);
        Figures figures = figures(agencyId, "(u.id = :own OR u.parent_id = :own)", unitId, -1L, current.orElse(null));
        Up self = up.get(up.size() - 1);
        return board(current, new TeamBoard.UnitRef(self.id(), self.name()), List.copyOf(path), figures);
    }

    private UnitBoard board(Optional<Period> current, TeamBoard.UnitRef unit, List<UnitBoard.Step> path, Figures figures) {
        DashboardSnapshots.Snapshot s = figures.snapshot();
        return new UnitBoard(current.map(p -> MonitoringClock.of(p, RealisationManagement.today())).orElse(null), unit,
                path, figures.rows(), s == null ? null : s.computedAt(), snapshots.maxAge().toSeconds());
    }

    /**
     * The figures per row unit: the rows are the units matching {@code rowCondition}; each takes in its sub-units
     * down to the next row unit, except {@code own}, which stands for its own people only. With a period they are
     * added up from the period's {@link DashboardSnapshots snapshot} of per-unit figures; without one only the
     * people are counted, live.
     */
    private Figures figures(long agencyId, String rowCondition, long own, long me, Period period) {
        String tree = """
                WITH RECURSIVE row_unit AS (
                    SELECT u.id FROM org_unit u WHERE u.agency_id = :agency AND u.active AND %s
                ), tree(id, row_id) AS (
                    SELECT id, id FROM row_unit
                    UNION ALL
                    SELECT c.id, t.row_id FROM org_unit c JOIN tree t ON c.parent_id = t.id
                    WHERE t.id <> :own AND c.id NOT IN (SELECT id FROM row_unit)
                )
                """.formatted(rowCondition);
        MonitoringClock clock = period == null ? null : MonitoringClock.of(period, RealisationManagement.today());
        DashboardSnapshots.Snapshot snapshot = clock == null ? null : snapshots.current(agencyId, clock);
        String sums = snapshot == null ? """
                SELECT t.row_id, count(*) AS employees, 0 AS plans, 0 AS approved_plans, 0 AS indicators, 0 AS entered,
                       NULL::numeric AS pct_sum, 0 AS pct_count, 0 AS lagging, 0 AS pending
                FROM employee e JOIN tree t ON t.id = e.unit_id WHERE e.active GROUP BY t.row_id
                """ : """
                SELECT t.row_id, sum(m.employees) AS employees, sum(m.plans) AS plans, sum(m.approved_plans) AS approved_plans,
                       sum(m.indicators) AS indicators, sum(m.entered) AS entered, sum(m.pct_sum) AS pct_sum,
                       sum(m.pct_count) AS pct_count, sum(m.lagging) AS lagging, sum(m.pending) AS pending
                FROM tree t JOIN monitoring_tally m ON m.unit_id = t.id AND m.agency_id = :agency AND m.period_id = :period
                GROUP BY t.row_id
                """;
        List<UnitFigures> out = jdbc.sql(tree + """
                SELECT u.id, u.name, u.id = :own AS own,
                       EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.active) AS has_children,
                       coalesce(s.employees, 0) AS employees, coalesce(s.plans, 0) AS plans,
                       coalesce(s.approved_plans, 0) AS approved_plans, coalesce(s.indicators, 0) AS indicators,
                       coalesce(s.entered, 0) AS entered,
                       round(s.pct_sum / nullif(s.pct_count, 0), 2) AS average,
                       coalesce(s.lagging, 0) AS lagging, coalesce(s.pending, 0) AS pending
                FROM row_unit r JOIN org_unit u ON u.id = r.id
                LEFT JOIN (
                """ + sums + """
                ) s ON s.row_id = u.id
                ORDER BY u.id = :own DESC, u.name, u.id
                """).param("agency", agencyId).param("own", own).param("me", me)
                .param("period", period == null ? -1L : period.id())
                .query((rs, n) -> {
                    int indicators = rs.getInt("indicators");
                    int entered = rs.getInt("entered");
                    BigDecimal rate = indicators == 0 ? null : BigDecimal.valueOf(entered * 100L)
                            .divide(BigDecimal.valueOf(indicators), 1, RoundingMode.HALF_UP);
                    return new UnitFigures(rs.getLong("id"), rs.getString("name"), rs.getBoolean("own"),
                            rs.getBoolean("has_children"), rs.getInt("employees"), rs.getInt("plans"),
                            rs.getInt("approved_plans"), indicators, entered, rate, rs.getBigDecimal("average"),
                            rs.getInt("lagging"), rs.getInt("pending"));
                }).list();
        return new Figures(List.copyOf(out), snapshot);
    }

    private record Figures(List<UnitFigures> rows, DashboardSnapshots.Snapshot snapshot) {
    }

    /** {@link Achievement} in SQL: the same rules, per indicator, rounded to two decimals. Needs {@code b.t}, {@code b.d}. */
    static final String ACHIEVEMENT = """
            CASE
                WHEN ind.target_kind = 'TEXT' OR ind.cur_value IS NULL THEN NULL
                WHEN ind.target_kind = 'RANGE' AND ind.cur_value BETWEEN ind.target_min AND ind.target_max THEN 100
                WHEN b.t IS NULL THEN NULL
                WHEN b.t = 0 THEN CASE WHEN ind.cur_value = 0 OR b.d = 'HIGHER' THEN 100 ELSE 0 END
                WHEN b.d = 'HIGHER' THEN round(ind.cur_value / b.t * 100, 2)
                WHEN b.d = 'LOWER' THEN round(greatest(0, (b.t - (ind.cur_value - b.t)) / b.t * 100), 2)
                ELSE round(greatest(0, 100 - abs(ind.cur_value - b.t) / b.t * 100), 2)
            END
            """;

    /** {@link Trajectory} in SQL: quantities summed against the share of the year, rates by their latest value. */
    static final String LAGGING = """
            CASE
                WHEN ind.target_kind <> 'NUMBER' OR ind.target_value IS NULL OR ind.direction NOT IN ('HIGHER', 'LOWER') THEN false
                WHEN ind.aspect = 'KUANTITAS' AND ind.direction = 'HIGHER' THEN coalesce(ind.cumulative, 0) < ind.target_value * :share
                WHEN ind.aspect = 'KUANTITAS' THEN coalesce(ind.cumulative, 0) > ind.target_value * :share
                WHEN ind.latest IS NULL THEN false
                WHEN ind.direction = 'HIGHER' THEN ind.latest < ind.target_value
                ELSE ind.latest > ind.target_value
            END
            """;
}
