package id.capaian.tracking;

/** The appraiser asked for more evidence for a realisation. */
public record EvidenceRequested(long agencyId, long planId, long employeeId, long realisationId, String byUsername) {
}
