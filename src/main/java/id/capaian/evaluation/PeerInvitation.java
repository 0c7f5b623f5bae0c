package id.capaian.evaluation;

import java.time.Instant;

/** A request to a peer or subordinate for behaviour input on a colleague's annual evaluation. */
public record PeerInvitation(long id, long agencyId, long evaluationId, long employeeId, String employeeName,
        int year, long raterId, String raterName, Relation relation, Instant invitedAt, boolean answered) {

    public enum Relation {
        PEER, SUBORDINATE;

        public String messageKey() {
            return "evaluation.peer.relation." + name();
        }
    }
}
