package id.capaian.planning.api;

import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The content of a plan: results (RHK), their indicators (IKI) and actions, and the special behaviour expectations.
 * Every address names the plan; a result or indicator of another plan is not found.
 */
@ApiController(ApiSupport.BASE + "/plans/{planId}")
@Tag(name = "Plan content", description = """
        The planned results (RHK) of a plan, their indicators (IKI) and action plans (rencana aksi), and the \
        appraiser's special behaviour expectations. The employee and the appraiser change them while the plan is \
        DRAFT or RETURNED; special expectations come from the appraiser only.""")
class PlanContentApiController {

    private final PlanManagement plans;

    PlanContentApiController(PlanManagement plans) {
        this.plans = plans;
    }

    @GetMapping("/results/{resultId}")
    @Operation(operationId = "getPlannedResult", summary = "Get a planned result (RHK) with its indicators and actions")
    PlanResponse.ResultResponse getResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId) {
        return PlanResponse.ResultResponse.of(result(plans.get(actor, agencyId, planId), resultId));
    }

    @PostMapping("/results")
    @Operation(operationId = "addPlannedResult", summary = "Add a planned result (RHK)",
            description = "A main result (UTAMA) must contribute to a superior's RHK or a unit's IKU when there is one"
                    + " to choose (see candidates) before the plan can be submitted.")
    ResponseEntity<PlanResponse.ResultResponse> addResult(Actor actor, @PathVariable long agencyId,
            @PathVariable long planId, @RequestBody PlanRequests.Result request) {
        PlannedResult created = plans.addResult(actor, agencyId, planId, ApiSupport.required(request).toForm());
        return ApiSupport.created(created.id(), PlanResponse.ResultResponse.of(created));
    }

    @PutMapping("/results/{resultId}")
    @Operation(operationId = "updatePlannedResult", summary = "Change a planned result (RHK)",
            description = "If the statement changes, the RHK of others that contribute to it are flagged.")
    PlanResponse.ResultResponse updateResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId, @RequestBody PlanRequests.Result request) {
        result(plans.get(actor, agencyId, planId), resultId);
        return PlanResponse.ResultResponse.of(plans.updateResult(actor, agencyId, resultId,
                ApiSupport.required(request).toForm()));
    }

    @DeleteMapping("/results/{resultId}")
    @Operation(operationId = "removePlannedResult", summary = "Remove a planned result (RHK) with its indicators and actions")
    ResponseEntity<Void> removeResult(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId) {
        result(plans.get(actor, agencyId, planId), resultId);
        plans.removeResult(actor, agencyId, resultId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{resultId}/acknowledge-parent-change")
    @Operation(operationId = "acknowledgeParentChange", summary = "Keep the link after the superior's RHK changed",
            description = "Clears the flag set when the RHK or IKU this result contributes to changed.")
    PlanResponse.ResultResponse acknowledge(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId) {
        result(plans.get(actor, agencyId, planId), resultId);
        return PlanResponse.ResultResponse.of(plans.acknowledgeParentChange(actor, agencyId, resultId));
    }

    @GetMapping("/results/{resultId}/indicators/{indicatorId}")
    @Operation(operationId = "getResultIndicator", summary = "Get an indicator (IKI)")
    PlanResponse.IndicatorResponse getIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId, @PathVariable long indicatorId) {
        return PlanResponse.IndicatorResponse.of(indicator(result(plans.get(actor, agencyId, planId), resultId), indicatorId));
    }

    @PostMapping("/results/{resultId}/indicators")
    @Operation(operationId = "addResultIndicator", summary = "Add an indicator (IKI) to a planned result",
            description = "In the quantitative approach the target is a number or a range; words (TEXT) only in the"
                    + " qualitative one.")
    ResponseEntity<PlanResponse.IndicatorResponse> addIndicator(Actor actor, @PathVariable long agencyId,
            @PathVariable long planId, @PathVariable long resultId, @RequestBody PlanRequests.Indicator request) {
        result(plans.get(actor, agencyId, planId), resultId);
        ResultIndicator created = plans.addIndicator(actor, agencyId, resultId, ApiSupport.required(request).toForm());
        return ApiSupport.created(created.id(), PlanResponse.IndicatorResponse.of(created));
    }

    @PutMapping("/results/{resultId}/indicators/{indicatorId}")
    @Operation(operationId = "updateResultIndicator", summary = "Change an indicator (IKI)")
    PlanResponse.IndicatorResponse updateIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId, @PathVariable long indicatorId, @RequestBody PlanRequests.Indicator request) {
        indicator(result(plans.get(actor, agencyId, planId), resultId), indicatorId);
        return PlanResponse.IndicatorResponse.of(plans.updateIndicator(actor, agencyId, indicatorId,
                ApiSupport.required(request).toForm()));
    }

    @DeleteMapping("/results/{resultId}/indicators/{indicatorId}")
    @Operation(operationId = "removeResultIndicator", summary = "Remove an indicator (IKI)")
    ResponseEntity<Void> removeIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId, @PathVariable long indicatorId) {
        indicator(result(plans.get(actor, agencyId, planId), resultId), indicatorId);
        plans.removeIndicator(actor, agencyId, indicatorId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/results/{resultId}/actions")
    @Operation(operationId = "setActionPlans", summary = "Set the planned actions (rencana aksi) of a result",
            description = "One text per month (1-12) or quarter (1-4) as the period is divided; they replace the"
                    + " actions before, and a blank text means none in that sub-period.")
    List<PlanResponse.ActionResponse> setActions(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable long resultId, @RequestBody PlanRequests.Actions request) {
        result(plans.get(actor, agencyId, planId), resultId);
        return plans.setActions(actor, agencyId, resultId, ApiSupport.required(request).toMap()).stream()
                .map(PlanResponse.ActionResponse::of).toList();
    }

    @PutMapping("/behaviours/{value}")
    @Operation(operationId = "setSpecialExpectation", summary = "Set the appraiser's special expectation for a"
            + " BerAKHLAK value", description = "The appraiser only, while the plan is not approved.")
    PlanResponse setSpecial(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @PathVariable BerakhlakValue value, @RequestBody PlanRequests.Special request) {
        return PlanResponse.of(plans.setSpecialExpectation(actor, agencyId, planId, value,
                ApiSupport.required(request).special()));
    }

    private static PlannedResult result(Plan plan, long resultId) {
        return plan.results().stream().filter(r -> r.id() == resultId).findFirst()
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private static ResultIndicator indicator(PlannedResult result, long indicatorId) {
        return result.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }
}
