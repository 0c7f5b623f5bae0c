package id.capaian.evaluation;

/** A rating of results or of behaviour against expectation (PermenPAN-RB 6/2022). */
public enum Rating {
    DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DIBAWAH_EKSPEKTASI;

    public String messageKey() {
        return "evaluation.rating." + name();
    }
}
