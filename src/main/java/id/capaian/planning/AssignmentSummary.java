package id.capaian.planning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What assigning library templates did: how many employees the group had, how many draft plans were started, how
 * many plans received RHK and IKI, and who was skipped and why.
 *
 * @param skipped one entry per employee and reason; {@code templateName} is set when only one template was skipped
 */
public record AssignmentSummary(long periodId, List<Long> templateIds, int employees, int plansCreated,
        int plansChanged, int resultsAdded, List<Skipped> skipped) {

    /** A plan (or one template of a plan) left as it was, with the message key of the reason. */
    public record Skipped(long employeeId, String employeeName, String nip, Long planId, PlanStatus status,
            String reason, String templateName) {
    }

    /** How many were skipped for each reason (message key), for the result page and the audit trail. */
    public Map<String, Long> skippedByReason() {
        Map<String, Long> out = new TreeMap<>();
        skipped.forEach(s -> out.merge(s.reason(), 1L, Long::sum));
        return out;
    }

    /** Plans left completely untouched (not editable), as opposed to single templates skipped in a changed plan. */
    public long plansSkipped() {
        return skipped.stream().filter(s -> s.templateName() == null).count();
    }
}
