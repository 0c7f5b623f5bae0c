package id.capaian.talent;

import id.capaian.evaluation.Rating;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 9-box of an agency for one period: every placement (explained), the spread (how many in each box), the talent
 * pool, and the active employees missing an input. {@code scope} says whose: the whole agency (HR), the people below
 * a line manager, or one person.
 */
public record TalentGrid(long agencyId, TalentPeriod period, TalentSettings settings, Scope scope,
        List<Placement> placements, List<MissingInput> missing) {

    public enum Scope { AGENCY, TEAM, PERSON }

    /** Count per box 1-9 (every box present, zero when empty). */
    public Map<Integer, Integer> spread() {
        Map<Integer, Integer> m = new TreeMap<>();
        for (int b = 1; b <= 9; b++) {
            m.put(b, 0);
        }
        placements.forEach(p -> m.merge(p.box(), 1, Integer::sum));
        return m;
    }

    public int count(int box) {
        return (int) placements.stream().filter(p -> p.box() == box).count();
    }

    public List<Placement> inBox(int box) {
        return placements.stream().filter(p -> p.box() == box).toList();
    }

    public List<Placement> pool() {
        return placements.stream().filter(Placement::inPool).toList();
    }

    public int box(Rating performance, PotentialLevel potential) {
        return settings.box(performance, potential);
    }

    /** Employees with a final predikat but no potential score: the next assessments to make. */
    public List<MissingInput> missingPotential() {
        return missing.stream().filter(m -> !m.missingPerformance() && m.missingPotential()).toList();
    }

    /** Employees with a potential score but no final predikat in the period. */
    public List<MissingInput> missingPerformance() {
        return missing.stream().filter(m -> m.missingPerformance() && !m.missingPotential()).toList();
    }

    public List<MissingInput> missingBoth() {
        return missing.stream().filter(MissingInput::missingBoth).toList();
    }

    /** Percentage of the placed people in a box, one decimal (0 when nobody is placed). */
    public double share(int box) {
        return placements.isEmpty() ? 0 : Math.round(count(box) * 1000.0 / placements.size()) / 10.0;
    }
}
