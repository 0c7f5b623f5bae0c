package id.capaian.development;

import java.time.LocalDate;

/** A pair in a list: the pair (without its sessions), how many sessions, their minutes and the last one's date. */
public record MentoringPairRow(MentoringPair pair, int sessions, int minutes, LocalDate lastSession) {

    public int jpEquivalent() {
        return minutes / MentoringPair.MINUTES_PER_JP;
    }
}
