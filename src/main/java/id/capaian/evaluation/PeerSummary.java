package id.capaian.evaluation;

import id.capaian.planning.BerakhlakValue;
import java.util.List;
import java.util.Map;

/**
 * 360 input on one evaluation, as aggregates only: how many were asked and answered, and, when at least
 * {@code minimum} answered, the count of each rating per BerAKHLAK value and the comments in no particular order.
 * Below the minimum nothing but the counts of invitations is shown, so that no single answer can be recognised.
 */
public record PeerSummary(int invited, int answered, int minimum, Map<BerakhlakValue, Map<Rating, Integer>> counts,
        List<String> comments) {

    public boolean shown() {
        return answered >= minimum;
    }
}
