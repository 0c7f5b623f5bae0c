package id.capaian.tracking;

import java.time.Instant;
import java.util.List;

/**
 * A dashboard of units: the agency's (its top units, or the units the viewer heads) or one unit's (the unit itself
 * and each sub-unit). {@code unit} is null for the agency's; {@code path} leads from the top to the unit, each
 * step with whether the viewer may open it. {@code clock} is null when the agency has no period yet.
 *
 * @param computedAt when the figures were counted (they are kept per unit and added up along the tree), or null
 *        without a period (then only people are counted, live)
 * @param refreshSeconds the age after which the figures are counted again
 */
public record UnitBoard(MonitoringClock clock, TeamBoard.UnitRef unit, List<Step> path, List<UnitFigures> rows,
        Instant computedAt, long refreshSeconds) {

    public record Step(long id, String name, boolean open) {
    }
}
