package id.capaian.talent;

/** How soon a succession candidate could take the critical position. */
public enum Readiness {
    READY_NOW, READY_1_2_YEARS, READY_3_YEARS;

    public String messageKey() {
        return "talent.readiness." + name();
    }
}
