package id.capaian.development.api;

import id.capaian.development.TrainingKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A completion pushed by a trusted system (an e-learning platform), verified at once: a catalogue training by code,
 * or an external one with its title, kind and JP.
 */
@Schema(name = "TrainingCompletionRequest")
record TrainingCompletionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "199001012015031001") String employeeNip,
        @Schema(description = "A catalogue training (or give title, kind and jp)", example = "ELEARN-MANAJEMEN-ASN") String trainingCode,
        @Schema(description = "An external training's title", example = "E-learning Manajemen ASN") String title,
        TrainingKind kind,
        @Schema(description = "An external training's JP (1-1000)") Integer jp,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate completedOn,
        @Schema(description = "The platform's name, shown beside the verification", example = "ASN Unggul") String source) {
}
