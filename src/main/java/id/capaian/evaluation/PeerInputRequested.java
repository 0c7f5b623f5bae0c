package id.capaian.evaluation;

/** A peer or subordinate was asked for behaviour input on a colleague's annual evaluation. */
public record PeerInputRequested(long agencyId, long invitationId, long raterId, long employeeId) {
}
