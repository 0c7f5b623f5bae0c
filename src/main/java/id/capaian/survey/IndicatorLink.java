package id.capaian.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A planning indicator (IKI) whose realisation is the unit's IKM: whose plan, which indicator, and the last attempt
 * to record it (the period, whether it was recorded, the value, or why not as a message key with arguments).
 */
public record IndicatorLink(long id, long surveyId, long planId, long indicatorId, String employeeName, int year,
        String indicatorName, String target, String lastPeriod, String lastStatus, BigDecimal lastValue, String lastMessage,
        List<String> lastArgs, Instant lastAt) {

    public IndicatorLink {
        lastArgs = lastArgs == null ? List.of() : List.copyOf(lastArgs);
    }

    public boolean recorded() {
        return "RECORDED".equals(lastStatus);
    }

    public boolean failed() {
        return "FAILED".equals(lastStatus);
    }

    public IkmPeriod lastIkmPeriod() {
        return IkmPeriod.parse(lastPeriod);
    }
}
