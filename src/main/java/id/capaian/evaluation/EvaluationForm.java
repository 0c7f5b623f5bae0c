package id.capaian.evaluation;

import id.capaian.planning.BerakhlakValue;
import java.util.HashMap;
import java.util.Map;

/**
 * The appraiser's evaluation of one SKP: a rating and note per RHK (keyed by its id), the overall result rating
 * with the reason when it differs from the suggestion, a rating and note per BerAKHLAK value, the overall
 * behaviour rating with a note when it differs from the suggestion, and (annual) the months the SKP covered.
 */
public record EvaluationForm(Map<Long, Rating> resultRatings, Map<Long, String> resultNotes, Rating resultRating,
        String resultReason, Map<BerakhlakValue, Rating> behaviourRatings, Map<BerakhlakValue, String> behaviourNotes,
        Rating behaviourRating, String behaviourNote, Integer months, int version) {

    public EvaluationForm {
        resultRatings = resultRatings == null ? new HashMap<>() : resultRatings;
        resultNotes = resultNotes == null ? new HashMap<>() : resultNotes;
        behaviourRatings = behaviourRatings == null ? new HashMap<>() : behaviourRatings;
        behaviourNotes = behaviourNotes == null ? new HashMap<>() : behaviourNotes;
    }
}
