package id.capaian.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TalentRulesTests {

    @ParameterizedTest(name = "{0} x {1} = box {2}")
    @CsvSource({ "DIATAS_EKSPEKTASI, LOW, 4", "DIATAS_EKSPEKTASI, MIDDLE, 7", "DIATAS_EKSPEKTASI, HIGH, 9",
            "SESUAI_EKSPEKTASI, LOW, 2", "SESUAI_EKSPEKTASI, MIDDLE, 5", "SESUAI_EKSPEKTASI, HIGH, 8",
            "DIBAWAH_EKSPEKTASI, LOW, 1", "DIBAWAH_EKSPEKTASI, MIDDLE, 3", "DIBAWAH_EKSPEKTASI, HIGH, 6" })
    void everyCellOfTheStandardNineBox(Rating performance, PotentialLevel potential, int box) {
        assertThat(NineBox.standard().box(performance, potential)).isEqualTo(box);
    }

    @Test
    void theNumberingIsData() {
        Map<Rating, Map<PotentialLevel, Integer>> m = new EnumMap<>(Rating.class);
        int n = 9;
        for (Rating r : Rating.values()) {
            Map<PotentialLevel, Integer> row = new EnumMap<>(PotentialLevel.class);
            for (PotentialLevel p : PotentialLevel.values()) {
                row.put(p, n--);
            }
            m.put(r, row);
        }
        assertThat(new NineBox(m).box(Rating.DIATAS_EKSPEKTASI, PotentialLevel.LOW)).isEqualTo(9);
        m.get(Rating.SESUAI_EKSPEKTASI).remove(PotentialLevel.HIGH);
        assertThatThrownBy(() -> new NineBox(m)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void performanceComesFromTheFinalPredikat() {
        assertThat(NineBox.performance(Predikat.SANGAT_BAIK)).isEqualTo(Rating.DIATAS_EKSPEKTASI);
        assertThat(NineBox.performance(Predikat.BAIK)).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(NineBox.performance(Predikat.BUTUH_PERBAIKAN)).isEqualTo(Rating.DIBAWAH_EKSPEKTASI);
        assertThat(NineBox.performance(Predikat.SANGAT_KURANG)).isEqualTo(Rating.DIBAWAH_EKSPEKTASI);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "0, LOW", "59.99, LOW", "60, MIDDLE", "79.99, MIDDLE", "80, HIGH", "100, HIGH" })
    void potentialLevelsFromTheThresholds(BigDecimal score, PotentialLevel level) {
        assertThat(PotentialLevel.of(score, BigDecimal.valueOf(60), BigDecimal.valueOf(80))).isEqualTo(level);
    }

    @Test
    void meritCriteriaAreScoredOpenly() {
        assertThat(MeritScore.performanceScore(List.of(Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BAIK)))
                .isEqualByComparingTo("83.33");
        assertThat(MeritScore.performanceScore(List.of())).isEqualByComparingTo("0");
        assertThat(MeritScore.competencyScore(2, 24)).isEqualByComparingTo("91.67");
        assertThat(MeritScore.competencyScore(0, 0)).isEqualByComparingTo("100");
        assertThat(MeritScore.competencyScore(30, 24)).isEqualByComparingTo("0");
        assertThat(MeritScore.trainingScore(12, 20)).isEqualByComparingTo("60");
        assertThat(MeritScore.trainingScore(45, 20)).isEqualByComparingTo("100");
        assertThat(MeritScore.qualificationScore("S2")).isEqualByComparingTo("90");
        assertThat(MeritScore.qualificationScore(null)).isEqualByComparingTo("30");
        MeritScore s = MeritScore.of(new BigDecimal("83.33"), new BigDecimal("91.67"), new BigDecimal("60"),
                new BigDecimal("90"), MeritScore.Weights.DEFAULT);
        // 83.33 x .40 + 91.67 x .30 + 60 x .15 + 90 x .15 = 33.332 + 27.501 + 9 + 13.5 = 83.333
        assertThat(s.total()).isEqualByComparingTo("83.33");
    }

    @Test
    void weightsAddUpToAHundred() {
        assertThatThrownBy(() -> new MeritScore.Weights(50, 30, 15, 15)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MeritScore.Weights.parse("40,30,15,15")).isEqualTo(MeritScore.Weights.DEFAULT);
        assertThat(MeritScore.Weights.DEFAULT.csv()).isEqualTo("40,30,15,15");
    }
}
