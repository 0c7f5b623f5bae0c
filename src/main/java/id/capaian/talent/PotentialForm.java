package id.capaian.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A potential assessment as entered: whose (by NIP), the score, the method, the date, the assessor and a note. */
public class PotentialForm {

    private String nip;
    private BigDecimal score;
    private PotentialMethod method;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private String assessor;
    private String note;

    public PotentialForm() {
    }

    public PotentialForm(String nip, BigDecimal score, PotentialMethod method, LocalDate assessedOn, String assessor,
            String note) {
        this.nip = nip;
        this.score = score;
        this.method = method;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.note = note;
    }

    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public PotentialMethod getMethod() { return method; }
    public void setMethod(PotentialMethod method) { this.method = method; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getAssessor() { return assessor; }
    public void setAssessor(String assessor) { this.assessor = assessor; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
