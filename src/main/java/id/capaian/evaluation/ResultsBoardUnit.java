package id.capaian.evaluation;

import java.util.List;

/**
 * A unit's results board for a period, for everyone in the agency: the final predikat spread of the unit and its
 * sub-units, the unit's grade and curve, the people with their final predikat (names only when the agency shows
 * them; those below expectation only as a number in coaching) and the high performers. Only final results are here:
 * a predikat still open to calibration is never read.
 *
 * @param evaluated   employees with an approved plan in the unit and its sub-units
 * @param finalCount  of them, those whose annual evaluation is final
 * @param spread      the final predikats of the unit and its sub-units
 * @param suppressed  names are hidden and fewer than {@link ResultsBoard#MINIMUM} results are final: no breakdown
 * @param grade       the grade that covers the unit (its own or its nearest graded ancestor's), or null
 * @param curve       the curve of that grade checked against its population's final spread, once it is final
 *                    (null before, or when names are hidden and that population is small)
 * @param people      everyone of the unit with a final predikat at or above expectation, or not yet final; empty
 *                    when names are hidden
 * @param highPerformers the final SANGAT_BAIK of the unit with the award given, if any; empty when names are hidden
 */
public record ResultsBoardUnit(long agencyId, long periodId, int year, long unitId, String unitName, List<Step> path,
        boolean showNames, int evaluated, int finalCount, ResultsBoardSpread spread, boolean suppressed, Grade grade,
        List<DistributionRule.Outcome> curve, List<DistributionRule> rules, List<Branch> branches, List<Person> people,
        List<HighPerformer> highPerformers, int recognised) {

    /** A unit above this one (from the top) or this one itself, for the breadcrumb. */
    public record Step(long unitId, String name) {
    }

    /** The grade covering the unit: set on the unit itself ({@code own}) or on {@code unitName} above it. */
    public record Grade(long gradeId, UnitGrade grade, long unitId, String unitName, boolean own, boolean finalised) {
    }

    /** A direct sub-unit with everything below it, or ({@code unitId} null) the unit's own employees. */
    public record Branch(Long unitId, String name, int evaluated, int finalCount, ResultsBoardSpread spread,
            boolean suppressed) {
    }

    /** One employee: {@code predikat} is the final one, null while not final. */
    public record Person(long employeeId, String name, String positionName, String unitName, Predikat predikat,
            String award) {
        public boolean isFinal() {
            return predikat != null;
        }
    }

    /** A high performer (final SANGAT_BAIK) and the recognition given, if any. */
    public record HighPerformer(long employeeId, String name, String positionName, String unitName, String award,
            String givenBy) {
    }

    /** Every result of the unit is final. */
    public boolean complete() {
        return evaluated > 0 && finalCount == evaluated;
    }

    /** Results not final yet (not shown). */
    public int pending() {
        return evaluated - finalCount;
    }

    public int highPerformerCount() {
        return spread.count(Predikat.SANGAT_BAIK);
    }

    public int inCoaching() {
        return spread.inCoaching();
    }

    public boolean fits() {
        return curve != null && curve.stream().allMatch(DistributionRule.Outcome::satisfied);
    }

    /** The rules of the covering grade (what its curve asks). */
    public List<DistributionRule> gradeRules() {
        return grade == null ? List.of() : rules.stream().filter(r -> r.grade() == grade.grade()).toList();
    }
}
