package id.capaian.development;

/**
 * Whether someone reached the yearly development hours (PP 11/2017 art. 203(4) as amended by PP 17/2020: at least
 * 20 JP a year; the target is an agency setting). Only verified JP count.
 */
public record JpCompliance(int earned, int target) {

    public JpCompliance {
        if (earned < 0 || target < 0) {
            throw new IllegalArgumentException("JP cannot be negative");
        }
    }

    public boolean met() {
        return earned >= target;
    }

    public int shortfall() {
        return Math.max(0, target - earned);
    }

    /** Progress in whole percent, capped at 100. */
    public int percent() {
        return target == 0 ? 100 : Math.min(100, earned * 100 / target);
    }
}
