package id.capaian.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Functional credit points (angka kredit): the predikat's percentage times the JF level's annual coefficient,
 * pro rata for a part-year period (months / 12). Ahli Pertama (12.5) with SANGAT_BAIK (150%) over a whole year
 * earns 18.75; over 4 months, 6.25. Both tables are data an administrator may change.
 */
public final class CreditPoints {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private CreditPoints() {
    }

    public static Explained<BigDecimal> of(BigDecimal percent, BigDecimal coefficient, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("months must be 1..12");
        }
        BigDecimal points = percent.multiply(coefficient).multiply(BigDecimal.valueOf(months))
                .divide(HUNDRED.multiply(TWELVE), 3, RoundingMode.HALF_UP);
        return new Explained<>(points, "evaluation.rule.credit", plain(percent), plain(coefficient), months, plain(points));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
