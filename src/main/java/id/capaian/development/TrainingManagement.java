package id.capaian.development;

import id.capaian.audit.AuditTrail;
import id.capaian.development.internal.training.TrainingAccess;
import id.capaian.development.internal.training.TrainingAccess.Person;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.FileTypes;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import id.capaian.tracking.EvidenceStorage;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Training (pengembangan kompetensi): the agency's catalogue with JP per offering, kept by its administrators and
 * read by everyone of the agency; enrolment by the employee (or for them by their appraiser or an administrator),
 * with the capacity respected and once per training; external trainings recorded by the employee; completion with a
 * certificate (PDF, PNG or JPEG, told by its content, size limited by {@code capaian.training.max-certificate-bytes});
 * verification by an administrator or the appraiser, or rejection with a reason after which the employee uploads
 * again. Only verified JP count towards the yearly target ({@link JpMonitoring}).
 */
@Service
@Transactional
public class TrainingManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final Set<String> CERTIFICATE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,40}");
    static final int MAX_TITLE = 300;
    static final int MAX_PROVIDER = 200;
    static final int MAX_URL = 1000;
    static final int MAX_REASON = 1000;
    static final int MAX_JP = 1000;
    static final int MAX_CAPACITY = 100_000;
    private static final int LOCK_KEY = 1273_0070;

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final EvidenceStorage storage;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final long maxCertificateBytes;

    TrainingManagement(JdbcClient jdbc, TrainingAccess access, EvidenceStorage storage, AuditTrail audit,
            ApplicationEventPublisher events,
            @Value("${capaian.training.max-certificate-bytes:5242880}") long maxCertificateBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.storage = storage;
        this.audit = audit;
        this.events = events;
        this.maxCertificateBytes = maxCertificateBytes;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    public long maxCertificateBytes() {
        return maxCertificateBytes;
    }

    // ================================================================== the catalogue

    private static final String TRAINING = """
            SELECT t.*, c.name AS competency_name,
                   (SELECT count(*) FROM training_enrolment x WHERE x.training_id = t.id AND x.status <> 'CANCELLED') AS enrolled
            FROM training t LEFT JOIN competency c ON c.id = t.competency_id""";

    /**
     * The catalogue, newest offerings first: a search over code, title and provider, a kind; inactive trainings only
     * for the agency's administrators and only when asked.
     */
    @Transactional(readOnly = true)
    public PageResult<Training> catalogue(Actor actor, long agencyId, String query, TrainingKind kind, boolean includeInactive,
            int page, int size) {
        actor.requireRead(agencyId);
        boolean inactive = includeInactive && actor.canAdminister(agencyId);
        String q = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
        String where = " WHERE t.agency_id = :a AND (:inactive OR t.active)"
                + " AND (CAST(:kind AS varchar) IS NULL OR t.kind = :kind)"
                + " AND (CAST(:q AS varchar) IS NULL OR lower(t.code) LIKE :q OR lower(t.title) LIKE :q OR lower(coalesce(t.provider, '')) LIKE :q)";
        Map<String, Object> params = new HashMap<>();
        params.put("a", agencyId);
        params.put("inactive", inactive);
        params.put("kind", kind == null ? null : kind.name());
        params.put("q", q);
        int pageSize = PageResult.clampSize(size);
        int p = Math.max(page, 0);
        long total = jdbc.sql("SELECT count(*) FROM training t" + where).params(params).query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) p * pageSize);
        List<Training> rows = jdbc.sql(TRAINING + where
                        + " ORDER BY t.active DESC, coalesce(t.starts_on, DATE '1900-01-01') DESC, t.title, t.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> training(rs)).list();
        return new PageResult<>(rows, p, pageSize, total);
    }

    @Transactional(readOnly = true)
    public Training get(Actor actor, long agencyId, long trainingId) {
        actor.requireRead(agencyId);
        return find(agencyId, trainingId);
    }

    @Transactional(readOnly = true)
    public Optional<Training> byCode(Actor actor, long agencyId, String code) {
        actor.requireRead(agencyId);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(TRAINING + " WHERE t.agency_id = :a AND t.code = :c").param("a", agencyId).param("c", code.trim())
                .query((rs, n) -> training(rs)).optional();
    }

    private Training find(long agencyId, long trainingId) {
        return jdbc.sql(TRAINING + " WHERE t.id = :id AND t.agency_id = :a").param("id", trainingId).param("a", agencyId)
                .query((rs, n) -> training(rs)).optional().orElseThrow(() -> new NotFoundException("training", trainingId));
    }

    /** The competencies a training may develop: the national dictionary and the agency's own. */
    @Transactional(readOnly = true)
    public List<TrainingCompetencyOption> competencies(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql("""
                SELECT id, code, name, kind FROM competency WHERE (agency_id IS NULL OR agency_id = :a) AND active
                ORDER BY kind, name
                """).param("a", agencyId)
                .query((rs, n) -> new TrainingCompetencyOption(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("kind"))).list();
    }

    public Training create(Actor actor, long agencyId, TrainingForm form) {
        actor.requireAdminister(agencyId);
        validate(agencyId, null, form, 0);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO training (agency_id, code, title, kind, jp, provider, competency_id, starts_on, ends_on, capacity, url)
                    VALUES (:a, :code, :title, :kind, :jp, :provider, :competency, :starts, :ends, :capacity, :url) RETURNING id
                    """).params(params(agencyId, form)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "validation.duplicateCode", form.getCode().trim());
        }
        Training t = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "training", id, t.code() + " " + t.title(), null, t);
        return t;
    }

    public Training update(Actor actor, long agencyId, long trainingId, TrainingForm form, int version) {
        actor.requireAdminister(agencyId);
        Training before = find(agencyId, trainingId);
        validate(agencyId, before, form, before.enrolled());
        Map<String, Object> params = params(agencyId, form);
        params.put("id", trainingId);
        params.put("v", version);
        int changed;
        try {
            changed = jdbc.sql("""
                    UPDATE training SET code = :code, title = :title, kind = :kind, jp = :jp, provider = :provider,
                           competency_id = :competency, starts_on = :starts, ends_on = :ends, capacity = :capacity, url = :url,
                           version = version + 1
                    WHERE id = :id AND agency_id = :a AND version = :v
                    """).params(params).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "validation.duplicateCode", form.getCode().trim());
        }
        if (changed == 0) {
            throw new ConcurrentChangeException("training", trainingId);
        }
        Training after = find(agencyId, trainingId);
        audit.record(actor, agencyId, "UPDATE", "training", trainingId, after.code() + " " + after.title(), before, after);
        return after;
    }

    /** Takes a training off the catalogue (no new enrolments; the existing ones go on) or puts it back. */
    public Training setActive(Actor actor, long agencyId, long trainingId, boolean active, int version) {
        actor.requireAdminister(agencyId);
        Training before = find(agencyId, trainingId);
        int changed = jdbc.sql("UPDATE training SET active = :on, version = version + 1 WHERE id = :id AND agency_id = :a AND version = :v")
                .param("on", active).param("id", trainingId).param("a", agencyId).param("v", version).update();
        if (changed == 0) {
            throw new ConcurrentChangeException("training", trainingId);
        }
        Training after = find(agencyId, trainingId);
        audit.record(actor, agencyId, active ? "ACTIVATE" : "DEACTIVATE", "training", trainingId, after.code() + " " + after.title(),
                before, after);
        return after;
    }

    private void validate(long agencyId, Training existing, TrainingForm f, int enrolled) {
        var problems = new InvalidInputException.Collector();
        if (isBlank(f.getCode())) {
            problems.add("code", "validation.required");
        } else if (!CODE.matcher(f.getCode().trim()).matches()) {
            problems.add("code", "validation.code");
        } else if (jdbc.sql("SELECT count(*) FROM training WHERE agency_id = :a AND code = :c AND id <> :id")
                .param("a", agencyId).param("c", f.getCode().trim()).param("id", existing == null ? -1L : existing.id())
                .query(Long.class).single() > 0) {
            problems.add("code", "validation.duplicateCode", f.getCode().trim());
        }
        if (isBlank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().trim().length() > MAX_TITLE) {
            problems.add("title", "validation.tooLong", MAX_TITLE);
        }
        if (f.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        if (f.getJp() == null) {
            problems.add("jp", "validation.required");
        } else if (f.getJp() < 1 || f.getJp() > MAX_JP) {
            problems.add("jp", "training.error.jp", MAX_JP);
        }
        if (f.getProvider() != null && f.getProvider().trim().length() > MAX_PROVIDER) {
            problems.add("provider", "validation.tooLong", MAX_PROVIDER);
        }
        if (f.getCompetencyId() != null && jdbc.sql("""
                SELECT count(*) FROM competency WHERE id = :id AND (agency_id IS NULL OR agency_id = :a)
                """).param("id", f.getCompetencyId()).param("a", agencyId).query(Long.class).single() == 0) {
            problems.add("competencyId", "training.error.competency");
        }
        if (f.getStartsOn() != null && f.getEndsOn() != null && f.getEndsOn().isBefore(f.getStartsOn())) {
            problems.add("endsOn", "training.error.endsBeforeStart");
        }
        if (f.getCapacity() != null) {
            if (f.getCapacity() < 1 || f.getCapacity() > MAX_CAPACITY) {
                problems.add("capacity", "validation.range", 1, MAX_CAPACITY);
            } else if (f.getCapacity() < enrolled) {
                problems.add("capacity", "training.error.capacityBelowEnrolled", enrolled);
            }
        }
        if (!isBlank(f.getUrl()) && !webAddress(f.getUrl().trim())) {
            problems.add("url", "training.error.url");
        }
        problems.throwIfAny();
    }

    private static boolean webAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> params(long agencyId, TrainingForm f) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", agencyId);
        p.put("code", f.getCode().trim());
        p.put("title", f.getTitle().trim());
        p.put("kind", f.getKind().name());
        p.put("jp", f.getJp());
        p.put("provider", trim(f.getProvider()));
        p.put("competency", f.getCompetencyId());
        p.put("starts", f.getStartsOn());
        p.put("ends", f.getEndsOn());
        p.put("capacity", f.getCapacity());
        p.put("url", trim(f.getUrl()));
        return p;
    }

    // ================================================================== enrolments: reading

    static final String ENROLMENT = """
            SELECT x.*, e.nip, trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS employee_name,
                   e.unit_id, u.name AS unit_name, t.code AS training_code, coalesce(x.title, t.title) AS shown_title,
                   coalesce(x.kind, t.kind) AS shown_kind, t.provider
            FROM training_enrolment x
            JOIN employee e ON e.id = x.employee_id
            LEFT JOIN org_unit u ON u.id = e.unit_id
            LEFT JOIN training t ON t.id = x.training_id""";

    private static final String OPEN_FIRST = """
             ORDER BY CASE x.status WHEN 'REJECTED' THEN 0 WHEN 'ENROLLED' THEN 1 WHEN 'COMPLETED' THEN 2 WHEN 'VERIFIED' THEN 3 ELSE 4 END,
                      x.completed_on DESC NULLS FIRST, x.enrolled_at DESC, x.id DESC""";

    @Transactional(readOnly = true)
    public TrainingEnrolment enrolment(Actor actor, long agencyId, long enrolmentId) {
        actor.requireRead(agencyId);
        TrainingEnrolment x = findEnrolment(agencyId, enrolmentId);
        if (!access.canSee(actor, agencyId, x.employeeId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return x;
    }

    /**
     * An employee's trainings: those still open (enrolled, rejected, waiting for verification) and those completed in
     * the year ({@code year} null: every year), open ones first.
     */
    @Transactional(readOnly = true)
    public List<TrainingEnrolment> enrolments(Actor actor, long agencyId, long employeeId, Integer year) {
        requireSee(actor, agencyId, employeeId);
        return jdbc.sql(ENROLMENT + " WHERE x.agency_id = :a AND x.employee_id = :e AND x.status <> 'CANCELLED'"
                        + " AND (CAST(:y AS integer) IS NULL OR x.completed_on IS NULL OR EXTRACT(YEAR FROM x.completed_on) = :y)"
                        + OPEN_FIRST)
                .param("a", agencyId).param("e", employeeId).param("y", year).query((rs, n) -> enrolment(rs)).list();
    }

    /** The actor's own enrolments in catalogue trainings by training (cancelled ones left out), for the catalogue. */
    @Transactional(readOnly = true)
    public Map<Long, TrainingEnrolment> mineByTraining(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return Map.of();
        }
        Map<Long, TrainingEnrolment> out = new HashMap<>();
        jdbc.sql(ENROLMENT + " WHERE x.agency_id = :a AND x.employee_id = :e AND x.training_id IS NOT NULL AND x.status <> 'CANCELLED'")
                .param("a", agencyId).param("e", actor.employeeId()).query((rs, n) -> enrolment(rs)).list()
                .forEach(x -> out.put(x.trainingId(), x));
        return out;
    }

    /**
     * Who is enrolled in a training: everyone for the agency's administrators, its head and national administrators;
     * for others only themselves and the people below them.
     */
    @Transactional(readOnly = true)
    public List<TrainingEnrolment> participants(Actor actor, long agencyId, long trainingId) {
        find(agencyId, trainingId);
        actor.requireRead(agencyId);
        List<TrainingEnrolment> all = jdbc.sql(ENROLMENT + " WHERE x.agency_id = :a AND x.training_id = :t AND x.status <> 'CANCELLED'"
                        + " ORDER BY employee_name, x.id")
                .param("a", agencyId).param("t", trainingId).query((rs, n) -> enrolment(rs)).list();
        if (TrainingAccess.seesAgency(actor, agencyId)) {
            return all;
        }
        if (actor.employeeId() == null) {
            return List.of();
        }
        Set<Long> below = access.below(agencyId, actor.employeeId());
        return all.stream().filter(x -> x.employeeId() == actor.employeeId() || below.contains(x.employeeId())).toList();
    }

    /**
     * Certificates waiting for verification by the actor: every one of the agency for its administrators (and
     * national administrators), those of their appraisees for an appraiser; oldest first.
     */
    @Transactional(readOnly = true)
    public PageResult<TrainingEnrolment> verificationQueue(Actor actor, long agencyId, int page, int size) {
        actor.requireRead(agencyId);
        String where = queueWhere(actor, agencyId);
        int pageSize = PageResult.clampSize(size);
        int p = Math.max(page, 0);
        if (where == null) {
            return new PageResult<>(List.of(), p, pageSize, 0);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("a", agencyId);
        params.put("me", actor.employeeId() == null ? -1L : actor.employeeId());
        long total = jdbc.sql("SELECT count(*) FROM training_enrolment x JOIN employee e ON e.id = x.employee_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) p * pageSize);
        List<TrainingEnrolment> rows = jdbc.sql(ENROLMENT + where + " ORDER BY x.completed_on, x.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> enrolment(rs)).list();
        return new PageResult<>(rows, p, pageSize, total);
    }

    /** How many certificates wait for the actor's verification. */
    @Transactional(readOnly = true)
    public long pendingVerifications(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        String where = queueWhere(actor, agencyId);
        if (where == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM training_enrolment x JOIN employee e ON e.id = x.employee_id" + where)
                .param("a", agencyId).param("me", actor.employeeId() == null ? -1L : actor.employeeId())
                .query(Long.class).single();
    }

    /** Whether the actor verifies anything in the agency: an administrator, or someone who appraises people. */
    @Transactional(readOnly = true)
    public boolean verifies(Actor actor, long agencyId) {
        if (actor.canAdminister(agencyId)) {
            return true;
        }
        return actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId
                && jdbc.sql("SELECT count(*) FROM employee WHERE agency_id = :a AND coalesce(appraiser_id, superior_id) = :me AND active")
                        .param("a", agencyId).param("me", actor.employeeId()).query(Long.class).single() > 0;
    }

    private static String queueWhere(Actor actor, long agencyId) {
        String base = " WHERE x.agency_id = :a AND x.status = 'COMPLETED'";
        if (actor.canAdminister(agencyId)) {
            return base + " AND x.employee_id <> :me";
        }
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return null;
        }
        return base + " AND coalesce(e.appraiser_id, e.superior_id) = :me AND x.employee_id <> :me";
    }

    /** A certificate with its content, for the employee, their line and the agency's administrators only. */
    @Transactional(readOnly = true)
    public TrainingCertificateFile certificate(Actor actor, long agencyId, long enrolmentId) {
        actor.requireRead(agencyId);
        TrainingEnrolment x = findEnrolment(agencyId, enrolmentId);
        Person p = person(agencyId, x.employeeId());
        if (!access.canDownload(actor, p)) {
            throw new AccessDeniedException("error.forbidden");
        }
        String key = jdbc.sql("SELECT certificate_key FROM training_enrolment WHERE id = :id").param("id", enrolmentId)
                .query(String.class).optional().orElse(null);
        if (key == null) {
            throw new NotFoundException("trainingCertificate", enrolmentId);
        }
        return new TrainingCertificateFile(x, storage.get(key));
    }

    /** Whether the actor may enrol the employee or record a training for them (themselves, appraiser, administrator). */
    @Transactional(readOnly = true)
    public boolean mayActFor(Actor actor, long agencyId, long employeeId) {
        return access.person(agencyId, employeeId).map(p -> access.canActFor(actor, p)).orElse(false);
    }

    /** Whether the actor may verify the employee's certificates (administrator or appraiser, never their own). */
    @Transactional(readOnly = true)
    public boolean mayVerify(Actor actor, long agencyId, long employeeId) {
        return access.person(agencyId, employeeId).map(p -> access.canVerify(actor, p)).orElse(false);
    }

    /** Whether the actor may download the employee's certificates (themselves, their line, administrators). */
    @Transactional(readOnly = true)
    public boolean mayDownload(Actor actor, long agencyId, long employeeId) {
        return access.person(agencyId, employeeId).map(p -> access.canDownload(actor, p)).orElse(false);
    }

    // ================================================================== enrolments: changing

    /**
     * Enrols an employee in a catalogue training: the employee themselves, their appraiser or an administrator. The
     * training must be active and, for anyone but an administrator recording attendance afterwards, not yet over;
     * its capacity is respected (the training row is locked while seats are counted) and nobody is enrolled twice.
     */
    public TrainingEnrolment enrol(Actor actor, long agencyId, long trainingId, long employeeId) {
        actor.requireRead(agencyId);
        Person p = person(agencyId, employeeId);
        if (!access.canActFor(actor, p)) {
            throw new AccessDeniedException("training.error.notYours");
        }
        find(agencyId, trainingId);
        // one at a time per training, so that two last-seat enrolments cannot both pass the count
        jdbc.sql("SELECT id FROM training WHERE id = :id FOR UPDATE").param("id", trainingId).query(Long.class).single();
        Training t = find(agencyId, trainingId);
        var problems = new InvalidInputException.Collector();
        if (!p.active()) {
            problems.add("employee", "training.error.inactiveEmployee");
        }
        if (!t.active()) {
            problems.add("training", "training.error.inactive");
        }
        if (t.ended(today()) && !actor.canAdminister(agencyId)) {
            problems.add("training", "training.error.ended");
        }
        if (already(t.id(), employeeId)) {
            problems.add("training", "training.error.alreadyEnrolled");
        } else if (t.full()) {
            problems.add("training", "training.error.full", t.capacity());
        }
        problems.throwIfAny();
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO training_enrolment (agency_id, employee_id, training_id, jp) VALUES (:a, :e, :t, :jp) RETURNING id
                    """).param("a", agencyId).param("e", employeeId).param("t", trainingId).param("jp", t.jp())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("training", "training.error.alreadyEnrolled");
        }
        TrainingEnrolment x = findEnrolment(agencyId, id);
        audit.record(actor, agencyId, "ENROL", "training_enrolment", id, p.nip() + " " + t.code(), null, x);
        return x;
    }

    private boolean already(long trainingId, long employeeId) {
        return jdbc.sql("SELECT count(*) FROM training_enrolment WHERE training_id = :t AND employee_id = :e AND status <> 'CANCELLED'")
                .param("t", trainingId).param("e", employeeId).query(Long.class).single() > 0;
    }

    /**
     * Records a training outside the catalogue for an employee (by themselves, their appraiser or an administrator).
     * With a certificate it is completed at once and waits for verification; the completion date is then required.
     */
    public TrainingEnrolment recordExternal(Actor actor, long agencyId, long employeeId, TrainingExternalForm form,
            TrainingCertificate certificate) {
        actor.requireRead(agencyId);
        Person p = person(agencyId, employeeId);
        if (!access.canActFor(actor, p)) {
            throw new AccessDeniedException("training.error.notYours");
        }
        var problems = new InvalidInputException.Collector();
        validateExternal(form, problems);
        if (!p.active()) {
            problems.add("employee", "training.error.inactiveEmployee");
        }
        if (certificate == null && form.getCompletedOn() != null) {
            problems.add("certificate", "training.error.certificateRequired");
        }
        if (certificate != null) {
            if (!TrainingAccess.self(actor, agencyId, employeeId)) {
                throw new AccessDeniedException("training.error.onlyEmployeeCompletes");
            }
            validateCompletion(form.getCompletedOn(), null, problems);
            validateCertificate(certificate, problems);
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO training_enrolment (agency_id, employee_id, title, kind, jp) VALUES (:a, :e, :title, :kind, :jp) RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("title", form.getTitle().trim())
                .param("kind", form.getKind().name()).param("jp", form.getJp()).query(Long.class).single();
        audit.record(actor, agencyId, "RECORD_EXTERNAL", "training_enrolment", id, p.nip() + " " + form.getTitle().trim(), null,
                findEnrolment(agencyId, id));
        if (certificate != null) {
            return store(actor, agencyId, findEnrolment(agencyId, id), p, form.getCompletedOn(), certificate);
        }
        return findEnrolment(agencyId, id);
    }

    private static void validateExternal(TrainingExternalForm f, InvalidInputException.Collector problems) {
        if (f == null) {
            throw InvalidInputException.of("title", "validation.required");
        }
        if (isBlank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().trim().length() > MAX_TITLE) {
            problems.add("title", "validation.tooLong", MAX_TITLE);
        }
        if (f.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        if (f.getJp() == null) {
            problems.add("jp", "validation.required");
        } else if (f.getJp() < 1 || f.getJp() > MAX_JP) {
            problems.add("jp", "training.error.jp", MAX_JP);
        }
    }

    /**
     * The employee completes an enrolment (or resubmits a rejected one) with the date and a certificate; it then
     * waits for verification by an administrator or the appraiser. A replaced certificate is deleted once the
     * change is committed.
     */
    public TrainingEnrolment complete(Actor actor, long agencyId, long enrolmentId, LocalDate completedOn,
            TrainingCertificate certificate) {
        actor.requireRead(agencyId);
        TrainingEnrolment x = findEnrolment(agencyId, enrolmentId);
        if (!TrainingAccess.self(actor, agencyId, x.employeeId())) {
            if (access.canSee(actor, agencyId, x.employeeId())) {
                throw new AccessDeniedException("training.error.onlyEmployeeCompletes");
            }
            throw new AccessDeniedException("error.forbidden");
        }
        if (!x.status().completable()) {
            throw InvalidInputException.of("status", "training.error.notCompletable");
        }
        var problems = new InvalidInputException.Collector();
        Training t = x.trainingId() == null ? null : find(agencyId, x.trainingId());
        validateCompletion(completedOn, t, problems);
        validateCertificate(certificate, problems);
        problems.throwIfAny();
        return store(actor, agencyId, x, person(agencyId, x.employeeId()), completedOn, certificate);
    }

    private TrainingEnrolment store(Actor actor, long agencyId, TrainingEnrolment x, Person p, LocalDate completedOn,
            TrainingCertificate certificate) {
        String type = FileTypes.sniff(certificate.content()).orElseThrow();
        String key = "training/" + agencyId + "/" + UUID.randomUUID();
        String old = jdbc.sql("SELECT certificate_key FROM training_enrolment WHERE id = :id").param("id", x.id())
                .query(String.class).optional().orElse(null);
        storage.put(key, certificate.content(), type);
        afterCompletion(committed -> {
            if (committed && old != null) {
                storage.delete(old);
            } else if (!committed) {
                storage.delete(key);
            }
        });
        int changed = jdbc.sql("""
                UPDATE training_enrolment SET status = 'COMPLETED', completed_on = :on, certificate_key = :key,
                       certificate_name = :name, certificate_type = :type, certificate_size = :size,
                       verified_by = NULL, verified_at = NULL, rejection_reason = NULL, version = version + 1
                WHERE id = :id AND status IN ('ENROLLED', 'REJECTED')
                """).param("on", completedOn).param("key", key).param("name", displayName(certificate.fileName()))
                .param("type", type).param("size", (long) certificate.content().length).param("id", x.id()).update();
        if (changed == 0) {
            throw new ConcurrentChangeException("training_enrolment", x.id());
        }
        TrainingEnrolment after = findEnrolment(agencyId, x.id());
        audit.record(actor, agencyId, x.status() == TrainingStatus.REJECTED ? "RESUBMIT" : "COMPLETE", "training_enrolment",
                x.id(), p.nip() + " " + after.title(), x, after);
        events.publishEvent(new TrainingSubmitted(agencyId, x.id(), x.employeeId(), p.appraiserId(), after.title()));
        return after;
    }

    private static void validateCompletion(LocalDate completedOn, Training t, InvalidInputException.Collector problems) {
        if (completedOn == null) {
            problems.add("completedOn", "validation.required");
        } else if (completedOn.isAfter(today())) {
            problems.add("completedOn", "training.error.completedInFuture");
        } else if (t != null && t.startsOn() != null && completedOn.isBefore(t.startsOn())) {
            problems.add("completedOn", "training.error.completedBeforeStart", t.startsOn());
        } else if (completedOn.getYear() < 2000) {
            problems.add("completedOn", "training.error.completedTooEarly");
        }
    }

    private void validateCertificate(TrainingCertificate c, InvalidInputException.Collector problems) {
        if (c == null || c.content() == null || c.content().length == 0) {
            problems.add("certificate", "training.error.certificateRequired");
            return;
        }
        if (c.content().length > maxCertificateBytes) {
            problems.add("certificate", "training.error.certificateTooLarge", sizeLabel(maxCertificateBytes));
            return;
        }
        Optional<String> type = FileTypes.sniff(c.content());
        if (type.isEmpty() || !CERTIFICATE_TYPES.contains(type.get())) {
            problems.add("certificate", "training.error.certificateType");
        }
    }

    /** "5 MB", "512 KB": the limit as people read it. */
    public static String sizeLabel(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    /** An administrator or the appraiser accepts the certificate: the JP count from now on. */
    public TrainingEnrolment verify(Actor actor, long agencyId, long enrolmentId, int version) {
        return decide(actor, agencyId, enrolmentId, TrainingStatus.VERIFIED, null, version);
    }

    /** An administrator or the appraiser turns the certificate down with the reason; the employee may upload again. */
    public TrainingEnrolment reject(Actor actor, long agencyId, long enrolmentId, String reason, int version) {
        return decide(actor, agencyId, enrolmentId, TrainingStatus.REJECTED, reason, version);
    }

    private TrainingEnrolment decide(Actor actor, long agencyId, long enrolmentId, TrainingStatus status, String reason,
            int version) {
        actor.requireRead(agencyId);
        TrainingEnrolment x = findEnrolment(agencyId, enrolmentId);
        Person p = person(agencyId, x.employeeId());
        if (!access.canVerify(actor, p)) {
            if (TrainingAccess.self(actor, agencyId, p.id())) {
                throw new AccessDeniedException("training.error.ownVerification");
            }
            throw new AccessDeniedException("training.error.notVerifier");
        }
        if (x.version() != version) {
            throw new ConcurrentChangeException("training_enrolment", enrolmentId);
        }
        if (x.status() != TrainingStatus.COMPLETED) {
            throw InvalidInputException.of("status", "training.error.notWaiting");
        }
        if (status == TrainingStatus.REJECTED) {
            if (isBlank(reason)) {
                throw InvalidInputException.of("reason", "training.error.reasonRequired");
            }
            if (reason.trim().length() > MAX_REASON) {
                throw InvalidInputException.of("reason", "validation.tooLong", MAX_REASON);
            }
        }
        int changed = jdbc.sql("""
                UPDATE training_enrolment SET status = :s, verified_by = :by, verified_at = now(), rejection_reason = :reason,
                       version = version + 1
                WHERE id = :id AND version = :v AND status = 'COMPLETED'
                """).param("s", status.name()).param("by", actor.username()).param("reason", trim(reason))
                .param("id", enrolmentId).param("v", version).update();
        if (changed == 0) {
            throw new ConcurrentChangeException("training_enrolment", enrolmentId);
        }
        TrainingEnrolment after = findEnrolment(agencyId, enrolmentId);
        audit.record(actor, agencyId, status == TrainingStatus.VERIFIED ? "VERIFY" : "REJECT", "training_enrolment", enrolmentId,
                p.nip() + " " + after.title() + (reason == null ? "" : ": " + reason.trim()), x, after);
        events.publishEvent(new TrainingDecided(agencyId, enrolmentId, x.employeeId(), status, after.title(), trim(reason),
                actor.username()));
        return after;
    }

    /** Withdraws an enrolment that has nothing waiting or verified (the seat is free again). */
    public TrainingEnrolment cancel(Actor actor, long agencyId, long enrolmentId) {
        actor.requireRead(agencyId);
        TrainingEnrolment x = findEnrolment(agencyId, enrolmentId);
        Person p = person(agencyId, x.employeeId());
        if (!access.canActFor(actor, p)) {
            throw new AccessDeniedException("training.error.notYours");
        }
        if (!x.status().cancellable()) {
            throw InvalidInputException.of("status", "training.error.notCancellable");
        }
        String old = jdbc.sql("SELECT certificate_key FROM training_enrolment WHERE id = :id").param("id", enrolmentId)
                .query(String.class).optional().orElse(null);
        int changed = jdbc.sql("""
                UPDATE training_enrolment SET status = 'CANCELLED', certificate_key = NULL, certificate_name = NULL,
                       certificate_type = NULL, certificate_size = NULL, version = version + 1
                WHERE id = :id AND status IN ('ENROLLED', 'REJECTED')
                """).param("id", enrolmentId).update();
        if (changed == 0) {
            throw new ConcurrentChangeException("training_enrolment", enrolmentId);
        }
        if (old != null) {
            afterCompletion(committed -> {
                if (committed) {
                    storage.delete(old);
                }
            });
        }
        TrainingEnrolment after = findEnrolment(agencyId, enrolmentId);
        audit.record(actor, agencyId, "CANCEL", "training_enrolment", enrolmentId, p.nip() + " " + after.title(), x, after);
        return after;
    }

    /** What {@link #recordVerified} did: stored now, or found the same completion stored before. */
    public record Recorded(TrainingEnrolment enrolment, boolean replay) {
    }

    /**
     * An administrator (or a trusted system with an administrator's token, e.g. an e-learning platform) records a
     * completion that is verified at once, without a certificate upload: a catalogue training ({@code trainingId})
     * or an external one ({@code external}: title, kind, JP). The same completion recorded again (the same
     * training, or the same title, kind, JP and date) is not stored twice: the first one is answered.
     */
    public Recorded recordVerified(Actor actor, long agencyId, long employeeId, Long trainingId, TrainingExternalForm external,
            LocalDate completedOn, String source) {
        actor.requireAdminister(agencyId);
        Person p = person(agencyId, employeeId);
        if (TrainingAccess.self(actor, agencyId, employeeId)) {
            throw new AccessDeniedException("training.error.ownVerification");
        }
        var problems = new InvalidInputException.Collector();
        Training t = null;
        if (trainingId != null) {
            t = find(agencyId, trainingId);
            jdbc.sql("SELECT id FROM training WHERE id = :id FOR UPDATE").param("id", trainingId).query(Long.class).single();
        } else {
            validateExternal(external, problems);
        }
        validateCompletion(completedOn, t, problems);
        if (source != null && source.trim().length() > 120) {
            problems.add("source", "validation.tooLong", 120);
        }
        problems.throwIfAny();
        String by = actor.username() + (isBlank(source) ? "" : " (" + source.trim() + ")");
        if (by.length() > 200) {
            by = by.substring(0, 200);
        }
        // one at a time per employee, so that a retry racing the first attempt waits for it and then finds it
        jdbc.sql("SELECT pg_advisory_xact_lock(:k, :e)").param("k", LOCK_KEY).param("e", (int) (employeeId % Integer.MAX_VALUE))
                .query(Object.class).list();
        if (t != null) {
            Optional<TrainingEnrolment> existing = jdbc.sql(ENROLMENT
                            + " WHERE x.agency_id = :a AND x.training_id = :t AND x.employee_id = :e AND x.status <> 'CANCELLED'")
                    .param("a", agencyId).param("t", t.id()).param("e", employeeId).query((rs, n) -> enrolment(rs)).optional();
            if (existing.isPresent() && existing.get().status() == TrainingStatus.VERIFIED) {
                if (!completedOn.equals(existing.get().completedOn())) {
                    throw InvalidInputException.of("completedOn", "training.error.alreadyVerified", existing.get().completedOn());
                }
                return new Recorded(existing.get(), true);
            }
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                jdbc.sql("""
                        UPDATE training_enrolment SET status = 'VERIFIED', completed_on = :on, verified_by = :by, verified_at = now(),
                               rejection_reason = NULL, version = version + 1 WHERE id = :id
                        """).param("on", completedOn).param("by", by).param("id", id).update();
            } else {
                id = jdbc.sql("""
                        INSERT INTO training_enrolment (agency_id, employee_id, training_id, jp, status, completed_on, verified_by, verified_at)
                        VALUES (:a, :e, :t, :jp, 'VERIFIED', :on, :by, now()) RETURNING id
                        """).param("a", agencyId).param("e", employeeId).param("t", t.id()).param("jp", t.jp())
                        .param("on", completedOn).param("by", by).query(Long.class).single();
            }
            TrainingEnrolment after = findEnrolment(agencyId, id);
            audit.record(actor, agencyId, "RECORD_VERIFIED", "training_enrolment", id, p.nip() + " " + t.code(),
                    existing.orElse(null), after);
            events.publishEvent(new TrainingDecided(agencyId, id, employeeId, TrainingStatus.VERIFIED, after.title(), null, by));
            return new Recorded(after, false);
        }
        Optional<TrainingEnrolment> same = jdbc.sql(ENROLMENT + """
                 WHERE x.agency_id = :a AND x.employee_id = :e AND x.training_id IS NULL AND x.status = 'VERIFIED'
                   AND lower(x.title) = lower(:title) AND x.kind = :kind AND x.jp = :jp AND x.completed_on = :on
                """).param("a", agencyId).param("e", employeeId).param("title", external.getTitle().trim())
                .param("kind", external.getKind().name()).param("jp", external.getJp()).param("on", completedOn)
                .query((rs, n) -> enrolment(rs)).list().stream().findFirst();
        if (same.isPresent()) {
            return new Recorded(same.get(), true);
        }
        long id = jdbc.sql("""
                INSERT INTO training_enrolment (agency_id, employee_id, title, kind, jp, status, completed_on, verified_by, verified_at)
                VALUES (:a, :e, :title, :kind, :jp, 'VERIFIED', :on, :by, now()) RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("title", external.getTitle().trim())
                .param("kind", external.getKind().name()).param("jp", external.getJp()).param("on", completedOn).param("by", by)
                .query(Long.class).single();
        TrainingEnrolment after = findEnrolment(agencyId, id);
        audit.record(actor, agencyId, "RECORD_VERIFIED", "training_enrolment", id, p.nip() + " " + after.title(), null, after);
        events.publishEvent(new TrainingDecided(agencyId, id, employeeId, TrainingStatus.VERIFIED, after.title(), null, by));
        return new Recorded(after, false);
    }

    // ================================================================== helpers

    private void requireSee(Actor actor, long agencyId, long employeeId) {
        actor.requireRead(agencyId);
        person(agencyId, employeeId);
        if (!access.canSee(actor, agencyId, employeeId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private Person person(long agencyId, long employeeId) {
        return access.person(agencyId, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
    }

    private TrainingEnrolment findEnrolment(long agencyId, long id) {
        return jdbc.sql(ENROLMENT + " WHERE x.id = :id AND x.agency_id = :a").param("id", id).param("a", agencyId)
                .query((rs, n) -> enrolment(rs)).optional().orElseThrow(() -> new NotFoundException("trainingEnrolment", id));
    }

    private static void afterCompletion(java.util.function.Consumer<Boolean> work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.accept(true);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    work.accept(status == STATUS_COMMITTED);
                } catch (RuntimeException e) {
                    // a file left behind is harmless; the database is what counts
                }
            }
        });
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "sertifikat";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        return base.isEmpty() ? "sertifikat" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    static Training training(ResultSet rs) throws SQLException {
        return new Training(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("code"), rs.getString("title"),
                TrainingKind.valueOf(rs.getString("kind")), rs.getInt("jp"), rs.getString("provider"),
                (Long) rs.getObject("competency_id"), rs.getString("competency_name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                (Integer) rs.getObject("capacity"), rs.getString("url"), rs.getBoolean("active"), rs.getInt("version"),
                rs.getInt("enrolled"));
    }

    static TrainingEnrolment enrolment(ResultSet rs) throws SQLException {
        Timestamp verified = rs.getTimestamp("verified_at");
        return new TrainingEnrolment(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employee_id"), rs.getString("nip"),
                rs.getString("employee_name"), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                (Long) rs.getObject("training_id"), rs.getString("training_code"), rs.getString("shown_title"),
                TrainingKind.valueOf(rs.getString("shown_kind")), rs.getInt("jp"), rs.getString("provider"),
                TrainingStatus.valueOf(rs.getString("status")), rs.getTimestamp("enrolled_at").toInstant(),
                rs.getObject("completed_on", LocalDate.class), rs.getString("certificate_name"), rs.getString("certificate_type"),
                (Long) rs.getObject("certificate_size"), rs.getString("verified_by"), verified == null ? null : verified.toInstant(),
                rs.getString("rejection_reason"), rs.getInt("version"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
