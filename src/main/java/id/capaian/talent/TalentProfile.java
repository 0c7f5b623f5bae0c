package id.capaian.talent;

import java.math.BigDecimal;
import java.util.List;

/**
 * One employee's talent page ("talenta saya"): their box in the period with its inputs and explanation (or what is
 * missing), their potential assessments, and their path: the critical positions they are a succession candidate
 * for (with readiness) and the promotion or transfer proposals they are a candidate in, with their own rank and its
 * explanation (never another candidate's).
 */
public record TalentProfile(long agencyId, long employeeId, String nip, String name, String unitName, String positionName,
        TalentPeriod period, TalentSettings settings, Placement placement, MissingInput missing,
        List<PotentialAssessment> assessments, List<Qualification> qualifications, List<Succession> successions,
        List<Candidacy> candidacies) {

    /** A critical position the employee is a succession candidate for. */
    public record Succession(long criticalPositionId, String positionName, String unitName, Readiness readiness,
            String note) {
    }

    /** A proposal the employee is a candidate in: their scores, rank among how many, and the written explanation. */
    public record Candidacy(long proposalId, ProposalKind kind, String title, String positionName, String unitName,
            ProposalStatus status, int candidates, Integer rank, BigDecimal performance, BigDecimal competency,
            BigDecimal training, BigDecimal qualification, BigDecimal total, String explanation, boolean chosen) {
    }
}
