package id.capaian.evaluation;

import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Plan;
import id.capaian.planning.PlannedResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the appraiser sees to evaluate one SKP for one sub-period (or the year, {@code subPeriod} 0): every RHK
 * with its achievement and the suggested rating and their rules, the overall suggestion, the seven BerAKHLAK
 * values with the special expectations, 360 input when there is enough of it, and the evaluation so far.
 *
 * @param evaluation the stored evaluation, or null when none was started
 */
public record EvaluationSheet(Plan plan, EvaluationKind kind, int subPeriod, int subPeriods, Evaluation evaluation,
        List<ResultLine> results, Explained<Rating> resultSuggestion, List<BehaviourLine> behaviours,
        Explained<Rating> behaviourSuggestion, PeerSummary peers, List<PredikatChange> history,
        List<Objection> objections, BigDecimal creditPercent, BigDecimal creditCoefficient, Explained<BigDecimal> credit,
        boolean canRate, boolean canObject, boolean canInvitePeers) {

    /**
     * One RHK: its achievement over the evaluated time with the rule, the figure per sub-period (annual only),
     * the suggestion and the stored rating and note.
     */
    public record ResultLine(PlannedResult result, Explained<BigDecimal> achievement, List<BigDecimal> perSubPeriod,
            Explained<Rating> suggestion, Rating rating, String note) {
    }

    /** One BerAKHLAK value: the appraiser's special expectation, the rating and note. */
    public record BehaviourLine(BerakhlakValue value, String expectation, Rating rating, String note) {
    }

    public boolean annual() {
        return kind == EvaluationKind.ANNUAL;
    }
}
