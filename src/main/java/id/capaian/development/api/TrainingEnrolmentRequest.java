package id.capaian.development.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** An enrolment in a catalogue training, named by id or code; the employee by NIP (default: the caller). */
@Schema(name = "TrainingEnrolmentRequest")
record TrainingEnrolmentRequest(
        @Schema(description = "The training's id (or give trainingCode)") Long trainingId,
        @Schema(description = "The training's code in the agency's catalogue", example = "LATSAR-CPNS-2026") String trainingCode,
        @Schema(description = "Whom to enrol (default: the caller themselves)", example = "199001012015031001") String employeeNip) {
}
