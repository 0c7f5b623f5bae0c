package id.capaian.development;

/** A mentoring pair is active until it ends with its outcome. */
public enum MentoringStatus {
    ACTIVE, ENDED;

    public String messageKey() {
        return "development.mentoring.status." + name();
    }
}
