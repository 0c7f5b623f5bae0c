package id.capaian.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The cascade of an agency (or of the units a person heads) in one view: every unit in tree order with its
 * completion and gaps, and the totals.
 *
 * @param wholeAgency whether the viewer sees the whole agency, or only the units they head and those below
 * @param pastDeadline whether {@code today} is after the period's plan deadline (employees without an approved
 *        plan are then late)
 */
public record CascadeOverview(Period period, LocalDate today, boolean pastDeadline, boolean wholeAgency,
        List<UnitRow> units, CascadeFigures totals) {

    /**
     * One unit: its own employees' figures and those including every unit below it.
     *
     * @param depth depth in the tree as the viewer sees it (0 for the top units shown)
     */
    public record UnitRow(long unitId, Long parentId, String code, String name, Long headEmployeeId, String headName,
            int depth, boolean hasChildren, CascadeFigures own, CascadeFigures withSubUnits) {
    }
}
