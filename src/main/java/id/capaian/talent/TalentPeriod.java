package id.capaian.talent;

import java.time.LocalDate;

/** A performance period (year) of the agency, as the 9-box uses it. */
public record TalentPeriod(long id, int year) {

    /** The last day of the period: potential assessments up to this day count for its 9-box. */
    public LocalDate end() {
        return LocalDate.of(year, 12, 31);
    }
}
