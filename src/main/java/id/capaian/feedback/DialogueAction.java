package id.capaian.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action agreed in a dialogue: what, who (an appraisee or the appraiser), by when, the obstacle it answers (if
 * any), and how it went ({@code followUp}).
 */
public record DialogueAction(long id, long dialogueId, Long obstacleId, String description, long ownerId,
        String ownerName, LocalDate dueDate, ActionStatus status, String followUp, String updatedBy,
        Instant updatedAt, Instant closedAt, int version) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
