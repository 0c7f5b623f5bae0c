package id.capaian.tracking.api;

import id.capaian.tracking.RealisationSource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a push stored: the realisation as it stands and, for a day's push, the progress entry. */
@Schema(name = "RealisationPushResponse", description = "The result of a push. A retry with the same clientKey and"
        + " the same content gets this again (200, header Idempotent-Replay: true) without counting twice.")
public record PushResponse(String clientKey,
        @Schema(description = "True when this answers a retry of an earlier push") boolean replay,
        @Schema(description = "The sub-period's realisation as it stands now") RealisationResponse realisation,
        @Schema(description = "The day's progress entry, for a push with a date") ProgressResponse progress) {

    /** One day's progress entry. */
    @Schema(name = "ProgressEntryResponse")
    public record ProgressResponse(long id, long indicatorId, LocalDate date, int subPeriod, BigDecimal value, String note,
            @Schema(description = "API for a pushed entry") RealisationSource source, String sourceLabel,
            String recordedBy, Instant recordedAt) {
    }
}
