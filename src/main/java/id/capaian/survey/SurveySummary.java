package id.capaian.survey;

import java.math.BigDecimal;

/**
 * A survey in the agency's list: its unit, whether it is on, how many responses the current quarter has, how many
 * wait for a moderator, and the latest published IKM (null when none).
 */
public record SurveySummary(long id, long unitId, String unitName, String token, boolean enabled, long responsesThisQuarter,
        long flagged, IkmPeriod lastPeriod, BigDecimal lastIkm, Grade lastGrade) {
}
