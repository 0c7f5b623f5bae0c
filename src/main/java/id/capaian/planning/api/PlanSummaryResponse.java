package id.capaian.planning.api;

import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlanSummary;
import id.capaian.platform.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A plan in a list. */
@Schema(description = "A plan (SKP) in a list: whose, which status, how many results")
public record PlanSummaryResponse(long id, long periodId, long employeeId, String employeeName, String employeeNip,
        Long unitId, String unitName, String positionName, Long appraiserId, PlanStatus status, int revision,
        @Schema(description = "Number of planned results (RHK)") int results,
        @Schema(description = "Number of RHK whose superior's RHK changed since") int flagged,
        Instant submittedAt, Instant approvedAt) {

    static PlanSummaryResponse of(PlanSummary s) {
        return new PlanSummaryResponse(s.id(), s.periodId(), s.employeeId(), s.employeeName(), s.employeeNip(), s.unitId(),
                s.unitName(), s.positionName(), s.appraiserId(), s.status(), s.revision(), s.results(), s.flagged(),
                s.submittedAt(), s.approvedAt());
    }

    /** One page of plans. */
    @Schema(name = "PlanPageResponse", description = "One page of plans; pages are numbered from 0")
    public record Page(List<PlanSummaryResponse> content, int page, int size, long totalElements, int totalPages) {

        static Page of(PageResult<PlanSummary> result) {
            return new Page(result.content().stream().map(PlanSummaryResponse::of).toList(), result.page(), result.size(),
                    result.totalElements(), result.totalPages());
        }
    }
}
