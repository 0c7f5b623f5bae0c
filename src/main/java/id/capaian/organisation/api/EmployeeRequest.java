package id.capaian.organisation.api;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.EmployeeForm;
import io.swagger.v3.oas.annotations.media.Schema;

/** An employee as sent to the API to create or change them. */
@Schema(description = "An employee (pegawai) to create or update")
public record EmployeeRequest(
        @Schema(description = "18-digit NIP (PNS) or NI PPPK; spaces, dots and dashes between groups are allowed",
                example = "19860926 201505 1 001") String nip,
        @Schema(description = "Name without titles", example = "Siti Aminah") String name,
        @Schema(description = "Titles before the name", example = "dr.") String frontTitle,
        @Schema(description = "Titles after the name", example = "M.Kes.") String backTitle,
        @Schema(description = "Must match the kind the NIP encodes") AsnType asnType,
        @Schema(description = "Rank (golongan/ruang, e.g. III/a) for PNS, grade (I-XVII) for PPPK", example = "III/a") String rankGrade,
        String email,
        Long positionId,
        Long unitId,
        @Schema(description = "The direct superior (atasan langsung)") Long superiorId,
        @Schema(description = "The appraiser (pejabat penilai) when it is not the direct superior; null follows the superior")
        Long appraiserId,
        @Schema(description = "The version last read; required on update (optimistic locking)") Integer version) {

    EmployeeForm toForm() {
        EmployeeForm form = new EmployeeForm();
        form.setNip(nip);
        form.setName(name);
        form.setFrontTitle(frontTitle);
        form.setBackTitle(backTitle);
        form.setAsnType(asnType);
        form.setRankGrade(rankGrade);
        form.setEmail(email);
        form.setPositionId(positionId);
        form.setUnitId(unitId);
        form.setSuperiorId(superiorId);
        form.setAppraiserId(appraiserId);
        form.setVersion(version);
        return form;
    }
}
