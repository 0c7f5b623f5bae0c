package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to log: when, how long (minutes), the topic and notes. */
public class MentoringSessionForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private Integer minutes;
    private String topic;
    private String notes;

    public MentoringSessionForm() {
    }

    public static MentoringSessionForm of(LocalDate heldOn, Integer minutes, String topic, String notes) {
        MentoringSessionForm f = new MentoringSessionForm();
        f.heldOn = heldOn;
        f.minutes = minutes;
        f.topic = topic;
        f.notes = notes;
        return f;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
