package id.capaian.organisation.api;

import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The employees of an agency, their reporting lines and their history. */
@ApiController("/api/v1/agencies/{agencyId}/employees")
@Tag(name = "Employees", description = "Employees (pegawai) of an agency with their unit, position, superior and appraiser")
class EmployeeApiController {

    private final EmployeeManagement employees;

    EmployeeApiController(EmployeeManagement employees) {
        this.employees = employees;
    }

    @GetMapping
    @Operation(operationId = "searchEmployees", summary = "Search employees, one page at a time",
            description = "Ordered by name. Pages are numbered from 0; the page size is at most 200.")
    PageResponse<EmployeeResponse> list(Actor actor, @PathVariable long agencyId,
            @Parameter(description = "Text to find in the name or NIP") @RequestParam(required = false) String q,
            @Parameter(description = "Only employees of this unit") @RequestParam(required = false) Long unitId,
            @Parameter(description = "With unitId: also employees of its sub-units")
            @RequestParam(defaultValue = "true") boolean includeSubunits,
            @Parameter(description = "Which employees", schema = @Schema(allowableValues = {"active", "inactive", "all"}))
            @RequestParam(defaultValue = "active") String status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1-200") @RequestParam(defaultValue = "25") int size) {
        Boolean active = switch (status) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            case "all" -> null;
            default -> throw InvalidInputException.of("status", "api.error.status", status);
        };
        var result = employees.search(actor, agencyId,
                new EmployeeManagement.Search(q, unitId, includeSubunits, active, page, size));
        return PageResponse.of(result, EmployeeResponse::of);
    }

    @PostMapping
    @Operation(operationId = "createEmployee", summary = "Create an employee",
            description = "The NIP is checked: its kind must match asnType and it must not be in use. Superior,"
                    + " appraiser, unit and position must belong to the same agency.")
    ResponseEntity<EmployeeResponse> create(Actor actor, @PathVariable long agencyId, @RequestBody EmployeeRequest request) {
        var created = employees.create(actor, agencyId, request.toForm());
        return ApiSupport.created(created.id(), EmployeeResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEmployee", summary = "Get an employee")
    EmployeeResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return EmployeeResponse.of(employees.get(actor, agencyId, id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateEmployee", summary = "Update an employee",
            description = "Send the version you read; if someone changed the employee since, the answer is 409.")
    EmployeeResponse update(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestBody EmployeeRequest request) {
        actor.requireAdminister(agencyId);
        ApiSupport.requireVersion(request.version());
        return EmployeeResponse.of(employees.update(actor, agencyId, id, request.toForm()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(operationId = "deactivateEmployee", summary = "Deactivate an employee (retired, transferred out, passed away)",
            description = "Refused (422) while they are still someone's superior or appraiser; a unit they head loses its head.")
    EmployeeResponse deactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestBody(required = false) DeactivateEmployeeRequest request) {
        var body = request == null ? new DeactivateEmployeeRequest(null, null) : request;
        return EmployeeResponse.of(employees.deactivate(actor, agencyId, id, body.reason(), body.effectiveOn()));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(operationId = "reactivateEmployee", summary = "Return an employee to active service")
    EmployeeResponse reactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestBody(required = false) ReactivateEmployeeRequest request) {
        return EmployeeResponse.of(employees.reactivate(actor, agencyId, id, request == null ? null : request.reason()));
    }

    @GetMapping("/{id}/subordinates")
    @Operation(operationId = "listSubordinates", summary = "The employee's active direct reports")
    List<EmployeeResponse> subordinates(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        employees.get(actor, agencyId, id);
        return employees.subordinates(actor, agencyId, id).stream().map(EmployeeResponse::of).toList();
    }

    @GetMapping("/{id}/appraisees")
    @Operation(operationId = "listAppraisees", summary = "The active employees this employee appraises",
            description = "Direct reports without an appraiser override, plus those whose override names this employee.")
    List<EmployeeResponse> appraisees(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        employees.get(actor, agencyId, id);
        return employees.appraisees(actor, agencyId, id).stream().map(EmployeeResponse::of).toList();
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getEmployeeHistory", summary = "The employee's history, newest first")
    List<EmployeeHistoryResponse> history(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        return employees.history(actor, agencyId, id).stream().map(EmployeeHistoryResponse::of).toList();
    }
}
