package id.capaian.tracking;

import id.capaian.planning.Direction;
import id.capaian.planning.Target;
import id.capaian.planning.TargetKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far a realisation reaches its target, in percent, with the rule that produced it, so that every figure can
 * explain itself. The rules follow the usual government performance-report (LAKIP) formulas:
 * <ul>
 * <li>more is better: realisation / target x 100;</li>
 * <li>less is better (e.g. turnaround days): (target - (realisation - target)) / target x 100, never below 0;</li>
 * <li>exactly on target: 100 - |realisation - target| / target x 100, never below 0;</li>
 * <li>a range: 100 inside it; outside, the nearer bound is the target and the direction decides;</li>
 * <li>a written (qualitative) target: no percentage; the appraiser judges.</li>
 * </ul>
 *
 * @param percent the achievement rounded to two decimals, or null when it cannot be computed
 * @param rule a message key naming the rule ({@code achievement.rule.*})
 * @param args the numbers that went into it, for the explanation
 */
public record Achievement(BigDecimal percent, String rule, Object... args) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_UP);

    public static Achievement of(Target target, Direction direction, BigDecimal realised) {
        if (target == null || target.kind() == TargetKind.TEXT) {
            return new Achievement(null, "achievement.rule.qualitative");
        }
        if (realised == null) {
            return new Achievement(null, "achievement.rule.noRealisation");
        }
        if (target.kind() == TargetKind.RANGE) {
            BigDecimal min = target.min();
            BigDecimal max = target.max();
            if (realised.compareTo(min) >= 0 && realised.compareTo(max) <= 0) {
                return new Achievement(HUNDRED.setScale(2), "achievement.rule.withinRange", plain(realised), plain(min), plain(max));
            }
            BigDecimal bound = realised.compareTo(min) < 0 ? min : max;
            Direction d = realised.compareTo(min) < 0 ? Direction.HIGHER : Direction.LOWER;
            Achievement a = single(bound, d, realised);
            return new Achievement(a.percent(), "achievement.rule.outsideRange", plain(realised), plain(min), plain(max), a.percent());
        }
        return single(target.value(), direction, realised);
    }

    private static Achievement single(BigDecimal target, Direction direction, BigDecimal realised) {
        if (target == null) {
            return new Achievement(null, "achievement.rule.noTarget");
        }
        if (target.signum() == 0) {
            // a zero target: met when the realisation is zero too (or, for "more is better", anything at all)
            boolean met = realised.signum() == 0 || direction == Direction.HIGHER;
            return new Achievement(met ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2), "achievement.rule.zeroTarget",
                    plain(realised));
        }
        return switch (direction) {
            case HIGHER -> new Achievement(round(realised.divide(target, MC).multiply(HUNDRED)), "achievement.rule.higher",
                    plain(realised), plain(target));
            case LOWER -> new Achievement(round(floor(target.subtract(realised.subtract(target)).divide(target, MC).multiply(HUNDRED))),
                    "achievement.rule.lower", plain(realised), plain(target));
            case EXACT -> new Achievement(round(floor(HUNDRED.subtract(realised.subtract(target).abs().divide(target, MC).multiply(HUNDRED)))),
                    "achievement.rule.exact", plain(realised), plain(target));
        };
    }

    private static BigDecimal floor(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v;
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
