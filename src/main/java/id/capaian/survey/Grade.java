package id.capaian.survey;

/**
 * The quality grade (mutu pelayanan) of an IKM and the unit's performance it stands for (kinerja unit pelayanan):
 * A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik. The intervals are data: {@link IkmRules}.
 */
public enum Grade {
    A, B, C, D;

    /** "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik". */
    public String performanceKey() {
        return "survey.grade." + name();
    }
}
