package id.capaian.organisation.internal.imports;

import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports of units and employees as background jobs. An upload is checked at once for size and type, kept in
 * memory only (never written to disk), and queued; a job thread then reads it, checks every row, and stores
 * everything in one transaction or nothing at all. Progress and outcome live in {@code import_job}, so that the
 * user can leave and come back, from any node.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final String COLUMNS = """
            id, agency_id, kind, file_name, status, total_rows, processed, stored_rows, created_by, created_at, finished_at
            """;

    private final JdbcClient jdbc;
    private final ImportRunner runner;
    private final ObjectMapper json;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate separately;
    private final long maxBytes;
    private final int maxRows;
    private final ThreadPoolExecutor executor;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    ImportJobs(JdbcClient jdbc, ImportRunner runner, ObjectMapper json, PlatformTransactionManager transactions,
            @Value("${capaian.import.max-file-size-mb:10}") int maxFileSizeMb,
            @Value("${capaian.import.max-rows:50000}") int maxRows,
            @Value("${capaian.import.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.json = json;
        this.inTransaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxBytes = maxFileSizeMb * 1024L * 1024L;
        this.maxRows = maxRows;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100),
                r -> {
                    Thread t = new Thread(r, "capaian-import-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public long maxFileSizeMb() {
        return maxBytes / (1024L * 1024L);
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Checks the upload's size and type and queues the import.
     *
     * @throws ImportFileException when the file cannot be imported at all (empty, too large, not XLSX or CSV)
     */
    public ImportJob start(Actor actor, long agencyId, ImportKind kind, String fileName, byte[] content) {
        actor.requireAdminister(agencyId);
        checkUpload(content == null ? 0 : content.length);
        TableReader.detect(content);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_job (id, agency_id, kind, file_name, status, created_by)
                VALUES (:id, :agency, :kind, :file, 'QUEUED', :by)
                """)
                .param("id", id).param("agency", agencyId).param("kind", kind.name())
                .param("file", displayName(fileName)).param("by", actor.username()).update();
        running.add(id);
        try {
            executor.execute(() -> run(id, actor, agencyId, kind, displayName(fileName), content));
        } catch (RejectedExecutionException e) {
            running.remove(id);
            finish(id, ImportStatus.FAILED, 0, 0, ImportOutcome.rejected(List.of(
                    ImportProblem.of(null, null, null, "import.error.busy"))));
        }
        return get(actor, agencyId, id);
    }

    /** Refuses an upload by its size before it is read into memory. */
    public void checkUpload(long size) {
        if (size <= 0) {
            throw new ImportFileException("import.error.emptyFile");
        }
        if (size > maxBytes) {
            throw new ImportFileException("import.error.tooLarge", maxFileSizeMb());
        }
    }

    /** The agency's imports, newest first, without their problem lists. */
    public List<ImportJob> list(Actor actor, long agencyId, int limit) {
        actor.requireAdminister(agencyId);
        failAbandoned(agencyId);
        return jdbc.sql("SELECT " + COLUMNS + ", problems - 'problems' AS outcome FROM import_job"
                        + " WHERE agency_id = :agency ORDER BY created_at DESC, id LIMIT :limit")
                .param("agency", agencyId).param("limit", limit)
                .query((rs, i) -> job(rs)).list();
    }

    /** One import of the agency with its problems; another agency's import is not found. */
    public ImportJob get(Actor actor, long agencyId, UUID id) {
        actor.requireAdminister(agencyId);
        return jdbc.sql("SELECT " + COLUMNS + ", problems AS outcome FROM import_job WHERE id = :id AND agency_id = :agency")
                .param("id", id).param("agency", agencyId)
                .query((rs, i) -> job(rs)).optional()
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getLong("agency_id"),
                ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed"),
                rs.getInt("stored_rows"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                outcome == null ? null : json.readValue(outcome, ImportOutcome.class));
    }

    /** Jobs that no node runs any more (the node stopped while importing) end as FAILED after an hour. */
    private void failAbandoned(long agencyId) {
        var stale = jdbc.sql("""
                SELECT id FROM import_job WHERE agency_id = :agency AND status IN ('QUEUED', 'VALIDATING', 'STORING')
                AND created_at < now() - interval '1 hour'
                """).param("agency", agencyId).query(UUID.class).list();
        for (UUID id : stale) {
            if (!running.contains(id)) {
                finish(id, ImportStatus.FAILED, 0, 0, ImportOutcome.rejected(List.of(
                        ImportProblem.of(null, null, null, "import.error.interrupted"))));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the job

    void run(UUID id, Actor actor, long agencyId, ImportKind kind, String fileName, byte[] content) {
        long started = System.nanoTime();
        JobProgress progress = new JobProgress(id);
        try {
            progress.phase(ImportStatus.VALIDATING, 0, 0);
            SourceTable source = TableReader.read(content, maxRows);
            BoundTable table = new BoundTable(kind, source);
            progress.phase(ImportStatus.VALIDATING, table.rows().size(), 0);
            ImportOutcome outcome = inTransaction.execute(tx -> {
                ImportOutcome o = runner.run(actor, agencyId, id, fileName, table, progress);
                if (o.problemCount() > 0) {
                    tx.setRollbackOnly();
                }
                return o;
            });
            if (outcome.problemCount() > 0) {
                finish(id, ImportStatus.FAILED, table.rows().size(), 0, outcome);
            } else {
                finish(id, ImportStatus.DONE, table.rows().size(), outcome.created() + outcome.updated(), outcome);
            }
            log.info("Import {} ({} {} rows, agency {}) finished in {} ms: {}", id, kind, table.rows().size(),
                    agencyId, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    outcome.problemCount() > 0 ? outcome.problemCount() + " problems" : "stored");
        } catch (ImportFileException e) {
            finish(id, ImportStatus.FAILED, 0, 0, ImportOutcome.rejected(List.of(
                    new ImportProblem(null, null, null, e.code(), e.args()))));
        } catch (ImportConflictException | DataIntegrityViolationException e) {
            log.warn("Import {} rolled back: {}", id, e.getMessage());
            finish(id, ImportStatus.FAILED, 0, 0, ImportOutcome.rejected(List.of(
                    ImportProblem.of(null, null, null, "import.error.conflict"))));
        } catch (Throwable e) {
            log.error("Import {} failed", id, e);
            finish(id, ImportStatus.FAILED, 0, 0, ImportOutcome.rejected(List.of(
                    ImportProblem.of(null, null, null, "import.error.unexpected"))));
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            running.remove(id);
        }
    }

    private void finish(UUID id, ImportStatus status, int processed, int stored, ImportOutcome outcome) {
        separately.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE import_job SET status = :status, processed = :processed, stored_rows = :stored,
                       problems = CAST(:outcome AS jsonb), finished_at = now()
                WHERE id = :id
                """).param("status", status.name()).param("processed", processed).param("stored", stored)
                .param("outcome", json.writeValueAsString(outcome)).param("id", id).update());
    }

    /** Writes progress in its own short transactions (so others see it), at most four times a second. */
    private final class JobProgress implements ImportRunner.Progress {
        private final UUID id;
        private ImportStatus status = ImportStatus.QUEUED;
        private int total;
        private long last;

        JobProgress(UUID id) {
            this.id = id;
        }

        void phase(ImportStatus status, int total, int processed) {
            this.status = status;
            if (total > 0) {
                this.total = total;
            }
            write(processed);
        }

        @Override
        public void validated(int rows) {
            maybeWrite(rows);
        }

        @Override
        public void storing() {
            phase(ImportStatus.STORING, total, 0);
        }

        @Override
        public void stored(int records) {
            maybeWrite(records);
        }

        private void maybeWrite(int processed) {
            if (System.nanoTime() - last >= PROGRESS_INTERVAL_NANOS || processed >= total) {
                write(processed);
            }
        }

        private void write(int processed) {
            last = System.nanoTime();
            separately.executeWithoutResult(tx -> jdbc.sql("""
                    UPDATE import_job SET status = :status, total_rows = :total, processed = :processed WHERE id = :id
                    """).param("status", status.name()).param("total", total).param("processed", processed)
                    .param("id", id).update());
        }
    }

    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "-";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "-";
        }
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
