package id.capaian.evaluation.internal.documents;

import java.util.List;

/**
 * What the unit's "Penetapan Predikat Kinerja Pegawai" shows: the unit and its grade, everyone its grade covers
 * with the final predikat, the spread per predikat checked against the curve, and the leader's signature block.
 */
public record PenetapanView(String documentTitle, String agencyName, String unitName, String year, String grade,
        boolean draft, List<Member> members, List<Spread> spread, int total, List<Rule> rules, String signerRole,
        EvaluationDocumentView.Person signer, String finalisedNote, String place, String date, String footer) {

    public record Member(int number, String name, String nip, String position, String unit, String predikat) {
    }

    /** One predikat: how many and what share of the unit. */
    public record Spread(String predikat, int count, String percent) {
    }

    /** A curve rule of the grade, worded, and whether the spread keeps it. */
    public record Rule(String text, boolean satisfied) {
    }
}
