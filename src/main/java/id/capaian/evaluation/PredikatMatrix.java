package id.capaian.evaluation;

/**
 * The predikat matrix of PermenPAN-RB 6/2022: rows are the result rating, columns the behaviour rating.
 * <pre>
 *                      behaviour above   as expected      below
 * results above        SANGAT_BAIK       BAIK             KURANG (misconduct)
 * results as expected  BAIK              BAIK             KURANG (misconduct)
 * results below        BUTUH_PERBAIKAN   BUTUH_PERBAIKAN  SANGAT_KURANG
 * </pre>
 */
public final class PredikatMatrix {

    private PredikatMatrix() {
    }

    public static Predikat of(Rating results, Rating behaviour) {
        if (results == null || behaviour == null) {
            throw new IllegalArgumentException("both ratings are needed");
        }
        return switch (results) {
            case DIATAS_EKSPEKTASI -> switch (behaviour) {
                case DIATAS_EKSPEKTASI -> Predikat.SANGAT_BAIK;
                case SESUAI_EKSPEKTASI -> Predikat.BAIK;
                case DIBAWAH_EKSPEKTASI -> Predikat.KURANG;
            };
            case SESUAI_EKSPEKTASI -> switch (behaviour) {
                case DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI -> Predikat.BAIK;
                case DIBAWAH_EKSPEKTASI -> Predikat.KURANG;
            };
            case DIBAWAH_EKSPEKTASI -> switch (behaviour) {
                case DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI -> Predikat.BUTUH_PERBAIKAN;
                case DIBAWAH_EKSPEKTASI -> Predikat.SANGAT_KURANG;
            };
        };
    }
}
