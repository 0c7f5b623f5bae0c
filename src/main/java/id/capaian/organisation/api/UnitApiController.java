package id.capaian.organisation.api;

import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The unit tree of an agency. */
@ApiController("/api/v1/agencies/{agencyId}/units")
@Tag(name = "Units", description = "The unit tree (unit kerja) of an agency")
class UnitApiController {

    private final UnitManagement units;

    UnitApiController(UnitManagement units) {
        this.units = units;
    }

    @GetMapping
    @Operation(operationId = "listUnits", summary = "List the units in tree order",
            description = "Parents come before their children, siblings by name; each unit carries its depth and parentId.")
    List<UnitResponse> list(Actor actor, @PathVariable long agencyId,
            @Parameter(description = "Text to find in the name or code") @RequestParam(required = false) String q,
            @Parameter(description = "Include deactivated units") @RequestParam(defaultValue = "false") boolean includeInactive) {
        return units.search(actor, agencyId, q, includeInactive).stream().map(UnitResponse::of).toList();
    }

    @PostMapping
    @Operation(operationId = "createUnit", summary = "Create a unit")
    ResponseEntity<UnitResponse> create(Actor actor, @PathVariable long agencyId, @RequestBody UnitRequest request) {
        var created = units.create(actor, agencyId, request.toForm());
        return ApiSupport.created(created.id(), UnitResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUnit", summary = "Get a unit")
    UnitResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return UnitResponse.of(units.get(actor, agencyId, id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateUnit", summary = "Update a unit",
            description = "Send the version you read; if someone changed the unit since, the answer is 409.")
    UnitResponse update(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestBody UnitRequest request) {
        actor.requireAdminister(agencyId);
        ApiSupport.requireVersion(request.version());
        return UnitResponse.of(units.update(actor, agencyId, id, request.toForm()));
    }

    @PostMapping("/{id}/move")
    @Operation(operationId = "moveUnit", summary = "Move a unit under another parent, or to the top level")
    UnitResponse move(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestBody MoveUnitRequest request) {
        actor.requireAdminister(agencyId);
        if (request.version() != null && units.get(actor, agencyId, id).version() != request.version()) {
            throw new ConcurrentChangeException("unit", id);
        }
        return UnitResponse.of(units.move(actor, agencyId, id, request.parentId()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(operationId = "deactivateUnit", summary = "Deactivate a unit",
            description = "Refused (422) while it has active sub-units or staff.")
    UnitResponse deactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return UnitResponse.of(units.setActive(actor, agencyId, id, false));
    }

    @PostMapping("/{id}/activate")
    @Operation(operationId = "activateUnit", summary = "Activate a unit again",
            description = "Refused (422) while its parent is inactive.")
    UnitResponse activate(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return UnitResponse.of(units.setActive(actor, agencyId, id, true));
    }
}
