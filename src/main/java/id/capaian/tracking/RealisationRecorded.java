package id.capaian.tracking;

/** A realisation was entered or changed (by a person, a system, or daily progress). */
public record RealisationRecorded(long agencyId, long planId, long employeeId, Long appraiserId, long realisationId,
        int subPeriod, RealisationSource source) {
}
