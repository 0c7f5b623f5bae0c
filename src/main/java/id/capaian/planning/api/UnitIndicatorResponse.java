package id.capaian.planning.api;

import id.capaian.planning.Direction;
import id.capaian.planning.UnitIndicator;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** An IKU as the API shows it. */
@Schema(description = "A key indicator (IKU) of a unit's performance agreement")
public record UnitIndicatorResponse(long id, long agreementId, long unitId, String goal, String name,
        BigDecimal targetValue, String targetUnit,
        @Schema(description = "The target as people write it", example = "95 %") String targetDescription,
        Direction direction, int ordinal) {

    static UnitIndicatorResponse of(UnitIndicator i) {
        return new UnitIndicatorResponse(i.id(), i.agreementId(), i.unitId(), i.goal(), i.name(), i.targetValue(),
                i.targetUnit(), i.targetDescription(), i.direction(), i.ordinal());
    }
}
