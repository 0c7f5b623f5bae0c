package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An assessment result to record: the competency, the level found (1-5), when, how and by whom. */
public class AssessmentForm {
    private Long competencyId;
    private Integer level;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private AssessmentMethod method;
    private String assessor;
    private String note;

    public AssessmentForm() {
    }

    public static AssessmentForm of(long competencyId, int level, LocalDate assessedOn, AssessmentMethod method,
            String assessor) {
        AssessmentForm f = new AssessmentForm();
        f.competencyId = competencyId;
        f.level = level;
        f.assessedOn = assessedOn;
        f.method = method;
        f.assessor = assessor;
        return f;
    }

    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public AssessmentMethod getMethod() { return method; }
    public void setMethod(AssessmentMethod method) { this.method = method; }
    public String getAssessor() { return assessor; }
    public void setAssessor(String assessor) { this.assessor = assessor; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
