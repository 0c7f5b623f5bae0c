package id.capaian.development;

/** The three kinds of competency of PermenPAN-RB 38/2017. */
public enum CompetencyKind {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL;

    public String messageKey() {
        return "development.competencyKind." + name();
    }
}
