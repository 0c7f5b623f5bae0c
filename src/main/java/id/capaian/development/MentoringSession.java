package id.capaian.development;

import java.time.Instant;
import java.time.LocalDate;

/** A mentoring session as the mentor or the mentee logged it. */
public record MentoringSession(long id, long pairId, LocalDate heldOn, int minutes, String topic, String notes,
        String recordedBy, Instant recordedAt) {
}
