package id.capaian.planning.api;

import id.capaian.planning.UnitAgreement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A unit's performance agreement as the API shows it. */
@Schema(description = "A unit's performance agreement (perjanjian kinerja) for a period, with its key indicators (IKU)")
public record AgreementResponse(long id, long periodId, long unitId, String unitName,
        @Schema(description = "DRAFT or SIGNED", allowableValues = {"DRAFT", "SIGNED"}) String status,
        @Schema(description = "The unit's head who signed") Long signedBy, String signedByName, Instant signedAt,
        int version, List<UnitIndicatorResponse> indicators) {

    static AgreementResponse of(UnitAgreement a) {
        return new AgreementResponse(a.id(), a.periodId(), a.unitId(), a.unitName(), a.status(), a.signedBy(),
                a.signedByName(), a.signedAt(), a.version(), a.indicators().stream().map(UnitIndicatorResponse::of).toList());
    }
}
