package id.capaian.organisation.api;

import id.capaian.organisation.AgencyForm;
import id.capaian.organisation.AgencyKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** An agency as sent to the API to create or change it. */
@Schema(description = "An agency (instansi) to create or update")
public record AgencyRequest(
        @Schema(description = "Short unique code, 2-20 letters, digits, '.', '_' or '-'", example = "KOTA-PMS") String code,
        @Schema(description = "Full name", example = "Pemerintah Kota Pematangsiantar") String name,
        AgencyKind kind,
        @Schema(description = "The version last read; required on update (optimistic locking)") Integer version) {

    AgencyForm toForm() {
        AgencyForm form = new AgencyForm(code, name, kind);
        form.setVersion(version);
        return form;
    }
}
