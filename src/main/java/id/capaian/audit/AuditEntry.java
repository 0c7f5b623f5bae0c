package id.capaian.audit;

import java.time.Instant;

/** One recorded change: who, when, what, and the state before and after (JSON). */
public record AuditEntry(long id, Long agencyId, Instant occurredAt, String actor, String action, String entityType,
        Long entityId, String summary, String before, String after) {
}
