package id.capaian.development;

import java.time.Instant;
import java.util.List;

/**
 * An individual development plan (IDP) of an employee for a year: proposed from the competency gaps, the results
 * rated below expectation and the open coaching plans; edited by the employee and the appraiser; agreed by the
 * appraiser in a performance dialogue ({@link #dialogueId()}); followed action by action until every one is done or
 * dropped.
 */
public record DevelopmentPlan(long id, long agencyId, long employeeId, String employeeName, String nip,
        String positionName, String unitName, Long appraiserId, String appraiserName, int year,
        DevelopmentPlanStatus status, Long dialogueId, String agreedBy, Instant agreedAt, Instant completedAt,
        String note, Instant createdAt, int version, List<DevelopmentAction> actions) {

    public long done() {
        return actions.stream().filter(a -> a.status() == DevelopmentActionStatus.DONE).count();
    }

    public long closed() {
        return actions.stream().filter(a -> a.status().closed()).count();
    }

    public int percent() {
        return actions.isEmpty() ? 0 : (int) (closed() * 100 / actions.size());
    }

    public int plannedJp() {
        return actions.stream().filter(a -> a.status() != DevelopmentActionStatus.DROPPED && a.jp() != null)
                .mapToInt(DevelopmentAction::jp).sum();
    }

    public boolean open() {
        return status == DevelopmentPlanStatus.PROPOSED || status == DevelopmentPlanStatus.AGREED;
    }
}
