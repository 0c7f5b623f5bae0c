package id.capaian.development;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of a development plan with where it came from: {@link #source()} and a {@link #reference()} that
 * points at the competency, evaluation result or coaching plan behind it ({@code competency:KOMUNIKASI:required:3:actual:2},
 * {@code evaluation:12:year:2025:result:34}, {@code coaching:5:open} or {@code coaching:5:NOT_IMPROVED}).
 * {@link #explanation()} turns it into a message key with its arguments for the screen.
 */
public record DevelopmentAction(long id, long planId, ActionSource source, Long competencyId, String competencyName,
        Integer gap, String reference, String description, Long trainingId, String trainingTitle, Integer jp,
        LocalDate dueOn, DevelopmentActionStatus status, LocalDate doneOn, String note, int position) {

    /** A message key ({@code development.action.from.*}) and its arguments saying where the action came from. */
    public record Explanation(String key, List<Object> args) {
        public Object[] arguments() {
            return args.toArray();
        }
    }

    public Explanation explanation() {
        String[] p = reference == null ? new String[0] : reference.split(":");
        return switch (source) {
            case COMPETENCY_GAP -> new Explanation("development.action.from.COMPETENCY_GAP",
                    List.of(competencyName == null ? part(p, 1) : competencyName, part(p, 3), part(p, 5)));
            case PERFORMANCE_GAP -> new Explanation("development.action.from.PERFORMANCE_GAP", List.of(part(p, 3)));
            case COACHING -> new Explanation("NOT_IMPROVED".equals(part(p, 2))
                    ? "development.action.from.COACHING.notImproved" : "development.action.from.COACHING.open",
                    List.of(part(p, 1)));
            case OTHER -> new Explanation("development.action.from.OTHER", List.of());
        };
    }

    /** The id of the coaching plan or evaluation behind the action, when there is one. */
    public Long referenceId() {
        String[] p = reference == null ? new String[0] : reference.split(":");
        try {
            return (source == ActionSource.COACHING || source == ActionSource.PERFORMANCE_GAP) && p.length > 1
                    ? Long.valueOf(p[1]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "-";
    }
}
