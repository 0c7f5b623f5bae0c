package id.capaian.talent;

/** A succession candidate as entered: who (by NIP or chosen from the suggestions), their readiness and a note. */
public class CandidateForm {

    private String nip;
    private Readiness readiness;
    private String note;

    public CandidateForm() {
    }

    public CandidateForm(String nip, Readiness readiness, String note) {
        this.nip = nip;
        this.readiness = readiness;
        this.note = note;
    }

    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public Readiness getReadiness() { return readiness; }
    public void setReadiness(Readiness readiness) { this.readiness = readiness; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
