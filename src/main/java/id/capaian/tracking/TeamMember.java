package id.capaian.tracking;

import id.capaian.planning.PlanStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * One appraisee on the team dashboard: their plan of the period (if any), how many indicators of the approved plan
 * have a realisation in the current sub-period, the average achievement of those, the indicators that lag, and the
 * realisations still waiting for the appraiser's review.
 */
public record TeamMember(long employeeId, String name, String nip, String unitName, String positionName, Long planId,
        PlanStatus planStatus, int indicators, int entered, BigDecimal averageAchievement, int pendingReviews,
        List<Lag> lagging) {

    /** An indicator behind its way to the target, with why. */
    public record Lag(long indicatorId, String name, String unit, Trajectory trajectory) {
    }

    public boolean approved() {
        return planStatus == PlanStatus.APPROVED;
    }
}
