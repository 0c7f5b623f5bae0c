package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A training outside the agency's catalogue (a ministry's e-learning, a professional association's seminar), recorded
 * by the employee with its title, kind and JP, and its completion date when the certificate comes with it.
 */
public class TrainingExternalForm {

    private String title;
    private TrainingKind kind;
    private Integer jp;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;

    public TrainingExternalForm() {
    }

    public TrainingExternalForm(String title, TrainingKind kind, Integer jp, LocalDate completedOn) {
        this.title = title;
        this.kind = kind;
        this.jp = jp;
        this.completedOn = completedOn;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public TrainingKind getKind() { return kind; }
    public void setKind(TrainingKind kind) { this.kind = kind; }
    public Integer getJp() { return jp; }
    public void setJp(Integer jp) { this.jp = jp; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
}
