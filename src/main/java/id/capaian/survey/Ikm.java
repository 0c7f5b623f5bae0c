package id.capaian.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The IKM (indeks kepuasan masyarakat) of a set of responses, computed as PermenPAN-RB 14/2017 defines it:
 *
 * <pre>
 * NRR per element      = sum of the element's answers / respondents
 * weighted NRR         = NRR x weight (1/9 by default)
 * IKM                  = sum of the weighted NRR x 25            (25 .. 100)
 * grade                = the interval of {@link IkmRules} the IKM falls in
 * </pre>
 *
 * <p>Rounding: nothing is rounded on the way. With equal weights the IKM is exactly
 * {@code 25 x (all answers added up) / (9 x respondents)}; in general {@code 25 x sum(w_i x sum_i) / (sum(w) x
 * respondents)}. Each shown figure is that exact value rounded once, half up: the IKM (and each element's converted
 * value NRR x 25) to 2 decimals, as published; NRR, weights and weighted NRR to 4 decimals (the precision of the
 * regulation's NRR intervals); the sum of the weighted NRR to 6 decimals. The grade is read from the IKM as
 * published, rounded to 2 decimals, so 88.305 is shown as 88.31 and graded A. Summing the rounded weighted NRR
 * shown in a table may differ from the IKM in the last decimal; the IKM is never computed from rounded figures.
 *
 * @param respondents how many responses were counted
 * @param totalPoints all answers of all respondents added up (9 x respondents .. 36 x respondents)
 * @param weightedSum sum of the weighted NRR, to 6 decimals (the IKM before x 25)
 * @param index the IKM, 25.00 .. 100.00
 */
public record Ikm(int respondents, List<ElementScore> elements, long totalPoints, BigDecimal weightedSum,
        BigDecimal index, Grade grade, IkmRules rules) {

    /**
     * One element: the sum of its answers, its NRR, its weight, the weighted NRR, its converted value (NRR x 25) and
     * the grade of that value.
     */
    public record ElementScore(Element element, long sum, BigDecimal nrr, BigDecimal relativeWeight, BigDecimal weight,
            BigDecimal weightedNrr, BigDecimal converted, Grade grade) {
    }

    public Ikm {
        elements = List.copyOf(elements);
    }

    /**
     * The IKM of {@code respondents} responses whose answers add up to {@code sums[i]} for element i (in
     * {@link Element} order).
     *
     * @throws IllegalArgumentException without respondents, or with a sum no set of 1..4 answers could give
     */
    public static Ikm compute(int respondents, long[] sums, IkmRules rules) {
        if (respondents < 1) {
            throw new IllegalArgumentException("an IKM needs at least one respondent");
        }
        if (sums == null || sums.length != Element.COUNT) {
            throw new IllegalArgumentException("one sum per element is needed");
        }
        BigDecimal n = BigDecimal.valueOf(respondents);
        BigDecimal weightSum = rules.weightSum();
        BigDecimal denominator = weightSum.multiply(n);
        BigDecimal numerator = BigDecimal.ZERO;
        long total = 0;
        List<ElementScore> scores = new ArrayList<>(Element.COUNT);
        for (Element e : Element.values()) {
            long sum = sums[e.ordinal()];
            if (sum < respondents || sum > 4L * respondents) {
                throw new IllegalArgumentException(e + ": a sum of " + sum + " is impossible for " + respondents + " respondents");
            }
            total += sum;
            BigDecimal s = BigDecimal.valueOf(sum);
            BigDecimal r = rules.relativeWeight(e);
            numerator = numerator.add(r.multiply(s));
            BigDecimal converted = IkmRules.TWENTY_FIVE.multiply(s).divide(n, 2, RoundingMode.HALF_UP);
            scores.add(new ElementScore(e, sum, s.divide(n, 4, RoundingMode.HALF_UP), r, rules.weight(e),
                    r.multiply(s).divide(denominator, 4, RoundingMode.HALF_UP), converted, rules.grade(converted)));
        }
        BigDecimal weighted = numerator.divide(denominator, 6, RoundingMode.HALF_UP);
        BigDecimal index = IkmRules.TWENTY_FIVE.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
        return new Ikm(respondents, scores, total, weighted, index, rules.grade(index), rules);
    }

    /** The IKM of single responses, each with its nine answers (1..4) in {@link Element} order. */
    public static Ikm of(List<int[]> responses, IkmRules rules) {
        long[] sums = new long[Element.COUNT];
        for (int[] answers : responses) {
            if (answers.length != Element.COUNT) {
                throw new IllegalArgumentException("nine answers per response are needed");
            }
            for (int i = 0; i < Element.COUNT; i++) {
                if (answers[i] < 1 || answers[i] > 4) {
                    throw new IllegalArgumentException("answers are 1..4, not " + answers[i]);
                }
                sums[i] += answers[i];
            }
        }
        return compute(responses.size(), sums, rules);
    }

    public ElementScore score(Element e) {
        return elements.get(e.ordinal());
    }

    /** 9 x respondents: what {@link #totalPoints()} is divided by in the formula with equal weights. */
    public long denominatorForEqualWeights() {
        return (long) Element.COUNT * respondents;
    }

    /** The average of the nine NRR (equal weights), to 4 decimals: what 25 multiplies. */
    public BigDecimal averageNrr() {
        return BigDecimal.valueOf(totalPoints).divide(BigDecimal.valueOf(denominatorForEqualWeights()), 4, RoundingMode.HALF_UP);
    }

    /** The element with the lowest NRR (the first of equals): where the unit should improve first. */
    public ElementScore weakest() {
        ElementScore low = elements.get(0);
        for (ElementScore s : elements) {
            if (s.sum() < low.sum()) {
                low = s;
            }
        }
        return low;
    }
}
