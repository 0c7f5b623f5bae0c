package id.capaian.tracking.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a batch stored: one answer per item, in the order sent, and how many were new and how many retries. */
@Schema(name = "RealisationBatchResponse", description = "Every item of the batch was accepted. items holds one"
        + " answer per item in the order sent, each as the single push answers it: replay is true for an item whose"
        + " clientKey was pushed before with the same content (it was not counted again).")
public record BatchPushResponse(
        @Schema(description = "Items stored now", example = "998") int stored,
        @Schema(description = "Items that repeat an earlier push (same clientKey, same content): answered with its"
                + " result, nothing stored twice", example = "2") int replayed,
        @Schema(description = "One answer per item, in the order sent") List<PushResponse> items) {

    static BatchPushResponse of(List<PushResponse> items) {
        int replayed = (int) items.stream().filter(PushResponse::replay).count();
        return new BatchPushResponse(items.size() - replayed, replayed, List.copyOf(items));
    }
}
