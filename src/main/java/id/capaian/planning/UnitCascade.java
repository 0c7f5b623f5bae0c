package id.capaian.planning;

import java.util.List;

/**
 * The cascade inside one unit and its sub-units: the units' IKU, the RHK of the heads that contribute to them, and
 * downwards along the reporting lines the RHK of the staff that contribute to those; plus the gaps. In full
 * ({@code folded} false) every RHK of the subtree is there; as a summary the RHK of deeper units are folded into
 * counts and each list holds its first entries only (the totals say how many there are).
 *
 * @param figures completion and gaps of the unit with its sub-units
 * @param indicators the IKU of the units shown (the unit's own first), each with its contributing RHK
 * @param linkedAbove RHK in the unit linked to an RHK or IKU outside it (e.g. the head's RHK under the superior's)
 * @param orphans RHK utama linked to nothing, with whatever contributes to them
 * @param uncovered RHK utama of superiors that nobody contributes to (also flagged inside the trees)
 * @param otherResults RHK tambahan linked to nothing (not a gap)
 * @param withoutApproved employees of the unit and its sub-units without an approved plan
 * @param subUnits the direct sub-units, for drilling further down
 * @param resultCount all RHK of the unit and its sub-units
 */
public record UnitCascade(Period period, boolean pastDeadline, long unitId, String unitName, String unitCode,
        String headName, CascadeFigures figures, boolean folded, List<IkuNode> indicators,
        List<ResultNode> linkedAbove, int linkedAboveTotal, List<ResultNode> orphans, int orphanTotal,
        List<ResultNode> uncovered, int uncoveredTotal, List<ResultNode> otherResults, int otherTotal,
        List<MemberStatus> withoutApproved, List<SubUnit> subUnits, int resultCount) {

    /** A unit IKU and the RHK linked to it (those of deeper units folded, in a summary). */
    public record IkuNode(long id, long unitId, String unitName, String goal, String name, String target,
            boolean covered, List<ResultNode> contributors, FoldedGroup folded) {
    }

    /**
     * An RHK with its owner, the owner's plan status, a summary of its IKI and the RHK that contribute to it (those
     * of deeper units folded, in a summary).
     *
     * @param linkedTo for an RHK linked outside the unit: the statement (and owner) or IKU it contributes to
     */
    public record ResultNode(long id, long planId, PlanStatus planStatus, long employeeId, String ownerName,
            String ownerNip, String positionName, Long unitId, String unitName, ResultKind kind, String statement,
            String indicators, int indicatorCount, boolean orphan, boolean uncovered, boolean parentChanged,
            String linkedTo, List<ResultNode> children, FoldedGroup folded) {
    }

    /** The contributions of one RHK or IKU that come from deeper units, per unit. */
    public record FoldedGroup(List<Folded> units) {
        public static final FoldedGroup NONE = new FoldedGroup(List.of());

        public boolean isEmpty() {
            return units.isEmpty();
        }

        /** RHK linking directly. */
        public int direct() {
            return units.stream().mapToInt(Folded::direct).sum();
        }

        /** RHK linking directly and everything below them. */
        public int total() {
            return units.stream().mapToInt(Folded::total).sum();
        }

        /** The first few units, to link to; the rest are counted. */
        public List<Folded> first(int n) {
            return units.size() <= n ? units : units.subList(0, n);
        }
    }

    /** Contributions from a deeper unit, folded: how many RHK link directly and how many in all below them. */
    public record Folded(long unitId, String unitName, int direct, int total) {
    }

    /** An employee without an approved plan: no plan ({@code status} null), draft, submitted or returned. */
    public record MemberStatus(long employeeId, String name, String nip, Long unitId, String unitName,
            String positionName, Long planId, PlanStatus status) {
    }

    /** A direct sub-unit with its figures (itself and below). */
    public record SubUnit(long unitId, String name, String headName, CascadeFigures figures) {
    }
}
