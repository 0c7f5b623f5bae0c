package id.capaian.development;

/**
 * The gap between what a position needs and what the person showed in their latest assessment: {@code required -
 * actual} when positive, 0 when met or exceeded; an unassessed competency has no gap figure but counts as open.
 */
public record CompetencyGap(long competencyId, String code, String name, CompetencyKind kind, int required, Integer actual) {

    public boolean assessed() {
        return actual != null;
    }

    public int gap() {
        return actual == null ? 0 : Math.max(0, required - actual);
    }

    public boolean met() {
        return actual != null && actual >= required;
    }

    /** The rule that explains the figure, as a message key ({@code development.gap.*}). */
    public String rule() {
        return actual == null ? "development.gap.unassessed" : met() ? "development.gap.met" : "development.gap.below";
    }
}
