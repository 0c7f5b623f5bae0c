package id.capaian.planning.api;

import id.capaian.planning.PeriodForm;
import id.capaian.planning.SubPeriodScheme;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A performance period to open. */
@Schema(description = "A performance period (periode) to open for the agency")
public record PeriodRequest(
        @Schema(description = "The year, 2000-2100; one period per year", example = "2026") Integer year,
        @Schema(description = "How the year is divided for realisations and periodic evaluation") SubPeriodScheme scheme,
        @Schema(description = "Deadline for plans; by default 31 January of the year (PermenPAN-RB 6/2022)",
                example = "2026-01-31") LocalDate planDeadline) {

    PeriodForm toForm() {
        return new PeriodForm(year, scheme, planDeadline);
    }
}
