package id.capaian.development.internal;

import id.capaian.development.DevelopmentPlanManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.CoachingPlanChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coaching plan closed as NOT_IMPROVED calls for development: the employee's plan of the year gets an action for
 * it (and is proposed first when there is none). Runs once the coaching change is committed, in a transaction of its
 * own, so that a problem here never undoes the coaching plan; it is logged instead.
 */
@Component
class CoachingOutcomeListener {

    private static final Logger log = LoggerFactory.getLogger(CoachingOutcomeListener.class);

    private final DevelopmentPlanManagement plans;
    private final TransactionTemplate transaction;

    CoachingOutcomeListener(DevelopmentPlanManagement plans, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(CoachingPlanChanged event) {
        if (event.status() != CoachingPlan.Status.COMPLETED || event.outcome() != CoachingPlan.Outcome.NOT_IMPROVED) {
            return;
        }
        try {
            transaction.executeWithoutResult(status ->
                    plans.afterCoachingNotImproved(event.agencyId(), event.coachingPlanId(), event.employeeId()));
        } catch (RuntimeException e) {
            log.warn("No development action for coaching plan {} of employee {}: {}", event.coachingPlanId(),
                    event.employeeId(), e.getMessage());
        }
    }
}
