package id.capaian.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification to one person: its kind, the message key and arguments (rendered in the reader's language, see
 * {@link NotificationManagement#text}), the page it points to, and when it was read.
 */
public record Notification(long id, long agencyId, long employeeId, NotificationKind kind, String messageKey,
        List<Object> args, String link, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
