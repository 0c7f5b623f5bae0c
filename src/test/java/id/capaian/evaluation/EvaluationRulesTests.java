package id.capaian.evaluation;

import static id.capaian.evaluation.Predikat.BAIK;
import static id.capaian.evaluation.Predikat.BUTUH_PERBAIKAN;
import static id.capaian.evaluation.Predikat.KURANG;
import static id.capaian.evaluation.Predikat.SANGAT_BAIK;
import static id.capaian.evaluation.Predikat.SANGAT_KURANG;
import static id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI;
import static id.capaian.evaluation.Rating.DIBAWAH_EKSPEKTASI;
import static id.capaian.evaluation.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.ResultRatingRule.RatedResult;
import id.capaian.planning.ResultKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EvaluationRulesTests {

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "DIATAS_EKSPEKTASI, DIATAS_EKSPEKTASI, SANGAT_BAIK",
            "DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "DIATAS_EKSPEKTASI, DIBAWAH_EKSPEKTASI, KURANG",
            "SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, BAIK",
            "SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "SESUAI_EKSPEKTASI, DIBAWAH_EKSPEKTASI, KURANG",
            "DIBAWAH_EKSPEKTASI, DIATAS_EKSPEKTASI, BUTUH_PERBAIKAN",
            "DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
            "DIBAWAH_EKSPEKTASI, DIBAWAH_EKSPEKTASI, SANGAT_KURANG" })
    void everyCellOfThePredikatMatrix(Rating results, Rating behaviour, Predikat expected) {
        assertThat(PredikatMatrix.of(results, behaviour)).isEqualTo(expected);
    }

    @Test
    void theMatrixNeedsBothRatings() {
        assertThatThrownBy(() -> PredikatMatrix.of(null, SESUAI_EKSPEKTASI)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}% -> {1}")
    @CsvSource({ "150, DIATAS_EKSPEKTASI, evaluation.rule.result.above", "110, DIATAS_EKSPEKTASI, evaluation.rule.result.above",
            "109.99, SESUAI_EKSPEKTASI, evaluation.rule.result.asExpected", "80, SESUAI_EKSPEKTASI, evaluation.rule.result.asExpected",
            "79.99, DIBAWAH_EKSPEKTASI, evaluation.rule.result.below", "0, DIBAWAH_EKSPEKTASI, evaluation.rule.result.below" })
    void anRhkIsSuggestedFromItsAchievementAndTheThresholds(BigDecimal achievement, Rating expected, String rule) {
        Explained<Rating> s = ResultRatingRule.forResult(achievement, RatingThresholds.DEFAULT);
        assertThat(s.value()).isEqualTo(expected);
        assertThat(s.rule()).isEqualTo(rule);
        assertThat(s.args()[0]).isEqualTo(achievement.stripTrailingZeros().toPlainString());
    }

    @Test
    void thresholdsAreTheAgencysSetting() {
        RatingThresholds strict = new RatingThresholds(BigDecimal.valueOf(120), BigDecimal.valueOf(95));
        assertThat(ResultRatingRule.forResult(BigDecimal.valueOf(115), strict).value()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(ResultRatingRule.forResult(BigDecimal.valueOf(90), strict).value()).isEqualTo(DIBAWAH_EKSPEKTASI);
        assertThat(ResultRatingRule.forResult(null, strict).value()).isNull();
        assertThatThrownBy(() -> new RatingThresholds(BigDecimal.ONE, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RatedResult main(Rating r) {
        return new RatedResult(ResultKind.UTAMA, r);
    }

    private static RatedResult extra(Rating r) {
        return new RatedResult(ResultKind.TAMBAHAN, r);
    }

    @Test
    void mostAboveAndNoMainBelowIsAbove() {
        assertThat(ResultRatingRule.overall(List.of(main(DIATAS_EKSPEKTASI), main(DIATAS_EKSPEKTASI), main(SESUAI_EKSPEKTASI))).value())
                .isEqualTo(DIATAS_EKSPEKTASI);
        // a main result below keeps it at "as expected", with its own rule
        Explained<Rating> s = ResultRatingRule.overall(List.of(main(DIATAS_EKSPEKTASI), main(DIATAS_EKSPEKTASI),
                main(DIATAS_EKSPEKTASI), main(DIBAWAH_EKSPEKTASI)));
        assertThat(s.value()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(s.rule()).isEqualTo("evaluation.rule.overall.aboveButMainBelow");
        // an additional result below does not
        assertThat(ResultRatingRule.overall(List.of(main(DIATAS_EKSPEKTASI), main(DIATAS_EKSPEKTASI),
                main(DIATAS_EKSPEKTASI), extra(DIBAWAH_EKSPEKTASI))).value()).isEqualTo(DIATAS_EKSPEKTASI);
    }

    @Test
    void mostBelowIsBelowAndHalfIsNotMost() {
        assertThat(ResultRatingRule.overall(List.of(main(DIBAWAH_EKSPEKTASI), main(DIBAWAH_EKSPEKTASI), main(DIATAS_EKSPEKTASI))).value())
                .isEqualTo(DIBAWAH_EKSPEKTASI);
        assertThat(ResultRatingRule.overall(List.of(main(DIBAWAH_EKSPEKTASI), main(SESUAI_EKSPEKTASI))).value())
                .isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(ResultRatingRule.overall(List.of(main(DIATAS_EKSPEKTASI), main(SESUAI_EKSPEKTASI))).value())
                .isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(ResultRatingRule.overall(List.of(main(null))).value()).isNull();
    }

    @Test
    void behaviourOverTheSevenValues() {
        List<Rating> values = new ArrayList<>(List.of(DIATAS_EKSPEKTASI, DIATAS_EKSPEKTASI, DIATAS_EKSPEKTASI,
                DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
        assertThat(ResultRatingRule.behaviour(values).value()).isEqualTo(DIATAS_EKSPEKTASI);
        values.set(6, DIBAWAH_EKSPEKTASI);
        assertThat(ResultRatingRule.behaviour(values).value()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(ResultRatingRule.behaviour(List.of(DIBAWAH_EKSPEKTASI, DIBAWAH_EKSPEKTASI, DIBAWAH_EKSPEKTASI,
                DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI)).value()).isEqualTo(DIBAWAH_EKSPEKTASI);
    }

    // ---------------------------------------------------------------- the curve, with the default rules of V11

    static final List<DistributionRule> RULES = List.of(
            rule(UnitGrade.ISTIMEWA, Set.of(SANGAT_BAIK), DistributionRule.Kind.MAX_PERCENT, 70),
            rule(UnitGrade.BAIK, Set.of(BAIK), DistributionRule.Kind.MAX_PERCENT, 70),
            rule(UnitGrade.BAIK, Set.of(BUTUH_PERBAIKAN, KURANG), DistributionRule.Kind.MIN_COUNT, 1),
            rule(UnitGrade.BUTUH_PERBAIKAN, Set.of(BUTUH_PERBAIKAN), DistributionRule.Kind.MIN_PERCENT, 60),
            rule(UnitGrade.BUTUH_PERBAIKAN, Set.of(SANGAT_BAIK), DistributionRule.Kind.MAX_PERCENT, 10),
            rule(UnitGrade.KURANG, Set.of(KURANG), DistributionRule.Kind.MIN_PERCENT, 60),
            rule(UnitGrade.KURANG, Set.of(BUTUH_PERBAIKAN), DistributionRule.Kind.MIN_PERCENT, 10),
            rule(UnitGrade.KURANG, Set.of(SANGAT_BAIK), DistributionRule.Kind.MAX_PERCENT, 10),
            rule(UnitGrade.SANGAT_KURANG, Set.of(SANGAT_KURANG), DistributionRule.Kind.MIN_PERCENT, 60),
            rule(UnitGrade.SANGAT_KURANG, Set.of(KURANG, BUTUH_PERBAIKAN), DistributionRule.Kind.MIN_PERCENT, 10),
            rule(UnitGrade.SANGAT_KURANG, Set.of(SANGAT_BAIK), DistributionRule.Kind.MAX_PERCENT, 0));

    static DistributionRule rule(UnitGrade g, Set<Predikat> p, DistributionRule.Kind k, int v) {
        return new DistributionRule(g, p, k, BigDecimal.valueOf(v));
    }

    static Map<Predikat, Integer> spread(int sb, int b, int bp, int k, int sk) {
        Map<Predikat, Integer> m = DistributionRule.emptySpread();
        m.put(SANGAT_BAIK, sb);
        m.put(BAIK, b);
        m.put(BUTUH_PERBAIKAN, bp);
        m.put(KURANG, k);
        m.put(SANGAT_KURANG, sk);
        return m;
    }

    @Test
    void istimewaAllowsAtMostSeventyPercentSangatBaik() {
        assertThat(DistributionCheck.of(UnitGrade.ISTIMEWA, spread(7, 3, 0, 0, 0), RULES).fits()).isTrue();
        DistributionCheck over = DistributionCheck.of(UnitGrade.ISTIMEWA, spread(8, 2, 0, 0, 0), RULES);
        assertThat(over.fits()).isFalse();
        assertThat(over.broken()).singleElement().satisfies(o -> {
            assertThat(o.count()).isEqualTo(8);
            assertThat(o.bound()).isEqualTo(7);
            assertThat(o.percent()).isEqualByComparingTo("80.0");
        });
        // 2 of 3 is 66.7%: fits; exactly 70% of 10 fits (no rounding decides)
        assertThat(DistributionCheck.of(UnitGrade.ISTIMEWA, spread(2, 1, 0, 0, 0), RULES).fits()).isTrue();
    }

    @Test
    void baikNeedsOneBelowExpectationAndAtMostSeventyPercentBaik() {
        assertThat(DistributionCheck.of(UnitGrade.BAIK, spread(2, 7, 1, 0, 0), RULES).fits()).isTrue();
        assertThat(DistributionCheck.of(UnitGrade.BAIK, spread(2, 7, 0, 1, 0), RULES).fits()).isTrue();
        DistributionCheck noneBelow = DistributionCheck.of(UnitGrade.BAIK, spread(3, 7, 0, 0, 0), RULES);
        assertThat(noneBelow.broken()).singleElement().satisfies(o -> {
            assertThat(o.rule().kind()).isEqualTo(DistributionRule.Kind.MIN_COUNT);
            assertThat(o.bound()).isEqualTo(1);
        });
        // SANGAT_KURANG does not count as the one below expectation
        assertThat(DistributionCheck.of(UnitGrade.BAIK, spread(2, 7, 0, 0, 1), RULES).fits()).isFalse();
        assertThat(DistributionCheck.of(UnitGrade.BAIK, spread(1, 8, 1, 0, 0), RULES).broken()).hasSize(1);
    }

    @Test
    void butuhPerbaikanNeedsSixtyPercentAndAtMostTenPercentSangatBaik() {
        assertThat(DistributionCheck.of(UnitGrade.BUTUH_PERBAIKAN, spread(1, 3, 6, 0, 0), RULES).fits()).isTrue();
        assertThat(DistributionCheck.of(UnitGrade.BUTUH_PERBAIKAN, spread(1, 4, 5, 0, 0), RULES).broken()).hasSize(1);
        assertThat(DistributionCheck.of(UnitGrade.BUTUH_PERBAIKAN, spread(2, 2, 6, 0, 0), RULES).broken()).hasSize(1);
    }

    @Test
    void kurangAndSangatKurang() {
        assertThat(DistributionCheck.of(UnitGrade.KURANG, spread(1, 2, 1, 6, 0), RULES).fits()).isTrue();
        assertThat(DistributionCheck.of(UnitGrade.KURANG, spread(1, 3, 0, 6, 0), RULES).broken()).hasSize(1);
        assertThat(DistributionCheck.of(UnitGrade.SANGAT_KURANG, spread(0, 3, 0, 1, 6), RULES).fits()).isTrue();
        assertThat(DistributionCheck.of(UnitGrade.SANGAT_KURANG, spread(1, 2, 0, 1, 6), RULES).broken())
                .singleElement().satisfies(o -> assertThat(o.bound()).isZero());
        // 10% of 7 people is 0.7: one person is needed
        DistributionCheck small = DistributionCheck.of(UnitGrade.SANGAT_KURANG, spread(0, 2, 0, 0, 5), RULES);
        assertThat(small.broken()).singleElement().satisfies(o -> assertThat(o.bound()).isEqualTo(1));
    }

    @Test
    void onlyTheRulesOfTheGradeApply() {
        DistributionCheck c = DistributionCheck.of(UnitGrade.ISTIMEWA, spread(0, 0, 0, 0, 10), RULES);
        assertThat(c.outcomes()).hasSize(1);
        assertThat(c.fits()).isTrue();
        assertThat(c.total()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}% x {1} x {2}/12 = {3}")
    @CsvSource({ "150, 12.5, 12, 18.750", "100, 12.5, 12, 12.500", "75, 25, 12, 18.750", "50, 37.5, 12, 18.750",
            "25, 50, 12, 12.500", "150, 12.5, 4, 6.250", "100, 3.75, 6, 1.875", "150, 5, 1, 0.625", "75, 12.5, 7, 5.469" })
    void creditPointsIncludingPartYears(BigDecimal percent, BigDecimal coefficient, int months, BigDecimal expected) {
        Explained<BigDecimal> c = CreditPoints.of(percent, coefficient, months);
        assertThat(c.value()).isEqualByComparingTo(expected);
        assertThat(c.rule()).isEqualTo("evaluation.rule.credit");
    }

    @Test
    void creditPointsRefuseImpossibleMonths() {
        assertThatThrownBy(() -> CreditPoints.of(BigDecimal.TEN, BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditPoints.of(BigDecimal.TEN, BigDecimal.ONE, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitHeadsTakeTheUnitsGradeAsTheirResult() {
        assertThat(UnitGrade.ISTIMEWA.headResultRating()).isEqualTo(DIATAS_EKSPEKTASI);
        assertThat(UnitGrade.BAIK.headResultRating()).isEqualTo(SESUAI_EKSPEKTASI);
        assertThat(UnitGrade.KURANG.headResultRating()).isEqualTo(DIBAWAH_EKSPEKTASI);
        assertThat(Predikat.BUTUH_PERBAIKAN.needsCoaching()).isTrue();
        assertThat(Predikat.BAIK.needsCoaching()).isFalse();
    }
}
