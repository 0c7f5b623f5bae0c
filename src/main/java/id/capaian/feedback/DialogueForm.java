package id.capaian.feedback;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new dialogue, or a changed time and place. The appraiser picks one or more of the people they appraise; an
 * employee asks their own appraiser by picking only themselves. Times are local to Asia/Jakarta. An ad hoc
 * dialogue is recorded after it was held (its time now or earlier).
 */
public class DialogueForm {
    private String topic;
    private DialogueKind kind = DialogueKind.SCHEDULED;
    private List<Long> appraiseeIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime scheduledAt;
    private String place;
    private String onlineLink;

    public DialogueForm() {
    }

    public static DialogueForm scheduled(String topic, LocalDateTime at, String place, String link, Long... appraisees) {
        DialogueForm f = new DialogueForm();
        f.topic = topic;
        f.scheduledAt = at;
        f.place = place;
        f.onlineLink = link;
        f.appraiseeIds = new ArrayList<>(List.of(appraisees));
        return f;
    }

    public static DialogueForm adHoc(String topic, LocalDateTime at, String place, Long... appraisees) {
        DialogueForm f = scheduled(topic, at, place, null, appraisees);
        f.kind = DialogueKind.AD_HOC;
        return f;
    }

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public DialogueKind getKind() { return kind; }
    public void setKind(DialogueKind kind) { this.kind = kind; }
    public List<Long> getAppraiseeIds() { return appraiseeIds; }
    public void setAppraiseeIds(List<Long> appraiseeIds) { this.appraiseeIds = appraiseeIds == null ? new ArrayList<>() : appraiseeIds; }
    public LocalDateTime getScheduledAt() { return scheduledAt; }
    public void setScheduledAt(LocalDateTime scheduledAt) { this.scheduledAt = scheduledAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
}
