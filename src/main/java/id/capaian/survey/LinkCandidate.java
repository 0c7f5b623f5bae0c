package id.capaian.survey;

/** An indicator of an approved plan of the unit that may take the IKM as its realisation. */
public record LinkCandidate(long planId, long indicatorId, String employeeName, int year, String indicatorName,
        String target, boolean likely) {
}
