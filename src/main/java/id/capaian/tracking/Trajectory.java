package id.capaian.tracking;

import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.Target;
import id.capaian.planning.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether an indicator lags its way toward the annual target, with the rule and numbers that say so. Only numeric
 * targets where more or less is better are judged:
 * <ul>
 * <li>quantities ({@link Aspect#KUANTITAS}) add up over the year: the realisations of the sub-periods so far
 * are summed and compared with the annual target times the share of the year gone by (more is better: lagging
 * below it; less is better: lagging above it);</li>
 * <li>rates (quality, time, cost) do not add up: the latest realisation is compared with the target itself.</li>
 * </ul>
 * Nothing entered yet counts as zero for quantities and as "no judgement" for rates.
 *
 * @param rule a message key ({@code monitoring.rule.*}) explaining the judgement, or null when it does not apply
 */
public record Trajectory(boolean applies, boolean lagging, BigDecimal realised, BigDecimal expected, String rule,
        Object... args) {

    private static final Trajectory NONE = new Trajectory(false, false, null, null, null);

    public static Trajectory of(Aspect aspect, Target target, Direction direction, BigDecimal cumulative,
            BigDecimal latest, MonitoringClock clock) {
        if (target == null || target.kind() != TargetKind.NUMBER || target.value() == null
                || (direction != Direction.HIGHER && direction != Direction.LOWER)) {
            return NONE;
        }
        BigDecimal t = target.value();
        if (aspect == Aspect.KUANTITAS) {
            BigDecimal sum = cumulative == null ? BigDecimal.ZERO : cumulative;
            BigDecimal exact = t.multiply(clock.share());
            boolean lagging = direction == Direction.HIGHER ? sum.compareTo(exact) < 0 : sum.compareTo(exact) > 0;
            BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
            return new Trajectory(true, lagging, sum, expected,
                    direction == Direction.HIGHER ? "monitoring.rule.cumulativeHigher" : "monitoring.rule.cumulativeLower",
                    plain(sum), plain(expected), plain(t), clock.sharePercent().toPlainString());
        }
        if (latest == null) {
            return NONE;
        }
        boolean lagging = direction == Direction.HIGHER ? latest.compareTo(t) < 0 : latest.compareTo(t) > 0;
        return new Trajectory(true, lagging, latest, t,
                direction == Direction.HIGHER ? "monitoring.rule.latestHigher" : "monitoring.rule.latestLower",
                plain(latest), plain(t));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
