package id.capaian.tracking;

import id.capaian.planning.PlannedResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * An RHK in one sub-period: its indicators and their average achievement ({@code achievement.rule.resultAverage}
 * over the indicators that have a percentage; qualitative ones are judged by the appraiser).
 */
public record ResultProgress(PlannedResult result, List<IndicatorProgress> indicators, BigDecimal achievement,
        int counted) {
}
