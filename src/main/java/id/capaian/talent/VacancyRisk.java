package id.capaian.talent;

/** How likely a critical position is to fall vacant soon (retirement, transfer, a hard-to-fill post). */
public enum VacancyRisk {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "talent.risk." + name();
    }
}
