package id.capaian.feedback;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new agreed action: what, who, by when, and (optionally) the obstacle it answers. */
public class ActionForm {
    private String description;
    private Long ownerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    private Long obstacleId;

    public ActionForm() {
    }

    public ActionForm(String description, Long ownerId, LocalDate dueDate, Long obstacleId) {
        this.description = description;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.obstacleId = obstacleId;
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Long getObstacleId() { return obstacleId; }
    public void setObstacleId(Long obstacleId) { this.obstacleId = obstacleId; }
}
