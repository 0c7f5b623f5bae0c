package id.capaian.talent.api;

import id.capaian.platform.Actor;
import id.capaian.platform.web.ApiController;
import id.capaian.talent.CareerManagement;
import id.capaian.talent.TalentManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Talent data over the API: one's own box, the agency's 9-box (HR) and a proposal's ranking (HR). */
@ApiController("/api/v1/agencies/{agencyId}/talent")
@Tag(name = "Talent", description = """
        Talent management (PermenPAN-RB 3/2020). The 9-box places each employee with a final annual evaluation in the \
        period and a potential assessment (the latest on or before the period's last day): the final predikat gives \
        the performance row, the potential score and the agency's thresholds the column, the agency's numbering the \
        box. Every placement carries its explanation, translated by Accept-Language. Talent data is visible to the \
        employee, their line and the agency's HR staff (AGENCY_ADMIN, AGENCY_HEAD); anyone else gets 403.""")
class TalentApiController {

    private final TalentManagement talent;
    private final CareerManagement careers;
    private final MessageSource messages;

    TalentApiController(TalentManagement talent, CareerManagement careers, MessageSource messages) {
        this.talent = talent;
        this.careers = careers;
        this.messages = messages;
    }

    @GetMapping("/me")
    @Operation(operationId = "getMyTalentBox", summary = "The caller's own 9-box placement for a period",
            description = "Without period: the latest period in which the caller has a final annual evaluation. When an"
                    + " input is missing, placement is null and missing says which.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The box, or what is missing"),
                    @ApiResponse(responseCode = "403", description = "Not an employee of this agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    TalentResponses.MyBoxResponse me(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            throw new AccessDeniedException("error.forbidden");
        }
        return TalentResponses.MyBoxResponse.of(talent.profile(actor, agencyId, actor.employeeId(), period), messages,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/nine-box")
    @Operation(operationId = "getNineBox", summary = "The agency's 9-box for a period (HR staff)",
            description = "The spread (count per box 1-9), every placement with its inputs and explanation, the talent"
                    + " pool (employee ids in the pool boxes), the employees missing an input, and the rules used.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The 9-box"),
                    @ApiResponse(responseCode = "403", description = "Not HR staff of this agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "404", description = "No such period in this agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    TalentResponses.NineBoxResponse nineBox(Actor actor, @PathVariable long agencyId,
            @RequestParam(required = false) Long period) {
        return TalentResponses.NineBoxResponse.of(talent.grid(actor, agencyId, period), messages,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/proposals/{proposalId}/ranking")
    @Operation(operationId = "getProposalRanking", summary = "A promotion or transfer proposal's ranking (HR staff)",
            description = "The merit weights copied when the proposal was made, and every candidate's four scores,"
                    + " weighted total, rank and written explanation; ranks are null until the proposal is ranked.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The ranking"),
                    @ApiResponse(responseCode = "403", description = "Not HR staff of this agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "404", description = "No such proposal in this agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    TalentResponses.RankingResponse ranking(Actor actor, @PathVariable long agencyId, @PathVariable long proposalId) {
        return TalentResponses.RankingResponse.of(careers.get(actor, agencyId, proposalId), messages,
                LocaleContextHolder.getLocale());
    }
}
