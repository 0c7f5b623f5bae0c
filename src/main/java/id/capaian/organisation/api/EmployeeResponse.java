package id.capaian.organisation.api;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Nip;
import id.capaian.organisation.PositionKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** An employee as the API shows them. */
@Schema(description = "An employee (pegawai) with their place in the organisation and reporting lines")
public record EmployeeResponse(
        long id,
        @Schema(description = "The NIP as 18 digits", example = "198609262015051001") String nip,
        @Schema(description = "The NIP in its usual groups", example = "19860926 201505 1 001") String nipFormatted,
        @Schema(description = "The kind of number the NIP is: PNS (NIP) or PPPK (NI PPPK)") AsnType nipKind,
        String name,
        String frontTitle,
        String backTitle,
        @Schema(description = "The name with titles, as written on documents", example = "dr. Siti Aminah, M.Kes.") String displayName,
        AsnType asnType,
        String rankGrade,
        String email,
        Long positionId,
        String positionName,
        PositionKind positionKind,
        Long unitId,
        String unitName,
        @Schema(description = "The direct superior (atasan langsung)") Long superiorId,
        String superiorName,
        @Schema(description = "The effective appraiser (pejabat penilai)") Long appraiserId,
        String appraiserName,
        @Schema(description = "True when the appraiser was set explicitly; false when it is the direct superior")
        boolean appraiserOverridden,
        boolean active,
        int version) {

    static EmployeeResponse of(Employee e) {
        Nip.Result nip = Nip.check(e.nip());
        return new EmployeeResponse(e.id(), e.nip(), e.nipFormatted(), nip.valid() ? nip.nip().type() : null, e.name(),
                e.frontTitle(), e.backTitle(), e.displayName(), e.asnType(), e.rankGrade(), e.email(), e.positionId(),
                e.positionName(), e.positionKind(), e.unitId(), e.unitName(), e.superiorId(), e.superiorName(),
                e.appraiserId(), e.appraiserName(), e.appraiserOverridden(), e.active(), e.version());
    }
}
