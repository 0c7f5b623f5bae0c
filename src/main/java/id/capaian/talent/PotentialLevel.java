package id.capaian.talent;

import java.math.BigDecimal;

/** The potential axis of the 9-box: low, middle or high, from a 0-100 score and the agency's thresholds. */
public enum PotentialLevel {
    LOW, MIDDLE, HIGH;

    public static PotentialLevel of(BigDecimal score, BigDecimal middleFrom, BigDecimal highFrom) {
        if (score.compareTo(highFrom) >= 0) {
            return HIGH;
        }
        return score.compareTo(middleFrom) >= 0 ? MIDDLE : LOW;
    }

    public String messageKey() {
        return "talent.potential." + name();
    }
}
