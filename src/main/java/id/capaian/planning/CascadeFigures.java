package id.capaian.planning;

/**
 * Planning completion and cascade gaps of a group of employees (a unit, a unit with its sub-units, an agency).
 *
 * @param employees active employees
 * @param noPlan employees without a plan for the period
 * @param orphanResults RHK utama linked neither to a superior's RHK nor to a unit IKU
 * @param uncoveredResults RHK utama of a superior (someone with appraisees) that no RHK contributes to
 * @param withoutApproved employees without an approved plan
 * @param late employees without an approved plan once the plan deadline has passed (0 before it)
 * @param indicators the units' IKU in the period
 * @param uncoveredIndicators IKU that no RHK contributes to
 */
public record CascadeFigures(int employees, int noPlan, int draft, int submitted, int returned, int approved,
        int orphanResults, int uncoveredResults, int withoutApproved, int late, int indicators,
        int uncoveredIndicators) {

    public static final CascadeFigures ZERO = new CascadeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Approved plans per active employee, in whole percent (rounded down, so 100 means everyone). */
    public int completionPercent() {
        return employees == 0 ? 0 : (int) (approved * 100L / employees);
    }

    /** How many gaps of any kind: unlinked or uncovered RHK, uncovered IKU, and employees without an approved SKP. */
    public int gaps() {
        return orphanResults + uncoveredResults + uncoveredIndicators + withoutApproved;
    }

    public boolean hasGaps() {
        return gaps() > 0;
    }

    public CascadeFigures plus(CascadeFigures o) {
        return new CascadeFigures(employees + o.employees, noPlan + o.noPlan, draft + o.draft,
                submitted + o.submitted, returned + o.returned, approved + o.approved, orphanResults + o.orphanResults,
                uncoveredResults + o.uncoveredResults, withoutApproved + o.withoutApproved, late + o.late,
                indicators + o.indicators, uncoveredIndicators + o.uncoveredIndicators);
    }
}
