package id.capaian.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Why and from when an employee leaves active service. */
@Schema(description = "Why and from when an employee leaves active service")
public record DeactivateEmployeeRequest(
        @Schema(description = "Required, e.g. retired, transferred out, passed away", example = "Pensiun") String reason,
        @Schema(description = "Defaults to today (Asia/Jakarta)", example = "2026-01-31") LocalDate effectiveOn) {
}
