package id.capaian.talent;

import java.math.BigDecimal;

/**
 * A candidate of a proposal: who, and once ranked their four criterion scores (0-100), the weighted total, the rank
 * and the written explanation of every number.
 */
public record CareerCandidate(long proposalId, long employeeId, String nip, String name, String unitName,
        String positionName, BigDecimal performance, BigDecimal competency, BigDecimal training, BigDecimal qualification,
        BigDecimal total, Integer rank, String explanation) {
}
