package id.capaian.tracking;

import id.capaian.planning.Period;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' figures per unit and period ({@code monitoring_tally}), each unit counting only the people placed
 * directly in it, computed in one set-based pass over the agency's indicators and realisations for one day (the
 * day sets the sub-period and the share of the year that makes an indicator lag). The dashboards add the rows up
 * along the unit tree, so opening one costs a few thousand rows whatever the size of the agency.
 * <p>
 * Freshness: a snapshot of another day (or none) is computed before it is shown; one older than {@code maxAge} is
 * shown as it is while a new one is computed in the background (or, with {@code background} off, computed first).
 * A transaction-scoped advisory lock lets one computation per agency and period run at a time, on any number of
 * nodes; who waited for it takes its result instead of computing again.
 */
@Component
class DashboardSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);

    /** When and for which day the figures were computed, and how long it took. */
    record Snapshot(LocalDate day, Instant computedAt, double ageSeconds, int durationMs) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final Duration maxAge;
    private final boolean background;
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    DashboardSnapshots(JdbcClient jdbc, PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${capaian.monitoring.dashboard-max-age:PT60S}") Duration maxAge,
            @Value("${capaian.monitoring.refresh-in-background:true}") boolean background) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.maxAge = maxAge;
        this.background = background;
    }

    Duration maxAge() {
        return maxAge;
    }

    /** The snapshot of the agency's period for the clock's day, computed now if there is none for that day. */
    Snapshot current(long agencyId, MonitoringClock clock) {
        return current(agencyId, clock, maxAge, background);
    }

    Snapshot current(long agencyId, MonitoringClock clock, Duration maxAge, boolean background) {
        long periodId = clock.period().id();
        Optional<Snapshot> seen = read(agencyId, periodId);
        if (seen.isEmpty() || !seen.get().day().equals(clock.today())) {
            return compute(agencyId, clock, seen.map(Snapshot::computedAt).orElse(null));
        }
        Snapshot s = seen.get();
        if (s.ageSeconds() * 1000 <= maxAge.toMillis()) {
            return s;
        }
        if (!background) {
            return compute(agencyId, clock, s.computedAt());
        }
        String key = agencyId + "/" + periodId;
        if (refreshing.add(key)) {
            try {
                executor.execute(() -> {
                    try {
                        compute(agencyId, clock, s.computedAt());
                    } catch (RuntimeException e) {
                        log.warn("Dashboard figures of agency {} period {} not refreshed", agencyId, periodId, e);
                    } finally {
                        refreshing.remove(key);
                    }
                });
            } catch (RuntimeException e) {
                refreshing.remove(key);
                throw e;
            }
        }
        return s;
    }

    private Optional<Snapshot> read(long agencyId, long periodId) {
        return jdbc.sql("""
                SELECT computed_for, computed_at, extract(epoch FROM clock_timestamp() - computed_at) AS age, duration_ms
                FROM monitoring_snapshot WHERE agency_id = :agency AND period_id = :period
                """).param("agency", agencyId).param("period", periodId)
                .query((rs, n) -> new Snapshot(rs.getObject("computed_for", LocalDate.class),
                        rs.getTimestamp("computed_at").toInstant(), rs.getDouble("age"), rs.getInt("duration_ms")))
                .optional();
    }

    /**
     * Computes the figures of the agency's period for the clock's day in one transaction (stamped with the time the
     * counting statement began, which is the moment its figures describe), unless another computation
     * finished for that day while this one waited for the lock (then its result is taken).
     */
    Snapshot compute(long agencyId, MonitoringClock clock, Instant seen) {
        Period period = clock.period();
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('monitoring_snapshot'), hashtext(:key))")
                    .param("key", agencyId + "/" + period.id()).query((rs, n) -> 1).single();
            Optional<Snapshot> now = read(agencyId, period.id());
            if (now.isPresent() && now.get().day().equals(clock.today())
                    && (seen == null || now.get().computedAt().isAfter(seen))) {
                return now.get();
            }
            long started = System.nanoTime();
            jdbc.sql("DELETE FROM monitoring_snapshot WHERE agency_id = :agency AND period_id = :period")
                    .param("agency", agencyId).param("period", period.id()).update();
            jdbc.sql("""
                    INSERT INTO monitoring_snapshot (agency_id, period_id, computed_for, sub_period, computed_at, duration_ms)
                    VALUES (:agency, :period, :day, :sub, clock_timestamp(), 0)
                    """).param("agency", agencyId).param("period", period.id()).param("day", clock.today())
                    .param("sub", clock.subPeriod().index()).update();
            jdbc.sql(TALLY).param("agency", agencyId).param("period", period.id())
                    .param("sub", clock.subPeriod().index()).param("share", clock.share()).update();
            int ms = (int) ((System.nanoTime() - started) / 1_000_000);
            jdbc.sql("""
                    UPDATE monitoring_snapshot SET duration_ms = :ms
                    WHERE agency_id = :agency AND period_id = :period
                    """).param("ms", ms).param("agency", agencyId).param("period", period.id()).update();
            return read(agencyId, period.id()).orElseThrow();
        });
    }

    /**
     * One row per unit that has active employees or plans of the period: the people placed in it, their plans, and
     * the indicators of the approved ones judged as {@link Achievement} and {@link Trajectory} judge them.
     */
    private static final String TALLY = """
            WITH ind AS (
                SELECT p.unit_id, p.status = 'APPROVED' AS approved, i.aspect, i.target_kind, i.target_value,
                       i.target_min, i.target_max, i.direction, agg.cur_id IS NOT NULL AS entered, agg.cur_value,
                       agg.cumulative, agg.latest, coalesce(agg.pending, 0) AS pending
                FROM performance_plan p
                JOIN planned_result r ON r.plan_id = p.id
                JOIN result_indicator i ON i.result_id = r.id
            """ + Monitoring.AGGREGATE + """
                WHERE p.period_id = :period AND p.agency_id = :agency AND p.unit_id IS NOT NULL
            ), judged AS (
                SELECT ind.unit_id, ind.approved, ind.entered, ind.pending,
            """ + Monitoring.ACHIEVEMENT + " AS pct, " + Monitoring.LAGGING + """
                 AS lagging
                FROM ind CROSS JOIN LATERAL (
                    SELECT CASE WHEN ind.target_kind = 'RANGE'
                                THEN CASE WHEN ind.cur_value < ind.target_min THEN ind.target_min ELSE ind.target_max END
                                ELSE ind.target_value END AS t,
                           CASE WHEN ind.target_kind = 'RANGE'
                                THEN CASE WHEN ind.cur_value < ind.target_min THEN 'HIGHER' ELSE 'LOWER' END
                                ELSE ind.direction END AS d
                ) b
            ), judged_units AS (
                SELECT unit_id, count(*) FILTER (WHERE approved) AS indicators,
                       count(*) FILTER (WHERE approved AND entered) AS entered,
                       sum(pct) FILTER (WHERE approved) AS pct_sum,
                       count(pct) FILTER (WHERE approved) AS pct_count,
                       count(*) FILTER (WHERE approved AND lagging) AS lagging,
                       coalesce(sum(pending), 0) AS pending
                FROM judged GROUP BY unit_id
            ), people AS (
                SELECT e.unit_id, count(*) AS n FROM employee e
                WHERE e.agency_id = :agency AND e.active AND e.unit_id IS NOT NULL GROUP BY e.unit_id
            ), plans AS (
                SELECT p.unit_id, count(*) AS n, count(*) FILTER (WHERE p.status = 'APPROVED') AS approved
                FROM performance_plan p WHERE p.period_id = :period AND p.agency_id = :agency AND p.unit_id IS NOT NULL
                GROUP BY p.unit_id
            ), units AS (
                SELECT unit_id FROM people UNION SELECT unit_id FROM plans
            )
            INSERT INTO monitoring_tally (agency_id, period_id, unit_id, employees, plans, approved_plans, indicators,
                                          entered, pct_sum, pct_count, lagging, pending)
            SELECT :agency, :period, u.unit_id, coalesce(pe.n, 0), coalesce(pl.n, 0), coalesce(pl.approved, 0),
                   coalesce(j.indicators, 0), coalesce(j.entered, 0), j.pct_sum, coalesce(j.pct_count, 0),
                   coalesce(j.lagging, 0), coalesce(j.pending, 0)
            FROM units u
            JOIN org_unit ou ON ou.id = u.unit_id AND ou.agency_id = :agency
            LEFT JOIN people pe ON pe.unit_id = u.unit_id
            LEFT JOIN plans pl ON pl.unit_id = u.unit_id
            LEFT JOIN judged_units j ON j.unit_id = u.unit_id
            """;
}
