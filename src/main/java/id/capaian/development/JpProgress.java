package id.capaian.development;

/**
 * One employee's JP in a year: verified JP completed in the year against the agency's target, and what still waits
 * for verification (it counts once verified).
 */
public record JpProgress(long employeeId, String nip, String name, String unitName, int year, int earned, int target,
        int pendingJp, int pendingCount) {

    public JpCompliance compliance() {
        return new JpCompliance(earned, target);
    }

    public boolean met() {
        return compliance().met();
    }

    public int shortfall() {
        return compliance().shortfall();
    }

    public int percent() {
        return compliance().percent();
    }

    /** Whether the JP waiting for verification would close the gap. */
    public boolean metOnceVerified() {
        return new JpCompliance(earned + pendingJp, target).met();
    }
}
