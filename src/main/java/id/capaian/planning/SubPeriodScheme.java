package id.capaian.planning;

/** How an agency divides the year for realisations and periodic evaluation. */
public enum SubPeriodScheme {
    MONTHLY(12), QUARTERLY(4);

    private final int count;

    SubPeriodScheme(int count) {
        this.count = count;
    }

    public int count() {
        return count;
    }
}
