package id.capaian.development;

/** Someone below the year's JP target: what they earned, what waits for verification, and what is missing. */
public record JpBehind(long employeeId, String nip, String name, String positionName, Long unitId, String unitName,
        int earned, int pendingJp, int shortfall) {
}
