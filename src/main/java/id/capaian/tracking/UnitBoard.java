package id.capaian.tracking;

import java.util.List;

/**
 * A dashboard of units: the agency's (its top units, or the units the viewer heads) or one unit's (the unit itself
 * and each sub-unit). {@code unit} is null for the agency's; {@code path} leads from the top to the unit, each
 * step with whether the viewer may open it. {@code clock} is null when the agency has no period yet.
 */
public record UnitBoard(MonitoringClock clock, TeamBoard.UnitRef unit, List<Step> path, List<UnitFigures> rows) {

    public record Step(long id, String name, boolean open) {
    }
}
