package id.capaian.tracking.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a refused batch (documentation of the problem details the controller builds). */
@Schema(name = "RealisationBatchProblem", description = "RFC 9457 problem details for a refused batch: nothing was"
        + " stored. errors names every refused item (not only the first), with one row per problem of the item.")
public record BatchProblem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Kiriman ditolak, tidak ada yang disimpan") String title,
        @Schema(example = "422") int status,
        String detail,
        @Schema(example = "tracking.api.error.batchRefused") String code,
        @Schema(description = "How many items were sent", example = "250") int items,
        @Schema(description = "How many items were refused", example = "2") int refused,
        List<Row> errors) {

    /** One problem of one item. */
    @Schema(name = "RealisationBatchError")
    public record Row(
            @Schema(description = "The item's position in items, from 0", example = "17") int index,
            @Schema(description = "The item's clientKey, if it had one", example = "simpus-2026-03-14-dr-siti") String clientKey,
            @Schema(description = "The field of the item, e.g. value, subPeriod, planId, clientKey", example = "value")
            String field,
            @Schema(description = "A stable code, e.g. tracking.error.closed, tracking.api.error.keyReused,"
                    + " tracking.api.error.outsideUnit", example = "plan.error.negative") String code,
            @Schema(description = "What to fix, in the requested language (Accept-Language)") String message) {
    }
}
