package id.capaian.tracking.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A day's pushes of another system in one request: stored all together, or none of them. */
@Schema(name = "RealisationBatchRequest", description = """
        Many pushes in one request, e.g. a clinic's registry sending the day's visits of all its doctors. Each item is \
        exactly a single push (RealisationPushRequest) with its own clientKey, checked by the same rules. Either every \
        item is stored, or none is: the answer then lists every refused item.""")
public record RealisationBatchRequest(
        @ArraySchema(arraySchema = @Schema(description = "1 to capaian.api.batch-max-items (1000 unless configured)"
                + " pushes, stored in this order; the answers come back in the same order",
                requiredMode = Schema.RequiredMode.REQUIRED),
                minItems = 1, schema = @Schema(implementation = RealisationPushRequest.class))
        List<RealisationPushRequest> items) {
}
