package id.capaian.survey;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.survey.internal.RulesStore;
import id.capaian.survey.internal.SurveyAccess;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up the satisfaction survey of a service unit: an administrator enables it (the unit gets an unguessable
 * public link), lists the services the unit offers, turns it off or gives it a new link; and the agency's IKM rules
 * (weights and grade bands, the regulation's by default). Readers: the agency's administrators and head, national
 * administrators, and the heads of the units (for their units and those below).
 */
@Service
@Transactional
public class SurveyManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int MAX_SERVICE = 150;
    static final int MAX_SERVICES = 40;
    static final int MAX_OFFICERS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SurveyAccess access;
    private final UnitManagement units;
    private final EmployeeManagement employees;
    private final AgencyManagement agencies;
    private final AuditTrail audit;
    private final RulesStore rules;

    SurveyManagement(JdbcClient jdbc, SurveyAccess access, UnitManagement units, EmployeeManagement employees,
            AgencyManagement agencies, AuditTrail audit, RulesStore rules) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.employees = employees;
        this.agencies = agencies;
        this.audit = audit;
        this.rules = rules;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    // ---------------------------------------------------------------- reading

    /** Whether the actor may set up surveys, moderate, import and publish in the agency. */
    public boolean canManage(Actor actor, long agencyId) {
        return access.canManage(actor, agencyId);
    }

    /** Whether the actor sees any survey of the agency (all, or those of the units they head). */
    public boolean canRead(Actor actor, long agencyId) {
        return access.readsAny(actor, agencyId);
    }

    /** The agency's surveys the actor may see, by unit name. */
    @Transactional(readOnly = true)
    public List<SurveySummary> list(Actor actor, long agencyId) {
        boolean all = access.readsAll(actor, agencyId);
        Set<Long> headed = all ? Set.of() : access.headedUnits(actor, agencyId);
        if (!all && headed.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        IkmPeriod quarter = IkmPeriod.containing(IkmPeriod.Kind.QUARTER, today());
        return jdbc.sql("""
                SELECT s.id, s.unit_id, u.name AS unit_name, s.token, s.enabled,
                       (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = 'ACCEPTED'
                               AND r.survey_date BETWEEN :from AND :to) AS quarter_count,
                       (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = 'FLAGGED') AS flagged,
                       p.period_kind, p.year, p.period_number, p.ikm, p.grade
                FROM survey s JOIN org_unit u ON u.id = s.unit_id
                LEFT JOIN LATERAL (SELECT * FROM survey_publication p WHERE p.survey_id = s.id
                                   ORDER BY p.published_at DESC, p.id DESC LIMIT 1) p ON TRUE
                WHERE s.agency_id = :agency
                ORDER BY u.name, s.id
                """).param("agency", agencyId).param("from", quarter.start()).param("to", quarter.end())
                .query((rs, n) -> new SurveySummary(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("token"), rs.getBoolean("enabled"), rs.getLong("quarter_count"), rs.getLong("flagged"),
                        rs.getString("period_kind") == null ? null : new IkmPeriod(IkmPeriod.Kind.valueOf(rs.getString("period_kind")),
                                rs.getInt("year"), rs.getInt("period_number")),
                        rs.getBigDecimal("ikm"), rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade"))))
                .list().stream().filter(s -> all || headed.contains(s.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public Survey get(Actor actor, long agencyId, long surveyId) {
        Survey s = find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        access.requireRead(actor, agencyId, s.unitId());
        return s;
    }

    /** The survey of a unit, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Survey> forUnit(Actor actor, long agencyId, long unitId) {
        access.requireRead(actor, agencyId, unitId);
        return jdbc.sql("SELECT id FROM survey WHERE agency_id = :a AND unit_id = :u").param("a", agencyId).param("u", unitId)
                .query(Long.class).optional().flatMap(id -> find(agencyId, id));
    }

    /** Active units without a survey yet, in tree order, for the "enable" picker (administrators). */
    @Transactional(readOnly = true)
    public List<UnitManagement.TreeRow> unitsWithoutSurvey(Actor actor, long agencyId) {
        access.requireManage(actor, agencyId);
        Set<Long> taken = Set.copyOf(jdbc.sql("SELECT unit_id FROM survey WHERE agency_id = :a").param("a", agencyId)
                .query(Long.class).list());
        return units.tree(actor, agencyId, false).stream().filter(r -> !taken.contains(r.unit().id())).toList();
    }

    Optional<Survey> find(long agencyId, long surveyId) {
        Optional<Survey> bare = jdbc.sql("""
                SELECT s.*, u.code AS unit_code, u.name AS unit_name FROM survey s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.id = :id AND s.agency_id = :a
                """).param("id", surveyId).param("a", agencyId).query((rs, n) -> row(rs, List.of())).optional();
        return bare.map(s -> new Survey(s.id(), s.agencyId(), s.unitId(), s.unitCode(), s.unitName(), s.token(), s.enabled(),
                services(s.id()), s.createdBy(), s.createdAt(), s.version()));
    }

    List<OfferedService> services(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_service WHERE survey_id = :s ORDER BY ordinal, id").param("s", surveyId)
                .query((rs, n) -> new OfferedService(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"),
                        rs.getInt("ordinal"))).list();
    }

    private static Survey row(ResultSet rs, List<OfferedService> services) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("token"), rs.getBoolean("enabled"), services,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }

    // ---------------------------------------------------------------- the public page

    /** The survey behind a public link, while it is enabled: what the form shows. */
    @Transactional(readOnly = true)
    public Optional<PublicSurvey> publicSurvey(String token) {
        return byToken(token).map(s -> {
            Agency agency = agencies.get(Actor.system(), s.agencyId());
            var search = new EmployeeManagement.Search(null, s.unitId(), true, true, 0, MAX_OFFICERS);
            List<PublicSurvey.Officer> officers = employees.search(Actor.system(), s.agencyId(), search).content().stream()
                    .map(e -> new PublicSurvey.Officer(e.id(), e.displayName())).toList();
            return new PublicSurvey(s.id(), s.agencyId(), agency.name(), s.unitName(), s.token(), s.activeServices(), officers);
        });
    }

    /** The enabled survey of a token (tokens are compared whole; a disabled survey has no public page). */
    Optional<Survey> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16,40}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, agency_id FROM survey WHERE token = :t AND enabled").param("t", token)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .flatMap(ids -> find(ids[1], ids[0]));
    }

    // ---------------------------------------------------------------- setting up

    /** Gives the unit a survey (or turns its survey back on). */
    public Survey enable(Actor actor, long agencyId, long unitId) {
        access.requireManage(actor, agencyId);
        Unit unit = units.get(actor, agencyId, unitId);
        if (!unit.active()) {
            throw InvalidInputException.of("unitId", "survey.error.unitInactive");
        }
        Optional<Long> existing = jdbc.sql("SELECT id FROM survey WHERE unit_id = :u").param("u", unitId).query(Long.class).optional();
        if (existing.isPresent()) {
            return setEnabled(actor, agencyId, existing.get(), true);
        }
        long id = jdbc.sql("""
                INSERT INTO survey (agency_id, unit_id, token, created_by) VALUES (:a, :u, :t, :by) RETURNING id
                """).param("a", agencyId).param("u", unitId).param("t", newToken()).param("by", actor.username())
                .query(Long.class).single();
        Survey s = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "survey", id, unit.name(), null, Map.of("unit", unit.name(), "enabled", true));
        return s;
    }

    public Survey setEnabled(Actor actor, long agencyId, long surveyId, boolean enabled) {
        Survey before = managed(actor, agencyId, surveyId);
        if (before.enabled() != enabled) {
            jdbc.sql("UPDATE survey SET enabled = :e, updated_at = now(), version = version + 1 WHERE id = :id")
                    .param("e", enabled).param("id", surveyId).update();
            audit.record(actor, agencyId, enabled ? "ENABLE" : "DISABLE", "survey", surveyId, before.unitName(),
                    Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
        }
        return find(agencyId, surveyId).orElseThrow();
    }

    /** A new public link: the old link (and every poster printed with it) stops working. */
    public Survey regenerateToken(Actor actor, long agencyId, long surveyId) {
        Survey before = managed(actor, agencyId, surveyId);
        jdbc.sql("UPDATE survey SET token = :t, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("t", newToken()).param("id", surveyId).update();
        // the token itself is public on the poster, but the trail need not keep it
        audit.record(actor, agencyId, "NEW_LINK", "survey", surveyId, before.unitName(), null, null);
        return find(agencyId, surveyId).orElseThrow();
    }

    public OfferedService addService(Actor actor, long agencyId, long surveyId, String name) {
        Survey s = managed(actor, agencyId, surveyId);
        String clean = serviceName(s, name, null);
        if (s.services().size() >= MAX_SERVICES) {
            throw InvalidInputException.of("name", "survey.error.tooManyServices", MAX_SERVICES);
        }
        int ordinal = s.services().stream().mapToInt(OfferedService::ordinal).max().orElse(0) + 1;
        long id = jdbc.sql("""
                INSERT INTO survey_service (agency_id, survey_id, name, ordinal) VALUES (:a, :s, :n, :o) RETURNING id
                """).param("a", agencyId).param("s", surveyId).param("n", clean).param("o", ordinal).query(Long.class).single();
        audit.record(actor, agencyId, "CREATE", "survey_service", id, s.unitName() + ": " + clean, null, Map.of("name", clean));
        return new OfferedService(id, clean, true, ordinal);
    }

    public OfferedService renameService(Actor actor, long agencyId, long surveyId, long serviceId, String name) {
        Survey s = managed(actor, agencyId, surveyId);
        OfferedService before = service(s, serviceId);
        String clean = serviceName(s, name, serviceId);
        jdbc.sql("UPDATE survey_service SET name = :n WHERE id = :id").param("n", clean).param("id", serviceId).update();
        audit.record(actor, agencyId, "UPDATE", "survey_service", serviceId, s.unitName() + ": " + clean,
                Map.of("name", before.name()), Map.of("name", clean));
        return new OfferedService(serviceId, clean, before.active(), before.ordinal());
    }

    /** A service no longer offered leaves the form; its answers stay in the figures. */
    public OfferedService setServiceActive(Actor actor, long agencyId, long surveyId, long serviceId, boolean active) {
        Survey s = managed(actor, agencyId, surveyId);
        OfferedService before = service(s, serviceId);
        jdbc.sql("UPDATE survey_service SET active = :on WHERE id = :id").param("on", active).param("id", serviceId).update();
        audit.record(actor, agencyId, active ? "ACTIVATE" : "DEACTIVATE", "survey_service", serviceId,
                s.unitName() + ": " + before.name(), Map.of("active", before.active()), Map.of("active", active));
        return new OfferedService(serviceId, before.name(), active, before.ordinal());
    }

    private Survey managed(Actor actor, long agencyId, long surveyId) {
        access.requireManage(actor, agencyId);
        return find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
    }

    private static OfferedService service(Survey s, long serviceId) {
        return s.services().stream().filter(x -> x.id() == serviceId).findFirst()
                .orElseThrow(() -> new NotFoundException("survey_service", serviceId));
    }

    private static String serviceName(Survey s, String name, Long self) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw InvalidInputException.of("name", "validation.required");
        }
        if (clean.length() > MAX_SERVICE) {
            throw InvalidInputException.of("name", "validation.tooLong", MAX_SERVICE);
        }
        if (s.services().stream().anyMatch(x -> (self == null || x.id() != self) && x.name().equalsIgnoreCase(clean))) {
            throw InvalidInputException.of("name", "survey.error.serviceExists", clean);
        }
        return clean;
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---------------------------------------------------------------- IKM rules

    /** The agency's IKM rules (the regulation's unless an administrator changed them). */
    @Transactional(readOnly = true)
    public IkmRules rules(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return rules.rules(agencyId);
    }

    /** The rules' version, for the edit form (-1 while the defaults apply). */
    @Transactional(readOnly = true)
    public int rulesVersion(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return rules.version(agencyId);
    }

    /** Changes the agency's weights and grade bands; published IKM keep the rules they were published with. */
    public IkmRules saveRules(Actor actor, long agencyId, List<BigDecimal> weights, BigDecimal minA, BigDecimal minB,
            BigDecimal minC, int version) {
        access.requireManage(actor, agencyId);
        var problems = new InvalidInputException.Collector();
        problems.addAll(IkmRules.check(weights, minA, minB, minC));
        problems.throwIfAny();
        IkmRules before = rules.rules(agencyId);
        IkmRules after = new IkmRules(weights, minA, minB, minC);
        if (!rules.save(agencyId, after, version, actor.username())) {
            throw new ConcurrentChangeException("survey_rules", agencyId);
        }
        audit.record(actor, agencyId, "UPDATE", "survey_rules", agencyId, "IKM", describe(before), describe(after));
        return after;
    }

    private static Map<String, Object> describe(IkmRules r) {
        Map<String, Object> m = new HashMap<>();
        List<String> w = new ArrayList<>();
        r.weights().forEach(x -> w.add(x.toPlainString()));
        m.put("weights", w);
        m.put("minA", r.minA());
        m.put("minB", r.minB());
        m.put("minC", r.minC());
        return m;
    }

    /** The officers of a survey's unit (and the units below it) a respondent may name, by id. */
    Map<Long, Employee> officers(Survey s) {
        var search = new EmployeeManagement.Search(null, s.unitId(), true, true, 0, MAX_OFFICERS);
        Map<Long, Employee> out = new HashMap<>();
        employees.search(Actor.system(), s.agencyId(), search).content().forEach(e -> out.put(e.id(), e));
        return out;
    }
}
