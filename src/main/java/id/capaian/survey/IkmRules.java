package id.capaian.survey;

import id.capaian.platform.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers of the IKM that the regulation may change, kept as data with the defaults of PermenPAN-RB 14/2017:
 * the relative weight of each element (the weight of element i is {@code weights[i] / sum(weights)}, so the default
 * of 1 each gives exactly 1/9) and the lowest converted value (25..100, two decimals) of grades A, B and C; below
 * C is D.
 *
 * <pre>
 * IKM             NRR               mutu  kinerja unit
 * 88.31 - 100.00  3.5324 - 4.00     A     Sangat Baik
 * 76.61 - 88.30   3.0644 - 3.532    B     Baik
 * 65.00 - 76.60   2.60   - 3.064    C     Kurang Baik
 * 25.00 - 64.99   1.00   - 2.5996   D     Tidak Baik
 * </pre>
 *
 * The NRR intervals are the IKM intervals divided by 25, so both tables always agree.
 */
public record IkmRules(List<BigDecimal> weights, BigDecimal minA, BigDecimal minB, BigDecimal minC) {

    public static final BigDecimal LOWEST = new BigDecimal("25.00");
    public static final BigDecimal HIGHEST = new BigDecimal("100.00");
    static final BigDecimal CENT = new BigDecimal("0.01");
    static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    private static final IkmRules DEFAULTS = new IkmRules(Collections.nCopies(Element.COUNT, BigDecimal.ONE),
            new BigDecimal("88.31"), new BigDecimal("76.61"), new BigDecimal("65.00"));

    public IkmRules {
        List<Problem> problems = check(weights, minA, minB, minC);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid IKM rules: " + problems);
        }
        weights = List.copyOf(weights);
        minA = minA.setScale(2);
        minB = minB.setScale(2);
        minC = minC.setScale(2);
    }

    /** PermenPAN-RB 14/2017: equal weights (1/9 each), A from 88.31, B from 76.61, C from 65.00. */
    public static IkmRules defaults() {
        return DEFAULTS;
    }

    /**
     * What is wrong with these numbers, as translated problems (field {@code w1}..{@code w9}, {@code minA},
     * {@code minB}, {@code minC}); empty when they make valid rules.
     */
    public static List<Problem> check(List<BigDecimal> weights, BigDecimal minA, BigDecimal minB, BigDecimal minC) {
        List<Problem> problems = new ArrayList<>();
        if (weights == null || weights.size() != Element.COUNT) {
            problems.add(Problem.of("weights", "survey.rules.error.weightCount", Element.COUNT));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < weights.size(); i++) {
                BigDecimal w = weights.get(i);
                if (w == null) {
                    problems.add(Problem.of("w" + (i + 1), "validation.required"));
                } else if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 3) {
                    problems.add(Problem.of("w" + (i + 1), "survey.rules.error.weight"));
                } else {
                    sum = sum.add(w);
                }
            }
            if (problems.isEmpty() && sum.signum() == 0) {
                problems.add(Problem.of("weights", "survey.rules.error.weightSum"));
            }
        }
        String[] names = {"minA", "minB", "minC"};
        BigDecimal[] mins = {minA, minB, minC};
        boolean bandsOk = true;
        for (int i = 0; i < mins.length; i++) {
            if (mins[i] == null) {
                problems.add(Problem.of(names[i], "validation.required"));
                bandsOk = false;
            } else if (mins[i].stripTrailingZeros().scale() > 2 || mins[i].compareTo(LOWEST) <= 0
                    || mins[i].compareTo(HIGHEST) > 0) {
                problems.add(Problem.of(names[i], "survey.rules.error.band"));
                bandsOk = false;
            }
        }
        if (bandsOk && !(minC.compareTo(minB) < 0 && minB.compareTo(minA) < 0)) {
            problems.add(Problem.of("minB", "survey.rules.error.bandOrder"));
        }
        return problems;
    }

    public BigDecimal weightSum() {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The relative weight of an element as entered (1 by default). */
    public BigDecimal relativeWeight(Element e) {
        return weights.get(e.ordinal());
    }

    /** The weight of an element to four decimals, for display (1/9 = 0.1111). */
    public BigDecimal weight(Element e) {
        return relativeWeight(e).divide(weightSum(), 4, RoundingMode.HALF_UP);
    }

    public boolean equalWeights() {
        return weights.stream().allMatch(w -> w.compareTo(weights.get(0)) == 0);
    }

    /** The grade of a converted value (an IKM, or an element's NRR x 25) rounded to two decimals. */
    public Grade grade(BigDecimal converted) {
        BigDecimal v = converted.setScale(2, RoundingMode.HALF_UP);
        if (v.compareTo(minA) >= 0) {
            return Grade.A;
        }
        if (v.compareTo(minB) >= 0) {
            return Grade.B;
        }
        return v.compareTo(minC) >= 0 ? Grade.C : Grade.D;
    }

    /** The lowest IKM of a grade (25.00 for D). */
    public BigDecimal lowest(Grade g) {
        return switch (g) {
            case A -> minA;
            case B -> minB;
            case C -> minC;
            case D -> LOWEST;
        };
    }

    /** The highest IKM of a grade (100.00 for A; otherwise one cent below the next grade). */
    public BigDecimal highest(Grade g) {
        return switch (g) {
            case A -> HIGHEST;
            case B -> minA.subtract(CENT);
            case C -> minB.subtract(CENT);
            case D -> minC.subtract(CENT);
        };
    }

    /** The NRR interval of a grade: the IKM interval divided by 25, to four decimals (stripped as the table shows it). */
    public BigDecimal lowestNrr(Grade g) {
        return lowest(g).divide(TWENTY_FIVE, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public BigDecimal highestNrr(Grade g) {
        return highest(g).divide(TWENTY_FIVE, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public boolean isDefault() {
        return equalWeights() && minA.compareTo(DEFAULTS.minA) == 0 && minB.compareTo(DEFAULTS.minB) == 0
                && minC.compareTo(DEFAULTS.minC) == 0;
    }
}
