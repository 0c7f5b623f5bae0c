package id.capaian.notification;

import id.capaian.notification.internal.MailSwitch;
import id.capaian.notification.internal.MessageArgs;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Notifications of the signed-in person (their employee record is the recipient), their preferences, and the
 * creation of notifications for the events and reminders of the other modules. A notification is created in the
 * caller's transaction, so that it exists exactly when what it tells of happened; whether it shows in the
 * application and whether it goes out by e-mail follows the recipient's preference for its kind at that moment.
 */
@Service
@Transactional
public class NotificationManagement {

    /** The languages e-mails can be written in; Indonesian is the default. */
    public static final List<String> LANGUAGES = List.of("id", "en");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final MailSwitch mail;

    NotificationManagement(JdbcClient jdbc, ObjectMapper json, MessageSource messages, MailSwitch mail) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.mail = mail;
    }

    // ---------------------------------------------------------------- creating

    /**
     * Creates a notification unless the recipient turned both channels off for its kind, or (with a dedupe key) it
     * was created before. Returns its id when created.
     */
    public Optional<Long> notify(Notice n) {
        Map<String, Object> pref = jdbc.sql("SELECT in_app, email FROM notification_preference WHERE employee_id = :e AND kind = :k")
                .param("e", n.employeeId()).param("k", n.kind().name())
                .query((rs, i) -> Map.<String, Object>of("inApp", rs.getBoolean("in_app"), "email", rs.getBoolean("email")))
                .optional().orElse(Map.of("inApp", true, "email", true));
        boolean inApp = (Boolean) pref.get("inApp");
        boolean email = (Boolean) pref.get("email") && mail.on();
        if (!inApp && !email && n.dedupeKey() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                INSERT INTO notification (agency_id, employee_id, kind, message_key, message_args, link, dedupe_key, in_app,
                                          email_status)
                VALUES (:a, :e, :kind, :key, CAST(:args AS jsonb), :link, :dedupe, :inApp, :email)
                ON CONFLICT (employee_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
                RETURNING id
                """).param("a", n.agencyId()).param("e", n.employeeId()).param("kind", n.kind().name())
                .param("key", n.messageKey()).param("args", MessageArgs.toJson(json, n.args())).param("link", n.link())
                .param("dedupe", n.dedupeKey()).param("inApp", inApp).param("email", email ? "PENDING" : "NONE")
                .query(Long.class).optional();
    }

    /** One recipient of {@link #notifyMany}: who, the page, the message arguments and an optional once-only key. */
    public record Recipient(long employeeId, String link, List<Object> args, String dedupeKey) {
    }

    /**
     * Creates the same kind of notification for many people at once (e.g. everyone of a unit whose evaluation became
     * final), honouring each person's preferences, in one statement per thousand recipients.
     */
    public int notifyMany(long agencyId, NotificationKind kind, String messageKey, List<Recipient> recipients) {
        int created = 0;
        for (int from = 0; from < recipients.size(); from += 1000) {
            List<Recipient> chunk = recipients.subList(from, Math.min(recipients.size(), from + 1000));
            created += jdbc.sql("""
                    INSERT INTO notification (agency_id, employee_id, kind, message_key, message_args, link, dedupe_key, in_app,
                                              email_status)
                    SELECT :a, x.e, :kind, :key, CAST(x.args AS jsonb), x.link, x.dedupe, coalesce(p.in_app, TRUE),
                           CASE WHEN coalesce(p.email, TRUE) AND :mail THEN 'PENDING' ELSE 'NONE' END
                    FROM unnest(CAST(:e AS BIGINT[]), CAST(:args AS TEXT[]), CAST(:links AS TEXT[]), CAST(:dedupe AS TEXT[]))
                         AS x(e, args, link, dedupe)
                    LEFT JOIN notification_preference p ON p.employee_id = x.e AND p.kind = :kind
                    WHERE coalesce(p.in_app, TRUE) OR (coalesce(p.email, TRUE) AND :mail) OR x.dedupe IS NOT NULL
                    ON CONFLICT (employee_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
                    """).param("a", agencyId).param("kind", kind.name()).param("key", messageKey).param("mail", mail.on())
                    .param("e", chunk.stream().map(Recipient::employeeId).toArray(Long[]::new))
                    .param("args", chunk.stream().map(r -> MessageArgs.toJson(json, r.args().stream()
                            .map(a -> a == null ? (Object) "" : a).toList())).toArray(String[]::new))
                    .param("links", chunk.stream().map(Recipient::link).toArray(String[]::new))
                    .param("dedupe", chunk.stream().map(Recipient::dedupeKey).toArray(String[]::new))
                    .update();
        }
        return created;
    }

    // ---------------------------------------------------------------- reading

    /** The actor's notifications, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Notification> inbox(Actor actor, boolean unreadOnly, int page, int size) {
        int pageSize = PageResult.clampSize(size);
        int p = Math.max(page, 0);
        if (actor.employeeId() == null) {
            return new PageResult<>(List.of(), p, pageSize, 0);
        }
        String where = " WHERE employee_id = :e AND in_app" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT count(*) FROM notification" + where).param("e", actor.employeeId())
                .query(Long.class).single();
        List<Notification> rows = jdbc.sql("SELECT * FROM notification" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("e", actor.employeeId()).param("limit", pageSize).param("offset", (long) p * pageSize)
                .query((rs, i) -> row(rs)).list();
        return new PageResult<>(rows, p, pageSize, total);
    }

    /**
     * How many of the actor's notifications are unread (for the bell, fetched after every page). One statement,
     * without a transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long unread(Actor actor) {
        if (actor.employeeId() == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM notification WHERE employee_id = :e AND in_app AND read_at IS NULL")
                .param("e", actor.employeeId()).query(Long.class).single();
    }

    /** A notification in the reader's language. */
    public String text(Notification n, Locale locale) {
        return MessageArgs.render(messages, n.messageKey(), n.args(), locale);
    }

    // ---------------------------------------------------------------- reading them

    /** Marks one of the actor's notifications read; someone else's is not found. Returns it. */
    public Notification markRead(Actor actor, long id) {
        Notification n = own(actor, id);
        jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = :id").param("id", id).update();
        return n;
    }

    public int markAllRead(Actor actor) {
        if (actor.employeeId() == null) {
            return 0;
        }
        return jdbc.sql("UPDATE notification SET read_at = now() WHERE employee_id = :e AND read_at IS NULL")
                .param("e", actor.employeeId()).update();
    }

    private Notification own(Actor actor, long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id AND employee_id = :e AND in_app")
                .param("id", id).param("e", actor.employeeId() == null ? -1L : actor.employeeId())
                .query((rs, i) -> row(rs)).optional().orElseThrow(() -> new NotFoundException("notification", id));
    }

    // ---------------------------------------------------------------- preferences

    /** The actor's choice for every kind (both channels on where nothing was chosen). */
    @Transactional(readOnly = true)
    public List<NotificationPreference> preferences(Actor actor) {
        Map<NotificationKind, NotificationPreference> chosen = new EnumMap<>(NotificationKind.class);
        if (actor.employeeId() != null) {
            jdbc.sql("SELECT kind, in_app, email FROM notification_preference WHERE employee_id = :e")
                    .param("e", actor.employeeId())
                    .query((rs, i) -> new NotificationPreference(NotificationKind.valueOf(rs.getString("kind")),
                            rs.getBoolean("in_app"), rs.getBoolean("email"))).list()
                    .forEach(p -> chosen.put(p.kind(), p));
        }
        List<NotificationPreference> out = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            out.add(chosen.getOrDefault(k, new NotificationPreference(k, true, true)));
        }
        return out;
    }

    /** The language e-mails to the actor are written in, if chosen. */
    @Transactional(readOnly = true)
    public Optional<String> language(Actor actor) {
        if (actor.employeeId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT language FROM notification_setting WHERE employee_id = :e").param("e", actor.employeeId())
                .query(String.class).optional();
    }

    /**
     * Stores the actor's choices: the kinds shown in the application and the kinds sent by e-mail (every kind not
     * named is off), and the language of e-mails ({@code id} or {@code en}; anything else keeps Indonesian).
     */
    public List<NotificationPreference> savePreferences(Actor actor, Set<NotificationKind> inApp, Set<NotificationKind> email,
            String language) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("notification.error.noEmployee");
        }
        for (NotificationKind k : NotificationKind.values()) {
            jdbc.sql("""
                    INSERT INTO notification_preference (employee_id, agency_id, kind, in_app, email)
                    VALUES (:e, :a, :k, :inApp, :email)
                    ON CONFLICT (employee_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email,
                           updated_at = now()
                    """).param("e", actor.employeeId()).param("a", actor.agencyId()).param("k", k.name())
                    .param("inApp", inApp.contains(k)).param("email", email.contains(k)).update();
        }
        String lang = LANGUAGES.contains(language) ? language : "id";
        jdbc.sql("""
                INSERT INTO notification_setting (employee_id, agency_id, language) VALUES (:e, :a, :l)
                ON CONFLICT (employee_id) DO UPDATE SET language = EXCLUDED.language, updated_at = now()
                """).param("e", actor.employeeId()).param("a", actor.agencyId()).param("l", lang).update();
        return preferences(actor);
    }

    // ---------------------------------------------------------------- mapping

    private Notification row(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employee_id"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("message_key"),
                MessageArgs.fromJson(json, rs.getString("message_args")), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
