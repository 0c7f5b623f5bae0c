package id.capaian.evaluation.api;

import id.capaian.evaluation.EvaluationForm;
import id.capaian.evaluation.Rating;
import id.capaian.planning.BerakhlakValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;

/** The appraiser's rating of a plan for a sub-period (0: the year). */
@Schema(name = "RatingRequest", description = "The appraiser's evaluation: a rating (and note) per RHK keyed by its id,"
        + " the overall result rating (with the reason when it differs from the suggestion), a rating (and note) per"
        + " BerAKHLAK value, the overall behaviour rating (with a note when it differs from the suggestion), the months"
        + " of the year the plan covered (annual only) and the version read (0 for a first rating)")
public record RatingRequest(
        @Schema(description = "RHK id -> rating", example = "{\"101\": \"SESUAI_EKSPEKTASI\"}") Map<Long, Rating> resultRatings,
        @Schema(description = "RHK id -> note") Map<Long, String> resultNotes, Rating resultRating, String resultReason,
        @Schema(description = "BerAKHLAK value -> rating, all seven", example = "{\"AKUNTABEL\": \"SESUAI_EKSPEKTASI\"}")
        Map<BerakhlakValue, Rating> behaviourRatings, Map<BerakhlakValue, String> behaviourNotes, Rating behaviourRating,
        String behaviourNote, @Schema(description = "1-12, annual only; 12 when left out") Integer months,
        @Schema(description = "The evaluation's version as read; 0 for a first rating", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer version) {

    EvaluationForm toForm() {
        return new EvaluationForm(copy(resultRatings), copy(resultNotes), resultRating, resultReason, copy(behaviourRatings),
                copy(behaviourNotes), behaviourRating, behaviourNote, months, version == null ? 0 : version);
    }

    private static <K, V> Map<K, V> copy(Map<K, V> m) {
        return m == null ? new HashMap<>() : new HashMap<>(m);
    }
}
