package id.capaian.evaluation.internal.documents;

import id.capaian.evaluation.internal.documents.DocumentQueue.Row;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the queued evaluation documents in the background. Each run claims a batch of queued rows with
 * {@code FOR UPDATE SKIP LOCKED} (so several nodes share the queue and never render the same row), renders each
 * in a savepoint, and marks it READY with its content and SHA-256, or FAILED with the error (an administrator
 * can queue the failed ones again). Rows are left {@code settle} after queueing before they are taken, so that a
 * burst of changes (an objection decided right after finalising) is rendered once.
 */
@Component
public class DocumentWorker {

    private static final Logger log = LoggerFactory.getLogger(DocumentWorker.class);

    private final DocumentQueue queue;
    private final DocumentRendering rendering;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final int maxBatches;
    private final Duration settle;
    private final boolean enabled;

    DocumentWorker(DocumentQueue queue, DocumentRendering rendering, PlatformTransactionManager transactions,
            @Value("${capaian.evaluation.documents.batch-size:20}") int batchSize,
            @Value("${capaian.evaluation.documents.max-batches:50}") int maxBatches,
            @Value("${capaian.evaluation.documents.settle:PT5S}") Duration settle,
            @Value("${capaian.evaluation.documents.worker-enabled:true}") boolean enabled) {
        this.queue = queue;
        this.rendering = rendering;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = Math.max(1, Math.min(batchSize, 500));
        this.maxBatches = Math.max(1, maxBatches);
        this.settle = settle;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${capaian.evaluation.documents.interval:PT15S}",
            initialDelayString = "${capaian.evaluation.documents.initial-delay:PT30S}")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            for (int round = 0; round < maxBatches; round++) {
                if (renderBatch(null, settle) < batchSize) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.error("Rendering evaluation documents failed: {}", e.getMessage(), e);
        }
    }

    /**
     * Claims and renders one batch (of one agency, or of every agency when {@code agencyId} is null) of rows queued at
     * least {@code settleFor} ago (null: any); returns how many rows were claimed.
     */
    public int renderBatch(Long agencyId, Duration settleFor) {
        Integer n = transaction.execute(status -> {
            List<Row> rows = queue.claim(agencyId, settleFor, batchSize);
            for (Row row : rows) {
                Object savepoint = status.createSavepoint();
                try {
                    DocumentRendering.Rendered r = row.evaluationId() != null
                            ? rendering.evaluation(row.agencyId(), row.evaluationId())
                            : rendering.penetapan(row.agencyId(), row.unitGradeId());
                    if (r.inForce()) {
                        queue.ready(row.id(), r.pdf());
                    } else {
                        queue.failed(row.id(), "not in force yet");
                    }
                    status.releaseSavepoint(savepoint);
                } catch (RuntimeException e) {
                    status.rollbackToSavepoint(savepoint);
                    log.warn("Evaluation document {} failed: {}", row.id(), e.toString());
                    queue.failed(row.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return rows.size();
        });
        return n == null ? 0 : n;
    }

    /**
     * Renders every queued document of one agency now, however recently queued, batch after batch; returns how many
     * were claimed.
     */
    public int renderAll(long agencyId) {
        int total = 0;
        for (int round = 0; round < 10_000; round++) {
            int n = renderBatch(agencyId, null);
            total += n;
            if (n < batchSize) {
                break;
            }
        }
        return total;
    }
}
