package id.capaian.feedback;

import java.time.Instant;

/** An obstacle raised in a dialogue (kendala), by whom. */
public record Obstacle(long id, long dialogueId, String description, Long raisedBy, String raisedByName,
        Instant createdAt) {
}
