package id.capaian.notification.internal;

import id.capaian.notification.Notice;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodStatus;
import id.capaian.planning.SubPeriod;
import id.capaian.planning.SubPeriodScheme;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders, once a day (by default at 07:00 Asia/Jakarta, {@code capaian.notification.reminder-cron})
 * and on one node only ({@link JobLock}):
 * <ul>
 * <li>{@code DEADLINE_APPROACHING}: the entry deadline of a month or quarter (its last day plus the period's grace
 * days) is at most {@code capaian.notification.deadline-days-before} days away, to each employee whose approved
 * plan still lacks realisations for it;</li>
 * <li>{@code DEADLINE_MISSED}: the deadline passed (within {@code capaian.notification.missed-window-days}), to each
 * such employee, and one summary to each of their appraisers;</li>
 * <li>{@code PLAN_DEADLINE}: the period's plan deadline is near ({@code plan-deadline-days-before}) or passed, to
 * each active employee whose plan is not approved.</li>
 * </ul>
 * Each reminder carries a key (the plan or period and the deadline) so that it reaches a person once, however
 * often the job runs. Reads the plans and realisations directly with one query per deadline rather than plan by
 * plan through the services, so that an agency of thousands is done in a few statements.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String JOB = "notification.reminders";
    private static final int NAMES_IN_SUMMARY = 8;

    /** What one run created. */
    public record Run(int approaching, int missed, int summaries, int planDeadline) {
        Run plus(Run o) {
            return new Run(approaching + o.approaching, missed + o.missed, summaries + o.summaries, planDeadline + o.planDeadline);
        }

        public int total() {
            return approaching + missed + summaries + planDeadline;
        }
    }

    private final JdbcClient jdbc;
    private final NotificationManagement notifications;
    private final JobLock lock;
    private final TransactionTemplate transaction;
    private final int daysBefore;
    private final int planDaysBefore;
    private final int missedWindow;

    Reminders(JdbcClient jdbc, NotificationManagement notifications, JobLock lock, PlatformTransactionManager transactions,
            @Value("${capaian.notification.deadline-days-before:3}") int daysBefore,
            @Value("${capaian.notification.plan-deadline-days-before:7}") int planDaysBefore,
            @Value("${capaian.notification.missed-window-days:10}") int missedWindow) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.daysBefore = daysBefore;
        this.planDaysBefore = planDaysBefore;
        this.missedWindow = missedWindow;
    }

    @Scheduled(cron = "${capaian.notification.reminder-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    void daily() {
        runOnce(LocalDate.now(JAKARTA));
    }

    /** The daily run through the lock: returns what it created, or nothing when another node has it. */
    public Optional<Run> runOnce(LocalDate today) {
        Run[] result = new Run[1];
        boolean ran = lock.runOnce(JOB, Duration.ofHours(1), Duration.ofHours(1), () -> result[0] = runAll(today));
        return ran ? Optional.of(result[0]) : Optional.empty();
    }

    /** Every open period of every agency, each in its own transaction. */
    public Run runAll(LocalDate today) {
        Run total = new Run(0, 0, 0, 0);
        for (Period p : openPeriods(null)) {
            try {
                total = total.plus(transaction.execute(status -> period(p, today)));
            } catch (RuntimeException e) {
                log.error("Reminders of period {} (agency {}) failed: {}", p.id(), p.agencyId(), e.getMessage(), e);
            }
        }
        if (total.total() > 0) {
            log.info("Reminders of {}: {} approaching, {} missed, {} summaries to appraisers, {} plan deadline",
                    today, total.approaching(), total.missed(), total.summaries(), total.planDeadline());
        }
        return total;
    }

    /** The reminders of one agency (tests, demo data). */
    public Run runFor(long agencyId, LocalDate today) {
        Run total = new Run(0, 0, 0, 0);
        for (Period p : openPeriods(agencyId)) {
            total = total.plus(transaction.execute(status -> period(p, today)));
        }
        return total;
    }

    private List<Period> openPeriods(Long agencyId) {
        return jdbc.sql("SELECT * FROM performance_period WHERE status = 'OPEN'"
                        + (agencyId == null ? "" : " AND agency_id = :a") + " ORDER BY agency_id, year")
                .params(agencyId == null ? Map.of() : Map.of("a", agencyId))
                .query((rs, n) -> new Period(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("year"),
                        SubPeriodScheme.valueOf(rs.getString("scheme")), rs.getObject("plan_deadline", LocalDate.class),
                        PeriodStatus.valueOf(rs.getString("status")), rs.getInt("version")))
                .list();
    }

    private int grace(Period p) {
        return jdbc.sql("SELECT entry_grace_days FROM performance_period WHERE id = :id").param("id", p.id())
                .query(Integer.class).single();
    }

    private Run period(Period p, LocalDate today) {
        int approaching = 0;
        int missed = 0;
        int summaries = 0;
        int grace = grace(p);
        for (SubPeriod sp : p.subPeriods()) {
            LocalDate deadline = sp.end().plusDays(grace);
            if (!today.isBefore(sp.start()) && !today.isAfter(deadline) && !today.isBefore(deadline.minusDays(daysBefore))) {
                for (Missing m : missing(p, sp.index())) {
                    approaching += created(Notice.of(p.agencyId(), m.employeeId(), NotificationKind.DEADLINE_APPROACHING,
                            "notification.msg.deadlineApproaching", planLink(p, m.planId()),
                            NotificationListeners.subPeriod(p, sp.index()), Notice.date(deadline), m.missing())
                            .once("deadline-approaching:" + m.planId() + ":" + sp.index()));
                }
            }
            if (today.isAfter(deadline) && !today.isAfter(deadline.plusDays(missedWindow))) {
                Map<Long, List<Missing>> byAppraiser = new LinkedHashMap<>();
                for (Missing m : missing(p, sp.index())) {
                    missed += created(Notice.of(p.agencyId(), m.employeeId(), NotificationKind.DEADLINE_MISSED,
                            "notification.msg.deadlineMissed", planLink(p, m.planId()),
                            NotificationListeners.subPeriod(p, sp.index()), Notice.date(deadline), m.missing())
                            .once("deadline-missed:" + m.planId() + ":" + sp.index()));
                    if (m.appraiserId() != null) {
                        byAppraiser.computeIfAbsent(m.appraiserId(), k -> new ArrayList<>()).add(m);
                    }
                }
                for (Map.Entry<Long, List<Missing>> e : byAppraiser.entrySet()) {
                    List<Missing> people = e.getValue();
                    List<String> names = people.stream().limit(NAMES_IN_SUMMARY).map(Missing::name).toList();
                    String list = String.join(", ", names) + (people.size() > NAMES_IN_SUMMARY ? ", …" : "");
                    summaries += created(Notice.of(p.agencyId(), e.getKey(), NotificationKind.DEADLINE_MISSED,
                            "notification.msg.deadlineMissedSummary",
                            "/agencies/" + p.agencyId() + "/periods/" + p.id() + "/approvals", people.size(),
                            NotificationListeners.subPeriod(p, sp.index()), list)
                            .once("deadline-missed-summary:" + p.id() + ":" + sp.index()));
                }
            }
        }
        return new Run(approaching, missed, summaries, planDeadline(p, today));
    }

    private int planDeadline(Period p, LocalDate today) {
        LocalDate deadline = p.planDeadline();
        String which;
        if (!today.isAfter(deadline) && !today.isBefore(deadline.minusDays(planDaysBefore))) {
            which = "approaching";
        } else if (today.isAfter(deadline) && !today.isAfter(deadline.plusDays(missedWindow))) {
            which = "passed";
        } else {
            return 0;
        }
        int count = 0;
        List<Map.Entry<Long, String>> rows = jdbc.sql("""
                SELECT e.id, p.status FROM employee e
                LEFT JOIN performance_plan p ON p.employee_id = e.id AND p.period_id = :period
                WHERE e.agency_id = :a AND e.active AND (p.id IS NULL OR p.status <> 'APPROVED')
                ORDER BY e.id
                """).param("period", p.id()).param("a", p.agencyId())
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("status") == null ? "" : rs.getString("status")))
                .list();
        for (Map.Entry<Long, String> r : rows) {
            Object status = Notice.message(r.getValue().isEmpty() ? "notification.arg.noPlan" : "plan.status." + r.getValue());
            count += created(Notice.of(p.agencyId(), r.getKey(), NotificationKind.PLAN_DEADLINE,
                    "approaching".equals(which) ? "notification.msg.planDeadlineApproaching" : "notification.msg.planDeadlinePassed",
                    "/plans/mine", p.year(), Notice.date(deadline), status)
                    .once("plan-deadline-" + which + ":" + p.id()));
        }
        return count;
    }

    /** An approved plan with indicators that have no realisation for the sub-period. */
    record Missing(long planId, long employeeId, Long appraiserId, String name, int missing) {
    }

    private List<Missing> missing(Period p, int subPeriod) {
        return jdbc.sql("""
                SELECT p.id AS plan_id, p.employee_id, p.appraiser_id, e.name,
                       count(i.id) - count(r.id) AS missing
                FROM performance_plan p
                JOIN employee e ON e.id = p.employee_id AND e.active
                JOIN planned_result pr ON pr.plan_id = p.id
                JOIN result_indicator i ON i.result_id = pr.id
                LEFT JOIN realisation r ON r.indicator_id = i.id AND r.sub_period = :sp
                WHERE p.agency_id = :a AND p.period_id = :period AND p.status = 'APPROVED'
                GROUP BY p.id, p.employee_id, p.appraiser_id, e.name
                HAVING count(r.id) < count(i.id)
                ORDER BY e.name, p.id
                """).param("sp", subPeriod).param("a", p.agencyId()).param("period", p.id())
                .query((rs, n) -> new Missing(rs.getLong("plan_id"), rs.getLong("employee_id"),
                        (Long) rs.getObject("appraiser_id"), rs.getString("name"), rs.getInt("missing")))
                .list();
    }

    private int created(Notice n) {
        return notifications.notify(n).isPresent() ? 1 : 0;
    }

    private static String planLink(Period p, long planId) {
        return NotificationListeners.planLink(p.agencyId(), planId);
    }
}
