package id.capaian.evaluation;

import java.util.List;
import java.util.Map;

/** A unit's spread of predikat checked against the curve of its grade: every rule with its outcome. */
public record DistributionCheck(UnitGrade grade, Map<Predikat, Integer> spread, List<DistributionRule.Outcome> outcomes) {

    public static DistributionCheck of(UnitGrade grade, Map<Predikat, Integer> spread, List<DistributionRule> rules) {
        return new DistributionCheck(grade, spread, rules.stream().filter(r -> r.grade() == grade)
                .map(r -> r.check(spread)).toList());
    }

    public boolean fits() {
        return outcomes.stream().allMatch(DistributionRule.Outcome::satisfied);
    }

    public List<DistributionRule.Outcome> broken() {
        return outcomes.stream().filter(o -> !o.satisfied()).toList();
    }

    public int total() {
        return spread.values().stream().mapToInt(Integer::intValue).sum();
    }
}
