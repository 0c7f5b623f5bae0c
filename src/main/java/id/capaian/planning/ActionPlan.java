package id.capaian.planning;

/** Rencana aksi: what will be done for an RHK in one sub-period. */
public record ActionPlan(long id, long resultId, int subPeriod, String description) {
}
