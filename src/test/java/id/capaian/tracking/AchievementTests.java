package id.capaian.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.planning.Direction;
import id.capaian.planning.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AchievementTests {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0}: target {1}, realised {2} -> {3}%")
    @CsvSource({
            "HIGHER, 95, 95, 100.00",
            "HIGHER, 95, 90.25, 95.00",
            "HIGHER, 1200, 1500, 125.00",   // above target counts above 100
            "HIGHER, 3, 1, 33.33",
            "LOWER, 1, 1, 100.00",          // one-day turnaround met
            "LOWER, 2, 1, 150.00",          // faster than planned
            "LOWER, 2, 3, 50.00",           // (2 - (3 - 2)) / 2
            "LOWER, 2, 5, 0.00",            // never below zero
            "EXACT, 100, 100, 100.00",
            "EXACT, 100, 90, 90.00",
            "EXACT, 100, 110, 90.00",
            "EXACT, 10, 25, 0.00"
    })
    void followsTheDirection(Direction direction, String target, String realised, String percent) {
        Achievement a = Achievement.of(Target.number(d(target), "x"), direction, d(realised));
        assertThat(a.percent()).isEqualByComparingTo(percent);
        assertThat(a.rule()).isEqualTo("achievement.rule." + direction.name().toLowerCase());
        assertThat(a.args()).containsExactly(d(realised).stripTrailingZeros().toPlainString(), d(target).stripTrailingZeros().toPlainString());
    }

    @Test
    void aRangeIsMetAnywhereInsideIt() {
        Target range = Target.range(d("80"), d("90"), "%");
        assertThat(Achievement.of(range, Direction.EXACT, d("85")).percent()).isEqualByComparingTo("100");
        assertThat(Achievement.of(range, Direction.EXACT, d("85")).rule()).isEqualTo("achievement.rule.withinRange");
        Achievement below = Achievement.of(range, Direction.EXACT, d("72"));
        assertThat(below.percent()).isEqualByComparingTo("90.00"); // 72 / 80
        assertThat(below.rule()).isEqualTo("achievement.rule.outsideRange");
        assertThat(Achievement.of(range, Direction.EXACT, d("99")).percent()).isEqualByComparingTo("90.00"); // (90 - 9) / 90
    }

    @Test
    void qualitativeAndMissingValuesHaveNoPercentButAReason() {
        assertThat(Achievement.of(Target.text("Laporan lengkap"), Direction.EXACT, null).percent()).isNull();
        assertThat(Achievement.of(Target.text("Laporan lengkap"), Direction.EXACT, null).rule()).isEqualTo("achievement.rule.qualitative");
        assertThat(Achievement.of(Target.number(d("5"), "x"), Direction.HIGHER, null).rule()).isEqualTo("achievement.rule.noRealisation");
    }

    @Test
    void aZeroTargetIsMetByZero() {
        assertThat(Achievement.of(Target.number(d("0"), "kasus"), Direction.LOWER, d("0")).percent()).isEqualByComparingTo("100");
        assertThat(Achievement.of(Target.number(d("0"), "kasus"), Direction.LOWER, d("2")).percent()).isEqualByComparingTo("0");
    }
}
