package id.capaian.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** An agency's annual performance period. */
public record Period(long id, long agencyId, int year, SubPeriodScheme scheme, LocalDate planDeadline,
        PeriodStatus status, int version) {

    public boolean open() {
        return status == PeriodStatus.OPEN;
    }

    /** The months or quarters of the year. */
    public List<SubPeriod> subPeriods() {
        List<SubPeriod> out = new ArrayList<>();
        int months = 12 / scheme.count();
        for (int i = 0; i < scheme.count(); i++) {
            YearMonth first = YearMonth.of(year, i * months + 1);
            YearMonth last = first.plusMonths(months - 1L);
            out.add(new SubPeriod(i + 1, first.atDay(1), last.atEndOfMonth()));
        }
        return out;
    }

    /** The default deadline for plans: the end of January (PermenPAN-RB 6/2022). */
    public static LocalDate defaultDeadline(int year) {
        return LocalDate.of(year, 1, 31);
    }
}
