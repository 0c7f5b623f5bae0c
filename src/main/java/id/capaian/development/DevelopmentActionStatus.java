package id.capaian.development;

/** A development action is planned, done, or dropped (with the reason). */
public enum DevelopmentActionStatus {
    PLANNED, DONE, DROPPED;

    public String messageKey() {
        return "development.action.status." + name();
    }

    public boolean closed() {
        return this != PLANNED;
    }
}
