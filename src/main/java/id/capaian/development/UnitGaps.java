package id.capaian.development;

import java.math.BigDecimal;
import java.util.List;

/**
 * The competency gaps of a unit (with its sub-units, when asked): per competency of the position standards of its
 * active staff, how many need it, how many were assessed, how many are below the standard, and the average gap of
 * those assessed.
 */
public record UnitGaps(long agencyId, long unitId, String unitName, boolean subunits, int employees,
        int withStandard, List<Line> lines) {

    /** One competency: the people whose position requires it, and how they stand. */
    public record Line(long competencyId, String code, String name, CompetencyKind kind, int required, int assessed,
            int below, BigDecimal averageGap, BigDecimal averageRequired) {

        public int unassessed() {
            return required - assessed;
        }
    }

    public int below() {
        return lines.stream().mapToInt(Line::below).sum();
    }
}
