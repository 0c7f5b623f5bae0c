package id.capaian.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An agency's published results for a year, for anyone without an account: per agency and per top-level unit the
 * number of final annual evaluations, the spread of final predikat, the unit grades and the number of high performers
 * given a recognition. Nothing about any single person: no names, no NIP, and no breakdown of a group of fewer than
 * {@link ResultsBoard#MINIMUM} people. Small units are hidden together ({@link #fold}), so that no hidden unit can be
 * worked out by subtracting the units shown from the agency's total.
 *
 * @param years      the years with published (final) results, newest first
 * @param suppressed the agency as a whole has fewer than the minimum: only the number evaluated is shown
 * @param unitGrades how many units (at any level) have each final grade
 * @param combined   the hidden units taken together, when that group is not the whole agency; else null
 */
public record PublicResults(String agencyCode, String agencyName, int year, List<Integer> years, int evaluated,
        ResultsBoardSpread spread, boolean suppressed, int recognised, Map<UnitGrade, Integer> unitGrades,
        List<Unit> units, Combined combined) {

    /** A top-level unit with everything below it; its own grade when final. */
    public record Unit(String name, UnitGrade grade, int evaluated, ResultsBoardSpread spread, int recognised,
            boolean suppressed) {
    }

    /** The units whose breakdown is hidden, taken together. */
    public record Combined(int units, int evaluated, ResultsBoardSpread spread, int recognised) {
    }

    public boolean published() {
        return evaluated > 0;
    }

    public boolean anySuppressed() {
        return units.stream().anyMatch(Unit::suppressed);
    }

    /**
     * Which groups' breakdown to hide: every group of fewer than {@code minimum} (but at least one) people, and, while
     * the hidden ones together are still fewer than {@code minimum}, the smallest group shown as well, so that
     * the hidden groups together are never a small group either (the total minus the groups shown gives only their
     * sum). When the whole is smaller than {@code minimum}, every group is hidden.
     */
    public static boolean[] fold(int[] sizes, int minimum) {
        boolean[] hidden = new boolean[sizes.length];
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        if (total < minimum) {
            for (int i = 0; i < sizes.length; i++) {
                hidden[i] = sizes[i] > 0;
            }
            return hidden;
        }
        int hiddenSum = 0;
        boolean any = false;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > 0 && sizes[i] < minimum) {
                hidden[i] = true;
                hiddenSum += sizes[i];
                any = true;
            }
        }
        if (!any) {
            return hidden;
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            if (!hidden[i] && sizes[i] > 0) {
                shown.add(i);
            }
        }
        shown.sort(Comparator.comparingInt((Integer i) -> sizes[i]).thenComparing(i -> i));
        for (int i : shown) {
            if (hiddenSum >= minimum) {
                break;
            }
            hidden[i] = true;
            hiddenSum += sizes[i];
        }
        return hidden;
    }
}
