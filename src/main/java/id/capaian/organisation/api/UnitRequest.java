package id.capaian.organisation.api;

import id.capaian.organisation.UnitForm;
import io.swagger.v3.oas.annotations.media.Schema;

/** A unit as sent to the API to create or change it. */
@Schema(description = "A unit (unit kerja) to create or update")
public record UnitRequest(
        @Schema(description = "Code unique in the agency: 1-40 letters, digits, '.', '_', '/' or '-'", example = "DINKES") String code,
        @Schema(example = "Dinas Kesehatan") String name,
        @Schema(description = "The parent unit; null for a top-level unit") Long parentId,
        @Schema(description = "The employee heading the unit, if any") Long headEmployeeId,
        @Schema(description = "The version last read; required on update (optimistic locking)") Integer version) {

    UnitForm toForm() {
        UnitForm form = new UnitForm(code, name, parentId);
        form.setHeadEmployeeId(headEmployeeId);
        form.setVersion(version);
        return form;
    }
}
