package id.capaian.talent;

import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import java.util.EnumMap;
import java.util.Map;

/**
 * The 9-box: performance (from the final annual predikat) against potential. The numbering is data (an agency may
 * use its own); the default is KemenPAN-RB's:
 * <pre>
 *                       low  middle  high
 * above expectation      4     7      9
 * as expected            2     5      8
 * below expectation      1     3      6
 * </pre>
 */
public final class NineBox {

    private final Map<Rating, Map<PotentialLevel, Integer>> numbering;

    public NineBox(Map<Rating, Map<PotentialLevel, Integer>> numbering) {
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                Integer box = numbering.getOrDefault(r, Map.of()).get(p);
                if (box == null || box < 1 || box > 9) {
                    throw new IllegalArgumentException("every cell needs a box 1-9: " + r + "/" + p);
                }
            }
        }
        this.numbering = numbering;
    }

    public static NineBox standard() {
        Map<Rating, Map<PotentialLevel, Integer>> m = new EnumMap<>(Rating.class);
        m.put(Rating.DIATAS_EKSPEKTASI, cells(4, 7, 9));
        m.put(Rating.SESUAI_EKSPEKTASI, cells(2, 5, 8));
        m.put(Rating.DIBAWAH_EKSPEKTASI, cells(1, 3, 6));
        return new NineBox(m);
    }

    private static Map<PotentialLevel, Integer> cells(int low, int middle, int high) {
        Map<PotentialLevel, Integer> m = new EnumMap<>(PotentialLevel.class);
        m.put(PotentialLevel.LOW, low);
        m.put(PotentialLevel.MIDDLE, middle);
        m.put(PotentialLevel.HIGH, high);
        return m;
    }

    /** The performance axis of a final predikat: Sangat Baik above, Baik as expected, the rest below. */
    public static Rating performance(Predikat predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> Rating.DIATAS_EKSPEKTASI;
            case BAIK -> Rating.SESUAI_EKSPEKTASI;
            default -> Rating.DIBAWAH_EKSPEKTASI;
        };
    }

    public int box(Rating performance, PotentialLevel potential) {
        return numbering.get(performance).get(potential);
    }

    public Map<Rating, Map<PotentialLevel, Integer>> numbering() {
        return numbering;
    }
}
