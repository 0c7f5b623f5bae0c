package id.capaian.evaluation;

/** The unit's organisational grade (predikat kinerja organisasi), set by its leader; it selects the curve. */
public enum UnitGrade {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    public String messageKey() {
        return "evaluation.grade." + name();
    }

    /**
     * For JPT and unit heads the unit's organisational result is their own result rating: an outstanding unit
     * means results above expectation, a good one as expected, anything lower below.
     */
    public Rating headResultRating() {
        return switch (this) {
            case ISTIMEWA -> Rating.DIATAS_EKSPEKTASI;
            case BAIK -> Rating.SESUAI_EKSPEKTASI;
            default -> Rating.DIBAWAH_EKSPEKTASI;
        };
    }
}
