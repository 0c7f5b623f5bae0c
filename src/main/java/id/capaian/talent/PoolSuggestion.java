package id.capaian.talent;

import java.math.BigDecimal;

/**
 * A member of the talent pool suggested for a position, with their box and how well they fit the position's
 * competency standard (the sums behind the score, so the suggestion explains itself).
 */
public record PoolSuggestion(long employeeId, String nip, String name, String unitName, String positionName, int box,
        int year, BigDecimal fit, int gaps, int required, int standards, int assessed) {
}
