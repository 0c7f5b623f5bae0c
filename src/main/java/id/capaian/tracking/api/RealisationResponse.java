package id.capaian.tracking.api;

import id.capaian.tracking.Evidence;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationSource;
import id.capaian.tracking.ReviewStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored realisation with its source. */
@Schema(name = "RealisationResponse", description = "The realisation (realisasi) of an indicator in one sub-period,"
        + " with where it came from and the appraiser's review")
public record RealisationResponse(long id, long planId, long indicatorId,
        @Schema(description = "1-12 (monthly) or 1-4 (quarterly)") int subPeriod,
        BigDecimal value, String textValue, String note,
        @Schema(description = "WEB (typed in), API (pushed by another system) or PROGRESS (rolled up from daily entries)")
        RealisationSource source,
        @Schema(description = "Shown beside the value, e.g. the pushing system", example = "SIMPUS Puskesmas Kesatria")
        String sourceLabel,
        @Schema(description = "PENDING, REVIEWED, or NEEDS_EVIDENCE (the appraiser asked for more)") ReviewStatus reviewStatus,
        @Schema(description = "A NIP, or token:<name> for a system") String recordedBy,
        Instant recordedAt, Instant updatedAt, int version, List<EvidenceResponse> evidence) {

    static RealisationResponse of(Realisation r) {
        return new RealisationResponse(r.id(), r.planId(), r.indicatorId(), r.subPeriod(), r.value(), r.textValue(),
                r.note(), r.source(), r.sourceLabel(), r.reviewStatus(), r.recordedBy(), r.recordedAt(), r.updatedAt(),
                r.version(), r.evidence().stream().map(EvidenceResponse::of).toList());
    }

    /** Evidence (bukti dukung): a link, or a stored file (its content only on the web, for those allowed). */
    @Schema(name = "EvidenceResponse")
    public record EvidenceResponse(long id, @Schema(description = "FILE or LINK") String kind, String fileName,
            String contentType, Long sizeBytes, String url, String uploadedBy, Instant uploadedAt) {

        static EvidenceResponse of(Evidence e) {
            return new EvidenceResponse(e.id(), e.kind(), e.fileName(), e.contentType(), e.sizeBytes(), e.url(),
                    e.uploadedBy(), e.uploadedAt());
        }
    }
}
