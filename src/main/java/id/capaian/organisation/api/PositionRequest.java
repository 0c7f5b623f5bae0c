package id.capaian.organisation.api;

import id.capaian.organisation.JfLevel;
import id.capaian.organisation.PositionForm;
import id.capaian.organisation.PositionKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** A position as sent to the API to create or change it. */
@Schema(description = "A position (jabatan) to create or update")
public record PositionRequest(
        @Schema(description = "Code unique in the agency", example = "JF-DOKTER-AP") String code,
        @Schema(example = "Dokter Ahli Pertama") String name,
        PositionKind kind,
        @Schema(description = "Level of a functional position (kind FUNGSIONAL only)") JfLevel jfLevel,
        @Schema(description = "Class (kelas jabatan), 1-17", example = "9") Integer classGrade,
        @Schema(description = "The version last read; required on update (optimistic locking)") Integer version) {

    PositionForm toForm() {
        PositionForm form = new PositionForm(code, name, kind, jfLevel, classGrade);
        form.setVersion(version);
        return form;
    }
}
