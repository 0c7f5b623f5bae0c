package id.capaian.organisation.api;

import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.platform.Actor;
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

/** The positions of an agency. */
@ApiController("/api/v1/agencies/{agencyId}/positions")
@Tag(name = "Positions", description = "Positions (jabatan) of an agency: JPT, administrator, pengawas, pelaksana, fungsional")
class PositionApiController {

    private final PositionManagement positions;

    PositionApiController(PositionManagement positions) {
        this.positions = positions;
    }

    @GetMapping
    @Operation(operationId = "listPositions", summary = "List positions", description = "Ordered by kind, then name.")
    List<PositionResponse> list(Actor actor, @PathVariable long agencyId,
            @Parameter(description = "Text to find in the name or code") @RequestParam(required = false) String q,
            @Parameter(description = "Only positions of this kind") @RequestParam(required = false) PositionKind kind,
            @Parameter(description = "Include deactivated positions") @RequestParam(defaultValue = "false") boolean includeInactive) {
        return positions.list(actor, agencyId, q, kind, includeInactive).stream().map(PositionResponse::of).toList();
    }

    @PostMapping
    @Operation(operationId = "createPosition", summary = "Create a position")
    ResponseEntity<PositionResponse> create(Actor actor, @PathVariable long agencyId, @RequestBody PositionRequest request) {
        var created = positions.create(actor, agencyId, request.toForm());
        return ApiSupport.created(created.id(), PositionResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPosition", summary = "Get a position")
    PositionResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return PositionResponse.of(positions.get(actor, agencyId, id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updatePosition", summary = "Update a position",
            description = "Send the version you read; if someone changed the position since, the answer is 409.")
    PositionResponse update(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestBody PositionRequest request) {
        actor.requireAdminister(agencyId);
        ApiSupport.requireVersion(request.version());
        return PositionResponse.of(positions.update(actor, agencyId, id, request.toForm()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(operationId = "deactivatePosition", summary = "Deactivate a position",
            description = "Refused (422) while active employees hold it.")
    PositionResponse deactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return PositionResponse.of(positions.setActive(actor, agencyId, id, false));
    }

    @PostMapping("/{id}/activate")
    @Operation(operationId = "activatePosition", summary = "Activate a position again")
    PositionResponse activate(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return PositionResponse.of(positions.setActive(actor, agencyId, id, true));
    }
}
