package id.capaian.development;

import java.time.LocalDate;

/**
 * A training of an agency's catalogue with its hours of study (JP, jam pelajaran), and how many are enrolled.
 *
 * @param enrolled the enrolments that hold a seat (every status but cancelled)
 */
public record Training(long id, long agencyId, String code, String title, TrainingKind kind, int jp, String provider,
        Long competencyId, String competencyName, LocalDate startsOn, LocalDate endsOn, Integer capacity, String url,
        boolean active, int version, int enrolled) {

    /** Seats left, or null when the training has no capacity limit. */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }

    public boolean full() {
        return capacity != null && enrolled >= capacity;
    }

    /** Whether its last day has passed. */
    public boolean ended(LocalDate today) {
        return endsOn != null && endsOn.isBefore(today);
    }
}
