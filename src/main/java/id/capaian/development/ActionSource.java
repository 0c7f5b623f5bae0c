package id.capaian.development;

/**
 * Where a development action came from: a competency below the position standard, a result (RHK) rated below
 * expectation in the latest final evaluation, an open (or unsuccessful) coaching plan, or added by hand.
 */
public enum ActionSource {
    COMPETENCY_GAP, PERFORMANCE_GAP, COACHING, OTHER;

    public String messageKey() {
        return "development.action.source." + name();
    }
}
