package id.capaian.planning.api;

import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanHeaderForm;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.TargetKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the planning API accepts to change plans. */
public final class PlanRequests {

    private PlanRequests() {
    }

    @Schema(name = "CreatePlanRequest", description = "Whose plan to start: the caller's own, or (as appraiser or"
            + " administrator) an employee's")
    public record CreatePlan(@Schema(description = "The employee the plan is for") Long employeeId) {
    }

    @Schema(name = "PlanHeaderRequest", description = "A plan's approach and attachment (lampiran)")
    public record Header(@Schema(description = "QUANTITATIVE (numeric targets) or QUALITATIVE (expectations in words)")
            PlanApproach approach,
            @Schema(description = "Dukungan sumber daya; one item per line", example = "Aplikasi pencatatan imunisasi")
            String resourceSupport,
            @Schema(description = "Skema pertanggungjawaban") String accountability,
            @Schema(description = "Konsekuensi") String consequences,
            @Schema(description = "The version last read (required)") Integer version) {

        PlanHeaderForm toForm() {
            PlanHeaderForm f = new PlanHeaderForm();
            f.setApproach(approach);
            f.setResourceSupport(resourceSupport);
            f.setAccountability(accountability);
            f.setConsequences(consequences);
            f.setVersion(version);
            return f;
        }
    }

    @Schema(name = "PlannedResultRequest", description = "A planned result (RHK): its kind, statement and what it"
            + " contributes to; at most one of parentResultId and unitIndicatorId")
    public record Result(@Schema(description = "UTAMA (main) or TAMBAHAN (additional)") ResultKind kind,
            @Schema(example = "Tersusunnya laporan surveilans imunisasi") String statement,
            @Schema(description = "An RHK of the appraiser's plan in the same period (see candidates)") Long parentResultId,
            @Schema(description = "An IKU of a unit the employee heads (see candidates)") Long unitIndicatorId) {

        ResultForm toForm() {
            return new ResultForm(kind, statement, parentResultId, unitIndicatorId);
        }
    }

    @Schema(name = "ResultIndicatorRequest", description = "An indicator (IKI): aspect, name, and a target that is a"
            + " number (targetValue), a range (targetMin, targetMax) or, in the qualitative approach, words (targetText)")
    public record Indicator(Aspect aspect, @Schema(example = "Jumlah laporan surveilans") String name,
            @Schema(description = "NUMBER by default") TargetKind targetKind, BigDecimal targetValue,
            BigDecimal targetMin, BigDecimal targetMax, @Schema(example = "laporan") String targetUnit,
            String targetText, @Schema(description = "HIGHER by default") Direction direction) {

        IndicatorForm toForm() {
            IndicatorForm f = new IndicatorForm();
            f.setAspect(aspect);
            f.setName(name);
            f.setTargetKind(targetKind == null ? TargetKind.NUMBER : targetKind);
            f.setTargetValue(targetValue);
            f.setTargetMin(targetMin);
            f.setTargetMax(targetMax);
            f.setTargetUnit(targetUnit);
            f.setTargetText(targetText);
            f.setDirection(direction == null ? Direction.HIGHER : direction);
            return f;
        }
    }

    @Schema(name = "ActionPlansRequest", description = "All planned actions of an RHK; they replace the ones before."
            + " A blank description means no action in that sub-period.")
    public record Actions(List<Action> actions) {

        Map<Integer, String> toMap() {
            Map<Integer, String> map = new HashMap<>();
            if (actions != null) {
                actions.stream().filter(java.util.Objects::nonNull).forEach(a -> map.put(a.subPeriod(), a.description()));
            }
            return map;
        }
    }

    @Schema(name = "ActionPlanRequest", description = "A planned action in one month (1-12) or quarter (1-4)")
    public record Action(Integer subPeriod, @Schema(example = "Mengumpulkan data imunisasi") String description) {
    }

    @Schema(name = "SpecialExpectationRequest", description = "The appraiser's special expectation for one BerAKHLAK"
            + " value; blank removes it")
    public record Special(@Schema(example = "Mengikuti pelatihan analisis data surveilans") String special) {
    }

    @Schema(name = "PlanReasonRequest", description = "Why: required to return a plan or to revise an approved one")
    public record Reason(@Schema(example = "Tambahkan indikator kualitas") String reason) {
    }
}
