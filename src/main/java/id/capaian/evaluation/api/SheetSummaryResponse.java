package id.capaian.evaluation.api;

import id.capaian.evaluation.EvaluationKind;
import id.capaian.evaluation.EvaluationSheet;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.PeerSummary;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.PredikatChange;
import id.capaian.evaluation.Rating;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.ResultKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** What the evaluation sheet shows, in short. */
@Schema(name = "EvaluationSheetResponse", description = "The evaluation sheet of a plan for a sub-period (0: the year):"
        + " every RHK with its achievement and the suggested rating with their rules, the overall suggestions, the seven"
        + " BerAKHLAK values with the special expectations, 360 input as aggregates (counts only below the minimum),"
        + " the predikat history and the objections")
public record SheetSummaryResponse(long planId, long employeeId, String employeeName, String employeeNip, int year,
        EvaluationKind kind, int subPeriod, int subPeriods, EvaluationResponse evaluation, List<ResultLine> results,
        ExplainedResponse resultSuggestion, List<BehaviourLine> behaviours, ExplainedResponse behaviourSuggestion,
        PeerInput peerInput, List<Change> history, List<ObjectionLine> objections, ExplainedResponse creditPoints,
        boolean canRate, boolean canObject, boolean canInvitePeers) {

    @Schema(name = "EvaluationResultLine")
    public record ResultLine(long resultId, ResultKind kind, String statement, ExplainedResponse achievement,
            @Schema(description = "Annual sheet: the achievement in each sub-period (null where nothing was realised)")
            List<BigDecimal> perSubPeriod, ExplainedResponse suggestion, Rating rating, String note) {
    }

    @Schema(name = "EvaluationBehaviourLine")
    public record BehaviourLine(BerakhlakValue value, @Schema(description = "The leader's special expectation") String expectation,
            Rating rating, String note) {
    }

    @Schema(name = "PeerInput", description = "360 input: counts of ratings per value only when at least `minimum` answered")
    public record PeerInput(int invited, int answered, int minimum, boolean shown,
            Map<BerakhlakValue, Map<Rating, Integer>> counts) {

        static PeerInput of(PeerSummary s) {
            return s == null ? null : new PeerInput(s.invited(), s.answered(), s.minimum(), s.shown(), s.shown() ? s.counts() : Map.of());
        }
    }

    @Schema(name = "PredikatChange")
    public record Change(PredikatChange.Source source, Predikat from, Predikat to, String reason, String changedBy,
            Instant changedAt) {
    }

    @Schema(name = "EvaluationObjectionLine")
    public record ObjectionLine(long id, Objection.Status status, Predikat requested, Instant filedAt, Predikat decidedPredikat,
            Instant decidedAt) {
    }

    static SheetSummaryResponse of(EvaluationSheet s, MessageSource messages, Locale locale) {
        var plan = s.plan();
        return new SheetSummaryResponse(plan.id(), plan.employeeId(), plan.employeeName(), plan.employeeNip(), plan.year(),
                s.kind(), s.subPeriod(), s.subPeriods(), s.evaluation() == null ? null : EvaluationResponse.of(s.evaluation()),
                s.results().stream().map(l -> new ResultLine(l.result().id(), l.result().kind(), l.result().statement(),
                        ExplainedResponse.of(l.achievement(), messages, locale), l.perSubPeriod(),
                        ExplainedResponse.of(l.suggestion(), messages, locale), l.rating(), l.note())).toList(),
                ExplainedResponse.of(s.resultSuggestion(), messages, locale),
                s.behaviours().stream().map(b -> new BehaviourLine(b.value(), b.expectation(), b.rating(), b.note())).toList(),
                ExplainedResponse.of(s.behaviourSuggestion(), messages, locale), PeerInput.of(s.peers()),
                s.history().stream().map(c -> new Change(c.source(), c.from(), c.to(), c.reason(), c.changedBy(), c.changedAt()))
                        .toList(),
                s.objections().stream().map(o -> new ObjectionLine(o.id(), o.status(), o.requested(), o.filedAt(),
                        o.decidedPredikat(), o.decidedAt())).toList(),
                ExplainedResponse.of(s.credit(), messages, locale), s.canRate(), s.canObject(), s.canInvitePeers());
    }
}
