package id.capaian.development.api;

import id.capaian.development.JpProgress;
import io.swagger.v3.oas.annotations.media.Schema;

/** An employee's JP in a year. */
@Schema(name = "JpProgress", description = "Verified JP of trainings completed in the year against the agency's target")
record TrainingJpResponse(long employeeId, String nip, String name, String unit, int year,
        @Schema(description = "Verified JP completed in the year") int earned,
        @Schema(description = "The agency's yearly target (20 by default)") int target,
        @Schema(description = "JP still missing (0 once met)") int shortfall,
        boolean met,
        @Schema(description = "JP completed in the year whose certificates wait for verification") int pendingJp) {

    static TrainingJpResponse of(JpProgress p) {
        return new TrainingJpResponse(p.employeeId(), p.nip(), p.name(), p.unitName(), p.year(), p.earned(), p.target(),
                p.shortfall(), p.met(), p.pendingJp());
    }
}
