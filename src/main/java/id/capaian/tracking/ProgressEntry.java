package id.capaian.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One daily progress entry of an indicator: the day, the value, a note, and where it came from. */
public record ProgressEntry(long id, long indicatorId, LocalDate date, int subPeriod, BigDecimal value, String note,
        RealisationSource source, String sourceLabel, String recordedBy, Instant recordedAt) {
}
