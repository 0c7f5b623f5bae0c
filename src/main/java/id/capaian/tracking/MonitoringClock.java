package id.capaian.tracking;

import id.capaian.planning.Period;
import id.capaian.planning.SubPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Where the year stands for monitoring: the period shown, its current sub-period, and the share of the year gone
 * by (day {@code dayOfYear} of {@code daysInYear}), which sets how much of an annual target is expected by now.
 *
 * @param share the share of the year gone by, 0..1, exact to ten decimals
 */
public record MonitoringClock(Period period, SubPeriod subPeriod, LocalDate today, int dayOfYear, int daysInYear,
        BigDecimal share) {

    /** The clock of a period on a day: before its year nothing is expected yet, after it everything. */
    public static MonitoringClock of(Period period, LocalDate today) {
        SubPeriod sub = currentSubPeriod(period, today);
        int days = LocalDate.of(period.year(), 12, 31).getDayOfYear();
        int day = today.getYear() < period.year() ? 0 : today.getYear() > period.year() ? days : today.getDayOfYear();
        BigDecimal share = BigDecimal.valueOf(day).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        return new MonitoringClock(period, sub, today, day, days, share);
    }

    /** The sub-period that holds the day; the first before the period's year, the last after it. */
    public static SubPeriod currentSubPeriod(Period period, LocalDate today) {
        var subs = period.subPeriods();
        if (today.getYear() < period.year()) {
            return subs.get(0);
        }
        return subs.stream().filter(s -> !today.isBefore(s.start()) && !today.isAfter(s.end())).findFirst()
                .orElse(subs.get(subs.size() - 1));
    }

    /** The share of the year gone by in percent, one decimal, for the explanation. */
    public BigDecimal sharePercent() {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }
}
