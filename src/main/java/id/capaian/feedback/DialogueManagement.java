package id.capaian.feedback;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.PlanAccess;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import id.capaian.platform.Role;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance dialogues (dialog kinerja). An appraiser schedules one with one or more of the people below them (a
 * team dialogue), or records one held on the spot; an employee may ask their own appraiser for one. The appraiser
 * and the appraisees write (notes, obstacles, actions and their follow-up); the line above any of them, the
 * agency's administrators and head, and national administrators read; anyone else is refused.
 */
@Service
@Transactional
public class DialogueManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int MAX_PARTICIPANTS = 40;
    static final int MAX_NOTES = 20000;
    static final int MAX_ITEMS = 100;

    private final JdbcClient jdbc;
    private final EmployeeManagement employees;
    private final PlanAccess lines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DialogueManagement(JdbcClient jdbc, EmployeeManagement employees, PlanAccess lines, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.lines = lines;
        this.audit = audit;
        this.events = events;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    // ---------------------------------------------------------------- access

    /** The appraiser and the appraisees. */
    public boolean canWrite(Actor actor, Dialogue d) {
        return actor.agencyId() != null && actor.agencyId() == d.agencyId() && d.involves(actor.employeeId());
    }

    public boolean canRead(Actor actor, Dialogue d) {
        if (actor.isNational()) {
            return true;
        }
        if (actor.agencyId() == null || actor.agencyId() != d.agencyId()) {
            return false;
        }
        if (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD) || d.involves(actor.employeeId())) {
            return true;
        }
        Long me = actor.employeeId();
        return me != null && (lines.isAbove(me, d.appraiserId())
                || d.participants().stream().anyMatch(p -> lines.isAbove(me, p.employeeId())));
    }

    /** Whether the actor sees every dialogue of the agency (administrators, the head, national administrators). */
    public boolean seesAll(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Dialogue get(Actor actor, long agencyId, long dialogueId) {
        actor.requireRead(agencyId);
        Dialogue d = find(agencyId, dialogueId);
        if (!canRead(actor, d)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return d;
    }

    /**
     * The actor's dialogues (as appraiser or appraisee), or with {@code all} every dialogue of the agency (for
     * those who {@link #seesAll see all}).
     */
    @Transactional(readOnly = true)
    public DialogueList list(Actor actor, long agencyId, boolean all, int page, int size) {
        actor.requireRead(agencyId);
        boolean everyone = all && seesAll(actor, agencyId);
        Long me = actor.employeeId();
        if (!everyone && me == null) {
            return new DialogueList(List.of(), new PageResult<>(List.of(), 0, PageResult.clampSize(size), 0), List.of());
        }
        String where = " WHERE d.agency_id = :a" + (everyone ? "" : " AND (d.appraiser_id = :me OR EXISTS (SELECT 1 FROM "
                + "dialogue_participant dp WHERE dp.dialogue_id = d.id AND dp.employee_id = :me))");
        Map<String, Object> params = new HashMap<>();
        params.put("a", agencyId);
        params.put("me", me == null ? -1L : me);
        List<DialogueSummary> upcoming = summaries(actor, agencyId, jdbc.sql(SUMMARY + where
                + " AND d.status = 'SCHEDULED' ORDER BY d.scheduled_at, d.id LIMIT 200").params(params)
                .query((rs, n) -> summary(rs, me)).list());
        int pageSize = PageResult.clampSize(size);
        int p = Math.max(page, 0);
        long total = jdbc.sql("SELECT count(*) FROM dialogue d" + where + " AND d.status <> 'SCHEDULED'").params(params)
                .query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) p * pageSize);
        List<DialogueSummary> past = summaries(actor, agencyId, jdbc.sql(SUMMARY + where
                + " AND d.status <> 'SCHEDULED' ORDER BY coalesce(d.held_at, d.scheduled_at) DESC, d.id DESC"
                + " LIMIT :limit OFFSET :offset").params(params).query((rs, n) -> summary(rs, me)).list());
        List<DialogueList.OpenAction> open = me == null ? List.of() : openActions(agencyId, me);
        return new DialogueList(upcoming, new PageResult<>(past, p, pageSize, total), open);
    }

    private static final String SUMMARY = """
            SELECT d.*,
                   (SELECT count(*) FROM dialogue_obstacle o WHERE o.dialogue_id = d.id) AS obstacle_count,
                   (SELECT count(*) FROM dialogue_action x WHERE x.dialogue_id = d.id) AS action_count,
                   (SELECT count(*) FROM dialogue_action x WHERE x.dialogue_id = d.id AND x.status = 'OPEN') AS open_count
            FROM dialogue d""";

    private DialogueSummary summary(ResultSet rs, Long me) throws SQLException {
        return new DialogueSummary(rs.getLong("id"), rs.getString("topic"), DialogueKind.valueOf(rs.getString("kind")),
                DialogueStatus.valueOf(rs.getString("status")), instant(rs, "scheduled_at"), instant(rs, "held_at"),
                rs.getLong("appraiser_id"), null, List.of(), me != null && me == rs.getLong("appraiser_id"),
                rs.getInt("obstacle_count"), rs.getInt("open_count"), rs.getInt("action_count"));
    }

    /** Adds the names of the appraiser and the appraisees. */
    private List<DialogueSummary> summaries(Actor actor, long agencyId, List<DialogueSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> participants = new HashMap<>();
        jdbc.sql("SELECT dialogue_id, employee_id FROM dialogue_participant WHERE dialogue_id IN (:ids) ORDER BY employee_id")
                .param("ids", rows.stream().map(DialogueSummary::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("dialogue_id"), rs.getLong("employee_id"))).list()
                .forEach(e -> participants.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.appraiserId()));
        participants.values().forEach(ids::addAll);
        Map<Long, Employee> people = employees.byIds(agencyId, ids);
        return rows.stream().map(r -> new DialogueSummary(r.id(), r.topic(), r.kind(), r.status(), r.scheduledAt(),
                r.heldAt(), r.appraiserId(), name(people, r.appraiserId()),
                participants.getOrDefault(r.id(), List.of()).stream().map(id -> name(people, id)).sorted().toList(),
                r.appraiser(), r.obstacles(), r.openActions(), r.actions())).toList();
    }

    private List<DialogueList.OpenAction> openActions(long agencyId, long ownerId) {
        List<Object[]> rows = jdbc.sql("""
                SELECT x.*, d.topic FROM dialogue_action x JOIN dialogue d ON d.id = x.dialogue_id
                WHERE x.agency_id = :a AND x.owner_id = :o AND x.status = 'OPEN' AND d.status <> 'CANCELLED'
                ORDER BY x.due_date, x.id LIMIT 100
                """).param("a", agencyId).param("o", ownerId)
                .query((rs, n) -> new Object[] {action(rs), rs.getString("topic")}).list();
        Map<Long, Employee> people = employees.byIds(agencyId, Set.of(ownerId));
        return rows.stream().map(r -> {
            DialogueAction a = named((DialogueAction) r[0], people);
            return new DialogueList.OpenAction(a, a.dialogueId(), (String) r[1]);
        }).toList();
    }

    // ---------------------------------------------------------------- scheduling

    /**
     * Schedules a dialogue (or records one held on the spot). The appraiser picks people below them in the
     * reporting line; an employee picks only themselves and the dialogue is with their appraiser.
     */
    public Dialogue schedule(Actor actor, long agencyId, DialogueForm form) {
        actor.requireRead(agencyId);
        Long me = actor.employeeId();
        if (me == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            throw new AccessDeniedException("dialogue.error.noEmployee");
        }
        var problems = new InvalidInputException.Collector();
        String topic = text(form.getTopic());
        if (topic == null) {
            problems.add("topic", "validation.required");
        } else if (topic.length() > 300) {
            problems.add("topic", "validation.tooLong", 300);
        }
        DialogueKind kind = form.getKind() == null ? DialogueKind.SCHEDULED : form.getKind();
        Set<Long> picked = new LinkedHashSet<>(form.getAppraiseeIds().stream().filter(Objects::nonNull).toList());
        Long appraiserId = null;
        if (picked.isEmpty()) {
            problems.add("appraiseeIds", "dialogue.error.noAppraisee");
        } else if (picked.size() > MAX_PARTICIPANTS) {
            problems.add("appraiseeIds", "dialogue.error.tooMany", MAX_PARTICIPANTS);
        } else {
            Set<Long> all = new HashSet<>(picked);
            all.add(me);
            Map<Long, Employee> people = employees.byIds(agencyId, all);
            if (picked.equals(Set.of(me))) {
                appraiserId = people.get(me).appraiserId();
                if (appraiserId == null) {
                    problems.add("appraiseeIds", "dialogue.error.noAppraiser");
                }
            } else if (picked.contains(me)) {
                problems.add("appraiseeIds", "dialogue.error.selfAndOthers");
            } else {
                appraiserId = me;
                for (Long id : picked) {
                    Employee e = people.get(id);
                    if (e == null || !e.active()) {
                        problems.add("appraiseeIds", "dialogue.error.appraisee", String.valueOf(id));
                    } else if (!lines.isAbove(me, id)) {
                        problems.add("appraiseeIds", "dialogue.error.notBelow", e.displayName());
                    }
                }
            }
        }
        Instant at = when(kind, form.getScheduledAt(), problems);
        String place = text(form.getPlace());
        String link = text(form.getOnlineLink());
        place(kind, place, link, problems);
        problems.throwIfAny();

        long id = jdbc.sql("""
                INSERT INTO dialogue (agency_id, appraiser_id, kind, status, topic, scheduled_at, place, online_link,
                                      held_at, created_by, creator_id)
                VALUES (:a, :appraiser, :kind, :status, :topic, :at, :place, :link, :held, :by, :me) RETURNING id
                """).param("a", agencyId).param("appraiser", appraiserId).param("kind", kind.name())
                .param("status", kind == DialogueKind.AD_HOC ? DialogueStatus.HELD.name() : DialogueStatus.SCHEDULED.name())
                .param("topic", topic).param("at", Timestamp.from(at)).param("place", place).param("link", link)
                .param("held", kind == DialogueKind.AD_HOC ? Timestamp.from(at) : null).param("by", actor.username())
                .param("me", me).query(Long.class).single();
        for (Long p : picked) {
            jdbc.sql("INSERT INTO dialogue_participant (dialogue_id, agency_id, employee_id) VALUES (:d, :a, :e)")
                    .param("d", id).param("a", agencyId).param("e", p).update();
        }
        Dialogue d = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "dialogue", id, topic, null, brief(d));
        if (kind == DialogueKind.SCHEDULED) {
            events.publishEvent(new DialogueScheduled(agencyId, id, appraiserId, List.copyOf(picked), at, place, link, me, false));
        }
        return d;
    }

    /** Changes the topic, time and place of a dialogue not yet held; everyone is told again when the time or place changed. */
    public Dialogue reschedule(Actor actor, long agencyId, long dialogueId, DialogueForm form, int version) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireStatus(d, DialogueStatus.SCHEDULED);
        var problems = new InvalidInputException.Collector();
        String topic = text(form.getTopic());
        if (topic == null) {
            problems.add("topic", "validation.required");
        } else if (topic.length() > 300) {
            problems.add("topic", "validation.tooLong", 300);
        }
        Instant at = when(DialogueKind.SCHEDULED, form.getScheduledAt(), problems);
        String place = text(form.getPlace());
        String link = text(form.getOnlineLink());
        place(DialogueKind.SCHEDULED, place, link, problems);
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE dialogue SET topic = :topic, scheduled_at = :at, place = :place, online_link = :link,
                       updated_at = now(), version = version + 1 WHERE id = :id AND version = :v
                """).param("topic", topic).param("at", Timestamp.from(at)).param("place", place).param("link", link)
                .param("id", dialogueId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("dialogue", dialogueId);
        }
        Dialogue after = find(agencyId, dialogueId);
        audit.record(actor, agencyId, "RESCHEDULE", "dialogue", dialogueId, topic, brief(d), brief(after));
        if (!at.equals(d.scheduledAt()) || !Objects.equals(place, d.place()) || !Objects.equals(link, d.onlineLink())) {
            events.publishEvent(new DialogueScheduled(agencyId, dialogueId, d.appraiserId(), d.participantIds(), at, place,
                    link, actor.employeeId(), true));
        }
        return after;
    }

    /** Records that the dialogue took place (now, or at the time given), with its notes. */
    public Dialogue hold(Actor actor, long agencyId, long dialogueId, LocalDateTime heldAt, String notes, int version) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireStatus(d, DialogueStatus.SCHEDULED);
        var problems = new InvalidInputException.Collector();
        Instant at = heldAt == null ? Instant.now() : heldAt.atZone(JAKARTA).toInstant();
        if (at.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
            problems.add("heldAt", "dialogue.error.heldFuture");
        }
        String text = notes(notes, problems);
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE dialogue SET status = 'HELD', held_at = :at, notes = coalesce(:notes, notes), updated_at = now(),
                       version = version + 1 WHERE id = :id AND version = :v AND status = 'SCHEDULED'
                """).param("at", Timestamp.from(at)).param("notes", text).param("id", dialogueId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("dialogue", dialogueId);
        }
        Dialogue after = find(agencyId, dialogueId);
        audit.record(actor, agencyId, "HOLD", "dialogue", dialogueId, d.topic(), brief(d), brief(after));
        return after;
    }

    /** The notes of the dialogue (before it is held, as an agenda; after, as the record). */
    public Dialogue saveNotes(Actor actor, long agencyId, long dialogueId, String notes, int version) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireNotCancelled(d);
        var problems = new InvalidInputException.Collector();
        String text = notes(notes, problems);
        problems.throwIfAny();
        int n = jdbc.sql("UPDATE dialogue SET notes = :notes, updated_at = now(), version = version + 1 WHERE id = :id AND version = :v")
                .param("notes", text).param("id", dialogueId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("dialogue", dialogueId);
        }
        return find(agencyId, dialogueId);
    }

    /** Calls off a dialogue not yet held, with a reason. */
    public Dialogue cancel(Actor actor, long agencyId, long dialogueId, String reason) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireStatus(d, DialogueStatus.SCHEDULED);
        String why = text(reason);
        if (why == null) {
            throw InvalidInputException.of("reason", "dialogue.error.reasonRequired");
        }
        if (why.length() > 1000) {
            throw InvalidInputException.of("reason", "validation.tooLong", 1000);
        }
        jdbc.sql("UPDATE dialogue SET status = 'CANCELLED', cancel_reason = :r, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("r", why).param("id", dialogueId).update();
        Dialogue after = find(agencyId, dialogueId);
        audit.record(actor, agencyId, "CANCEL", "dialogue", dialogueId, d.topic(), brief(d), brief(after));
        return after;
    }

    // ---------------------------------------------------------------- obstacles and actions

    public Obstacle addObstacle(Actor actor, long agencyId, long dialogueId, String description) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireNotCancelled(d);
        String text = text(description);
        if (text == null) {
            throw InvalidInputException.of("description", "validation.required");
        }
        if (text.length() > 1000) {
            throw InvalidInputException.of("description", "validation.tooLong", 1000);
        }
        if (d.obstacles().size() >= MAX_ITEMS) {
            throw InvalidInputException.of("description", "dialogue.error.tooManyItems", MAX_ITEMS);
        }
        long id = jdbc.sql("""
                INSERT INTO dialogue_obstacle (agency_id, dialogue_id, description, raised_by, created_by)
                VALUES (:a, :d, :text, :me, :by) RETURNING id
                """).param("a", agencyId).param("d", dialogueId).param("text", text).param("me", actor.employeeId())
                .param("by", actor.username()).query(Long.class).single();
        touch(dialogueId);
        return find(agencyId, dialogueId).obstacles().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    public void removeObstacle(Actor actor, long agencyId, long dialogueId, long obstacleId) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireNotCancelled(d);
        if (d.obstacles().stream().noneMatch(o -> o.id() == obstacleId)) {
            throw new NotFoundException("obstacle", obstacleId);
        }
        jdbc.sql("DELETE FROM dialogue_obstacle WHERE id = :id AND dialogue_id = :d").param("id", obstacleId)
                .param("d", dialogueId).update();
        touch(dialogueId);
    }

    /** An agreed action; its owner is the appraiser or one of the appraisees. */
    public DialogueAction addAction(Actor actor, long agencyId, long dialogueId, ActionForm form) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireNotCancelled(d);
        var problems = new InvalidInputException.Collector();
        String text = text(form.getDescription());
        if (text == null) {
            problems.add("description", "validation.required");
        } else if (text.length() > 1000) {
            problems.add("description", "validation.tooLong", 1000);
        }
        if (form.getOwnerId() == null) {
            problems.add("ownerId", "validation.required");
        } else if (!d.involves(form.getOwnerId())) {
            problems.add("ownerId", "dialogue.error.owner");
        }
        if (form.getDueDate() == null) {
            problems.add("dueDate", "validation.required");
        }
        if (form.getObstacleId() != null && d.obstacles().stream().noneMatch(o -> o.id() == form.getObstacleId())) {
            problems.add("obstacleId", "dialogue.error.obstacle");
        }
        if (d.actions().size() >= MAX_ITEMS) {
            problems.add("description", "dialogue.error.tooManyItems", MAX_ITEMS);
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO dialogue_action (agency_id, dialogue_id, obstacle_id, description, owner_id, due_date, created_by)
                VALUES (:a, :d, :o, :text, :owner, :due, :by) RETURNING id
                """).param("a", agencyId).param("d", dialogueId).param("o", form.getObstacleId()).param("text", text)
                .param("owner", form.getOwnerId()).param("due", form.getDueDate()).param("by", actor.username())
                .query(Long.class).single();
        touch(dialogueId);
        return action(agencyId, dialogueId, id);
    }

    /** Follows an action up: its status and a note on how it went. */
    public DialogueAction updateAction(Actor actor, long agencyId, long dialogueId, long actionId, ActionStatus status,
            String followUp, int version) {
        Dialogue d = writable(actor, agencyId, dialogueId);
        requireNotCancelled(d);
        DialogueAction a = d.actions().stream().filter(x -> x.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("dialogue_action", actionId));
        var problems = new InvalidInputException.Collector();
        if (status == null) {
            problems.add("status", "validation.required");
        }
        String note = text(followUp);
        if (note != null && note.length() > 2000) {
            problems.add("followUp", "validation.tooLong", 2000);
        }
        if (status == ActionStatus.DROPPED && note == null) {
            problems.add("followUp", "dialogue.error.dropReason");
        }
        problems.throwIfAny();
        int n = jdbc.sql("""
                UPDATE dialogue_action SET status = :s, follow_up = :f, updated_by = :by, updated_at = now(),
                       closed_at = CASE WHEN :s = 'OPEN' THEN NULL ELSE coalesce(closed_at, now()) END,
                       version = version + 1
                WHERE id = :id AND dialogue_id = :d AND version = :v
                """).param("s", status.name()).param("f", note).param("by", actor.username()).param("id", actionId)
                .param("d", dialogueId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("dialogue_action", actionId);
        }
        touch(dialogueId);
        audit.record(actor, agencyId, "UPDATE", "dialogue_action", actionId, a.description(), a.status().name(), status.name());
        return action(agencyId, dialogueId, actionId);
    }

    // ---------------------------------------------------------------- internals

    private Dialogue writable(Actor actor, long agencyId, long dialogueId) {
        Dialogue d = get(actor, agencyId, dialogueId);
        if (!canWrite(actor, d)) {
            throw new AccessDeniedException("dialogue.error.onlyParticipants");
        }
        return d;
    }

    private static void requireStatus(Dialogue d, DialogueStatus status) {
        if (d.status() != status) {
            throw InvalidInputException.of("status", "dialogue.error.status." + d.status());
        }
    }

    private static void requireNotCancelled(Dialogue d) {
        if (d.status() == DialogueStatus.CANCELLED) {
            throw InvalidInputException.of("status", "dialogue.error.status.CANCELLED");
        }
    }

    private Instant when(DialogueKind kind, LocalDateTime at, InvalidInputException.Collector problems) {
        if (kind == DialogueKind.AD_HOC) {
            Instant t = at == null ? Instant.now() : at.atZone(JAKARTA).toInstant();
            if (t.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
                problems.add("scheduledAt", "dialogue.error.adHocFuture");
            }
            return t;
        }
        if (at == null) {
            problems.add("scheduledAt", "validation.required");
            return Instant.now();
        }
        if (at.toLocalDate().isBefore(today())) {
            problems.add("scheduledAt", "dialogue.error.past");
        }
        return at.atZone(JAKARTA).toInstant();
    }

    private static void place(DialogueKind kind, String place, String link, InvalidInputException.Collector problems) {
        if (place != null && place.length() > 300) {
            problems.add("place", "validation.tooLong", 300);
        }
        if (link != null && !webLink(link)) {
            problems.add("onlineLink", "dialogue.error.link");
        }
        if (kind == DialogueKind.SCHEDULED && place == null && link == null) {
            problems.add("place", "dialogue.error.placeOrLink");
        }
    }

    static boolean webLink(String url) {
        if (url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String notes(String notes, InvalidInputException.Collector problems) {
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            problems.add("notes", "validation.tooLong", MAX_NOTES);
        }
        return text;
    }

    private void touch(long dialogueId) {
        jdbc.sql("UPDATE dialogue SET updated_at = now() WHERE id = :id").param("id", dialogueId).update();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What the audit trail keeps of a dialogue: no notes (they may be personal), only the facts. */
    private static Map<String, Object> brief(Dialogue d) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", d.status().name());
        m.put("kind", d.kind().name());
        m.put("topic", d.topic());
        m.put("scheduledAt", String.valueOf(d.scheduledAt()));
        m.put("heldAt", d.heldAt() == null ? null : d.heldAt().toString());
        m.put("appraiserId", d.appraiserId());
        m.put("participantIds", d.participantIds());
        m.put("cancelReason", d.cancelReason());
        return m;
    }

    Dialogue find(long agencyId, long dialogueId) {
        Dialogue d = jdbc.sql("SELECT * FROM dialogue WHERE id = :id AND agency_id = :a").param("id", dialogueId)
                .param("a", agencyId).query((rs, n) -> dialogue(rs)).optional()
                .orElseThrow(() -> new NotFoundException("dialogue", dialogueId));
        List<Long> participantIds = jdbc.sql("SELECT employee_id FROM dialogue_participant WHERE dialogue_id = :d")
                .param("d", dialogueId).query(Long.class).list();
        List<Obstacle> obstacles = jdbc.sql("SELECT * FROM dialogue_obstacle WHERE dialogue_id = :d ORDER BY id")
                .param("d", dialogueId).query((rs, n) -> new Obstacle(rs.getLong("id"), dialogueId, rs.getString("description"),
                        (Long) rs.getObject("raised_by"), null, instant(rs, "created_at"))).list();
        List<DialogueAction> actions = jdbc.sql("SELECT * FROM dialogue_action WHERE dialogue_id = :d ORDER BY id")
                .param("d", dialogueId).query((rs, n) -> action(rs)).list();
        Set<Long> ids = new HashSet<>(participantIds);
        ids.add(d.appraiserId());
        obstacles.forEach(o -> { if (o.raisedBy() != null) { ids.add(o.raisedBy()); } });
        actions.forEach(a -> ids.add(a.ownerId()));
        Map<Long, Employee> people = employees.byIds(agencyId, ids);
        List<Participant> participants = participantIds.stream().map(id -> new Participant(id, name(people, id),
                people.containsKey(id) ? people.get(id).positionName() : null))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        return new Dialogue(d.id(), d.agencyId(), d.appraiserId(), name(people, d.appraiserId()), d.kind(), d.status(),
                d.topic(), d.scheduledAt(), d.place(), d.onlineLink(), d.heldAt(), d.notes(), d.cancelReason(),
                d.creatorId(), d.createdBy(), d.createdAt(), d.version(), participants,
                obstacles.stream().map(o -> new Obstacle(o.id(), o.dialogueId(), o.description(), o.raisedBy(),
                        o.raisedBy() == null ? null : name(people, o.raisedBy()), o.createdAt())).toList(),
                actions.stream().map(a -> named(a, people)).toList());
    }

    private DialogueAction action(long agencyId, long dialogueId, long actionId) {
        return find(agencyId, dialogueId).actions().stream().filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    private static DialogueAction named(DialogueAction a, Map<Long, Employee> people) {
        return new DialogueAction(a.id(), a.dialogueId(), a.obstacleId(), a.description(), a.ownerId(),
                name(people, a.ownerId()), a.dueDate(), a.status(), a.followUp(), a.updatedBy(), a.updatedAt(),
                a.closedAt(), a.version());
    }

    private static String name(Map<Long, Employee> people, Long id) {
        Employee e = id == null ? null : people.get(id);
        return e == null ? "" : e.displayName();
    }

    private static Dialogue dialogue(ResultSet rs) throws SQLException {
        return new Dialogue(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("appraiser_id"), null,
                DialogueKind.valueOf(rs.getString("kind")), DialogueStatus.valueOf(rs.getString("status")),
                rs.getString("topic"), instant(rs, "scheduled_at"), rs.getString("place"), rs.getString("online_link"),
                instant(rs, "held_at"), rs.getString("notes"), rs.getString("cancel_reason"),
                (Long) rs.getObject("creator_id"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getInt("version"), List.of(), List.of(), List.of());
    }

    private static DialogueAction action(ResultSet rs) throws SQLException {
        return new DialogueAction(rs.getLong("id"), rs.getLong("dialogue_id"), (Long) rs.getObject("obstacle_id"),
                rs.getString("description"), rs.getLong("owner_id"), null, rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("follow_up"), rs.getString("updated_by"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The people the actor may hold a dialogue with as appraiser: those they appraise. */
    @Transactional(readOnly = true)
    public List<Employee> appraisees(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return actor.employeeId() == null ? List.of() : employees.appraisees(actor, agencyId, actor.employeeId());
    }
}
