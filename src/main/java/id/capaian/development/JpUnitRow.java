package id.capaian.development;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JP figures of a unit with its sub-units (or, with {@code own}, only of the people placed directly in the unit;
 * with {@code unitId} null, of the people placed in no unit): active employees, how many met the target, the JP
 * they earned together, and the certificates waiting for verification.
 */
public record JpUnitRow(Long unitId, String code, String name, boolean own, int employees, int met, long jp,
        int pendingVerifications, boolean hasSubunits) {

    public int behind() {
        return employees - met;
    }

    /** The average verified JP per employee, one decimal; null without employees. */
    public BigDecimal averageJp() {
        return employees == 0 ? null : BigDecimal.valueOf(jp).divide(BigDecimal.valueOf(employees), 1, RoundingMode.HALF_UP);
    }

    /** The share that met the target, whole percent; null without employees. */
    public Integer metPercent() {
        return employees == 0 ? null : (int) Math.round(met * 100.0 / employees);
    }

    JpUnitRow plus(JpUnitRow o) {
        return new JpUnitRow(unitId, code, name, own, employees + o.employees, met + o.met, jp + o.jp,
                pendingVerifications + o.pendingVerifications, hasSubunits);
    }
}
