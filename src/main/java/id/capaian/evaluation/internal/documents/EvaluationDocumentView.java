package id.capaian.evaluation.internal.documents;

import java.util.List;

/**
 * What the "Dokumen Evaluasi Kinerja Pegawai" (PermenPAN-RB 6/2022) shows, already worked out and worded in
 * Indonesian: the template only lays it out.
 *
 * @param periodLabel "TRIWULAN I", "JANUARI" or "AKHIR"
 * @param periodRange "1 Januari – 31 Maret 2026"
 * @param organisationGrade the unit's grade (capaian kinerja organisasi) for an annual evaluation, else null
 * @param credit the credit points of a functional (JF) employee's annual evaluation, else null
 * @param changes how the predikat came to be what it is (calibration, objection), oldest first
 */
public record EvaluationDocumentView(String documentTitle, String agencyName, String periodLabel, String periodRange,
        String year, boolean annual, boolean draft, String statusLabel, Person employee, Person appraiser,
        Person appraiserSuperior, String organisationGrade, List<Section> sections, String achievement,
        String resultRating, String resultSuggestion, String resultReason, List<Behaviour> behaviours,
        String behaviourRating, String behaviourNote, String predikat, String predikatRule, List<String> changes,
        Credit credit, String place, String date, String footer) {

    /** One identity block: the employee, the appraiser or the appraiser's superior. */
    public record Person(String name, String nip, String rank, String position, String unit) {

        public static final Person NONE = new Person("-", "-", "-", "-", "-");
    }

    /** "A. Utama" or "B. Tambahan" with its RHK. */
    public record Section(String label, List<Result> results) {
    }

    /** An RHK spanning its IKI rows, with the appraiser's rating and feedback. */
    public record Result(int number, String intervened, String statement, List<Indicator> indicators,
            String achievement, String rating, String note) {
    }

    public record Indicator(String aspect, String name, String target, String realisation) {
    }

    /** A BerAKHLAK value: the leader's special expectation, the rating and the appraiser's note. */
    public record Behaviour(int number, String name, String special, String rating, String note) {
    }

    /** The functional credit points: the level, the figures and the worded formula. */
    public record Credit(String level, String percent, String coefficient, int months, String points, String formula) {
    }
}
