package id.capaian.evaluation;

/** The performance grade (predikat kinerja) from the matrix of result and behaviour ratings. */
public enum Predikat {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    public String messageKey() {
        return "evaluation.predikat." + name();
    }

    /** Below expectation: the predikats that start a coaching plan (pembinaan). */
    public boolean needsCoaching() {
        return this == BUTUH_PERBAIKAN || this == KURANG || this == SANGAT_KURANG;
    }
}
