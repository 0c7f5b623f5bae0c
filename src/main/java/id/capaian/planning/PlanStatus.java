package id.capaian.planning;

/** Where an SKP stands: drafted, submitted to the appraiser, approved (set), or returned with a reason. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
