package id.capaian.evaluation;

/**
 * DRAFT: started (e.g. 360 input asked for) but not rated; RATED: the appraiser rated it, an annual evaluation
 * still waits for its unit's distribution check and finalising; FINAL: in force, open to objection for a while.
 */
public enum EvaluationStatus {
    DRAFT, RATED, FINAL;

    public String messageKey() {
        return "evaluation.status." + name();
    }
}
