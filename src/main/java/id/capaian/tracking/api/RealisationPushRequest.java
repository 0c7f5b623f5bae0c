package id.capaian.tracking.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A realisation pushed by another system, for one indicator, with the key that makes a retry harmless. */
@Schema(name = "RealisationPushRequest", description = """
        A value for one indicator (IKI) of an approved plan (SKP), pushed by another system (e.g. a clinic's patient \
        registry). Name the plan with planId or the employee with employeeNip (both: they must agree). Give either \
        subPeriod (the month or quarter's realisation, replacing what was there) or date (one day's progress entry: \
        the sub-period's realisation becomes the sum of the days for quantity indicators, the latest day otherwise).""")
public record RealisationPushRequest(
        @Schema(description = "The plan (SKP)", example = "4711") Long planId,
        @Schema(description = "Or the employee's NIP (18 digits): their plan that holds the indicator, in an open period",
                example = "198503122010012003") String employeeNip,
        @Schema(description = "The indicator (IKI) of the plan", requiredMode = Schema.RequiredMode.REQUIRED, example = "815")
        Long indicatorId,
        @Schema(description = "1-12 (monthly periods) or 1-4 (quarterly): the sub-period's realisation", example = "3")
        Integer subPeriod,
        @Schema(description = "Or a day (ISO date): one day's progress entry", example = "2026-03-14") LocalDate date,
        @Schema(description = "The value, for indicators with a numeric target", example = "42") BigDecimal value,
        @Schema(description = "The text, for indicators with a written (qualitative) target; with subPeriod only")
        String textValue,
        @Schema(description = "A note, at most 2000 characters", example = "Kunjungan rawat jalan poli umum") String note,
        @Schema(description = "Your own unique key of this push (1-100 characters): a retry with the same key and the"
                + " same content is answered with the first result and counts once; the same key with other content"
                + " gets 409", requiredMode = Schema.RequiredMode.REQUIRED, example = "simpus-2026-03-14-dr-siti")
        String clientKey,
        @Schema(description = "Shown beside the value as its source; the token's name when left out (at most 120"
                + " characters)", example = "SIMPUS Puskesmas Kesatria") String sourceLabel) {
}
