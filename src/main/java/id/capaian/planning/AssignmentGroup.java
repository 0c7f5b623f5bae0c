package id.capaian.planning;

/**
 * Who receives templates from the library in one action: the active employees of a unit (optionally with every
 * unit below it), or every active holder of a position in the agency.
 */
public record AssignmentGroup(Long unitId, boolean includeSubUnits, Long positionId) {

    public AssignmentGroup {
        if ((unitId == null) == (positionId == null)) {
            throw new IllegalArgumentException("either a unit or a position");
        }
    }

    public static AssignmentGroup unit(long unitId, boolean includeSubUnits) {
        return new AssignmentGroup(unitId, includeSubUnits, null);
    }

    public static AssignmentGroup position(long positionId) {
        return new AssignmentGroup(null, false, positionId);
    }

    public boolean isUnit() {
        return unitId != null;
    }
}
