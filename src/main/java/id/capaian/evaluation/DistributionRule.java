package id.capaian.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One rule of the distribution curve for a unit grade, kept as data: at most / at least a percentage of the unit's
 * employees, or at least a number of them, have one of {@code predikats}. Percentages are compared exactly
 * (count x 100 against percent x total), so no rounding decides a borderline unit.
 */
public record DistributionRule(UnitGrade grade, Set<Predikat> predikats, Kind kind, BigDecimal value) {

    public enum Kind { MAX_PERCENT, MIN_PERCENT, MIN_COUNT }

    public DistributionRule {
        predikats = Set.copyOf(predikats);
        if (predikats.isEmpty() || value == null || value.signum() < 0) {
            throw new IllegalArgumentException("a rule needs predikats and a value");
        }
    }

    /** The outcome of this rule for a spread of predikats. */
    public Outcome check(Map<Predikat, Integer> spread) {
        int total = spread.values().stream().mapToInt(Integer::intValue).sum();
        int count = predikats.stream().mapToInt(p -> spread.getOrDefault(p, 0)).sum();
        BigDecimal hundredCount = BigDecimal.valueOf(100L * count);
        BigDecimal limit = value.multiply(BigDecimal.valueOf(total));
        boolean ok = switch (kind) {
            case MAX_PERCENT -> hundredCount.compareTo(limit) <= 0;
            case MIN_PERCENT -> hundredCount.compareTo(limit) >= 0;
            case MIN_COUNT -> BigDecimal.valueOf(count).compareTo(value) >= 0;
        };
        // how many employees the rule allows (max) or needs (min) in this unit
        int bound = switch (kind) {
            case MAX_PERCENT -> limit.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.FLOOR).intValue();
            case MIN_PERCENT -> limit.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).intValue();
            case MIN_COUNT -> value.setScale(0, java.math.RoundingMode.CEILING).intValue();
        };
        return new Outcome(this, ok, count, total, bound);
    }

    /** The message key of the rule's text ({@code evaluation.curve.MAX_PERCENT} and so on). */
    public String messageKey() {
        return "evaluation.curve." + kind.name();
    }

    /**
     * @param count employees with one of the rule's predikats
     * @param total employees in the unit
     * @param bound the most allowed (MAX_PERCENT) or the fewest needed (MIN_*) in this unit, in people
     */
    public record Outcome(DistributionRule rule, boolean satisfied, int count, int total, int bound) {
        public BigDecimal percent() {
            return total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    public static Map<Predikat, Integer> emptySpread() {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            m.put(p, 0);
        }
        return m;
    }
}
