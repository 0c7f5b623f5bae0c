package id.capaian.planning;

import java.util.List;

/**
 * RHK: a planned result. It contributes to a superior's RHK ({@link #parentResultId()}) or, for unit heads and
 * JPT, to a unit's IKU ({@link #unitIndicatorId()}). {@link #parentChanged()} flags that the superior changed the
 * result this one contributes to, so its owner should look again.
 */
public record PlannedResult(long id, long planId, ResultKind kind, String statement, Long parentResultId,
        String parentStatement, Long unitIndicatorId, String unitIndicatorName, boolean parentChanged, int ordinal,
        List<ResultIndicator> indicators, List<ActionPlan> actions) {

    /** The same result with these indicators (the plan's query reads a result before its indicators). */
    PlannedResult withIndicators(List<ResultIndicator> indicators) {
        return new PlannedResult(id, planId, kind, statement, parentResultId, parentStatement, unitIndicatorId,
                unitIndicatorName, parentChanged, ordinal, List.copyOf(indicators), actions);
    }

    public boolean linked() {
        return parentResultId != null || unitIndicatorId != null;
    }
}
