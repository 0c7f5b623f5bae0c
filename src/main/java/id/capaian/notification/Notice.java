package id.capaian.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A notification to create: for whom, what kind, the message key and its arguments, the page (a path on this site)
 * and, for reminders, a key that makes it once only per person. Arguments are strings and numbers, or typed values
 * made with {@link #date}, {@link #dateTime}, {@link #month}, {@link #quarter} and {@link #message} that are
 * written in the reader's language when shown.
 */
public record Notice(long agencyId, long employeeId, NotificationKind kind, String messageKey, List<Object> args,
        String link, String dedupeKey) {

    public Notice {
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Notice of(long agencyId, long employeeId, NotificationKind kind, String messageKey, String link,
            Object... args) {
        return new Notice(agencyId, employeeId, kind, messageKey, Arrays.asList(args), link, null);
    }

    public Notice once(String key) {
        return new Notice(agencyId, employeeId, kind, messageKey, args, link, key);
    }

    public static Object date(LocalDate date) {
        return Map.of("date", date.toString());
    }

    public static Object dateTime(Instant instant) {
        return Map.of("dateTime", instant.toString());
    }

    public static Object month(int year, int month) {
        return Map.of("month", String.format("%04d-%02d", year, month));
    }

    public static Object quarter(int year, int quarter) {
        return Map.of("quarter", year + "-" + quarter);
    }

    /** Another message, e.g. a status: {@code message("plan.status.DRAFT")}. */
    public static Object message(String key) {
        return Map.of("message", key);
    }
}
