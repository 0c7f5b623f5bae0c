package id.capaian.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The arguments of a notification's message, stored as JSON: strings and numbers as they are, typed values (a
 * date, a time, a month, a quarter, another message) as small objects that are written out in the reader's
 * language.
 */
public final class MessageArgs {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    private MessageArgs() {
    }

    public static String toJson(ObjectMapper json, List<Object> args) {
        return json.writeValueAsString(args);
    }

    public static List<Object> fromJson(ObjectMapper json, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, LIST);
    }

    /** The message in the given language, its typed arguments written out. */
    public static String render(MessageSource messages, String key, List<Object> args, Locale locale) {
        Object[] values = args.stream().map(a -> value(messages, a, locale)).toArray();
        return messages.getMessage(key, values, key, locale);
    }

    private static Object value(MessageSource messages, Object arg, Locale locale) {
        if (arg instanceof Map<?, ?> m) {
            if (m.get("date") instanceof String d) {
                return LocalDate.parse(d).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            }
            if (m.get("dateTime") instanceof String t) {
                return Instant.parse(t).atZone(JAKARTA).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale))
                        + " WIB";
            }
            if (m.get("month") instanceof String ym) {
                return YearMonth.parse(ym).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            }
            if (m.get("quarter") instanceof String q) {
                String[] parts = q.split("-");
                return messages.getMessage("notification.arg.quarter", new Object[] {roman(Integer.parseInt(parts[1])), parts[0]},
                        q, locale);
            }
            if (m.get("message") instanceof String k) {
                return messages.getMessage(k, null, k, locale);
            }
            return String.valueOf(m);
        }
        if (arg instanceof Number n) {
            // numbers as they are: no thousands separators for years
            return String.valueOf(n);
        }
        return arg == null ? "" : arg;
    }

    private static String roman(int q) {
        return switch (q) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
