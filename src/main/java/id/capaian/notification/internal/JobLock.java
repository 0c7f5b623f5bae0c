package id.capaian.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one node only, when several application nodes share the database: the job's row in
 * {@code job_lock} is taken with one atomic statement (insert, or update where the lease ran out), so of several
 * nodes (or threads) only one gets it; the others skip the run. The lease bounds how long a crashed node keeps
 * the lock; a minimum interval since the last completed run keeps a second node whose clock is a little behind
 * from running the same daily job again just after the first one finished.
 */
@Component
public class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String node;

    JobLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Runs {@code work} if this caller gets the lock of {@code job}; returns whether it ran. The lock is given
     * back when the work ends; after a failure the job may run again at once (on any node), after a success only
     * once {@code minInterval} has passed.
     */
    public boolean runOnce(String job, Duration lease, Duration minInterval, Runnable work) {
        String token = node + "/" + UUID.randomUUID();
        Boolean got = transaction.execute(status -> jdbc.sql("""
                INSERT INTO job_lock (name, locked_until, locked_by)
                VALUES (:name, now() + CAST(:lease AS double precision) * interval '1 second', :token)
                ON CONFLICT (name) DO UPDATE SET locked_until = EXCLUDED.locked_until, locked_by = EXCLUDED.locked_by
                WHERE job_lock.locked_until < now()
                  AND (job_lock.last_run_at IS NULL
                       OR job_lock.last_run_at < now() - CAST(:interval AS double precision) * interval '1 second')
                RETURNING name
                """).param("name", job).param("lease", (double) lease.toSeconds()).param("token", token)
                .param("interval", (double) minInterval.toSeconds()).query(String.class).optional().isPresent());
        if (!Boolean.TRUE.equals(got)) {
            log.debug("Job {} skipped: running elsewhere or ran recently", job);
            return false;
        }
        boolean done = false;
        try {
            work.run();
            done = true;
            return true;
        } finally {
            boolean success = done;
            transaction.executeWithoutResult(status -> jdbc.sql("""
                    UPDATE job_lock SET locked_until = now(), last_run_at = CASE WHEN :ok THEN now() ELSE last_run_at END
                    WHERE name = :name AND locked_by = :token
                    """).param("ok", success).param("name", job).param("token", token).update());
        }
    }
}
