package id.capaian.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Realisasi: the value (or text) an indicator reached in one sub-period, with its source and evidence. */
public record Realisation(long id, long planId, long indicatorId, int subPeriod, BigDecimal value, String textValue,
        String note, RealisationSource source, String sourceLabel, ReviewStatus reviewStatus, String recordedBy,
        Instant recordedAt, Instant updatedAt, int version, List<Evidence> evidence) {
}
