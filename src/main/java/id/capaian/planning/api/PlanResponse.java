package id.capaian.planning.api;

import id.capaian.planning.ActionPlan;
import id.capaian.planning.Aspect;
import id.capaian.planning.BehaviourExpectation;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.TargetKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A whole plan: header, results with their indicators and actions, behaviour expectations. */
@Schema(description = "An employee's performance plan (SKP) for a period, with its planned results (RHK), their"
        + " indicators (IKI) and action plans, and the seven BerAKHLAK behaviour expectations")
public record PlanResponse(long id, long periodId, int year, long employeeId,
        @Schema(description = "The name with titles", example = "dr. Siti Aminah, M.Kes.") String employeeName,
        String employeeNip,
        @Schema(description = "Unit, position and appraiser as they were when the plan was made") Long unitId,
        String unitName, Long positionId, String positionName, Long appraiserId, String appraiserName,
        String appraiserNip, PlanApproach approach,
        @Schema(description = "DRAFT and RETURNED may change; SUBMITTED waits for the appraiser; APPROVED changes only"
                + " through a revision") PlanStatus status,
        @Schema(description = "How many times the plan was revised after approval") int revision,
        @Schema(description = "Attachment: resource support (dukungan sumber daya)") String resourceSupport,
        @Schema(description = "Attachment: accountability scheme (skema pertanggungjawaban)") String accountability,
        @Schema(description = "Attachment: consequences (konsekuensi)") String consequences,
        @Schema(description = "Why the appraiser returned it, while RETURNED") String returnedReason,
        Instant submittedAt, Instant approvedAt,
        @Schema(description = "Send it back with PUT to change the header") int version,
        List<ResultResponse> results, List<BehaviourResponse> behaviours) {

    static PlanResponse of(Plan p) {
        return new PlanResponse(p.id(), p.periodId(), p.year(), p.employeeId(), p.employeeName(), p.employeeNip(),
                p.unitId(), p.unitName(), p.positionId(), p.positionName(), p.appraiserId(), p.appraiserName(),
                p.appraiserNip(), p.approach(), p.status(), p.revision(), p.resourceSupport(), p.accountability(),
                p.consequences(), p.returnedReason(), p.submittedAt(), p.approvedAt(), p.version(),
                // main results first, then additional ones, each in their order
                java.util.stream.Stream.concat(p.results(ResultKind.UTAMA).stream(), p.results(ResultKind.TAMBAHAN).stream())
                        .map(ResultResponse::of).toList(),
                p.behaviours().stream().map(BehaviourResponse::of).toList());
    }

    /** An RHK. */
    @Schema(name = "PlannedResultResponse", description = "A planned result (RHK) with its indicators (IKI) and actions")
    public record ResultResponse(long id, long planId, ResultKind kind, String statement,
            @Schema(description = "The superior's RHK this one contributes to (intervenes)") Long parentResultId,
            String parentStatement,
            @Schema(description = "Or, for unit heads and JPT, the unit's IKU it contributes to") Long unitIndicatorId,
            String unitIndicatorName,
            @Schema(description = "The superior's RHK or the IKU changed since: look again, then change the link or"
                    + " acknowledge it") boolean parentChanged,
            int ordinal, List<IndicatorResponse> indicators, List<ActionResponse> actions) {

        static ResultResponse of(PlannedResult r) {
            return new ResultResponse(r.id(), r.planId(), r.kind(), r.statement(), r.parentResultId(), r.parentStatement(),
                    r.unitIndicatorId(), r.unitIndicatorName(), r.parentChanged(), r.ordinal(),
                    r.indicators().stream().map(IndicatorResponse::of).toList(),
                    r.actions().stream().map(ActionResponse::of).toList());
        }
    }

    /** An IKI. */
    @Schema(name = "ResultIndicatorResponse", description = "An indicator (IKI) of a planned result with its target")
    public record IndicatorResponse(long id, long resultId, Aspect aspect, String name, TargetKind targetKind,
            @Schema(description = "For NUMBER") BigDecimal targetValue,
            @Schema(description = "For RANGE") BigDecimal targetMin,
            @Schema(description = "For RANGE") BigDecimal targetMax,
            @Schema(description = "For NUMBER and RANGE", example = "laporan") String targetUnit,
            @Schema(description = "For TEXT (qualitative approach only)") String targetText,
            @Schema(description = "The target as people write it", example = "12 laporan") String targetDescription,
            Direction direction,
            @Schema(description = "The indicator template it was made from, if any") Long templateId, int ordinal) {

        static IndicatorResponse of(ResultIndicator i) {
            return new IndicatorResponse(i.id(), i.resultId(), i.aspect(), i.name(), i.target().kind(), i.target().value(),
                    i.target().min(), i.target().max(), i.target().unit(), i.target().text(), i.target().describe(),
                    i.direction(), i.templateId(), i.ordinal());
        }
    }

    /** A planned action in one sub-period. */
    @Schema(name = "ActionPlanResponse", description = "A planned action (rencana aksi) of an RHK in one month or quarter")
    public record ActionResponse(long id, @Schema(description = "1-12 (monthly) or 1-4 (quarterly)") int subPeriod,
            String description) {

        static ActionResponse of(ActionPlan a) {
            return new ActionResponse(a.id(), a.subPeriod(), a.description());
        }
    }

    /** A BerAKHLAK value with the leader's special expectation. */
    @Schema(name = "BehaviourExpectationResponse", description = "A BerAKHLAK value with the appraiser's special"
            + " expectation (ekspektasi khusus pimpinan), null when none")
    public record BehaviourResponse(BerakhlakValue value, String special) {

        static BehaviourResponse of(BehaviourExpectation b) {
            return new BehaviourResponse(b.value(), b.special());
        }
    }
}
