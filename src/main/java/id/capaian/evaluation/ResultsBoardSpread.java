package id.capaian.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many final annual predikats of each kind a group of employees has (only final ones: a predikat still open to
 * calibration is never counted here), with the share of each in percent.
 */
public record ResultsBoardSpread(Map<Predikat, Integer> counts) {

    public ResultsBoardSpread {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            m.put(p, counts == null ? 0 : counts.getOrDefault(p, 0));
        }
        counts = Collections.unmodifiableMap(m);
    }

    public static ResultsBoardSpread empty() {
        return new ResultsBoardSpread(Map.of());
    }

    /** This spread with {@code n} more of {@code p}. */
    public ResultsBoardSpread plus(Predikat p, int n) {
        Map<Predikat, Integer> m = new EnumMap<>(counts);
        m.merge(p, n, Integer::sum);
        return new ResultsBoardSpread(m);
    }

    public ResultsBoardSpread plus(ResultsBoardSpread other) {
        Map<Predikat, Integer> m = new EnumMap<>(counts);
        other.counts.forEach((p, n) -> m.merge(p, n, Integer::sum));
        return new ResultsBoardSpread(m);
    }

    public int count(Predikat p) {
        return counts.get(p);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of {@code p} in percent with one decimal (0 for an empty spread). */
    public BigDecimal percent(Predikat p) {
        int total = total();
        return total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(100L * count(p)).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** Those below expectation, who follow a coaching plan (pembinaan): shown only as this number. */
    public int inCoaching() {
        return counts.entrySet().stream().filter(e -> e.getKey().needsCoaching()).mapToInt(Map.Entry::getValue).sum();
    }

    /** The predikats in their order, for templates. */
    public List<Predikat> predikats() {
        return List.of(Predikat.values());
    }
}
