package id.capaian.tracking;

import java.math.BigDecimal;

/**
 * The figures of one unit (with its sub-units, unless {@code own}: then only the people placed in the unit itself)
 * in the current period and sub-period.
 *
 * @param entryRate indicators of approved plans with a realisation in the sub-period, in percent of all of them
 * @param averageAchievement the mean achievement of the indicators with a percentage, or null when none has one
 */
public record UnitFigures(long unitId, String name, boolean own, boolean hasChildren, int employees, int plans,
        int approvedPlans, int indicators, int entered, BigDecimal entryRate, BigDecimal averageAchievement,
        int lagging, int pendingReviews) {
}
