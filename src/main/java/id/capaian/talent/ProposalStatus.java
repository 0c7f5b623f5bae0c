package id.capaian.talent;

/** Open (candidates being gathered), ranked, decided (a candidate chosen with reasons), or cancelled. */
public enum ProposalStatus {
    OPEN, RANKED, DECIDED, CANCELLED;

    public String messageKey() {
        return "talent.proposal.status." + name();
    }

    /** Candidates may still change and the ranking be made again. */
    public boolean open() {
        return this == OPEN || this == RANKED;
    }
}
