package id.capaian.development;

/**
 * A person in a list of development plans: who, their plan for the year if any (with its progress), and the
 * predikat of their latest final annual evaluation before that year when it was below expectation.
 */
public record DevelopmentPlanRow(long employeeId, String name, String nip, String positionName, String unitName,
        Long planId, DevelopmentPlanStatus status, int actions, int closed, String belowPredikat) {

    public boolean hasPlan() {
        return planId != null;
    }

    public boolean belowExpectation() {
        return belowPredikat != null;
    }
}
