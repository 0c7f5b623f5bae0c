package id.capaian.planning.api;

import id.capaian.planning.AgreementManagement;
import id.capaian.planning.UnitAgreement;
import id.capaian.planning.UnitIndicator;
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

/** Units' performance agreements and their key indicators. */
@ApiController(ApiSupport.BASE)
@Tag(name = "Agreements", description = "Units' performance agreements (perjanjian kinerja) with their key indicators"
        + " (IKU): drafted by the unit's head or an administrator, signed by the head, reopened by an administrator")
class AgreementApiController {

    private final AgreementManagement agreements;

    AgreementApiController(AgreementManagement agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/periods/{periodId}/agreements")
    @Operation(operationId = "listAgreements", summary = "Every unit agreement of the period with its IKU")
    List<AgreementResponse> list(Actor actor, @PathVariable long agencyId, @PathVariable long periodId) {
        return agreements.list(actor, agencyId, periodId).stream().map(AgreementResponse::of).toList();
    }

    @GetMapping("/periods/{periodId}/units/{unitId}/agreement")
    @Operation(operationId = "getUnitAgreement", summary = "The agreement of one unit for the period",
            description = "404 while the unit has none; POST to the same address starts it.")
    AgreementResponse forUnit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @PathVariable long unitId) {
        return agreements.forUnit(actor, agencyId, periodId, unitId).map(AgreementResponse::of)
                .orElseThrow(() -> new NotFoundException("agreement", unitId));
    }

    @PostMapping("/periods/{periodId}/units/{unitId}/agreement")
    @Operation(operationId = "openUnitAgreement", summary = "Start the unit's agreement for the period (or get it)",
            description = "The unit's head or an agency administrator. Creates a draft on first use; afterwards answers"
                    + " the existing agreement.")
    AgreementResponse open(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId) {
        return AgreementResponse.of(agreements.open(actor, agencyId, periodId, unitId));
    }

    @GetMapping("/agreements/{agreementId}")
    @Operation(operationId = "getAgreement", summary = "Get an agreement with its IKU")
    AgreementResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId) {
        return AgreementResponse.of(agreements.get(actor, agencyId, agreementId));
    }

    @PostMapping("/agreements/{agreementId}/indicators")
    @Operation(operationId = "addUnitIndicator", summary = "Add a key indicator (IKU) to a draft agreement")
    ResponseEntity<UnitIndicatorResponse> add(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId,
            @RequestBody UnitIndicatorRequest request) {
        UnitIndicator created = agreements.addIndicator(actor, agencyId, agreementId, ApiSupport.required(request).toForm());
        return ApiSupport.created(created.id(), UnitIndicatorResponse.of(created));
    }

    @GetMapping("/agreements/{agreementId}/indicators/{indicatorId}")
    @Operation(operationId = "getUnitIndicator", summary = "Get a key indicator (IKU)")
    UnitIndicatorResponse getIndicator(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId,
            @PathVariable long indicatorId) {
        return UnitIndicatorResponse.of(indicatorOf(agreements.get(actor, agencyId, agreementId), indicatorId));
    }

    @PutMapping("/agreements/{agreementId}/indicators/{indicatorId}")
    @Operation(operationId = "updateUnitIndicator", summary = "Change a key indicator (IKU) of a draft agreement",
            description = "The RHK that contribute to it are flagged for their owners to look at again.")
    UnitIndicatorResponse update(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId,
            @PathVariable long indicatorId, @RequestBody UnitIndicatorRequest request) {
        indicatorOf(agreements.get(actor, agencyId, agreementId), indicatorId);
        return UnitIndicatorResponse.of(agreements.updateIndicator(actor, agencyId, indicatorId,
                ApiSupport.required(request).toForm()));
    }

    @DeleteMapping("/agreements/{agreementId}/indicators/{indicatorId}")
    @Operation(operationId = "removeUnitIndicator", summary = "Remove a key indicator (IKU) from a draft agreement",
            description = "The RHK linked to it lose the link and are flagged.")
    ResponseEntity<Void> remove(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId,
            @PathVariable long indicatorId) {
        indicatorOf(agreements.get(actor, agencyId, agreementId), indicatorId);
        agreements.removeIndicator(actor, agencyId, indicatorId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/agreements/{agreementId}/sign")
    @Operation(operationId = "signAgreement", summary = "Sign the agreement",
            description = "The unit's head (or an administrator on their behalf); at least one IKU is needed.")
    AgreementResponse sign(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId) {
        return AgreementResponse.of(agreements.sign(actor, agencyId, agreementId));
    }

    @PostMapping("/agreements/{agreementId}/reopen")
    @Operation(operationId = "reopenAgreement", summary = "Reopen a signed agreement for changes",
            description = "Agency administrators only.")
    AgreementResponse reopen(Actor actor, @PathVariable long agencyId, @PathVariable long agreementId) {
        return AgreementResponse.of(agreements.reopen(actor, agencyId, agreementId));
    }

    private static UnitIndicator indicatorOf(UnitAgreement agreement, long indicatorId) {
        return agreement.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("unit_indicator", indicatorId));
    }
}
