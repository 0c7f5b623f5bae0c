package id.capaian.planning;

import java.math.BigDecimal;

/** IKU: a key indicator of a unit's performance agreement, with its target. */
public record UnitIndicator(long id, long agreementId, long unitId, String goal, String name, BigDecimal targetValue,
        String targetUnit, Direction direction, int ordinal) {

    public String targetDescription() {
        return Target.number(targetValue, targetUnit).describe();
    }
}
