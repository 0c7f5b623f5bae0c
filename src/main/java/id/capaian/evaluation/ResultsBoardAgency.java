package id.capaian.evaluation;

import java.util.List;

/**
 * The agency's results board for a period, for everyone in the agency: the final predikat spread of the whole
 * agency and of every unit (each with everything below it), the units' grades, the number of high performers and of
 * those in coaching. Only final results count.
 */
public record ResultsBoardAgency(long agencyId, long periodId, int year, boolean showNames, int evaluated,
        int finalCount, ResultsBoardSpread spread, int recognised, List<Row> units) {

    /**
     * One unit in tree order ({@code depth} 0 at the top) with the figures of the unit and everything below it.
     *
     * @param suppressed names are hidden and fewer than {@link ResultsBoard#MINIMUM} results are final: no breakdown
     */
    public record Row(long unitId, Long parentId, String name, int depth, UnitGrade grade, boolean gradeFinal,
            int evaluated, int finalCount, ResultsBoardSpread spread, boolean suppressed) {
        public boolean complete() {
            return evaluated > 0 && finalCount == evaluated;
        }
    }

    public boolean complete() {
        return evaluated > 0 && finalCount == evaluated;
    }

    public int pending() {
        return evaluated - finalCount;
    }
}
