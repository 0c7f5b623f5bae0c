package id.capaian.talent;

import id.capaian.evaluation.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The open merit criteria of a promotion or transfer, each scored 0-100 with how it was reached, and their weighted
 * total. Performance history: the final annual predikats of the last years (Sangat Baik 100, Baik 75, Butuh
 * Perbaikan 50, Kurang 25, Sangat Kurang 0), averaged. Competency fit: 100 x (1 - sum of gaps / sum of required
 * levels) over the target position's standard. Training: verified JP of the last 12 months against the yearly
 * target, capped at 100. Qualification: the highest education level (S3 100, S2 90, S1/D4 80, D3 65, D2/D1 55,
 * SMA 45, lower 30).
 */
public record MeritScore(BigDecimal performance, BigDecimal competency, BigDecimal training, BigDecimal qualification,
        BigDecimal total) {

    public record Weights(int performance, int competency, int training, int qualification) {
        public Weights {
            if (performance < 0 || competency < 0 || training < 0 || qualification < 0
                    || performance + competency + training + qualification != 100) {
                throw new IllegalArgumentException("weights are percentages that add up to 100");
            }
        }

        public static final Weights DEFAULT = new Weights(40, 30, 15, 15);

        public String csv() {
            return performance + "," + competency + "," + training + "," + qualification;
        }

        public static Weights parse(String csv) {
            String[] p = csv.split(",");
            return new Weights(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()),
                    Integer.parseInt(p[3].trim()));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static BigDecimal performanceScore(List<Predikat> history) {
        if (history.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        int sum = 0;
        for (Predikat p : history) {
            sum += switch (p) {
                case SANGAT_BAIK -> 100;
                case BAIK -> 75;
                case BUTUH_PERBAIKAN -> 50;
                case KURANG -> 25;
                case SANGAT_KURANG -> 0;
            };
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(history.size()), 2, RoundingMode.HALF_UP);
    }

    /** Competency fit; a position without a standard gives every candidate 100. */
    public static BigDecimal competencyScore(int sumOfGaps, int sumOfRequired) {
        if (sumOfRequired <= 0) {
            return HUNDRED.setScale(2);
        }
        BigDecimal fit = BigDecimal.ONE.subtract(BigDecimal.valueOf(Math.min(sumOfGaps, sumOfRequired))
                .divide(BigDecimal.valueOf(sumOfRequired), 6, RoundingMode.HALF_UP));
        return fit.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal trainingScore(int jp, int target) {
        if (target <= 0) {
            return HUNDRED.setScale(2);
        }
        return BigDecimal.valueOf(Math.min(jp, target)).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal qualificationScore(String level) {
        int points = level == null ? 30 : switch (level) {
            case "S3" -> 100;
            case "S2" -> 90;
            case "S1", "D4" -> 80;
            case "D3" -> 65;
            case "D2", "D1" -> 55;
            case "SMA" -> 45;
            default -> 30;
        };
        return BigDecimal.valueOf(points).setScale(2);
    }

    public static MeritScore of(BigDecimal performance, BigDecimal competency, BigDecimal training, BigDecimal qualification,
            Weights w) {
        BigDecimal total = performance.multiply(BigDecimal.valueOf(w.performance()))
                .add(competency.multiply(BigDecimal.valueOf(w.competency())))
                .add(training.multiply(BigDecimal.valueOf(w.training())))
                .add(qualification.multiply(BigDecimal.valueOf(w.qualification())))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new MeritScore(performance, competency, training, qualification, total);
    }
}
