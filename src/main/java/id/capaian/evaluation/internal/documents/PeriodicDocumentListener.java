package id.capaian.evaluation.internal.documents;

import id.capaian.evaluation.EvaluationFinalised;
import id.capaian.evaluation.EvaluationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the document queue in step with final evaluations. Annual documents and the Penetapan are queued when a
 * unit is finalised ({@code CalibrationManagement.finalise}); a periodic evaluation is final when rated, so its
 * document is queued here. When an objection changes a predikat the evaluation's document is queued again, and so
 * is the Penetapan of the unit grade that covers it (it lists the predikat). Runs in the transaction that made
 * the change, so the queue never misses a final evaluation nor holds one that was rolled back.
 */
@Component
class PeriodicDocumentListener {

    private final DocumentQueue queue;

    PeriodicDocumentListener(DocumentQueue queue) {
        this.queue = queue;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EvaluationFinalised e) {
        if (e.kind() == EvaluationKind.PERIODIC || e.changed()) {
            queue.queueEvaluation(e.agencyId(), e.evaluationId());
        }
        if (e.changed() && e.kind() == EvaluationKind.ANNUAL) {
            queue.requeuePenetapanCovering(e.agencyId(), e.evaluationId());
        }
    }
}
