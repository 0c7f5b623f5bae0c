package id.capaian.talent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A succession candidate for a critical position, with their readiness and a note; on the position's page also their
 * box in the latest period with results and their competency fit to the position (null where not worked out).
 */
public record SuccessionCandidate(long criticalPositionId, long employeeId, String nip, String name, String unitName,
        String positionName, Readiness readiness, String note, String addedBy, Instant addedAt, Integer box,
        BigDecimal fit) {
}
