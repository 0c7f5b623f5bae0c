package id.capaian.evaluation.api;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Evaluations: read by the people who may see them, rated by the appraiser, distributions and the agency overview. */
@ApiController("/api/v1/agencies/{agencyId}")
@Tag(name = "Evaluations", description = """
        Periodic and annual evaluation (evaluasi kinerja) of approved plans (SKP). The appraiser rates each RHK and each \
        BerAKHLAK value, then the results and the behaviour overall; the system suggests every rating from the \
        achievement figures and says which rule gave it, and where the appraiser decides otherwise the reason is \
        required. The predikat follows from the matrix of PermenPAN-RB 6/2022. A periodic evaluation is final when \
        rated; an annual one once its unit's spread fits the distribution curve and the unit is finalised. Rating \
        needs a person (HTTP Basic with NIP and password): the appraiser of the plan. The employee, people up the \
        reporting line, the agency's administrators and head read. Distributions are for the unit's leader and \
        administrators; the overview for administrators and the agency head. Problems come back as RFC 9457 problem \
        details: 400 for a body that cannot be read, 403 for someone who may not, 404 for what does not exist, 409 for \
        a stale version, 422 with every invalid field.""")
class EvaluationApiController {

    private final EvaluationManagement evaluations;
    private final CalibrationManagement calibration;
    private final MessageSource messages;

    EvaluationApiController(EvaluationManagement evaluations, CalibrationManagement calibration, MessageSource messages) {
        this.evaluations = evaluations;
        this.calibration = calibration;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/evaluations")
    @Operation(operationId = "listEvaluations", summary = "Every evaluation of a plan",
            description = "The periodic evaluations in order, then the annual one (sub-period 0).")
    List<EvaluationResponse> list(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return evaluations.forPlan(actor, agencyId, planId).stream().map(EvaluationResponse::of).toList();
    }

    @GetMapping("/plans/{planId}/evaluations/{subPeriod}")
    @Operation(operationId = "getEvaluationSheet", summary = "The evaluation sheet of a plan for a sub-period",
            description = "Every RHK with its achievement and suggested rating, each explained by its rule in the language"
                    + " of Accept-Language; 360 input only as aggregates of at least three answers.")
    SheetSummaryResponse sheet(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @Parameter(description = "0 for the annual evaluation, 1-12 or 1-4 for a sub-period") @PathVariable int subPeriod) {
        return SheetSummaryResponse.of(evaluations.sheet(actor, agencyId, planId, subPeriod), messages,
                LocaleContextHolder.getLocale());
    }

    @PostMapping("/plans/{planId}/evaluations/{subPeriod}")
    @Operation(operationId = "rateEvaluation", summary = "Rate a plan for a sub-period (the appraiser)",
            description = "Every RHK and every value must be rated. The overall result rating needs resultReason when it"
                    + " differs from the suggestion; the overall behaviour rating needs behaviourNote when it differs from"
                    + " its suggestion. Send the version read (0 for a first rating).",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Rated; the evaluation with its predikat"),
                    @ApiResponse(responseCode = "400", description = "The body is not JSON or holds an unknown rating",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "403", description = "Not the plan's appraiser",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "409", description = "Someone rated it since the version read",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "Ratings missing, a reason missing, the evaluation"
                            + " final or the plan not approved: the errors array says which",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    EvaluationResponse rate(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable int subPeriod,
            @RequestBody(required = false) RatingRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        if (request.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return EvaluationResponse.of(evaluations.rate(actor, agencyId, planId, subPeriod, request.toForm()));
    }

    @GetMapping("/periods/{periodId}/units/{unitId}/distribution")
    @Operation(operationId = "getUnitDistribution", summary = "A unit's distribution of predikat against the curve",
            description = "The unit's leader (its head, a head above it, the agency head) and administrators.")
    DistributionResponse distribution(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @PathVariable long unitId) {
        return DistributionResponse.of(calibration.distribution(actor, agencyId, periodId, unitId), messages,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/periods/{periodId}/evaluation-overview")
    @Operation(operationId = "getEvaluationOverview", summary = "The agency's evaluation of a period",
            description = "Administrators and the agency head: every graded unit, the employees no grade covers and the"
                    + " last agency-wide finalising run with its report.")
    OverviewResponse overview(Actor actor, @PathVariable long agencyId, @PathVariable long periodId) {
        return OverviewResponse.of(calibration.overview(actor, agencyId, periodId));
    }
}
