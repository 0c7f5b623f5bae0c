package id.capaian.organisation;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an employee's history: appointed, moved, deactivated, reactivated. */
public record EmployeeHistoryEntry(String kind, String detail, LocalDate effectiveOn, Instant recordedAt,
        String recordedBy) {
}
