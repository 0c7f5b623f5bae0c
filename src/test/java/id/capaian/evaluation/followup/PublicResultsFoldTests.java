package id.capaian.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.PublicResults;
import id.capaian.evaluation.ResultsBoardSpread;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which groups the public page hides: small ones, and enough others that no subtraction reveals a small one. */
class PublicResultsFoldTests {

    @Test
    void groupsOfAtLeastTheMinimumAreShown() {
        assertThat(PublicResults.fold(new int[] {5, 12, 40}, 5)).containsExactly(false, false, false);
        assertThat(PublicResults.fold(new int[] {}, 5)).isEmpty();
    }

    @Test
    void smallGroupsThatTogetherReachTheMinimumAreHiddenTogether() {
        assertThat(PublicResults.fold(new int[] {2, 30, 3}, 5)).containsExactly(true, false, true);
        assertThat(PublicResults.fold(new int[] {4, 4, 9}, 5)).containsExactly(true, true, false);
    }

    @Test
    void aLoneSmallGroupTakesTheSmallestShownGroupWithIt() {
        // 2 alone could be worked out as the total minus the others: the 6 is hidden with it, not the 30
        assertThat(PublicResults.fold(new int[] {30, 2, 6}, 5)).containsExactly(false, true, true);
        // a tie takes the first
        assertThat(PublicResults.fold(new int[] {7, 1, 7}, 5)).containsExactly(true, true, false);
        // one small and one large: both hidden
        assertThat(PublicResults.fold(new int[] {2, 5}, 5)).containsExactly(true, true);
    }

    @Test
    void aWholeBelowTheMinimumHidesEverythingAndEmptyGroupsAreNeverHidden() {
        assertThat(PublicResults.fold(new int[] {1, 3}, 5)).containsExactly(true, true);
        assertThat(PublicResults.fold(new int[] {0, 12}, 5)).containsExactly(false, false);
        assertThat(PublicResults.fold(new int[] {0, 2, 12}, 5)).containsExactly(false, true, true);
    }

    @Test
    void theSpreadCountsAndGivesSharesWithOneDecimal() {
        ResultsBoardSpread s = new ResultsBoardSpread(Map.of(Predikat.BAIK, 2, Predikat.SANGAT_BAIK, 1))
                .plus(Predikat.BUTUH_PERBAIKAN, 3);
        assertThat(s.total()).isEqualTo(6);
        assertThat(s.percent(Predikat.BAIK)).isEqualByComparingTo("33.3");
        assertThat(s.percent(Predikat.KURANG)).isEqualByComparingTo("0");
        assertThat(s.inCoaching()).isEqualTo(3);
        assertThat(ResultsBoardSpread.empty().percent(Predikat.BAIK)).isEqualByComparingTo("0");
    }
}
