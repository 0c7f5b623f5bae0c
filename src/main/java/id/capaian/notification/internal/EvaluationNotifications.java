package id.capaian.notification.internal;

import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.CoachingPlanChanged;
import id.capaian.evaluation.EvaluationFinalised;
import id.capaian.evaluation.EvaluationKind;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationOutcome;
import id.capaian.evaluation.ObjectionDecided;
import id.capaian.evaluation.ObjectionFiled;
import id.capaian.evaluation.PeerInputRequested;
import id.capaian.evaluation.UnitEvaluationsFinalised;
import id.capaian.notification.Notice;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.notification.NotificationManagement.Recipient;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people about evaluations: a final evaluation (with its predikat and the objection deadline), a request for
 * 360 input, an objection to decide or decided, a coaching plan. Like {@link NotificationListeners}, synchronously
 * in a savepoint of the caller's transaction; a whole unit's final evaluations are told in one statement.
 */
@Component
class EvaluationNotifications {

    private static final Logger log = LoggerFactory.getLogger(EvaluationNotifications.class);

    private final NotificationManagement notifications;
    private final EvaluationManagement evaluations;
    private final EmployeeManagement employees;
    private final TransactionTemplate nested;

    EvaluationNotifications(NotificationManagement notifications, EvaluationManagement evaluations,
            EmployeeManagement employees, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.evaluations = evaluations;
        this.employees = employees;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    static String sheetLink(long agencyId, long planId, int subPeriod) {
        return "/agencies/" + agencyId + "/plans/" + planId + "/evaluation/" + subPeriod;
    }

    private static Object when(EvaluationOutcome o) {
        return o.kind() == EvaluationKind.ANNUAL ? String.valueOf(o.year()) : o.year() + "/" + o.subPeriod();
    }

    private static Recipient recipient(long agencyId, EvaluationOutcome o) {
        return new Recipient(o.employeeId(), sheetLink(agencyId, o.planId(), o.subPeriod()),
                List.of(Notice.message("evaluation.kind." + o.kind().name()), when(o),
                        Notice.message(o.predikat().messageKey()),
                        o.objectionUntil() == null ? "" : Notice.date(o.objectionUntil())),
                "evaluation-final-" + o.evaluationId());
    }

    @EventListener
    void on(EvaluationFinalised e) {
        if (e.changed()) {
            return; // told by ObjectionDecided
        }
        safely(e, () -> notifications.notifyMany(e.agencyId(), NotificationKind.EVALUATION_FINALISED,
                "notification.msg.evaluationFinal",
                evaluations.outcomes(e.agencyId(), List.of(e.evaluationId())).stream().map(o -> recipient(e.agencyId(), o)).toList()));
    }

    @EventListener
    void on(UnitEvaluationsFinalised e) {
        safely(e, () -> notifications.notifyMany(e.agencyId(), NotificationKind.EVALUATION_FINALISED,
                "notification.msg.evaluationFinal",
                evaluations.outcomes(e.agencyId(), e.evaluationIds()).stream().map(o -> recipient(e.agencyId(), o)).toList()));
    }

    @EventListener
    void on(PeerInputRequested e) {
        safely(e, () -> notifications.notify(Notice.of(e.agencyId(), e.raterId(), NotificationKind.PEER_INPUT_REQUESTED,
                "notification.msg.peerInput", "/evaluations/peer-input/" + e.invitationId(), name(e.agencyId(), e.employeeId()))));
    }

    @EventListener
    void on(ObjectionFiled e) {
        if (e.deciderId() == null) {
            return;
        }
        safely(e, () -> notifications.notify(Notice.of(e.agencyId(), e.deciderId(), NotificationKind.OBJECTION,
                "notification.msg.objectionFiled", "/agencies/" + e.agencyId() + "/objections/" + e.objectionId(),
                name(e.agencyId(), e.employeeId()))));
    }

    @EventListener
    void on(ObjectionDecided e) {
        safely(e, () -> notifications.notify(Notice.of(e.agencyId(), e.employeeId(), NotificationKind.OBJECTION,
                e.granted() ? "notification.msg.objectionGranted" : "notification.msg.objectionRejected",
                "/agencies/" + e.agencyId() + "/objections/" + e.objectionId(), Notice.message(e.predikat().messageKey()),
                NotificationListeners.abbreviate(e.reason(), 300))));
    }

    @EventListener
    void on(CoachingPlanChanged e) {
        safely(e, () -> {
            List<Long> to = new ArrayList<>(List.of(e.employeeId()));
            if (e.mentorId() != null && e.status() == CoachingPlan.Status.ACTIVE) {
                to.add(e.mentorId());
            }
            for (Long id : to) {
                notifications.notify(Notice.of(e.agencyId(), id, NotificationKind.COACHING,
                        "notification.msg.coaching", "/agencies/" + e.agencyId() + "/coaching/" + e.coachingPlanId(),
                        name(e.agencyId(), e.employeeId()), Notice.message(e.status().messageKey())));
            }
        });
    }

    private String name(long agencyId, long employeeId) {
        Map<Long, Employee> people = employees.byIds(agencyId, Set.of(employeeId));
        return people.containsKey(employeeId) ? people.get(employeeId).displayName() : "";
    }

    private void safely(Object event, Runnable body) {
        try {
            nested.executeWithoutResult(status -> body.run());
        } catch (RuntimeException ex) {
            log.warn("No notification for {}: {}", event, ex.getMessage(), ex);
        }
    }
}
