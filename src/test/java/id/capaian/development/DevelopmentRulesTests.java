package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevelopmentRulesTests {

    @Test
    void gapsAgainstThePositionStandard() {
        CompetencyGap below = new CompetencyGap(1, "KOMUNIKASI", "Komunikasi", CompetencyKind.MANAJERIAL, 3, 2);
        assertThat(below.gap()).isEqualTo(1);
        assertThat(below.met()).isFalse();
        assertThat(below.rule()).isEqualTo("development.gap.below");
        CompetencyGap above = new CompetencyGap(1, "KOMUNIKASI", "Komunikasi", CompetencyKind.MANAJERIAL, 3, 4);
        assertThat(above.gap()).isZero();
        assertThat(above.met()).isTrue();
        CompetencyGap unassessed = new CompetencyGap(1, "KOMUNIKASI", "Komunikasi", CompetencyKind.MANAJERIAL, 3, null);
        assertThat(unassessed.assessed()).isFalse();
        assertThat(unassessed.met()).isFalse();
        assertThat(unassessed.rule()).isEqualTo("development.gap.unassessed");
    }

    @Test
    void twentyJpAYear() {
        assertThat(new JpCompliance(20, 20).met()).isTrue();
        JpCompliance behind = new JpCompliance(12, 20);
        assertThat(behind.met()).isFalse();
        assertThat(behind.shortfall()).isEqualTo(8);
        assertThat(behind.percent()).isEqualTo(60);
        assertThat(new JpCompliance(45, 20).percent()).isEqualTo(100);
        assertThat(new JpCompliance(0, 0).met()).isTrue();
        assertThatThrownBy(() -> new JpCompliance(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
