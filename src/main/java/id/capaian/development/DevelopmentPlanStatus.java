package id.capaian.development;

/** Where an individual development plan stands: proposed (being edited), agreed in a dialogue, completed, cancelled. */
public enum DevelopmentPlanStatus {
    PROPOSED, AGREED, COMPLETED, CANCELLED;

    public String messageKey() {
        return "development.plan.status." + name();
    }
}
