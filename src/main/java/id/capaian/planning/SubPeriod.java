package id.capaian.planning;

import java.time.LocalDate;

/** A month or quarter of a period: its number (1-12 or 1-4) and its first and last day. */
public record SubPeriod(int index, LocalDate start, LocalDate end) {
}
