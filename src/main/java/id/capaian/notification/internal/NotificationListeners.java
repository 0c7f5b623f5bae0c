package id.capaian.notification.internal;

import id.capaian.feedback.DialogueScheduled;
import id.capaian.feedback.FeedbackGiven;
import id.capaian.notification.Notice;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanApproved;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanReturned;
import id.capaian.planning.PlanSubmitted;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.tracking.EvidenceRequested;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications. The events are published inside the services'
 * transactions and handled synchronously, so a notification is stored with what it tells of, or not at all; the
 * e-mail goes out later ({@link NotificationMailer}).
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final NotificationManagement notifications;
    private final EmployeeManagement employees;
    private final PeriodManagement periods;
    private final PlanManagement plans;
    private final RealisationManagement realisations;
    private final TransactionTemplate nested;

    NotificationListeners(NotificationManagement notifications, EmployeeManagement employees, PeriodManagement periods,
            PlanManagement plans, RealisationManagement realisations, PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.notifications = notifications;
        this.employees = employees;
        this.periods = periods;
        this.plans = plans;
        this.realisations = realisations;
    }

    @EventListener
    void on(PlanSubmitted e) {
        safely(e, () -> {
            if (e.appraiserId() == null) {
                return;
            }
            notifications.notify(Notice.of(e.agencyId(), e.appraiserId(), NotificationKind.PLAN_SUBMITTED,
                    "notification.msg.planSubmitted", planLink(e.agencyId(), e.planId()), name(e.agencyId(), e.employeeId()),
                    year(e.agencyId(), e.periodId())));
        });
    }

    @EventListener
    void on(PlanApproved e) {
        safely(e, () -> {
            notifications.notify(Notice.of(e.agencyId(), e.employeeId(), NotificationKind.PLAN_APPROVED,
                    "notification.msg.planApproved", planLink(e.agencyId(), e.planId()), year(e.agencyId(), e.periodId())));
        });
    }

    @EventListener
    void on(PlanReturned e) {
        safely(e, () -> {
            notifications.notify(Notice.of(e.agencyId(), e.employeeId(), NotificationKind.PLAN_RETURNED,
                    "notification.msg.planReturned", planLink(e.agencyId(), e.planId()), year(e.agencyId(), e.periodId()),
                    abbreviate(e.reason(), 300)));
        });
    }

    @EventListener
    void on(EvidenceRequested e) {
        safely(e, () -> {
            Subject s = subject(e.agencyId(), e.realisationId());
            notifications.notify(Notice.of(e.agencyId(), e.employeeId(), NotificationKind.EVIDENCE_REQUESTED,
                    "notification.msg.evidenceRequested", feedbackLink(e.agencyId(), e.realisationId()), s.indicator(),
                    s.when(), s.appraiser()));
        });
    }

    /** A comment that asks for evidence is told by the {@link EvidenceRequested} it causes, not twice. */
    @EventListener
    void on(FeedbackGiven e) {
        safely(e, () -> {
            if (e.asksEvidence() || e.recipientEmployeeId() == null || e.recipientEmployeeId() == e.authorEmployeeId()) {
                return;
            }
            Subject s = subject(e.agencyId(), e.realisationId());
            notifications.notify(Notice.of(e.agencyId(), e.recipientEmployeeId(), NotificationKind.FEEDBACK,
                    e.reply() ? "notification.msg.feedbackReply" : "notification.msg.feedback",
                    feedbackLink(e.agencyId(), e.realisationId()), name(e.agencyId(), e.authorEmployeeId()), s.indicator(), s.when()));
        });
    }

    @EventListener
    void on(DialogueScheduled e) {
        safely(e, () -> {
            Set<Long> everyone = new LinkedHashSet<>();
            everyone.add(e.appraiserId());
            everyone.addAll(e.participantIds());
            if (e.scheduledByEmployeeId() != null) {
                everyone.remove(e.scheduledByEmployeeId());
            }
            String by = e.scheduledByEmployeeId() == null ? "" : name(e.agencyId(), e.scheduledByEmployeeId());
            String where = e.place() != null ? e.place() : e.onlineLink();
            for (Long id : everyone) {
                notifications.notify(Notice.of(e.agencyId(), id, NotificationKind.DIALOGUE_SCHEDULED,
                        e.rescheduled() ? "notification.msg.dialogueRescheduled" : "notification.msg.dialogueScheduled",
                        "/agencies/" + e.agencyId() + "/dialogues/" + e.dialogueId(), by, Notice.dateTime(e.scheduledAt()),
                        where == null ? "" : where));
            }
        });
    }

    /**
     * Runs a listener in a nested transaction (a savepoint in the caller's): a notification that cannot be made is
     * logged and rolled back on its own, and never undoes the plan, comment or dialogue it tells of.
     */
    private void safely(Object event, Runnable body) {
        try {
            nested.executeWithoutResult(status -> body.run());
        } catch (RuntimeException ex) {
            log.warn("No notification for {}: {}", event, ex.getMessage(), ex);
        }
    }

    // ---------------------------------------------------------------- details

    /** The indicator of a realisation, its month or quarter, and the appraiser's name. */
    private record Subject(String indicator, Object when, String appraiser) {
    }

    private Subject subject(long agencyId, long realisationId) {
        Actor system = Actor.system();
        Realisation r = realisations.get(system, agencyId, realisationId);
        Plan plan = plans.get(system, agencyId, r.planId());
        Period period = periods.get(system, agencyId, plan.periodId());
        String indicator = plan.results().stream().flatMap(x -> x.indicators().stream())
                .filter(i -> i.id() == r.indicatorId()).map(i -> i.name()).findFirst().orElse("");
        return new Subject(abbreviate(indicator, 200), subPeriod(period, r.subPeriod()),
                plan.appraiserName() == null ? "" : plan.appraiserName());
    }

    /** A month or a quarter as a typed argument (written in the reader's language). */
    static Object subPeriod(Period period, int subPeriod) {
        return period.scheme() == SubPeriodScheme.QUARTERLY ? Notice.quarter(period.year(), subPeriod)
                : Notice.month(period.year(), subPeriod);
    }

    private String name(long agencyId, long employeeId) {
        Map<Long, Employee> people = employees.byIds(agencyId, Set.of(employeeId));
        return people.containsKey(employeeId) ? people.get(employeeId).displayName() : "";
    }

    private int year(long agencyId, long periodId) {
        return periods.get(Actor.system(), agencyId, periodId).year();
    }

    static String planLink(long agencyId, long planId) {
        return "/agencies/" + agencyId + "/plans/" + planId;
    }

    static String feedbackLink(long agencyId, long realisationId) {
        return "/agencies/" + agencyId + "/realisations/" + realisationId + "/feedback";
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
