package id.capaian.talent;

import java.time.Instant;
import java.util.List;

/**
 * A promotion or transfer proposal: the target post and unit, the merit weights copied from the settings when it was
 * made, its candidates (ranked once "rank" was run, each with scores and a written explanation), and the decision:
 * who was chosen, why, by whom and when.
 */
public record CareerProposal(long id, long agencyId, ProposalKind kind, long positionId, String positionName, Long unitId,
        String unitName, String title, ProposalStatus status, MeritScore.Weights weights, Long chosenId, String chosenName,
        String decisionReason, String decidedBy, String decidedByName, Instant decidedAt, String createdBy,
        Instant createdAt, int version, List<CareerCandidate> candidates) {

    public boolean ranked() {
        return status == ProposalStatus.RANKED || (status == ProposalStatus.DECIDED && candidates.stream()
                .anyMatch(c -> c.rank() != null));
    }

    /** The candidate ranked first, if the ranking was made. */
    public CareerCandidate top() {
        return candidates.stream().filter(c -> c.rank() != null && c.rank() == 1).findFirst().orElse(null);
    }
}
