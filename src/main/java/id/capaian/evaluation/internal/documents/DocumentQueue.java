package id.capaian.evaluation.internal.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code evaluation_document}: the queue of documents to render and the rendered PDFs. Claiming takes
 * rows with {@code FOR UPDATE SKIP LOCKED}, so several nodes can work the queue side by side and each row is rendered
 * by one of them; the locks last as long as the caller's transaction.
 */
@Component
public class DocumentQueue {

    /** A document row without its content. */
    public record Row(long id, long agencyId, Long evaluationId, Long unitGradeId, String kind, String status,
            String sha256, Instant queuedAt, Instant renderedAt, String error) {

        public boolean ready() {
            return "READY".equals(status);
        }
    }

    private static final String COLUMNS = "id, agency_id, evaluation_id, unit_grade_id, kind, status, sha256, queued_at, rendered_at, error";

    private final JdbcClient jdbc;

    DocumentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), (Long) rs.getObject("evaluation_id"),
                (Long) rs.getObject("unit_grade_id"), rs.getString("kind"), rs.getString("status"), rs.getString("sha256"),
                rs.getTimestamp("queued_at").toInstant(),
                rs.getTimestamp("rendered_at") == null ? null : rs.getTimestamp("rendered_at").toInstant(), rs.getString("error"));
    }

    /**
     * Claims up to {@code max} queued rows (of one agency, or of all when {@code agencyId} is null) that were queued at
     * least {@code settle} ago (any queued row when it is null); must run inside a transaction, which holds the rows
     * until it ends.
     */
    public List<Row> claim(Long agencyId, Duration settle, int max) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM evaluation_document
                WHERE status = 'QUEUED' AND (CAST(:a AS BIGINT) IS NULL OR agency_id = :a)
                  AND (CAST(:settle AS double precision) IS NULL
                       OR queued_at <= now() - CAST(:settle AS double precision) * interval '1 millisecond')
                ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED
                """).param("a", agencyId).param("settle", settle == null ? null : Double.valueOf(settle.toMillis()))
                .param("n", max)
                .query(DocumentQueue::map).list();
    }

    public void ready(long id, byte[] content) {
        jdbc.sql("""
                UPDATE evaluation_document SET status = 'READY', content = :c, sha256 = :sha, rendered_at = now(), error = NULL
                WHERE id = :id
                """).param("c", content).param("sha", sha256(content)).param("id", id).update();
    }

    public void failed(long id, String error) {
        String e = error == null || error.isBlank() ? "error" : error.strip();
        jdbc.sql("UPDATE evaluation_document SET status = 'FAILED', content = NULL, sha256 = NULL, error = :e WHERE id = :id")
                .param("e", e.length() > 500 ? e.substring(0, 500) : e).param("id", id).update();
    }

    public Optional<Row> forEvaluation(long agencyId, long evaluationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_document WHERE evaluation_id = :e AND agency_id = :a")
                .param("e", evaluationId).param("a", agencyId).query(DocumentQueue::map).optional();
    }

    public Optional<Row> forGrade(long agencyId, long gradeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_document WHERE unit_grade_id = :g AND agency_id = :a")
                .param("g", gradeId).param("a", agencyId).query(DocumentQueue::map).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("SELECT content FROM evaluation_document WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    /**
     * Stores a document rendered on demand as READY, unless it changed meanwhile: a row queued again after
     * {@code seenQueuedAt} (the predikat changed), or one the worker is rendering right now (locked), is left alone.
     * A document that had no row gets one. Returns whether it was stored.
     */
    public boolean storeRendered(long agencyId, Long evaluationId, Long gradeId, Instant seenQueuedAt, byte[] content) {
        String sha = sha256(content);
        if (seenQueuedAt == null) {
            return jdbc.sql(evaluationId != null ? """
                    INSERT INTO evaluation_document (agency_id, evaluation_id, kind, status, content, sha256, rendered_at)
                    VALUES (:a, :e, 'EVALUATION', 'READY', :c, :sha, now())
                    ON CONFLICT (evaluation_id) WHERE evaluation_id IS NOT NULL DO NOTHING
                    """ : """
                    INSERT INTO evaluation_document (agency_id, unit_grade_id, kind, status, content, sha256, rendered_at)
                    VALUES (:a, :g, 'PENETAPAN', 'READY', :c, :sha, now())
                    ON CONFLICT (unit_grade_id) WHERE unit_grade_id IS NOT NULL DO NOTHING
                    """).param("a", agencyId).param("e", evaluationId).param("g", gradeId).param("c", content)
                    .param("sha", sha).update() > 0;
        }
        return jdbc.sql("""
                UPDATE evaluation_document SET status = 'READY', content = :c, sha256 = :sha, rendered_at = now(), error = NULL
                WHERE id IN (SELECT id FROM evaluation_document
                             WHERE agency_id = :a AND status <> 'READY' AND queued_at = :seen
                               AND (evaluation_id = :e OR unit_grade_id = :g)
                             FOR UPDATE SKIP LOCKED)
                """).param("c", content).param("sha", sha).param("a", agencyId).param("seen", java.sql.Timestamp.from(seenQueuedAt))
                .param("e", evaluationId).param("g", gradeId).update() > 0;
    }

    /** Queues (again) the document of an evaluation. */
    public int queueEvaluation(long agencyId, long evaluationId) {
        return jdbc.sql("""
                INSERT INTO evaluation_document (agency_id, evaluation_id, kind) VALUES (:a, :e, 'EVALUATION')
                ON CONFLICT (evaluation_id) WHERE evaluation_id IS NOT NULL
                DO UPDATE SET status = 'QUEUED', content = NULL, sha256 = NULL, error = NULL, queued_at = now()
                """).param("a", agencyId).param("e", evaluationId).update();
    }

    /**
     * Queues again the Penetapan of the final grade that covers an evaluation's unit (its own grade or its nearest
     * graded ancestor's), when it had been queued or rendered before.
     */
    public int requeuePenetapanCovering(long agencyId, long evaluationId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT u.id, u.parent_id, 0 FROM evaluation ev JOIN org_unit u ON u.id = ev.unit_id
                    WHERE ev.id = :e AND ev.agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 40
                ), grade AS (
                    SELECT g.id FROM up JOIN unit_grade g ON g.unit_id = up.id
                    WHERE g.period_id = (SELECT period_id FROM evaluation WHERE id = :e)
                    ORDER BY up.depth LIMIT 1
                )
                UPDATE evaluation_document SET status = 'QUEUED', content = NULL, sha256 = NULL, error = NULL, queued_at = now()
                WHERE unit_grade_id = (SELECT id FROM grade) AND agency_id = :a
                """).param("e", evaluationId).param("a", agencyId).update();
    }

    /** Puts the failed documents of an agency's period back in the queue. */
    public int retryFailed(long agencyId, long periodId) {
        return jdbc.sql("""
                UPDATE evaluation_document d SET status = 'QUEUED', error = NULL, queued_at = now()
                WHERE d.agency_id = :a AND d.status = 'FAILED'
                  AND (EXISTS (SELECT 1 FROM evaluation ev WHERE ev.id = d.evaluation_id AND ev.period_id = :p)
                       OR EXISTS (SELECT 1 FROM unit_grade g WHERE g.id = d.unit_grade_id AND g.period_id = :p))
                """).param("a", agencyId).param("p", periodId).update();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
