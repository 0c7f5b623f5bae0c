package id.capaian.notification;

/** What a notification is about; preferences are chosen per kind. */
public enum NotificationKind {
    /** To the employee: the appraiser returned the plan with a reason. */
    PLAN_RETURNED,
    /** To the appraiser: a plan waits for their decision. */
    PLAN_SUBMITTED,
    /** To the employee: the plan was approved (set). */
    PLAN_APPROVED,
    /** To the other party: a comment on a realisation. */
    FEEDBACK,
    /** To the employee: the appraiser asked for more evidence for a realisation. */
    EVIDENCE_REQUESTED,
    /** To employees with missing realisations: the entry deadline of the sub-period is near. */
    DEADLINE_APPROACHING,
    /** To employees with missing realisations after the deadline, and a summary to their appraisers. */
    DEADLINE_MISSED,
    /** To employees whose plan is not yet approved: the period's plan deadline is near or passed. */
    PLAN_DEADLINE,
    /** To everyone in a dialogue but the one who scheduled it: a dialogue was scheduled or moved. */
    DIALOGUE_SCHEDULED,
    /** To the employee: an evaluation (periodic or annual) is final, with its predikat and the objection window. */
    EVALUATION_FINALISED,
    /** To a peer or subordinate: please give your (anonymous) input on a colleague's behaviour. */
    PEER_INPUT_REQUESTED,
    /** To the appraiser's superior: an objection waits for a decision; to the employee: it was decided. */
    OBJECTION,
    /** To the employee and the mentor: a coaching plan was proposed, changed or closed. */
    COACHING,
    /** To the employee and their appraiser: a citizen's compliment or complaint about the service given. */
    CITIZEN_FEEDBACK
}
