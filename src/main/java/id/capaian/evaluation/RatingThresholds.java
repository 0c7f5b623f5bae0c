package id.capaian.evaluation;

import java.math.BigDecimal;

/**
 * When an RHK's achievement suggests a rating: at or above {@code above} percent "above expectation", below
 * {@code below} percent "below expectation", in between "as expected". The regulation sets no numbers; these are
 * an agency's setting (defaults 110 and 80), and the appraiser always decides.
 */
public record RatingThresholds(BigDecimal above, BigDecimal below) {

    public static final RatingThresholds DEFAULT = new RatingThresholds(BigDecimal.valueOf(110), BigDecimal.valueOf(80));

    public RatingThresholds {
        if (above == null || below == null || below.compareTo(above) > 0) {
            throw new IllegalArgumentException("below must not exceed above");
        }
    }
}
