package id.capaian.planning;

import java.time.Instant;
import java.util.List;

/** A unit's Perjanjian Kinerja for a period: its key indicators, drafted, then signed by the unit's head. */
public record UnitAgreement(long id, long agencyId, long periodId, long unitId, String unitName, String status,
        Long signedBy, String signedByName, Instant signedAt, int version, List<UnitIndicator> indicators) {

    public boolean signed() {
        return "SIGNED".equals(status);
    }
}
