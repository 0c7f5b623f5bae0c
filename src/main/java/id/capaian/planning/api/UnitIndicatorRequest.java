package id.capaian.planning.api;

import id.capaian.planning.Direction;
import id.capaian.planning.UnitIndicatorForm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A key indicator (IKU) of a unit's performance agreement. */
@Schema(description = "A key indicator (IKU) of a unit's performance agreement (perjanjian kinerja)")
public record UnitIndicatorRequest(
        @Schema(description = "The goal (sasaran) it measures", example = "Meningkatnya derajat kesehatan masyarakat") String goal,
        @Schema(description = "The indicator", example = "Cakupan imunisasi dasar lengkap") String name,
        @Schema(example = "95") BigDecimal targetValue,
        @Schema(example = "%") String targetUnit,
        @Schema(description = "Which way is better; HIGHER by default") Direction direction) {

    UnitIndicatorForm toForm() {
        return new UnitIndicatorForm(goal, name, targetValue, targetUnit, direction == null ? Direction.HIGHER : direction);
    }
}
