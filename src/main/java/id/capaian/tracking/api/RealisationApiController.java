package id.capaian.tracking.api;

import id.capaian.platform.Actor;
import id.capaian.platform.Problem;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Realisations: pushed by other systems, read back by them and by people. */
@ApiController("/api/v1/agencies/{agencyId}")
@Tag(name = "Realisations", description = """
        Realisations (realisasi) of the indicators (IKI) of approved plans (SKP), per month or quarter. Another \
        system, such as a clinic's patient registry, pushes values with an API token; the value is stored with source \
        API and a label that people see beside it. An AGENCY_ADMIN token may push for anyone in its agency; a token \
        limited to a unit (chosen when the token is made) only for the people whose plan belongs to that unit or a \
        unit below it, and it has no other rights at all. An AGENCY_HEAD token only reads. The plan must be approved \
        and the sub-period open for entries (from its first day until its last day plus the agency's grace days, \
        or while the appraiser has reopened it); otherwise the answer is 422 with the reason. Every push carries a \
        clientKey of the caller's choosing: a retry with the same key and content counts once and is answered with \
        the first result (200, Idempotent-Replay: true); the same key with other content gets 409. A day's pushes \
        can go in one request (realisations/batch): all stored, or none, with every refused item named.""")
class RealisationApiController {

    static final String REPLAY_HEADER = "Idempotent-Replay";

    private final RealisationPushes pushes;
    private final MessageSource messages;

    RealisationApiController(RealisationPushes pushes, MessageSource messages) {
        this.pushes = pushes;
        this.messages = messages;
    }

    @PostMapping("/realisations")
    @Operation(operationId = "pushRealisation", summary = "Push a realisation or a day's progress (idempotent by clientKey)",
            description = "With subPeriod, the sub-period's realisation is set (replacing an earlier value and asking"
                    + " the appraiser to look again). With date, one day's entry is added: the sub-period's realisation"
                    + " becomes the sum of its days (quantity indicators) or the latest day (quality, time, cost)."
                    + " API tokens only: people record on the web.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored",
                            headers = @Header(name = REPLAY_HEADER, description = "false",
                                    schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "200", description = "A retry: the first push's result, nothing counted again",
                            headers = @Header(name = REPLAY_HEADER, description = "true", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "409", description = "This clientKey was used before with other content",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "Invalid input, a plan that is not approved, or a"
                            + " sub-period that is closed or not yet open: the errors array says which",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    ResponseEntity<PushResponse> push(Actor actor, @PathVariable long agencyId,
            @RequestBody(required = false) RealisationPushRequest request) {
        RealisationPushes.Outcome outcome = pushes.push(actor, agencyId, request);
        PushResponse body = outcome.response();
        if (outcome.replay()) {
            return ResponseEntity.ok().header(REPLAY_HEADER, "true").body(body);
        }
        var r = body.realisation();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/agencies/{a}/plans/{p}/realisations").queryParam("subPeriod", r.subPeriod())
                .buildAndExpand(agencyId, r.planId()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).header(REPLAY_HEADER, "false").body(body);
    }

    @PostMapping("/realisations/batch")
    @Operation(operationId = "pushRealisationBatch",
            summary = "Push many realisations or days' progress in one request: all stored, or none",
            description = """
                    Each item is a single push (see pushRealisation) and is checked by exactly the same rules, in one \
                    transaction: if any item is refused, nothing is stored and the answer (422) lists every refused \
                    item with its index (from 0), its clientKey, the field, a code and the message (in the language of \
                    Accept-Language), so that the caller can fix all rows and send the batch again. An item for a plan \
                    outside a unit-scoped token's unit is refused like any other item (code \
                    tracking.api.error.outsideUnit) in that list; a token that may not push at all gets 403. Each \
                    item's clientKey is claimed as for a single push: an item sent before with the same key and \
                    content is a retry, answered with what it stored and not counted again (replay true); the same key \
                    with other content, or a key used twice in one batch, refuses the item. Items are stored in the \
                    order sent, so days' entries for one indicator add up as if pushed one by one. At most \
                    capaian.api.batch-max-items items (1000 unless configured): more gets 413.""",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored: at least one item is new",
                            headers = @Header(name = REPLAY_HEADER, description = "false", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "200", description = "Every item repeats an earlier push: their first"
                            + " results, nothing stored again",
                            headers = @Header(name = REPLAY_HEADER, description = "true", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "413", description = "More items than capaian.api.batch-max-items",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "At least one item was refused, so nothing was"
                            + " stored: errors names every refused item (index, clientKey, field, code, message). An"
                            + " empty or missing items list gets the usual problem with field items.",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = BatchProblem.class)))})
    ResponseEntity<BatchPushResponse> pushBatch(Actor actor, @PathVariable long agencyId,
            @RequestBody(required = false) RealisationBatchRequest request) {
        BatchPushResponse body = pushes.batch(actor, agencyId, request);
        boolean allReplayed = body.stored() == 0;
        return ResponseEntity.status(allReplayed ? HttpStatus.OK : HttpStatus.CREATED)
                .header(REPLAY_HEADER, String.valueOf(allReplayed)).body(body);
    }

    @GetMapping("/plans/{planId}/realisations")
    @Operation(operationId = "getRealisations", summary = "A plan's realisations in one sub-period",
            description = "Every indicator with its target, realisation, source and achievement. People see the plans"
                    + " they may see on the web (with HTTP Basic); tokens by their role, a unit-scoped token only the"
                    + " plans of its unit and the units below it.")
    SheetResponse sheet(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @Parameter(description = "1-12 (monthly periods) or 1-4 (quarterly)", required = true) @RequestParam int subPeriod) {
        return SheetResponse.of(pushes.sheet(actor, agencyId, planId, subPeriod));
    }

    @ExceptionHandler(RealisationPushes.KeyReusedException.class)
    ProblemDetail keyReused(RealisationPushes.KeyReusedException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("tracking.api.error.keyReused", null, locale));
        pd.setTitle(messages.getMessage("tracking.api.error.keyReused.title", null, locale));
        pd.setProperty("code", "tracking.api.error.keyReused");
        return pd;
    }

    @ExceptionHandler(RealisationPushes.BatchRefusedException.class)
    ProblemDetail batchRefused(RealisationPushes.BatchRefusedException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("tracking.api.error.batchRefused",
                        new Object[] {e.refusals().size(), e.items()}, locale));
        pd.setTitle(messages.getMessage("tracking.api.error.batchRefused.title", null, locale));
        pd.setProperty("code", "tracking.api.error.batchRefused");
        pd.setProperty("items", e.items());
        pd.setProperty("refused", e.refusals().size());
        List<BatchProblem.Row> rows = new ArrayList<>();
        for (RealisationPushes.Refusal refusal : e.refusals()) {
            for (Problem p : refusal.problems()) {
                rows.add(new BatchProblem.Row(refusal.index(), refusal.clientKey(), p.field(), p.code(),
                        messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
            }
        }
        pd.setProperty("errors", rows);
        return pd;
    }

    @ExceptionHandler(RealisationPushes.BatchTooLargeException.class)
    ProblemDetail batchTooLarge(RealisationPushes.BatchTooLargeException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("tracking.api.error.batchTooLarge", new Object[] {e.max(), e.items()}, locale));
        pd.setTitle(messages.getMessage("tracking.api.error.batchTooLarge.title", null, locale));
        pd.setProperty("code", "tracking.api.error.batchTooLarge");
        pd.setProperty("maxItems", e.max());
        return pd;
    }
}
