package id.capaian.development;

/**
 * How a competency level was found: an assessment centre, a competency test (uji kompetensi), the supervisor's
 * judgement, a self-assessment, or a file of results imported by HR.
 */
public enum AssessmentMethod {
    ASSESSMENT_CENTER, UJI_KOMPETENSI, SUPERVISOR, SELF, IMPORT;

    public String messageKey() {
        return "development.method." + name();
    }
}
