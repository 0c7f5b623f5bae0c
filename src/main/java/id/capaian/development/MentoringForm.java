package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new mentoring pair: who mentors whom, toward what, from when (and until when, if known). */
public class MentoringForm {
    private Long mentorId;
    private Long menteeId;
    private String goal;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    public MentoringForm() {
    }

    public static MentoringForm of(Long mentorId, Long menteeId, String goal, LocalDate startsOn, LocalDate endsOn) {
        MentoringForm f = new MentoringForm();
        f.mentorId = mentorId;
        f.menteeId = menteeId;
        f.goal = goal;
        f.startsOn = startsOn;
        f.endsOn = endsOn;
        return f;
    }

    public Long getMentorId() { return mentorId; }
    public void setMentorId(Long mentorId) { this.mentorId = mentorId; }
    public Long getMenteeId() { return menteeId; }
    public void setMenteeId(Long menteeId) { this.menteeId = menteeId; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
