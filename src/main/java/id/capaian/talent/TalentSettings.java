package id.capaian.talent;

import id.capaian.evaluation.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An agency's talent rules, all data an administrator may change: the potential score from which a person counts as
 * middle and as high, the boxes that form the talent pool, the weights of the merit criteria for new proposals, and
 * the 9-box numbering ({@code customNumbering} when the agency has its own instead of the KemenPAN-RB default).
 */
public record TalentSettings(long agencyId, BigDecimal potentialMiddle, BigDecimal potentialHigh, List<Integer> poolBoxes,
        MeritScore.Weights weights, NineBox numbering, boolean customNumbering, int version) {

    public static final BigDecimal DEFAULT_MIDDLE = BigDecimal.valueOf(60);
    public static final BigDecimal DEFAULT_HIGH = BigDecimal.valueOf(80);
    public static final List<Integer> DEFAULT_POOL = List.of(7, 8, 9);

    public PotentialLevel level(BigDecimal score) {
        return PotentialLevel.of(score, potentialMiddle, potentialHigh);
    }

    public int box(Rating performance, PotentialLevel potential) {
        return numbering.box(performance, potential);
    }

    public boolean inPool(int box) {
        return poolBoxes.contains(box);
    }

    /** "7, 8, 9". */
    public String poolText() {
        return poolBoxes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The message key that names the numbering in use. */
    public String numberingKey() {
        return customNumbering ? "talent.numbering.custom" : "talent.numbering.default";
    }

    /** The rows of the grid from top (above expectation) to bottom, as the page draws them. */
    public static List<Rating> rows() {
        return List.of(Rating.DIATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI);
    }

    /** The columns from left (low potential) to right. */
    public static List<PotentialLevel> columns() {
        return List.of(PotentialLevel.LOW, PotentialLevel.MIDDLE, PotentialLevel.HIGH);
    }

    /** The form field name of one cell of the numbering. */
    public static String cell(Rating performance, PotentialLevel potential) {
        return performance.name() + "_" + potential.name();
    }
}
