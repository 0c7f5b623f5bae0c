package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A development action as the employee or the appraiser writes it: what, which training (if any), JP and when. */
public class DevelopmentActionForm {
    private String description;
    private Long competencyId;
    private Long trainingId;
    private Integer jp;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    public DevelopmentActionForm() {
    }

    public static DevelopmentActionForm of(String description, Long trainingId, Integer jp, LocalDate dueOn) {
        DevelopmentActionForm f = new DevelopmentActionForm();
        f.description = description;
        f.trainingId = trainingId;
        f.jp = jp;
        f.dueOn = dueOn;
        return f;
    }

    public static DevelopmentActionForm of(DevelopmentAction a) {
        DevelopmentActionForm f = of(a.description(), a.trainingId(), a.jp(), a.dueOn());
        f.competencyId = a.competencyId();
        return f;
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public Long getTrainingId() { return trainingId; }
    public void setTrainingId(Long trainingId) { this.trainingId = trainingId; }
    public Integer getJp() { return jp; }
    public void setJp(Integer jp) { this.jp = jp; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
