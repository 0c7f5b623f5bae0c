package id.capaian.tracking;

import java.util.List;

/**
 * The appraiser's team at a glance in the current period and sub-period ({@code clock} is null when the agency
 * has no period yet), and the units the appraiser heads, whose dashboards they may open.
 */
public record TeamBoard(MonitoringClock clock, List<TeamMember> members, List<UnitRef> headedUnits) {

    /** A unit by id and name. */
    public record UnitRef(long id, String name) {
    }

    public int indicators() {
        return members.stream().mapToInt(TeamMember::indicators).sum();
    }

    public int entered() {
        return members.stream().mapToInt(TeamMember::entered).sum();
    }

    public int lagging() {
        return members.stream().mapToInt(m -> m.lagging().size()).sum();
    }

    public int pendingReviews() {
        return members.stream().mapToInt(TeamMember::pendingReviews).sum();
    }
}
