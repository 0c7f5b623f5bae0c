package id.capaian.talent;

/** A promotion (to a higher post) or a transfer (to another post of the same level). */
public enum ProposalKind {
    PROMOTION, TRANSFER;

    public String messageKey() {
        return "talent.proposal.kind." + name();
    }
}
