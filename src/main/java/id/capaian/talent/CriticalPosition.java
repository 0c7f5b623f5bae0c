package id.capaian.talent;

import java.util.List;

/**
 * A critical position of the agency (jabatan kritikal): which post in which unit, why it is critical, how likely it
 * is to fall vacant, who holds it now, and its succession candidates.
 */
public record CriticalPosition(long id, long agencyId, long positionId, String positionName, Long unitId, String unitName,
        String reason, VacancyRisk risk, String createdBy, int version, List<String> holders,
        List<SuccessionCandidate> candidates) {

    public long readyNow() {
        return candidates.stream().filter(c -> c.readiness() == Readiness.READY_NOW).count();
    }
}
