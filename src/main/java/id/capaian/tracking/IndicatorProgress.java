package id.capaian.tracking;

import id.capaian.planning.ResultIndicator;

/** An indicator in one sub-period: its target, what was realised, and the achievement with its rule. */
public record IndicatorProgress(ResultIndicator indicator, Realisation realisation, Achievement achievement) {
}
