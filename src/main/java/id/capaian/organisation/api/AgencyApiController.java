package id.capaian.organisation.api;

import id.capaian.organisation.AgencyManagement;
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

/** Agencies: every caller sees their own; national administrators see, create and change all of them. */
@ApiController("/api/v1/agencies")
@Tag(name = "Agencies", description = "Agencies (instansi), the tenants every other record belongs to")
class AgencyApiController {

    private final AgencyManagement agencies;

    AgencyApiController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(operationId = "listAgencies", summary = "List the agencies the caller may see",
            description = "National tokens see every agency; an agency's token sees only its own.")
    List<AgencyResponse> list(Actor actor,
            @Parameter(description = "Text to find in the name or code") @RequestParam(required = false) String q) {
        return agencies.list(actor, q).stream().map(AgencyResponse::of).toList();
    }

    @PostMapping
    @Operation(operationId = "createAgency", summary = "Create an agency (national administrators only)")
    ResponseEntity<AgencyResponse> create(Actor actor, @RequestBody AgencyRequest request) {
        var created = agencies.create(actor, request.toForm());
        return ApiSupport.created(created.id(), AgencyResponse.of(created));
    }

    @GetMapping("/{agencyId}")
    @Operation(operationId = "getAgency", summary = "Get an agency")
    AgencyResponse get(Actor actor, @PathVariable long agencyId) {
        return AgencyResponse.of(agencies.get(actor, agencyId));
    }

    @PutMapping("/{agencyId}")
    @Operation(operationId = "updateAgency", summary = "Update an agency (national administrators only)",
            description = "Send the version you read; if someone changed the agency since, the answer is 409.")
    AgencyResponse update(Actor actor, @PathVariable long agencyId, @RequestBody AgencyRequest request) {
        actor.requireNational();
        ApiSupport.requireVersion(request.version());
        return AgencyResponse.of(agencies.update(actor, agencyId, request.toForm()));
    }

    @PostMapping("/{agencyId}/deactivate")
    @Operation(operationId = "deactivateAgency", summary = "Deactivate an agency (national administrators only)")
    AgencyResponse deactivate(Actor actor, @PathVariable long agencyId) {
        return AgencyResponse.of(agencies.setActive(actor, agencyId, false));
    }

    @PostMapping("/{agencyId}/activate")
    @Operation(operationId = "activateAgency", summary = "Activate an agency again (national administrators only)")
    AgencyResponse activate(Actor actor, @PathVariable long agencyId) {
        return AgencyResponse.of(agencies.setActive(actor, agencyId, true));
    }
}
