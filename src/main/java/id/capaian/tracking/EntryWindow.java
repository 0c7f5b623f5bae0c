package id.capaian.tracking;

import java.time.LocalDate;

/**
 * When realisations of a sub-period may be entered: from its first day until its last day plus the agency's grace
 * days, or later while the appraiser has reopened it.
 *
 * @param state NOT_YET (future), OPEN, REOPENED or CLOSED
 */
public record EntryWindow(int subPeriod, LocalDate start, LocalDate deadline, LocalDate reopenedUntil, String state) {

    public boolean open() {
        return "OPEN".equals(state) || "REOPENED".equals(state);
    }

    static EntryWindow of(int subPeriod, LocalDate start, LocalDate end, int graceDays, LocalDate reopenedUntil, LocalDate today) {
        LocalDate deadline = end.plusDays(graceDays);
        String state;
        if (today.isBefore(start)) {
            state = "NOT_YET";
        } else if (!today.isAfter(deadline)) {
            state = "OPEN";
        } else if (reopenedUntil != null && !today.isAfter(reopenedUntil)) {
            state = "REOPENED";
        } else {
            state = "CLOSED";
        }
        return new EntryWindow(subPeriod, start, deadline, reopenedUntil, state);
    }
}
