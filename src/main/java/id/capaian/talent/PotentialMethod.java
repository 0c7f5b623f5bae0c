package id.capaian.talent;

/** How a potential score was obtained: an assessment centre, a psychometric test, the supervisor, or a file import. */
public enum PotentialMethod {
    ASSESSMENT_CENTER, PSIKOMETRI, SUPERVISOR, IMPORT;

    public String messageKey() {
        return "talent.method." + name();
    }
}
