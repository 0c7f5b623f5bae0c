package id.capaian.evaluation.api;

import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitDistribution;
import id.capaian.evaluation.UnitGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/** A unit's annual evaluations against the distribution curve. */
@Schema(name = "UnitDistributionResponse", description = "A unit's grade, its members' predikat, the spread, every rule"
        + " of the grade's curve with its outcome, and what blocks finalising")
public record DistributionResponse(long unitId, String unitName, long periodId, int year, GradeLine grade,
        List<MemberLine> members, Map<Predikat, Integer> spread,
        @Schema(description = "Null until a grade is set") Boolean fits, List<RuleLine> rules, List<Blocker> blockers,
        boolean finalised, boolean canSetGrade, boolean canCalibrate, boolean canFinalise) {

    @Schema(name = "UnitGradeLine")
    public record GradeLine(UnitGrade grade, String reason, String setBy, Instant setAt, boolean finalised,
            String finalisedBy, Instant finalisedAt, int version) {
    }

    @Schema(name = "DistributionMember")
    public record MemberLine(long planId, long employeeId, String name, String nip, String positionName, String unitName,
            Long evaluationId, EvaluationStatus status, BigDecimal achievement, Rating resultRating, Rating behaviourRating,
            Predikat predikat, Predikat finalPredikat, boolean calibrated, int version) {
    }

    @Schema(name = "DistributionRuleLine")
    public record RuleLine(UnitGrade grade, Set<Predikat> predikats, DistributionRule.Kind kind, BigDecimal value,
            @Schema(description = "Null until a grade is set") Boolean satisfied, Integer count, Integer total,
            @Schema(description = "The most allowed (MAX_PERCENT) or the fewest needed (MIN_*) in this unit, in people")
            Integer bound) {
    }

    @Schema(name = "DistributionBlocker")
    public record Blocker(String code, String message) {
    }

    static DistributionResponse of(UnitDistribution d, MessageSource messages, Locale locale) {
        var g = d.grade();
        List<RuleLine> rules = d.check() != null
                ? d.check().outcomes().stream().map(o -> new RuleLine(o.rule().grade(), o.rule().predikats(), o.rule().kind(),
                        o.rule().value(), o.satisfied(), o.count(), o.total(), o.bound())).toList()
                : d.rules().stream().map(r -> new RuleLine(r.grade(), r.predikats(), r.kind(), r.value(), null, null, null, null))
                        .toList();
        return new DistributionResponse(d.unitId(), d.unitName(), d.periodId(), d.year(),
                g == null ? null : new GradeLine(g.grade(), g.reason(), g.setBy(), g.setAt(), g.finalised(), g.finalisedBy(),
                        g.finalisedAt(), g.version()),
                d.members().stream().map(m -> new MemberLine(m.planId(), m.employeeId(), m.name(), m.nip(), m.positionName(),
                        m.unitName(), m.evaluationId(), m.status(), m.achievement(), m.resultRating(), m.behaviourRating(),
                        m.predikat(), m.finalPredikat(), m.calibrated(), m.version())).toList(),
                d.spread(), d.check() == null ? null : d.check().fits(), rules,
                d.blockers().stream().map(b -> new Blocker(b.rule(), messages.getMessage(b.rule(), b.args(), b.rule(), locale)))
                        .toList(),
                d.finalised(), d.canSetGrade(), d.canCalibrate(), d.canFinalise());
    }
}
