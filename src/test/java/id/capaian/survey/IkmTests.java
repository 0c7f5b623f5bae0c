package id.capaian.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IKM of PermenPAN-RB 14/2017 against cases worked out by hand, rounding included, and at every grade boundary.
 * With equal weights IKM = 25 x (all answers added up) / (9 x respondents); the boundary cases pick totals for
 * which that quotient is exactly x.xx5, the point where half-up rounding decides the grade.
 */
class IkmTests {

    static final IkmRules RULES = IkmRules.defaults();

    static long[] all(long sum) {
        long[] sums = new long[9];
        Arrays.fill(sums, sum);
        return sums;
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void fourRespondentsWorkedOutByHand() {
        // U1..U9 of each respondent; the rows add up to 32, 28, 33 and 26 points, 119 in all
        Ikm ikm = Ikm.of(List.of(
                new int[] {4, 4, 3, 4, 3, 4, 4, 3, 3},
                new int[] {3, 3, 3, 4, 3, 3, 4, 3, 2},
                new int[] {4, 3, 4, 4, 4, 4, 4, 3, 3},
                new int[] {3, 3, 2, 4, 3, 3, 3, 3, 2}), RULES);

        assertThat(ikm.respondents()).isEqualTo(4);
        assertThat(ikm.totalPoints()).isEqualTo(119);
        assertThat(ikm.elements()).extracting(Ikm.ElementScore::sum).containsExactly(14L, 13L, 12L, 16L, 13L, 14L, 15L, 12L, 10L);
        // NRR = sum / 4
        assertThat(ikm.elements()).extracting(Ikm.ElementScore::nrr).containsExactly(d("3.5000"), d("3.2500"), d("3.0000"),
                d("4.0000"), d("3.2500"), d("3.5000"), d("3.7500"), d("3.0000"), d("2.5000"));
        // weight 1/9 = 0.1111; weighted NRR = NRR / 9: 3.5 / 9 = 0.38888.. -> 0.3889
        assertThat(ikm.score(Element.PERSYARATAN).weight()).isEqualTo(d("0.1111"));
        assertThat(ikm.score(Element.PERSYARATAN).weightedNrr()).isEqualTo(d("0.3889"));
        assertThat(ikm.score(Element.BIAYA).weightedNrr()).isEqualTo(d("0.4444"));
        assertThat(ikm.score(Element.PENGADUAN).weightedNrr()).isEqualTo(d("0.2778"));
        // sum of the weighted NRR = 119 / 36 = 3.305555.. ; IKM = 25 x 119 / 36 = 82.6388.. -> 82.64, grade B
        assertThat(ikm.weightedSum()).isEqualTo(d("3.305556"));
        assertThat(ikm.averageNrr()).isEqualTo(d("3.3056"));
        assertThat(ikm.index()).isEqualTo(d("82.64"));
        assertThat(ikm.grade()).isEqualTo(Grade.B);
        // each element's converted value NRR x 25 and its grade
        assertThat(ikm.elements()).extracting(Ikm.ElementScore::converted).containsExactly(d("87.50"), d("81.25"), d("75.00"),
                d("100.00"), d("81.25"), d("87.50"), d("93.75"), d("75.00"), d("62.50"));
        assertThat(ikm.elements()).extracting(Ikm.ElementScore::grade).containsExactly(Grade.B, Grade.B, Grade.C, Grade.A,
                Grade.B, Grade.B, Grade.A, Grade.C, Grade.D);
        assertThat(ikm.weakest().element()).isEqualTo(Element.PENGADUAN);
    }

    @Test
    void theIndexIsNeverComputedFromRoundedFigures() {
        // 3 respondents, 10 points on every element: NRR 10 / 3 = 3.3333.., weighted 3.3333.. / 9 = 0.3704;
        // IKM = 25 x 90 / 27 = 83.3333.. -> 83.33. From rounded figures it would be 83.25 (NRR 3.33 x 25) or
        // 83.34 (9 x 0.3704 x 25): both wrong.
        Ikm ikm = Ikm.compute(3, all(10), RULES);
        assertThat(ikm.score(Element.PROSEDUR).nrr()).isEqualTo(d("3.3333"));
        assertThat(ikm.score(Element.PROSEDUR).weightedNrr()).isEqualTo(d("0.3704"));
        assertThat(ikm.weightedSum()).isEqualTo(d("3.333333"));
        assertThat(ikm.index()).isEqualTo(d("83.33"));
        assertThat(ikm.grade()).isEqualTo(Grade.B);
        // one element apart: 25 x 100 / 27 = 92.5925.. -> 92.59
        long[] sums = {12, 11, 11, 11, 11, 11, 11, 11, 11};
        Ikm other = Ikm.compute(3, sums, RULES);
        assertThat(other.totalPoints()).isEqualTo(100);
        assertThat(other.score(Element.PERSYARATAN).nrr()).isEqualTo(d("4.0000"));
        assertThat(other.score(Element.PROSEDUR).weightedNrr()).isEqualTo(d("0.4074"));
        assertThat(other.weightedSum()).isEqualTo(d("3.703704"));
        assertThat(other.index()).isEqualTo(d("92.59"));
        assertThat(other.grade()).isEqualTo(Grade.A);
    }

    /**
     * 5000 respondents: IKM = 25 x total / 45000 = total / 1800. Each row names the total (spread over the nine
     * elements) and the IKM and grade worked out by hand.
     */
    @ParameterizedTest(name = "total {0} -> IKM {1} ({2})")
    @CsvSource({
            // 158949 / 1800 = 88.305 exactly: half up to 88.31, the lowest A
            "158949, 88.31, A",
            // 158948 / 1800 = 88.30444..: 88.30, the highest B
            "158948, 88.30, B",
            // 137889 / 1800 = 76.605 exactly: 76.61, the lowest B
            "137889, 76.61, B",
            // 137888 / 1800 = 76.60444..: 76.60, the highest C
            "137888, 76.60, C",
            // 116991 / 1800 = 64.995 exactly: 65.00, the lowest C
            "116991, 65.00, C",
            // 116990 / 1800 = 64.99444..: 64.99, the highest D
            "116990, 64.99, D",
            // every answer 4: 180000 / 1800 = 100.00
            "180000, 100.00, A",
            // every answer 1: 45000 / 1800 = 25.00
            "45000, 25.00, D"
    })
    void gradeBoundaries(long total, String expected, Grade grade) {
        long[] sums = all(total / 9);
        sums[8] += total - 9 * (total / 9); // the remainder on the last element
        Ikm ikm = Ikm.compute(5000, sums, RULES);
        assertThat(ikm.totalPoints()).isEqualTo(total);
        assertThat(ikm.index()).isEqualTo(d(expected));
        assertThat(ikm.grade()).isEqualTo(grade);
    }

    @Test
    void elementGradesUseTheSameIntervalsOnNrrTimes25() {
        // NRR 17661 / 5000 = 3.5322 (between the table's 3.532 and 3.5324); x 25 = 88.305 -> 88.31: A
        Ikm a = Ikm.compute(5000, all(17661), RULES);
        assertThat(a.score(Element.WAKTU).nrr()).isEqualTo(d("3.5322"));
        assertThat(a.score(Element.WAKTU).converted()).isEqualTo(d("88.31"));
        assertThat(a.score(Element.WAKTU).grade()).isEqualTo(Grade.A);
        // NRR 17660 / 5000 = 3.532; x 25 = 88.30: B
        Ikm b = Ikm.compute(5000, all(17660), RULES);
        assertThat(b.score(Element.WAKTU).nrr()).isEqualTo(d("3.5320"));
        assertThat(b.score(Element.WAKTU).grade()).isEqualTo(Grade.B);
        // NRR 2.6 exactly: 65.00, C; 12999 / 5000 = 2.5998: 64.995 -> 65.00, C; 12998 / 5000 = 2.5996: 64.99, D
        assertThat(Ikm.compute(5, all(13), RULES).score(Element.BIAYA).grade()).isEqualTo(Grade.C);
        assertThat(Ikm.compute(5000, all(12999), RULES).score(Element.BIAYA).grade()).isEqualTo(Grade.C);
        assertThat(Ikm.compute(5000, all(12998), RULES).score(Element.BIAYA).grade()).isEqualTo(Grade.D);
    }

    @Test
    void oneRespondent() {
        Ikm ikm = Ikm.of(List.<int[]>of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 3}), RULES);
        // 35 points: 25 x 35 / 9 = 97.2222.. -> 97.22
        assertThat(ikm.index()).isEqualTo(d("97.22"));
        assertThat(ikm.grade()).isEqualTo(Grade.A);
        assertThat(ikm.score(Element.PENGADUAN).nrr()).isEqualTo(d("3.0000"));
    }

    @Test
    void weightsAreData() {
        // persyaratan counts twice: weights 2/10 and 1/10; two respondents answered 4 on U1 and 1 elsewhere
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(9, BigDecimal.ONE));
        weights.set(0, BigDecimal.valueOf(2));
        IkmRules rules = new IkmRules(weights, d("88.31"), d("76.61"), d("65.00"));
        long[] sums = all(2);
        sums[0] = 8;
        Ikm ikm = Ikm.compute(2, sums, rules);
        // (2 x 8 + 8 x 2) / (10 x 2) = 32 / 20 = 1.6; x 25 = 40.00
        assertThat(ikm.score(Element.PERSYARATAN).weight()).isEqualTo(d("0.2000"));
        assertThat(ikm.score(Element.PROSEDUR).weight()).isEqualTo(d("0.1000"));
        assertThat(ikm.score(Element.PERSYARATAN).weightedNrr()).isEqualTo(d("0.8000"));
        assertThat(ikm.weightedSum()).isEqualTo(d("1.600000"));
        assertThat(ikm.index()).isEqualTo(d("40.00"));
        assertThat(ikm.grade()).isEqualTo(Grade.D);
        assertThat(rules.equalWeights()).isFalse();
        assertThat(rules.isDefault()).isFalse();
        // with equal weights the same answers give 25 x 24 / 18 = 33.33
        assertThat(Ikm.compute(2, sums, RULES).index()).isEqualTo(d("33.33"));
    }

    @Test
    void theIntervalsOfTheRegulation() {
        assertThat(RULES.isDefault()).isTrue();
        assertThat(RULES.weight(Element.SARANA)).isEqualTo(d("0.1111"));
        assertThat(RULES.lowest(Grade.A)).isEqualTo(d("88.31"));
        assertThat(RULES.highest(Grade.A)).isEqualTo(d("100.00"));
        assertThat(RULES.lowest(Grade.B)).isEqualTo(d("76.61"));
        assertThat(RULES.highest(Grade.B)).isEqualTo(d("88.30"));
        assertThat(RULES.lowest(Grade.C)).isEqualTo(d("65.00"));
        assertThat(RULES.highest(Grade.C)).isEqualTo(d("76.60"));
        assertThat(RULES.lowest(Grade.D)).isEqualTo(d("25.00"));
        assertThat(RULES.highest(Grade.D)).isEqualTo(d("64.99"));
        // NRR: 3.5324 - 4.00, 3.0644 - 3.532, 2.60 - 3.064, 1.00 - 2.5996
        assertThat(RULES.lowestNrr(Grade.A)).isEqualByComparingTo("3.5324");
        assertThat(RULES.highestNrr(Grade.A)).isEqualByComparingTo("4.00");
        assertThat(RULES.lowestNrr(Grade.B)).isEqualByComparingTo("3.0644");
        assertThat(RULES.highestNrr(Grade.B)).isEqualByComparingTo("3.532");
        assertThat(RULES.lowestNrr(Grade.C)).isEqualByComparingTo("2.60");
        assertThat(RULES.highestNrr(Grade.C)).isEqualByComparingTo("3.064");
        assertThat(RULES.lowestNrr(Grade.D)).isEqualByComparingTo("1.00");
        assertThat(RULES.highestNrr(Grade.D)).isEqualByComparingTo("2.5996");
        // the grade of a value with more decimals is that of the value rounded to two
        assertThat(RULES.grade(d("88.305"))).isEqualTo(Grade.A);
        assertThat(RULES.grade(d("88.3049"))).isEqualTo(Grade.B);
        assertThat(RULES.grade(d("25"))).isEqualTo(Grade.D);
    }

    @Test
    void movedBandsMoveTheGrade() {
        IkmRules strict = new IkmRules(Collections.nCopies(9, BigDecimal.ONE), d("90"), d("80"), d("70"));
        assertThat(strict.grade(d("89.99"))).isEqualTo(Grade.B);
        assertThat(strict.grade(d("90.00"))).isEqualTo(Grade.A);
        assertThat(strict.grade(d("69.99"))).isEqualTo(Grade.D);
        assertThat(Ikm.compute(4, all(14), strict).index()).isEqualTo(d("87.50"));
        assertThat(Ikm.compute(4, all(14), strict).grade()).isEqualTo(Grade.B);
        assertThat(Ikm.compute(4, all(14), RULES).grade()).isEqualTo(Grade.B);
    }

    @Test
    void impossibleInputIsRefused() {
        assertThatThrownBy(() -> Ikm.compute(0, all(0), RULES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ikm.compute(2, all(9), RULES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ikm.compute(2, all(1), RULES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ikm.compute(2, new long[8], RULES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ikm.of(List.<int[]>of(new int[] {5, 4, 4, 4, 4, 4, 4, 4, 4}), RULES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ikm.of(List.<int[]>of(new int[] {4, 4}), RULES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesAreChecked() {
        List<BigDecimal> ones = Collections.nCopies(9, BigDecimal.ONE);
        assertThat(IkmRules.check(ones, d("88.31"), d("76.61"), d("65.00"))).isEmpty();
        assertThat(IkmRules.check(ones.subList(0, 8), d("88.31"), d("76.61"), d("65.00")))
                .extracting(p -> p.code()).containsExactly("survey.rules.error.weightCount");
        assertThat(IkmRules.check(Collections.nCopies(9, BigDecimal.ZERO), d("88.31"), d("76.61"), d("65.00")))
                .extracting(p -> p.code()).containsExactly("survey.rules.error.weightSum");
        List<BigDecimal> negative = new ArrayList<>(ones);
        negative.set(3, d("-1"));
        assertThat(IkmRules.check(negative, d("88.31"), d("76.61"), d("65.00")))
                .extracting(p -> p.field()).containsExactly("w4");
        assertThat(IkmRules.check(ones, d("76.61"), d("88.31"), d("65.00")))
                .extracting(p -> p.code()).containsExactly("survey.rules.error.bandOrder");
        assertThat(IkmRules.check(ones, d("100.01"), d("76.61"), d("25.00")))
                .extracting(p -> p.field()).containsExactly("minA", "minC");
        assertThat(IkmRules.check(ones, d("88.315"), d("76.61"), null))
                .extracting(p -> p.field()).containsExactly("minA", "minC");
        assertThatThrownBy(() -> new IkmRules(ones, d("70"), d("80"), d("60"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periods() {
        IkmPeriod q3 = IkmPeriod.containing(IkmPeriod.Kind.QUARTER, LocalDate.of(2026, 8, 17));
        assertThat(q3).isEqualTo(IkmPeriod.quarter(2026, 3));
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.code()).isEqualTo("2026-Q3");
        assertThat(q3.numberLabel()).isEqualTo("III");
        assertThat(IkmPeriod.containing(IkmPeriod.Kind.SEMESTER, LocalDate.of(2026, 6, 30)).code()).isEqualTo("2026-S1");
        assertThat(IkmPeriod.containing(IkmPeriod.Kind.SEMESTER, LocalDate.of(2026, 7, 1)).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(IkmPeriod.month(2028, 2).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(IkmPeriod.year(2026).contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(IkmPeriod.year(2026).contains(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(IkmPeriod.ofYear(IkmPeriod.Kind.MONTH, 2026)).hasSize(12).last().isEqualTo(IkmPeriod.month(2026, 12));
        for (IkmPeriod.Kind kind : IkmPeriod.Kind.values()) {
            for (IkmPeriod p : IkmPeriod.ofYear(kind, 2026)) {
                assertThat(IkmPeriod.parse(p.code())).isEqualTo(p);
            }
        }
        assertThat(IkmPeriod.parse("2026-Q5")).isNull();
        assertThat(IkmPeriod.parse("2026-M13")).isNull();
        assertThat(IkmPeriod.parse("kemarin")).isNull();
        assertThatThrownBy(() -> new IkmPeriod(IkmPeriod.Kind.SEMESTER, 2026, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void respondentProfileCodes() {
        assertThat(Respondent.AgeBand.parse("34")).contains(Respondent.AgeBand.FROM_30);
        assertThat(Respondent.AgeBand.parse("60+")).contains(Respondent.AgeBand.FROM_60);
        assertThat(Respondent.AgeBand.parse("<20")).contains(Respondent.AgeBand.UNDER_20);
        assertThat(Respondent.AgeBand.parse("5")).isEmpty();
        assertThat(Respondent.Sex.parse("perempuan")).contains(Respondent.Sex.P);
        assertThat(Respondent.Education.parse("d3")).contains(Respondent.Education.DIPLOMA);
        assertThat(Respondent.Education.parse("S1")).contains(Respondent.Education.S1);
        assertThat(Respondent.Occupation.parse("wirausaha")).contains(Respondent.Occupation.WIRAUSAHA);
        assertThat(Respondent.Occupation.parse("petani")).isEmpty();
    }
}
