package id.capaian.development;

import java.util.List;

/**
 * JP compliance of an agency ({@code unit} null: one row per top-level unit) or of one unit (its own people, then
 * one row per sub-unit with everything below it) in a year: how many met the target, the average JP, who is behind
 * and by how much (the largest shortfall first, at most {@code behindLimit} of {@code total.behind()} listed), and
 * the certificates waiting for verification.
 */
public record JpBoard(long agencyId, int year, int target, Crumb unit, List<Crumb> path, JpUnitRow total,
        List<JpUnitRow> rows, List<JpBehind> behind, int behindLimit) {

    /** A unit on the way from the agency down to the board's unit. */
    public record Crumb(long id, String code, String name) {
    }

    /** Whether the behind list holds everyone behind. */
    public boolean behindComplete() {
        return behind.size() >= total.behind();
    }
}
