package id.capaian.organisation.api;

import id.capaian.organisation.EmployeeHistoryEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** One step of an employee's history. */
@Schema(description = "One step of an employee's history, newest first")
public record EmployeeHistoryResponse(
        @Schema(description = "APPOINTED, MOVED_UNIT, CHANGED_POSITION, CHANGED_SUPERIOR, DEACTIVATED or REACTIVATED")
        String kind,
        String detail,
        LocalDate effectiveOn,
        Instant recordedAt,
        String recordedBy) {

    static EmployeeHistoryResponse of(EmployeeHistoryEntry h) {
        return new EmployeeHistoryResponse(h.kind(), h.detail(), h.effectiveOn(), h.recordedAt(), h.recordedBy());
    }
}
