package id.capaian.planning.api;

import id.capaian.planning.PlanDocuments;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
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
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Employee plans (SKP): lists, the whole plan, its header and its workflow. */
@ApiController(ApiSupport.BASE)
@Tag(name = "Plans", description = """
        Employee performance plans (SKP). The employee drafts their own plan (or the appraiser drafts it for them), \
        submits it, and the appraiser approves or returns it with a reason; an approved plan changes only through a \
        revision with a reason. These steps need a person: call them with HTTP Basic (NIP and password). API tokens \
        act in a role without being an employee: an AGENCY_ADMIN token may read every plan and start one for an \
        employee, an AGENCY_HEAD token may only read.""")
class PlanApiController {

    private final PlanManagement plans;
    private final PlanDocuments documents;
    private final MessageSource messages;

    PlanApiController(PlanManagement plans, PlanDocuments documents, MessageSource messages) {
        this.plans = plans;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/periods/{periodId}/plans")
    @Operation(operationId = "listPlans", summary = "List the plans of a period, one page at a time",
            description = "Administrators, the agency's head and national administrators see every plan; anyone else"
                    + " their own and the ones they appraise. Ordered by name; pages from 0, at most 200 a page.")
    PlanSummaryResponse.Page list(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @Parameter(description = "Only plans of this unit and its sub-units") @RequestParam(required = false) Long unitId,
            @Parameter(description = "Only plans in this status") @RequestParam(required = false) PlanStatus status,
            @Parameter(description = "Only plans this employee appraises") @RequestParam(required = false) Long appraiserId,
            @Parameter(description = "Text to find in the employee's name or NIP") @RequestParam(required = false) String q,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1-200") @RequestParam(defaultValue = "25") int size) {
        return PlanSummaryResponse.Page.of(plans.list(actor, agencyId, periodId,
                new PlanManagement.Filter(unitId, status, appraiserId, q, page, size)));
    }

    @PostMapping("/periods/{periodId}/plans")
    @Operation(operationId = "createPlan", summary = "Start an employee's plan for the period",
            description = "By the employee, their appraiser, or an agency administrator. The plan starts as DRAFT with"
                    + " the seven BerAKHLAK values; unit, position and appraiser are taken from the employee.")
    ResponseEntity<PlanResponse> create(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @RequestBody PlanRequests.CreatePlan request) {
        if (ApiSupport.required(request).employeeId() == null) {
            throw InvalidInputException.of("employeeId", "validation.required");
        }
        var plan = plans.create(actor, agencyId, periodId, request.employeeId());
        return ApiSupport.createdAt(ApiSupport.BASE + "/plans/{planId}", PlanResponse.of(plan), agencyId, plan.id());
    }

    @GetMapping("/plans/{planId}")
    @Operation(operationId = "getPlan", summary = "Get a whole plan",
            description = "Header, results (RHK) with indicators (IKI) and actions, and behaviour expectations. For the"
                    + " employee, everyone up their reporting line, the agency's administrators and head.")
    PlanResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return PlanResponse.of(plans.get(actor, agencyId, planId));
    }

    @PutMapping("/plans/{planId}")
    @Operation(operationId = "updatePlanHeader", summary = "Change the plan's approach and attachment",
            description = "The employee or the appraiser, while DRAFT or RETURNED. Send the version you read; if the"
                    + " plan changed since, the answer is 409.")
    PlanResponse updateHeader(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestBody PlanRequests.Header request) {
        ApiSupport.requireVersion(ApiSupport.required(request).version());
        return PlanResponse.of(plans.updateHeader(actor, agencyId, planId, request.toForm()));
    }

    @PostMapping("/plans/{planId}/submit")
    @Operation(operationId = "submitPlan", summary = "Submit the plan to the appraiser",
            description = "The employee or the appraiser. Refused (422) with every reason while the plan is not"
                    + " complete: see readiness.")
    PlanResponse submit(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return PlanResponse.of(plans.submit(actor, agencyId, planId));
    }

    @PostMapping("/plans/{planId}/approve")
    @Operation(operationId = "approvePlan", summary = "Approve (set) a submitted plan", description = "The appraiser only.")
    PlanResponse approve(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return PlanResponse.of(plans.approve(actor, agencyId, planId));
    }

    @PostMapping("/plans/{planId}/return")
    @Operation(operationId = "returnPlan", summary = "Return a submitted plan to the employee with a reason",
            description = "The appraiser only; the reason is required.")
    PlanResponse returnToEmployee(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestBody(required = false) PlanRequests.Reason request) {
        return PlanResponse.of(plans.returnToEmployee(actor, agencyId, planId, request == null ? null : request.reason()));
    }

    @PostMapping("/plans/{planId}/revise")
    @Operation(operationId = "revisePlan", summary = "Open an approved plan for a recorded revision",
            description = "The employee or the appraiser, with a reason. The approved version stays in the history;"
                    + " the plan goes through submission and approval again.")
    PlanResponse revise(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestBody(required = false) PlanRequests.Reason request) {
        return PlanResponse.of(plans.revise(actor, agencyId, planId, request == null ? null : request.reason()));
    }

    @GetMapping("/plans/{planId}/history")
    @Operation(operationId = "getPlanHistory", summary = "The plan's history, oldest first")
    List<PlanInfoResponses.Event> history(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return plans.history(actor, agencyId, planId).stream().map(PlanInfoResponses.Event::of).toList();
    }

    @GetMapping("/plans/{planId}/candidates")
    @Operation(operationId = "getPlanCandidates", summary = "What the plan's RHK may contribute to",
            description = "The appraiser's RHK in the period and the IKU of the units the employee heads.")
    PlanInfoResponses.Candidates candidates(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        return PlanInfoResponses.Candidates.of(plans.candidates(actor, agencyId, planId));
    }

    @GetMapping("/plans/{planId}/readiness")
    @Operation(operationId = "getPlanReadiness", summary = "Whether the plan can be submitted, and if not, why",
            description = "The same checks as submitting, without submitting; messages follow Accept-Language.")
    PlanInfoResponses.Readiness readiness(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        Locale locale = LocaleContextHolder.getLocale();
        return PlanInfoResponses.Readiness.of(plans.readiness(actor, agencyId, planId), messages, locale);
    }

    @GetMapping("/plans/{planId}/pdf")
    @Operation(operationId = "getPlanPdf", summary = "The plan as the official SKP form (PDF)",
            description = "In the layout of PermenPAN-RB 6/2022, always in Indonesian; a plan that is not approved is"
                    + " marked as a draft.",
            responses = @ApiResponse(responseCode = "200", description = "The PDF",
                    content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long agencyId, @PathVariable long planId) {
        var document = documents.skp(actor, agencyId, planId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
