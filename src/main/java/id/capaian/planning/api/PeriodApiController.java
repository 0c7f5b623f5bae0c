package id.capaian.planning.api;

import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The agency's annual performance periods. */
@ApiController(ApiSupport.BASE + "/periods")
@Tag(name = "Periods", description = "Annual performance periods (periode): opened and closed by the agency's administrators")
class PeriodApiController {

    private final PeriodManagement periods;

    PeriodApiController(PeriodManagement periods) {
        this.periods = periods;
    }

    @GetMapping
    @Operation(operationId = "listPeriods", summary = "List the agency's periods, newest year first")
    List<PeriodResponse> list(Actor actor, @PathVariable long agencyId) {
        return periods.list(actor, agencyId).stream().map(PeriodResponse::of).toList();
    }

    @GetMapping("/{periodId}")
    @Operation(operationId = "getPeriod", summary = "Get a period with its months or quarters")
    PeriodResponse get(Actor actor, @PathVariable long agencyId, @PathVariable long periodId) {
        return PeriodResponse.of(periods.get(actor, agencyId, periodId));
    }

    @PostMapping
    @Operation(operationId = "openPeriod", summary = "Open the period of a year",
            description = "Agency administrators only. One period per year; the plan deadline defaults to 31 January.")
    ResponseEntity<PeriodResponse> open(Actor actor, @PathVariable long agencyId, @RequestBody PeriodRequest request) {
        var period = periods.open(actor, agencyId, ApiSupport.required(request).toForm());
        return ApiSupport.created(period.id(), PeriodResponse.of(period));
    }

    @PostMapping("/{periodId}/close")
    @Operation(operationId = "closePeriod", summary = "Close a period",
            description = "Agency administrators only. From then on its plans, agreements and realisations are read-only.")
    PeriodResponse close(Actor actor, @PathVariable long agencyId, @PathVariable long periodId) {
        return PeriodResponse.of(periods.close(actor, agencyId, periodId));
    }
}
