package id.capaian.planning;

import java.time.Instant;

/** One step in a plan's history, seen by the employee and the appraiser alike. */
public record PlanEvent(long id, Instant occurredAt, String actor, String action, String reason, int revision) {
}
