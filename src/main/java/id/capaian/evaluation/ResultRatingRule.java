package id.capaian.evaluation;

import id.capaian.planning.ResultKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The suggestion of result ratings (PermenPAN-RB 6/2022): each RHK from its achievement against the agency's
 * thresholds; the whole from the RHK ratings: "above expectation if most or all results are above and no main
 * result is below; below if most or all are below; otherwise as expected". Every suggestion carries its rule.
 */
public final class ResultRatingRule {

    private ResultRatingRule() {
    }

    /** One RHK: its kind and its rating (the appraiser's, or the suggestion when not yet rated). */
    public record RatedResult(ResultKind kind, Rating rating) {
    }

    public static Explained<Rating> forResult(BigDecimal achievement, RatingThresholds t) {
        if (achievement == null) {
            return new Explained<>(null, "evaluation.rule.result.noFigure");
        }
        String a = achievement.stripTrailingZeros().toPlainString();
        if (achievement.compareTo(t.above()) >= 0) {
            return new Explained<>(Rating.DIATAS_EKSPEKTASI, "evaluation.rule.result.above", a, plain(t.above()));
        }
        if (achievement.compareTo(t.below()) < 0) {
            return new Explained<>(Rating.DIBAWAH_EKSPEKTASI, "evaluation.rule.result.below", a, plain(t.below()));
        }
        return new Explained<>(Rating.SESUAI_EKSPEKTASI, "evaluation.rule.result.asExpected", a, plain(t.below()),
                plain(t.above()));
    }

    public static Explained<Rating> overall(List<RatedResult> results) {
        List<RatedResult> rated = results.stream().filter(r -> r.rating() != null).toList();
        if (rated.isEmpty()) {
            return new Explained<>(null, "evaluation.rule.overall.none");
        }
        long above = rated.stream().filter(r -> r.rating() == Rating.DIATAS_EKSPEKTASI).count();
        long below = rated.stream().filter(r -> r.rating() == Rating.DIBAWAH_EKSPEKTASI).count();
        long mainBelow = rated.stream()
                .filter(r -> r.kind() == ResultKind.UTAMA && r.rating() == Rating.DIBAWAH_EKSPEKTASI).count();
        int n = rated.size();
        if (above * 2 > n && mainBelow == 0) {
            return new Explained<>(Rating.DIATAS_EKSPEKTASI, "evaluation.rule.overall.above", above, n);
        }
        if (below * 2 > n) {
            return new Explained<>(Rating.DIBAWAH_EKSPEKTASI, "evaluation.rule.overall.below", below, n);
        }
        if (above * 2 > n) {
            return new Explained<>(Rating.SESUAI_EKSPEKTASI, "evaluation.rule.overall.aboveButMainBelow", above, n, mainBelow);
        }
        return new Explained<>(Rating.SESUAI_EKSPEKTASI, "evaluation.rule.overall.asExpected", above, below, n);
    }

    /** Behaviour over the seven values, by the same reasoning: most above and none below, or most below. */
    public static Explained<Rating> behaviour(List<Rating> values) {
        List<Rating> rated = values.stream().filter(r -> r != null).toList();
        if (rated.isEmpty()) {
            return new Explained<>(null, "evaluation.rule.behaviour.none");
        }
        long above = rated.stream().filter(r -> r == Rating.DIATAS_EKSPEKTASI).count();
        long below = rated.stream().filter(r -> r == Rating.DIBAWAH_EKSPEKTASI).count();
        int n = rated.size();
        if (above * 2 > n && below == 0) {
            return new Explained<>(Rating.DIATAS_EKSPEKTASI, "evaluation.rule.behaviour.above", above, n);
        }
        if (below * 2 > n) {
            return new Explained<>(Rating.DIBAWAH_EKSPEKTASI, "evaluation.rule.behaviour.below", below, n);
        }
        return new Explained<>(Rating.SESUAI_EKSPEKTASI, "evaluation.rule.behaviour.asExpected", above, below, n);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
