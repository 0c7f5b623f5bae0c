package id.capaian.planning;

import static id.capaian.planning.AgreementManagement.requireText;
import static id.capaian.planning.AgreementManagement.trim;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator library: reusable RHK with their IKI per sector and position (health: patient visits, patient
 * satisfaction, immunisation coverage, programme delivery; education: learning outcomes, programme results;
 * population registry: document turnaround; administration and public service), national or an agency's own,
 * and their assignment to a whole unit or position group in one action.
 *
 * <p>Everyone in an agency may browse the templates it sees (the national ones and its own). Its administrators
 * keep its own templates; national templates change only by national administrators. Assigning is for
 * administrators: it starts the missing draft plans and adds the templates to every editable plan of the group,
 * all in one transaction with a fixed number of set-based statements, whatever the size of the group.
 */
@Service
@Transactional
public class IndicatorLibrary {

    static final RowMapper<IndicatorTemplate> ROW = (rs, n) -> new IndicatorTemplate(rs.getLong("id"),
            (Long) rs.getObject("agency_id"), Sector.valueOf(rs.getString("sector")),
            rs.getString("position_kind") == null ? null : PositionKind.valueOf(rs.getString("position_kind")),
            (Long) rs.getObject("position_id"), rs.getString("position_name"), rs.getString("result_statement"),
            rs.getString("name"), Aspect.valueOf(rs.getString("aspect")),
            new Target(TargetKind.valueOf(rs.getString("target_kind")), rs.getBigDecimal("target_value"),
                    rs.getBigDecimal("target_min"), rs.getBigDecimal("target_max"), rs.getString("target_unit"),
                    rs.getString("target_text")),
            Direction.valueOf(rs.getString("direction")), rs.getBoolean("active"), rs.getInt("version"));

