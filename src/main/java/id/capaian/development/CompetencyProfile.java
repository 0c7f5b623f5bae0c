package id.capaian.development;

import java.util.List;

/**
 * An employee's competencies against their position's standard: every competency of the standard with the level
 * required, the latest assessed level and the gap ({@link CompetencyGap}); and the latest results of competencies
 * assessed outside the standard.
 */
public record CompetencyProfile(long agencyId, long employeeId, String name, String nip, Long positionId,
        String positionName, String unitName, Long appraiserId, List<CompetencyGap> gaps,
        List<CompetencyAssessment> outsideStandard) {

    public long below() {
        return gaps.stream().filter(g -> g.assessed() && !g.met()).count();
    }

    public long unassessed() {
        return gaps.stream().filter(g -> !g.assessed()).count();
    }

    public long met() {
        return gaps.stream().filter(CompetencyGap::met).count();
    }

    public boolean hasStandard() {
        return !gaps.isEmpty();
    }
}