    private static final String SELECT = """
            SELECT t.*, p.name AS position_name FROM indicator_template t LEFT JOIN position p ON p.id = t.position_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final PositionManagement positions;

    IndicatorLibrary(JdbcClient jdbc, AuditTrail audit, PeriodManagement periods, UnitManagement units,
            PositionManagement positions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.periods = periods;
        this.units = units;
        this.positions = positions;
    }

    /**
     * What to show: a sector, a position kind (templates for that kind and those for any kind), free text over the
     * RHK statement and the IKI name, and whether deactivated templates are listed too.
     */
    public record Filter(Sector sector, PositionKind positionKind, String query, boolean includeInactive) {
        public static Filter all() {
            return new Filter(null, null, null, false);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The templates an agency sees: the national ones and its own, by sector, position kind and name. */
    @Transactional(readOnly = true)
    public List<IndicatorTemplate> list(Actor actor, long agencyId, Filter filter) {
        actor.requireRead(agencyId);
        String q = filter.query() == null || filter.query().isBlank() ? null
                : "%" + filter.query().trim().toLowerCase() + "%";
        return jdbc.sql(SELECT + """
                WHERE (t.agency_id IS NULL OR t.agency_id = :agency)
                  AND (:all OR t.active)
                  AND (CAST(:sector AS varchar) IS NULL OR t.sector = :sector)
                  AND (CAST(:kind AS varchar) IS NULL OR t.position_kind = :kind OR t.position_kind IS NULL)
                  AND (CAST(:q AS varchar) IS NULL OR lower(t.name) LIKE :q OR lower(t.result_statement) LIKE :q)
                ORDER BY array_position(ARRAY['HEALTH','EDUCATION','POPULATION','ADMINISTRATION','PUBLIC_SERVICE','GENERAL']::varchar[], t.sector),
                         array_position(ARRAY['JPT','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL']::varchar[], t.position_kind) NULLS LAST,
                         (t.agency_id IS NULL), t.result_statement, t.name, t.id
                """).param("agency", agencyId).param("all", filter.includeInactive())
                .param("sector", filter.sector() == null ? null : filter.sector().name())
                .param("kind", filter.positionKind() == null ? null : filter.positionKind().name())
                .param("q", q).query(ROW).list();
    }

    /** One template the agency sees (national or its own); another agency's is not found. */
    @Transactional(readOnly = true)
    public IndicatorTemplate get(Actor actor, long agencyId, long templateId) {
        actor.requireRead(agencyId);
        return find(agencyId, templateId).orElseThrow(() -> new NotFoundException("indicator_template", templateId));
    }

    /** Whether the actor may change this template: national ones by national administrators, own ones by admins. */
    public boolean canEdit(Actor actor, long agencyId, IndicatorTemplate template) {
        return template.national() ? actor.isNational() : actor.canAdminister(agencyId) && template.agencyId() == agencyId;
    }

    private java.util.Optional<IndicatorTemplate> find(long agencyId, long templateId) {
        return jdbc.sql(SELECT + " WHERE t.id = :id AND (t.agency_id IS NULL OR t.agency_id = :agency)")
                .param("id", templateId).param("agency", agencyId).query(ROW).optional();
    }

    // ---------------------------------------------------------------- keeping the library

    /** An agency's own template; or, for a national administrator asking for it, a national one. */
    public IndicatorTemplate create(Actor actor, long agencyId, TemplateForm form) {
        actor.requireAdminister(agencyId);
        boolean national = form.isNational();
        if (national) {
            actor.requireNational();
        }
        Position position = validate(actor, agencyId, national, form);
        long id = jdbc.sql("""
                INSERT INTO indicator_template (agency_id, sector, position_kind, position_id, result_statement, name,
                       aspect, target_kind, target_value, target_min, target_max, target_unit, target_text, direction, created_by)
                VALUES (:agency, :sector, :kind, :position, :statement, :name, :aspect, :targetKind, :value, :min, :max,
                        :unit, :text, :direction, :by) RETURNING id
                """).param("agency", national ? null : agencyId).params(columns(form, position))
                .param("by", actor.username()).query(Long.class).single();
        IndicatorTemplate created = find(agencyId, id).orElseThrow();
        audit.record(actor, national ? null : agencyId, "CREATE", "indicator_template", id, created.name(), null, created);
        return created;
    }

    public IndicatorTemplate update(Actor actor, long agencyId, long templateId, TemplateForm form) {
        IndicatorTemplate before = get(actor, agencyId, templateId);
        requireEdit(actor, agencyId, before);
        Position position = validate(actor, agencyId, before.national(), form);
        int updated = jdbc.sql("""
                UPDATE indicator_template SET sector = :sector, position_kind = :kind, position_id = :position,
                       result_statement = :statement, name = :name, aspect = :aspect, target_kind = :targetKind,
                       target_value = :value, target_min = :min, target_max = :max, target_unit = :unit,
                       target_text = :text, direction = :direction, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).params(columns(form, position)).param("id", templateId)
                .param("version", form.getVersion() == null ? before.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("indicator_template", templateId);
        }
        IndicatorTemplate after = find(agencyId, templateId).orElseThrow();
        audit.record(actor, before.national() ? null : agencyId, "UPDATE", "indicator_template", templateId,
                after.name(), before, after);
        return after;
    }

    /** Takes a template out of use (or back); indicators already made from it stay as they are. */
    public IndicatorTemplate setActive(Actor actor, long agencyId, long templateId, boolean active) {
        IndicatorTemplate before = get(actor, agencyId, templateId);
        requireEdit(actor, agencyId, before);
        jdbc.sql("UPDATE indicator_template SET active = :active, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("active", active).param("id", templateId).update();
        IndicatorTemplate after = find(agencyId, templateId).orElseThrow();
        audit.record(actor, before.national() ? null : agencyId, active ? "ACTIVATE" : "DEACTIVATE",
                "indicator_template", templateId, after.name(), before, after);
        return after;
    }

    private void requireEdit(Actor actor, long agencyId, IndicatorTemplate template) {
        if (!canEdit(actor, agencyId, template)) {
            throw new AccessDeniedException(template.national() ? "library.error.nationalReadOnly" : "error.forbidden");
        }
    }

    private Position validate(Actor actor, long agencyId, boolean national, TemplateForm form) {
        var problems = new InvalidInputException.Collector();
        if (form.getSector() == null) {
            problems.add("sector", "validation.required");
        }
        requireText(problems, "resultStatement", form.getResultStatement(), 1000);
        requireText(problems, "name", form.getName(), 500);
        if (form.getAspect() == null) {
            problems.add("aspect", "validation.required");
        }
        if (form.getDirection() == null) {
            problems.add("direction", "validation.required");
        }
        if (form.getTargetKind() == null) {
            problems.add("targetKind", "validation.required");
        } else {
            PlanManagement.checkNumbers(problems, form.getTargetKind(), form.getTargetValue(), form.getTargetMin(),
                    form.getTargetMax());
            switch (form.getTargetKind()) {
                case NUMBER, RANGE -> {
                }
                case TEXT -> requireText(problems, "targetText", form.getTargetText(), 1000);
            }
        }
        if (form.getTargetUnit() != null && form.getTargetUnit().trim().length() > 50) {
            problems.add("targetUnit", "validation.tooLong", 50);
        }
        Position position = null;
        if (form.getPositionId() != null) {
            if (national) {
                problems.add("positionId", "library.error.nationalPosition");
            } else {
                try {
                    position = positions.get(actor, agencyId, form.getPositionId());
                } catch (NotFoundException e) {
                    problems.add("positionId", "library.error.positionNotFound");
                }
            }
        }
        problems.throwIfAny();
        return position;
    }

    private static Map<String, Object> columns(TemplateForm form, Position position) {
        Target t = form.target();
        Map<String, Object> m = new HashMap<>();
        m.put("sector", form.getSector().name());
        PositionKind kind = position != null ? position.kind() : form.getPositionKind();
        m.put("kind", kind == null ? null : kind.name());
        m.put("position", position == null ? null : position.id());
        m.put("statement", form.getResultStatement().trim());
        m.put("name", form.getName().trim());
        m.put("aspect", form.getAspect().name());
        m.put("targetKind", t.kind().name());
        m.put("value", t.kind() == TargetKind.NUMBER ? t.value() : null);
        m.put("min", t.kind() == TargetKind.RANGE ? t.min() : null);
        m.put("max", t.kind() == TargetKind.RANGE ? t.max() : null);
        m.put("unit", t.kind() == TargetKind.TEXT ? null : trim(t.unit()));
        m.put("text", t.kind() == TargetKind.TEXT ? trim(t.text()) : null);
        m.put("direction", form.getDirection().name());
        return m;
    }

    // ---------------------------------------------------------------- assigning

    /**
     * Adds each template (its statement as an RHK utama, not yet linked, with the template's IKI) to the plan of
     * every active employee of the group in the period. A missing plan is started as a draft, as
     * {@link PlanManagement#create} would; a plan under review or approved is left alone and reported, and so is a
     * template already in a plan (assigning twice adds nothing) or a written target in a quantitative plan. All or
     * nothing: one transaction.
     */
    public AssignmentSummary apply(Actor actor, long agencyId, long periodId, List<Long> templateIds, AssignmentGroup group) {
        actor.requireAdminister(agencyId);
        periods.requireOpen(agencyId, periodId);
        if (group == null) {
            throw InvalidInputException.of("group", "library.error.groupRequired");
        }
        List<Long> ids = templateIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(templateIds));
        if (ids.isEmpty()) {
            throw InvalidInputException.of("templateIds", "library.error.noTemplate");
        }
        Map<Long, IndicatorTemplate> templates = new LinkedHashMap<>();
        jdbc.sql(SELECT + " WHERE t.id IN (:ids) AND (t.agency_id IS NULL OR t.agency_id = :agency)")
                .param("ids", ids).param("agency", agencyId).query(ROW).list().forEach(t -> templates.put(t.id(), t));
        var problems = new InvalidInputException.Collector();
        for (Long id : ids) {
            IndicatorTemplate t = templates.get(id);
            if (t == null) {
                problems.add("templateIds", "library.error.templateNotFound", id);
            } else if (!t.active()) {
                problems.add("templateIds", "library.error.templateInactive", t.name());
            }
        }
        problems.throwIfAny();
        String groupName;
        String members;
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agencyId);
        params.put("period", periodId);
        if (group.isUnit()) {
            Unit unit = units.get(actor, agencyId, group.unitId());
            groupName = unit.name();
            if (group.includeSubUnits()) {
                members = """
                        e.unit_id IN (WITH RECURSIVE down AS (SELECT id FROM org_unit WHERE id = :unit AND agency_id = :agency
                                      UNION ALL SELECT c.id FROM org_unit c JOIN down ON c.parent_id = down.id)
                                      SELECT id FROM down)""";
            } else {
                members = "e.unit_id = :unit";
            }
            params.put("unit", unit.id());
        } else {
            Position position = positions.get(actor, agencyId, group.positionId());
            groupName = position.name();
            members = "e.position_id = :position";
            params.put("position", position.id());
        }
        String groupWhere = " e.agency_id = :agency AND e.active AND " + members;

        // 1. the missing plans, started as drafts the way PlanManagement.create starts them
        List<Long> created = jdbc.sql("""
                INSERT INTO performance_plan (agency_id, period_id, employee_id, unit_id, position_id, appraiser_id)
                SELECT e.agency_id, :period, e.id, e.unit_id, e.position_id, coalesce(e.appraiser_id, e.superior_id)
                FROM employee e
                WHERE""" + groupWhere + "\n" + """
                  AND NOT EXISTS (SELECT 1 FROM performance_plan p WHERE p.period_id = :period AND p.employee_id = e.id)
                ORDER BY e.id
                ON CONFLICT (period_id, employee_id) DO NOTHING
                RETURNING id
                """).params(params).query(Long.class).list();
        if (!created.isEmpty()) {
            Long[] createdIds = created.toArray(Long[]::new);
            String[] values = java.util.Arrays.stream(BerakhlakValue.values()).map(Enum::name).toArray(String[]::new);
            jdbc.sql("""
                    INSERT INTO behaviour_expectation (plan_id, value_code)
                    SELECT p, v FROM unnest(CAST(:plans AS bigint[])) p CROSS JOIN unnest(CAST(:values AS varchar[])) v
                    """).param("plans", createdIds).param("values", values).update();
            jdbc.sql("""
                    INSERT INTO plan_event (agency_id, plan_id, actor, action, reason, revision)
                    SELECT :agency, p, :actor, 'CREATED', NULL, 0 FROM unnest(CAST(:plans AS bigint[])) p
                    """).param("agency", agencyId).param("plans", createdIds).param("actor", actor.username()).update();
        }

        // 2. every plan of the group, locked against a concurrent submission while templates are added
        record Member(long planId, long employeeId, String name, String nip, PlanStatus status, PlanApproach approach,
                int maxOrdinal) {
        }
        List<Member> plans = jdbc.sql("""
                SELECT p.id, p.employee_id, e.name, e.nip, p.status, p.approach,
                       (SELECT coalesce(max(r.ordinal), 0) FROM planned_result r WHERE r.plan_id = p.id) AS max_ordinal
                FROM performance_plan p JOIN employee e ON e.id = p.employee_id
                WHERE p.period_id = :period AND p.agency_id = :agency AND""" + groupWhere + "\n" + """
                ORDER BY e.name, e.id
                FOR UPDATE OF p
                """).params(params)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("name"),
                        rs.getString("nip"), PlanStatus.valueOf(rs.getString("status")),
                        PlanApproach.valueOf(rs.getString("approach")), rs.getInt("max_ordinal")))
                .list();
        Long[] planIds = plans.stream().map(Member::planId).toArray(Long[]::new);
        Set<String> present = new HashSet<>();
        if (planIds.length > 0) {
            jdbc.sql("""
                    SELECT DISTINCT r.plan_id, i.template_id FROM result_indicator i JOIN planned_result r ON r.id = i.result_id
                    WHERE r.plan_id = ANY(CAST(:plans AS bigint[])) AND i.template_id IN (:templates)
                    """).param("plans", planIds).param("templates", ids)
                    .query(rs -> {
                        present.add(rs.getLong(1) + ":" + rs.getLong(2));
                    });
        }

        // 3. which template goes into which plan, and who is left out and why
        List<AssignmentSummary.Skipped> skipped = new ArrayList<>();
        List<Long> pairPlans = new ArrayList<>();
        List<Long> pairTemplates = new ArrayList<>();
        List<Integer> pairOrdinals = new ArrayList<>();
        Set<Long> changed = new LinkedHashSet<>();
        for (Member m : plans) {
            if (!m.status().editable()) {
                skipped.add(new AssignmentSummary.Skipped(m.employeeId(), m.name(), m.nip(), m.planId(), m.status(),
                        m.status() == PlanStatus.APPROVED ? "library.skip.approved" : "library.skip.submitted", null));
                continue;
            }
            int ordinal = m.maxOrdinal();
            for (Long tid : ids) {
                IndicatorTemplate t = templates.get(tid);
                if (present.contains(m.planId() + ":" + tid)) {
                    skipped.add(new AssignmentSummary.Skipped(m.employeeId(), m.name(), m.nip(), m.planId(), m.status(),
                            "library.skip.alreadyApplied", t.name()));
                } else if (t.target().kind() == TargetKind.TEXT && m.approach() == PlanApproach.QUANTITATIVE) {
                    skipped.add(new AssignmentSummary.Skipped(m.employeeId(), m.name(), m.nip(), m.planId(), m.status(),
                            "library.skip.textTargetInQuantitative", t.name()));
                } else {
                    pairPlans.add(m.planId());
                    pairTemplates.add(tid);
                    pairOrdinals.add(++ordinal);
                    changed.add(m.planId());
                }
            }
        }

        // 4. the RHK and their IKI in one statement, then the changed plans' versions
        if (!pairPlans.isEmpty()) {
            jdbc.sql("""
                    WITH pairs AS (
                        SELECT * FROM unnest(CAST(:plans AS bigint[]), CAST(:templates AS bigint[]), CAST(:ordinals AS int[]))
                               AS x(plan_id, template_id, ordinal)
                    ), added AS (
                        INSERT INTO planned_result (agency_id, plan_id, kind, statement, ordinal)
                        SELECT :agency, pairs.plan_id, 'UTAMA', t.result_statement, pairs.ordinal
                        FROM pairs JOIN indicator_template t ON t.id = pairs.template_id
                        ORDER BY pairs.plan_id, pairs.ordinal
                        RETURNING id, plan_id, ordinal
                    )
                    INSERT INTO result_indicator (agency_id, result_id, aspect, name, target_kind, target_value, target_min,
                                                  target_max, target_unit, target_text, direction, template_id, ordinal)
                    SELECT :agency, added.id, t.aspect, t.name, t.target_kind, t.target_value, t.target_min, t.target_max,
                           t.target_unit, t.target_text, t.direction, t.id, 1
                    FROM added JOIN pairs ON pairs.plan_id = added.plan_id AND pairs.ordinal = added.ordinal
                    JOIN indicator_template t ON t.id = pairs.template_id
                    """).param("agency", agencyId).param("plans", pairPlans.toArray(Long[]::new))
                    .param("templates", pairTemplates.toArray(Long[]::new))
                    .param("ordinals", pairOrdinals.toArray(Integer[]::new)).update();
            jdbc.sql("UPDATE performance_plan SET updated_at = now(), version = version + 1 WHERE id = ANY(CAST(:plans AS bigint[]))")
                    .param("plans", changed.toArray(Long[]::new)).update();
        }
        int changedPlans = changed.size();
        AssignmentSummary summary = new AssignmentSummary(periodId, ids, plans.size(), created.size(), changedPlans,
                pairPlans.size(), List.copyOf(skipped));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("periodId", periodId);
        after.put("templateIds", ids);
        after.put("group", group);
        after.put("groupName", groupName);
        after.put("employees", summary.employees());
        after.put("plansCreated", summary.plansCreated());
        after.put("plansChanged", summary.plansChanged());
        after.put("resultsAdded", summary.resultsAdded());
        after.put("skipped", summary.skippedByReason());
        audit.record(actor, agencyId, "APPLY", "indicator_template", ids.size() == 1 ? ids.get(0) : null,
                groupName + ": " + ids.size() + " template(s), " + summary.plansCreated() + " created, "
                        + summary.plansChanged() + " changed, " + summary.plansSkipped() + " skipped",
                null, after);
        return summary;
    }
}
