package id.capaian.planning;

import static id.capaian.planning.AgreementManagement.requireText;
import static id.capaian.planning.AgreementManagement.trim;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.PositionKind;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Employee plans (SKP): drafting, submitting, approving or returning, and revising after approval, each step kept
 * in the plan's history. Results (RHK) point at the appraiser's results or at the IKU of the units the employee
 * heads, so that the agency forms one cascade.
 */
@Service
@Transactional
public class PlanManagement {

    private final JdbcClient jdbc;
    private final PeriodManagement periods;
    private final AgreementManagement agreements;
    private final EmployeeManagement employees;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    PlanManagement(JdbcClient jdbc, PeriodManagement periods, AgreementManagement agreements, EmployeeManagement employees,
            PlanAccess access, ApplicationEventPublisher events, ObjectMapper json) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.agreements = agreements;
        this.employees = employees;
        this.access = access;
        this.events = events;
        this.json = json;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Plan get(Actor actor, long agencyId, long planId) {
        return getWithPeriod(actor, agencyId, planId).plan();
    }

    /** A plan and its period. */
    public record PlanInPeriod(Plan plan, Period period) {
    }

    /**
     * The plan (for those who may see it, as {@link #get}) with its period, in the plan's queries: a page that needs
     * both reads the period without a query of its own.
     */
    @Transactional(readOnly = true)
    public PlanInPeriod getWithPeriod(Actor actor, long agencyId, long planId) {
        actor.requireRead(agencyId);
        PlanInPeriod loaded = loadWithPeriod(agencyId, planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!access.canView(actor, loaded.plan())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return loaded;
    }

    /**
     * The plans of these ids that exist in the agency and that the actor may see, each with its period, by id: one
     * statement for any number of plans (a batch of pushes). The others are left out; {@link #getWithPeriod} tells
     * why (not found, or not to be seen).
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanInPeriod> getAllWithPeriod(Actor actor, long agencyId, Collection<Long> planIds) {
        actor.requireRead(agencyId);
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return visible(actor, jdbc.sql(PLANS_BY_IDS).param("ids", planIds.toArray(Long[]::new)).param("agency", agencyId)
                .query(PlanManagement::plansInPeriod), p -> p.plan().id());
    }

    /**
     * The plans of these employees for a period that the actor may see, each with its period, by employee: one
     * statement for any number of employees. An employee without a plan, or whose plan the actor may not see, is left out ({@link
     * #forEmployee} tells which).
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanInPeriod> forEmployees(Actor actor, long agencyId, long periodId, Collection<Long> employeeIds) {
        actor.requireRead(agencyId);
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return visible(actor, jdbc.sql(PLANS_OF_EMPLOYEES).param("period", periodId)
                .param("employees", employeeIds.toArray(Long[]::new)).param("agency", agencyId)
                .query(PlanManagement::plansInPeriod), p -> p.plan().employeeId());
    }

    private Map<Long, PlanInPeriod> visible(Actor actor, List<PlanInPeriod> loaded, ToLongFunction<PlanInPeriod> key) {
        Map<Long, PlanInPeriod> byKey = new HashMap<>();
        for (PlanInPeriod p : loaded) {
            if (access.canView(actor, p.plan())) {
                byKey.put(key.applyAsLong(p), p);
            }
        }
        return byKey;
    }

    /** The plan of an employee for a period, if there is one (and the actor may see it). */
    @Transactional(readOnly = true)
    public Optional<Plan> forEmployee(Actor actor, long agencyId, long periodId, long employeeId) {
        actor.requireRead(agencyId);
        return jdbc.sql("SELECT id FROM performance_plan WHERE agency_id = :agency AND period_id = :period AND employee_id = :e")
                .param("agency", agencyId).param("period", periodId).param("e", employeeId).query(Long.class).optional()
                .map(id -> get(actor, agencyId, id));
    }

    /**
     * The id of the signed-in employee's own plan for a period of their agency, if there is one: what "my plan" and
     * "my realisations" redirect to. One statement, without a transaction of its own (a person always sees their own
     * plan, so the plan is not read whole to check it, as {@link #forEmployee} does).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Long> ownPlanId(Actor actor, long periodId) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            return Optional.empty();
        }
        actor.requireRead(actor.agencyId());
        return jdbc.sql("SELECT id FROM performance_plan WHERE agency_id = :agency AND period_id = :period AND employee_id = :e")
                .param("agency", actor.agencyId()).param("period", periodId).param("e", actor.employeeId())
                .query(Long.class).optional();
    }

    /** Filters for plan lists: a unit (with sub-units), a status, the appraiser, free text. */
    public record Filter(Long unitId, PlanStatus status, Long appraiserId, String query, int page, int size) {
        public Filter {
            page = Math.max(page, 0);
            size = PageResult.clampSize(size);
        }

        public static Filter appraisees(long appraiserId) {
            return new Filter(null, null, appraiserId, null, 0, 200);
        }
    }

    /**
     * Plans of the period in a list. Administrators, the agency head and national administrators see all; anyone
     * else sees only the plans they appraise (the approval inbox) and their own.
     */
    @Transactional(readOnly = true)
    public PageResult<PlanSummary> list(Actor actor, long agencyId, long periodId, Filter filter) {
        periods.get(actor, agencyId, periodId);
        boolean all = actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(id.capaian.platform.Role.AGENCY_ADMIN) || actor.has(id.capaian.platform.Role.AGENCY_HEAD)));
        StringBuilder where = new StringBuilder(" WHERE p.agency_id = :agency AND p.period_id = :period");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agencyId);
        params.put("period", periodId);
        if (!all) {
            where.append(" AND (p.appraiser_id = :me OR p.employee_id = :me)");
            params.put("me", actor.employeeId() == null ? -1L : actor.employeeId());
        }
        if (filter.unitId() != null) {
            where.append(" AND p.unit_id IN (WITH RECURSIVE down AS (SELECT id FROM org_unit WHERE id = :unit"
                    + " UNION ALL SELECT c.id FROM org_unit c JOIN down ON c.parent_id = down.id) SELECT id FROM down)");
            params.put("unit", filter.unitId());
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.appraiserId() != null) {
            where.append(" AND p.appraiser_id = :appraiser");
            params.put("appraiser", filter.appraiserId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" AND (lower(e.name) LIKE :q OR e.nip LIKE :q)");
            params.put("q", "%" + filter.query().trim().toLowerCase() + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM performance_plan p JOIN employee e ON e.id = p.employee_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<PlanSummary> rows = jdbc.sql("""
                SELECT p.*, e.name AS employee_name, e.nip, u.name AS unit_name, pos.name AS position_name,
                       (SELECT count(*) FROM planned_result r WHERE r.plan_id = p.id) AS results,
                       (SELECT count(*) FROM planned_result r WHERE r.plan_id = p.id AND r.parent_changed) AS flagged
                FROM performance_plan p JOIN employee e ON e.id = p.employee_id
                LEFT JOIN org_unit u ON u.id = p.unit_id LEFT JOIN position pos ON pos.id = p.position_id
                """ + where + " ORDER BY e.name, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("employee_id"),
                        rs.getString("employee_name"), rs.getString("nip"), (Long) rs.getObject("unit_id"),
                        rs.getString("unit_name"), rs.getString("position_name"), (Long) rs.getObject("appraiser_id"),
                        PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getInt("results"),
                        rs.getInt("flagged"), instant(rs, "submitted_at"), instant(rs, "approved_at")))
                .list();
        return new PageResult<>(rows, filter.page(), filter.size(), total);
    }

    @Transactional(readOnly = true)
    public List<PlanEvent> history(Actor actor, long agencyId, long planId) {
        get(actor, agencyId, planId);
        return jdbc.sql("SELECT * FROM plan_event WHERE plan_id = :id ORDER BY occurred_at, id").param("id", planId)
                .query((rs, n) -> new PlanEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("reason"), rs.getInt("revision")))
                .list();
    }

    /** What an RHK of this plan may contribute to: the appraiser's RHK (any status) and the IKU of units it heads. */
    public record Candidates(List<PlannedResult> superiorResults, List<UnitIndicator> unitIndicators) {
        public boolean isEmpty() {
            return superiorResults.isEmpty() && unitIndicators.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Candidates candidates(Actor actor, long agencyId, long planId) {
        return candidates(get(actor, agencyId, planId));
    }

    Candidates candidates(Plan plan) {
        List<PlannedResult> superior = List.of();
        Long appraiser = currentAppraiser(plan);
        if (appraiser != null) {
            superior = jdbc.sql("SELECT id FROM performance_plan WHERE period_id = :period AND employee_id = :e")
                    .param("period", plan.periodId()).param("e", appraiser).query(Long.class).optional()
                    .flatMap(id -> load(plan.agencyId(), id)).map(Plan::results).orElse(List.of());
        }
        Set<Long> units = new LinkedHashSet<>(jdbc.sql("SELECT id FROM org_unit WHERE head_employee_id = :e AND active")
                .param("e", plan.employeeId()).query(Long.class).list());
        Employee employee = employees.get(Actor.system(), plan.agencyId(), plan.employeeId());
        if (employee.positionKind() == PositionKind.JPT && employee.unitId() != null) {
            units.add(employee.unitId());
        }
        return new Candidates(superior, agreements.indicatorsOfUnits(plan.agencyId(), plan.periodId(), units));
    }

    private Long currentAppraiser(Plan plan) {
        return jdbc.sql("SELECT coalesce(appraiser_id, superior_id) FROM employee WHERE id = :e")
                .param("e", plan.employeeId()).query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
    }

    // ---------------------------------------------------------------- drafting

    /** Starts the plan of an employee (by themselves or their appraiser) with the seven behaviour values. */
    public Plan create(Actor actor, long agencyId, long periodId, long employeeId) {
        actor.requireRead(agencyId);
        periods.requireOpen(agencyId, periodId);
        Employee employee = employees.get(actor, agencyId, employeeId);
        if (!access.canCreateFor(actor, employeeId, employee.appraiserId()) && !actor.canAdminister(agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (!employee.active()) {
            throw InvalidInputException.of("employeeId", "plan.error.employeeInactive");
        }
        if (jdbc.sql("SELECT count(*) FROM performance_plan WHERE period_id = :period AND employee_id = :e")
                .param("period", periodId).param("e", employeeId).query(Long.class).single() > 0) {
            throw InvalidInputException.of("employeeId", "plan.error.exists");
        }
        long id = jdbc.sql("""
                INSERT INTO performance_plan (agency_id, period_id, employee_id, unit_id, position_id, appraiser_id)
                VALUES (:agency, :period, :e, :unit, :position, :appraiser) RETURNING id
                """).param("agency", agencyId).param("period", periodId).param("e", employeeId)
                .param("unit", employee.unitId()).param("position", employee.positionId())
                .param("appraiser", employee.appraiserId()).query(Long.class).single();
        for (BerakhlakValue v : BerakhlakValue.values()) {
            jdbc.sql("INSERT INTO behaviour_expectation (plan_id, value_code) VALUES (:p, :v)")
                    .param("p", id).param("v", v.name()).update();
        }
        event(actor, agencyId, id, "CREATED", null, 0, null);
        return load(agencyId, id).orElseThrow();
    }

    public Plan updateHeader(Actor actor, long agencyId, long planId, PlanHeaderForm form) {
        Plan plan = editable(actor, agencyId, planId);
        var problems = new InvalidInputException.Collector();
        if (form.getApproach() == null) {
            problems.add("approach", "validation.required");
        }
        for (var f : List.of(Map.entry("resourceSupport", nn(form.getResourceSupport())),
                Map.entry("accountability", nn(form.getAccountability())), Map.entry("consequences", nn(form.getConsequences())))) {
            if (f.getValue().length() > 4000) {
                problems.add(f.getKey(), "validation.tooLong", 4000);
            }
        }
        problems.throwIfAny();
        int updated = jdbc.sql("""
                UPDATE performance_plan SET approach = :approach, resource_support = :rs, accountability = :acc,
                       consequences = :cons, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).param("approach", form.getApproach().name()).param("rs", trim(form.getResourceSupport()))
                .param("acc", trim(form.getAccountability())).param("cons", trim(form.getConsequences()))
                .param("id", planId).param("version", form.getVersion() == null ? plan.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("plan", planId);
        }
        return load(agencyId, planId).orElseThrow();
    }

    public PlannedResult addResult(Actor actor, long agencyId, long planId, ResultForm form) {
        Plan plan = editable(actor, agencyId, planId);
        validateResult(plan, form);
        long id = jdbc.sql("""
                INSERT INTO planned_result (agency_id, plan_id, kind, statement, parent_result_id, unit_indicator_id, ordinal)
                VALUES (:agency, :plan, :kind, :statement, :parent, :iku, :ordinal) RETURNING id
                """).param("agency", agencyId).param("plan", planId).param("kind", form.getKind().name())
                .param("statement", form.getStatement().trim()).param("parent", form.getParentResultId())
                .param("iku", form.getUnitIndicatorId()).param("ordinal", plan.results().size() + 1)
                .query(Long.class).single();
        touch(planId);
        return result(agencyId, planId, id);
    }

    /** Changes an RHK; RHK of others that contribute to it are flagged so their owners look again. */
    public PlannedResult updateResult(Actor actor, long agencyId, long resultId, ResultForm form) {
        long planId = planOfResult(agencyId, resultId);
        Plan plan = editable(actor, agencyId, planId);
        validateResult(plan, form);
        PlannedResult before = result(agencyId, planId, resultId);
        jdbc.sql("""
                UPDATE planned_result SET kind = :kind, statement = :statement, parent_result_id = :parent,
                       unit_indicator_id = :iku, parent_changed = FALSE WHERE id = :id
                """).param("kind", form.getKind().name()).param("statement", form.getStatement().trim())
                .param("parent", form.getParentResultId()).param("iku", form.getUnitIndicatorId()).param("id", resultId).update();
        if (!before.statement().equals(form.getStatement().trim())) {
            flagContributors(resultId);
        }
        touch(planId);
        return result(agencyId, planId, resultId);
    }

    public void removeResult(Actor actor, long agencyId, long resultId) {
        long planId = planOfResult(agencyId, resultId);
        editable(actor, agencyId, planId);
        flagContributors(resultId);
        jdbc.sql("DELETE FROM planned_result WHERE id = :id").param("id", resultId).update();
        touch(planId);
    }

    /** The owner has looked at the changed superior result and keeps the link as it is. */
    public PlannedResult acknowledgeParentChange(Actor actor, long agencyId, long resultId) {
        long planId = planOfResult(agencyId, resultId);
        editable(actor, agencyId, planId);
        jdbc.sql("UPDATE planned_result SET parent_changed = FALSE WHERE id = :id").param("id", resultId).update();
        return result(agencyId, planId, resultId);
    }

    public ResultIndicator addIndicator(Actor actor, long agencyId, long resultId, IndicatorForm form) {
        return addIndicator(actor, agencyId, resultId, form, null);
    }

    ResultIndicator addIndicator(Actor actor, long agencyId, long resultId, IndicatorForm form, Long templateId) {
        long planId = planOfResult(agencyId, resultId);
        Plan plan = editable(actor, agencyId, planId);
        validateIndicator(plan, form);
        int ordinal = jdbc.sql("SELECT count(*) FROM result_indicator WHERE result_id = :r").param("r", resultId)
                .query(Integer.class).single() + 1;
        Target t = form.target();
        long id = jdbc.sql("""
                INSERT INTO result_indicator (agency_id, result_id, aspect, name, target_kind, target_value, target_min,
                                              target_max, target_unit, target_text, direction, template_id, ordinal)
                VALUES (:agency, :result, :aspect, :name, :kind, :value, :min, :max, :unit, :text, :direction, :template, :ordinal)
                RETURNING id
                """).param("agency", agencyId).param("result", resultId).params(indicatorColumns(form, t))
                .param("template", templateId).param("ordinal", ordinal).query(Long.class).single();
        touch(planId);
        return indicator(id);
    }

    public ResultIndicator updateIndicator(Actor actor, long agencyId, long indicatorId, IndicatorForm form) {
        long resultId = resultOfIndicator(agencyId, indicatorId);
        long planId = planOfResult(agencyId, resultId);
        Plan plan = editable(actor, agencyId, planId);
        validateIndicator(plan, form);
        jdbc.sql("""
                UPDATE result_indicator SET aspect = :aspect, name = :name, target_kind = :kind, target_value = :value,
                       target_min = :min, target_max = :max, target_unit = :unit, target_text = :text, direction = :direction
                WHERE id = :id
                """).params(indicatorColumns(form, form.target())).param("id", indicatorId).update();
        touch(planId);
        return indicator(indicatorId);
    }

    public void removeIndicator(Actor actor, long agencyId, long indicatorId) {
        long resultId = resultOfIndicator(agencyId, indicatorId);
        long planId = planOfResult(agencyId, resultId);
        editable(actor, agencyId, planId);
        jdbc.sql("DELETE FROM result_indicator WHERE id = :id").param("id", indicatorId).update();
        touch(planId);
    }

    /** Sets the planned actions of an RHK, one text per sub-period (blank: none). */
    public List<ActionPlan> setActions(Actor actor, long agencyId, long resultId, Map<Integer, String> actions) {
        long planId = planOfResult(agencyId, resultId);
        Plan plan = editable(actor, agencyId, planId);
        int count = periods.get(actor, agencyId, plan.periodId()).scheme().count();
        var problems = new InvalidInputException.Collector();
        actions.forEach((sub, text) -> {
            if (sub == null || sub < 1 || sub > count) {
                problems.add("actions", "plan.error.subPeriod", count);
            } else if (text != null && text.trim().length() > 1000) {
                problems.add("actions[" + sub + "]", "validation.tooLong", 1000);
            }
        });
        problems.throwIfAny();
        jdbc.sql("DELETE FROM action_plan WHERE result_id = :r").param("r", resultId).update();
        actions.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> jdbc.sql("INSERT INTO action_plan (agency_id, result_id, sub_period, description) VALUES (:a, :r, :s, :d)")
                        .param("a", agencyId).param("r", resultId).param("s", e.getKey()).param("d", e.getValue().trim()).update());
        touch(planId);
        return result(agencyId, planId, resultId).actions();
    }

    /** The appraiser's special expectation for one BerAKHLAK value (ekspektasi khusus pimpinan). */
    public Plan setSpecialExpectation(Actor actor, long agencyId, long planId, BerakhlakValue value, String text) {
        Plan plan = get(actor, agencyId, planId);
        periods.requireOpen(agencyId, plan.periodId());
        if (!access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("plan.error.onlyAppraiser");
        }
        if (plan.status() == PlanStatus.APPROVED) {
            throw InvalidInputException.of("status", "plan.error.notEditable");
        }
        if (text != null && text.trim().length() > 1000) {
            throw InvalidInputException.of("special", "validation.tooLong", 1000);
        }
        jdbc.sql("UPDATE behaviour_expectation SET special = :t WHERE plan_id = :p AND value_code = :v")
                .param("t", trim(text)).param("p", planId).param("v", value.name()).update();
        touch(planId);
        return load(agencyId, planId).orElseThrow();
    }

    // ---------------------------------------------------------------- workflow

    /** Checks that the plan is complete and sends it to the current appraiser. */
    public Plan submit(Actor actor, long agencyId, long planId) {
        Plan plan = editable(actor, agencyId, planId);
        Long appraiser = currentAppraiser(plan);
        var problems = new InvalidInputException.Collector();
        if (appraiser == null) {
            problems.add("appraiser", "plan.error.noAppraiser");
        }
        problems.addAll(completeness(plan, candidates(plan)));
        problems.throwIfAny();
        jdbc.sql("""
                UPDATE performance_plan SET status = 'SUBMITTED', submitted_at = now(), appraiser_id = :appraiser,
                       returned_reason = NULL, updated_at = now(), version = version + 1 WHERE id = :id
                """).param("appraiser", appraiser).param("id", planId).update();
        event(actor, agencyId, planId, "SUBMITTED", null, plan.revision(), null);
        events.publishEvent(new PlanSubmitted(agencyId, planId, plan.employeeId(), appraiser, plan.periodId()));
        return load(agencyId, planId).orElseThrow();
    }

    /** What keeps a plan from being submitted (empty: ready). Shown before the employee presses submit. */
    @Transactional(readOnly = true)
    public List<id.capaian.platform.Problem> readiness(Actor actor, long agencyId, long planId) {
        Plan plan = get(actor, agencyId, planId);
        return completeness(plan, candidates(plan));
    }

    private List<id.capaian.platform.Problem> completeness(Plan plan, Candidates candidates) {
        var problems = new InvalidInputException.Collector();
        if (plan.results(ResultKind.UTAMA).isEmpty()) {
            problems.add("results", "plan.error.noMainResult");
        }
        for (PlannedResult r : plan.results()) {
            if (r.indicators().isEmpty()) {
                problems.add("results", "plan.error.noIndicator", r.statement());
            }
            if (r.kind() == ResultKind.UTAMA && !r.linked() && !candidates.isEmpty()) {
                problems.add("results", "plan.error.unlinked", r.statement());
            }
            if (r.parentChanged()) {
                problems.add("results", "plan.error.parentChanged", r.statement());
            }
            if (plan.approach() == PlanApproach.QUANTITATIVE) {
                r.indicators().stream().filter(i -> i.target().kind() == TargetKind.TEXT).findFirst()
                        .ifPresent(i -> problems.add("results", "plan.error.textTargetInQuantitative", i.name()));
            }
        }
        return problems.problems();
    }

    public Plan approve(Actor actor, long agencyId, long planId) {
        Plan plan = get(actor, agencyId, planId);
        periods.requireOpen(agencyId, plan.periodId());
        if (!access.canDecide(actor, plan)) {
            throw plan.status() != PlanStatus.SUBMITTED ? InvalidInputException.of("status", "plan.error.notSubmitted")
                    : new AccessDeniedException("plan.error.onlyAppraiser");
        }
        jdbc.sql("""
                UPDATE performance_plan SET status = 'APPROVED', approved_at = now(), approved_by = :by,
                       updated_at = now(), version = version + 1 WHERE id = :id
                """).param("by", actor.employeeId()).param("id", planId).update();
        Plan approved = load(agencyId, planId).orElseThrow();
        event(actor, agencyId, planId, "APPROVED", null, plan.revision(), approved);
        events.publishEvent(new PlanApproved(agencyId, planId, plan.employeeId(), plan.periodId(), plan.revision()));
        return approved;
    }

    public Plan returnToEmployee(Actor actor, long agencyId, long planId, String reason) {
        Plan plan = get(actor, agencyId, planId);
        periods.requireOpen(agencyId, plan.periodId());
        if (!access.canDecide(actor, plan)) {
            throw plan.status() != PlanStatus.SUBMITTED ? InvalidInputException.of("status", "plan.error.notSubmitted")
                    : new AccessDeniedException("plan.error.onlyAppraiser");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "plan.error.reasonRequired");
        }
        jdbc.sql("""
                UPDATE performance_plan SET status = 'RETURNED', returned_reason = :reason, updated_at = now(),
                       version = version + 1 WHERE id = :id
                """).param("reason", reason.trim()).param("id", planId).update();
        event(actor, agencyId, planId, "RETURNED", reason.trim(), plan.revision(), null);
        events.publishEvent(new PlanReturned(agencyId, planId, plan.employeeId(), plan.periodId(), reason.trim()));
        return load(agencyId, planId).orElseThrow();
    }

    /**
     * Opens an approved plan for a recorded revision: the approved version is kept in the history with the reason,
     * and the plan goes through submission and approval again.
     */
    public Plan revise(Actor actor, long agencyId, long planId, String reason) {
        Plan plan = get(actor, agencyId, planId);
        periods.requireOpen(agencyId, plan.periodId());
        if (!access.isOwner(actor, plan) && !access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (plan.status() != PlanStatus.APPROVED) {
            throw InvalidInputException.of("status", "plan.error.notApproved");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "plan.error.reasonRequired");
        }
        jdbc.sql("""
                UPDATE performance_plan SET status = 'DRAFT', revision = revision + 1, updated_at = now(),
                       version = version + 1 WHERE id = :id
                """).param("id", planId).update();
        event(actor, agencyId, planId, "REVISION", reason.trim(), plan.revision() + 1, plan);
        return load(agencyId, planId).orElseThrow();
    }

    // ---------------------------------------------------------------- internals

    private Plan editable(Actor actor, long agencyId, long planId) {
        Plan plan = get(actor, agencyId, planId);
        periods.requireOpen(agencyId, plan.periodId());
        if (!access.isOwner(actor, plan) && !access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (!plan.status().editable()) {
            throw InvalidInputException.of("status", plan.status() == PlanStatus.APPROVED
                    ? "plan.error.approvedNeedsRevision" : "plan.error.notEditable");
        }
        return plan;
    }

    private void validateResult(Plan plan, ResultForm form) {
        var problems = new InvalidInputException.Collector();
        if (form.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        requireText(problems, "statement", form.getStatement(), 1000);
        if (form.getParentResultId() != null && form.getUnitIndicatorId() != null) {
            problems.add("parentResultId", "plan.error.oneLink");
        }
        if (form.getParentResultId() != null || form.getUnitIndicatorId() != null) {
            Candidates c = candidates(plan);
            if (form.getParentResultId() != null
                    && c.superiorResults().stream().noneMatch(r -> r.id() == form.getParentResultId())) {
                problems.add("parentResultId", "plan.error.parentNotAllowed");
            }
            if (form.getUnitIndicatorId() != null
                    && c.unitIndicators().stream().noneMatch(i -> i.id() == form.getUnitIndicatorId())) {
                problems.add("unitIndicatorId", "plan.error.indicatorNotAllowed");
            }
        }
        problems.throwIfAny();
    }

    private static void validateIndicator(Plan plan, IndicatorForm form) {
        var problems = new InvalidInputException.Collector();
        if (form.getAspect() == null) {
            problems.add("aspect", "validation.required");
        }
        requireText(problems, "name", form.getName(), 500);
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
                case TEXT -> {
                    requireText(problems, "targetText", form.getTargetText(), 1000);
                    if (plan.approach() == PlanApproach.QUANTITATIVE) {
                        problems.add("targetKind", "plan.error.textTargetInQuantitative", nn(form.getName()));
                    }
                }
            }
        }
        if (form.getTargetUnit() != null && form.getTargetUnit().length() > 50) {
            problems.add("targetUnit", "validation.tooLong", 50);
        }
        problems.throwIfAny();
    }

    /** The numeric part of a target: a number not below zero, or a range whose ends are given and in order. */
    static void checkNumbers(InvalidInputException.Collector problems, TargetKind kind, BigDecimal value, BigDecimal min,
            BigDecimal max) {
        if (kind == TargetKind.NUMBER) {
            if (value == null) {
                problems.add("targetValue", "validation.required");
            } else if (value.signum() < 0) {
                problems.add("targetValue", "plan.error.negative");
            }
        } else if (kind == TargetKind.RANGE) {
            if (min == null) {
                problems.add("targetMin", "validation.required");
            }
            if (max == null) {
                problems.add("targetMax", "validation.required");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                problems.add("targetMax", "plan.error.rangeOrder");
            }
        }
    }

    private static Map<String, Object> indicatorColumns(IndicatorForm form, Target t) {
        Map<String, Object> m = new HashMap<>();
        m.put("aspect", form.getAspect().name());
        m.put("name", form.getName().trim());
        m.put("kind", t.kind().name());
        m.put("value", t.kind() == TargetKind.NUMBER ? t.value() : null);
        m.put("min", t.kind() == TargetKind.RANGE ? t.min() : null);
        m.put("max", t.kind() == TargetKind.RANGE ? t.max() : null);
        m.put("unit", t.kind() == TargetKind.TEXT ? null : trim(t.unit()));
        m.put("text", t.kind() == TargetKind.TEXT ? trim(t.text()) : null);
        m.put("direction", form.getDirection().name());
        return m;
    }

    private void flagContributors(long resultId) {
        jdbc.sql("UPDATE planned_result SET parent_changed = TRUE WHERE parent_result_id = :id").param("id", resultId).update();
    }

    private void touch(long planId) {
        jdbc.sql("UPDATE performance_plan SET updated_at = now(), version = version + 1 WHERE id = :id").param("id", planId).update();
    }

    private void event(Actor actor, long agencyId, long planId, String action, String reason, int revision, Plan snapshot) {
        jdbc.sql("""
                INSERT INTO plan_event (agency_id, plan_id, actor, action, reason, revision, snapshot)
                VALUES (:agency, :plan, :actor, :action, :reason, :revision, CAST(:snapshot AS jsonb))
                """).param("agency", agencyId).param("plan", planId).param("actor", actor.username())
                .param("action", action).param("reason", reason).param("revision", revision)
                .param("snapshot", snapshot == null ? null : json.writeValueAsString(snapshot)).update();
    }

    private long planOfResult(long agencyId, long resultId) {
        return jdbc.sql("SELECT plan_id FROM planned_result WHERE id = :id AND agency_id = :agency")
                .param("id", resultId).param("agency", agencyId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private long resultOfIndicator(long agencyId, long indicatorId) {
        return jdbc.sql("SELECT result_id FROM result_indicator WHERE id = :id AND agency_id = :agency")
                .param("id", indicatorId).param("agency", agencyId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    private PlannedResult result(long agencyId, long planId, long resultId) {
        return load(agencyId, planId).orElseThrow().results().stream().filter(r -> r.id() == resultId).findFirst()
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private ResultIndicator indicator(long id) {
        return jdbc.sql("SELECT * FROM result_indicator WHERE id = :id").param("id", id)
                .query((rs, n) -> indicator(rs)).single();
    }

    private static ResultIndicator indicator(ResultSet rs) throws SQLException {
        return indicator(rs, "");
    }

    /** An indicator from a row whose indicator columns carry {@code prefix}. */
    private static ResultIndicator indicator(ResultSet rs, String prefix) throws SQLException {
        return new ResultIndicator(rs.getLong(prefix + "id"), rs.getLong(prefix + "result_id"),
                Aspect.valueOf(rs.getString(prefix + "aspect")), rs.getString(prefix + "name"),
                new Target(TargetKind.valueOf(rs.getString(prefix + "target_kind")), rs.getBigDecimal(prefix + "target_value"),
                        rs.getBigDecimal(prefix + "target_min"), rs.getBigDecimal(prefix + "target_max"),
                        rs.getString(prefix + "target_unit"), rs.getString(prefix + "target_text")),
                Direction.valueOf(rs.getString(prefix + "direction")), (Long) rs.getObject(prefix + "template_id"),
                rs.getInt(prefix + "ordinal"));
    }

    /**
     * The whole plan in one query, whatever its size: the header with its period and behaviour expectations on
     * every row, one row per indicator with its result and the result's action plans.
     */
    Optional<Plan> load(long agencyId, long planId) {
        return loadWithPeriod(agencyId, planId).map(PlanInPeriod::plan);
    }

    /** The same with its period, read in the same query. */
    private Optional<PlanInPeriod> loadWithPeriod(long agencyId, long planId) {
        return jdbc.sql(PLAN_BY_ID).param("id", planId).param("agency", agencyId).query(PlanManagement::plansInPeriod)
                .stream().findFirst();
    }

    /**
     * The whole plans of some rows of {@code performance_plan} (the condition), each with its period, in one
     * statement: the header and the period on every row, then one row per indicator with its result and the result's
     * action plans (a result without indicators gives one row; a plan without results, one row without a result).
     */
    private static final String PLANS_READ = """
                SELECT p.*, pp.year, pp.id AS pp_id, pp.agency_id AS pp_agency_id, pp.year AS pp_year, pp.scheme AS pp_scheme,
                       pp.plan_deadline AS pp_plan_deadline, pp.status AS pp_status, pp.version AS pp_version,
                       nullif(concat_ws(' ', nullif(e.front_title, ''), e.name) || coalesce(', ' || nullif(e.back_title, ''), ''), '') AS employee_name,
                       e.nip AS employee_nip, u.name AS unit_name, pos.name AS position_name,
                       nullif(concat_ws(' ', nullif(a.front_title, ''), a.name) || coalesce(', ' || nullif(a.back_title, ''), ''), '') AS appraiser_name,
                       a.nip AS appraiser_nip, b.behaviour_codes, b.behaviour_specials,
                       r.id AS r_id, r.kind AS r_kind, r.statement AS r_statement, r.parent_result_id AS r_parent_result_id,
                       pr.statement AS r_parent_statement, r.unit_indicator_id AS r_unit_indicator_id, ui.name AS r_iku_name,
                       r.parent_changed AS r_parent_changed, r.ordinal AS r_ordinal,
                       coalesce(ap.ids, '{}') AS action_ids, coalesce(ap.subs, '{}') AS action_subs,
                       coalesce(ap.texts, '{}') AS action_texts,
                       i.id AS i_id, i.result_id AS i_result_id, i.aspect AS i_aspect, i.name AS i_name,
                       i.target_kind AS i_target_kind, i.target_value AS i_target_value, i.target_min AS i_target_min,
                       i.target_max AS i_target_max, i.target_unit AS i_target_unit, i.target_text AS i_target_text,
                       i.direction AS i_direction, i.template_id AS i_template_id, i.ordinal AS i_ordinal
                FROM performance_plan p JOIN performance_period pp ON pp.id = p.period_id
                JOIN employee e ON e.id = p.employee_id LEFT JOIN org_unit u ON u.id = p.unit_id
                LEFT JOIN position pos ON pos.id = p.position_id LEFT JOIN employee a ON a.id = p.appraiser_id
                CROSS JOIN LATERAL (SELECT coalesce(array_agg(x.value_code ORDER BY x.value_code), '{}') AS behaviour_codes,
                                           coalesce(array_agg(x.special ORDER BY x.value_code), '{}') AS behaviour_specials
                                    FROM behaviour_expectation x WHERE x.plan_id = p.id) b
                LEFT JOIN planned_result r ON r.plan_id = p.id
                LEFT JOIN planned_result pr ON pr.id = r.parent_result_id
                LEFT JOIN unit_indicator ui ON ui.id = r.unit_indicator_id
                LEFT JOIN LATERAL (SELECT array_agg(x.id ORDER BY x.sub_period, x.id) AS ids,
                                          array_agg(x.sub_period ORDER BY x.sub_period, x.id) AS subs,
                                          array_agg(x.description ORDER BY x.sub_period, x.id) AS texts
                                   FROM action_plan x WHERE x.result_id = r.id) ap ON true
                LEFT JOIN result_indicator i ON i.result_id = r.id
                WHERE %s AND p.agency_id = :agency
                ORDER BY p.id, CASE r.kind WHEN 'UTAMA' THEN 0 ELSE 1 END, r.ordinal, r.id, i.ordinal, i.id
                """;

    private static final String PLAN_BY_ID = PLANS_READ.formatted("p.id = :id");

    private static final String PLANS_BY_IDS = PLANS_READ.formatted("p.id = ANY(CAST(:ids AS BIGINT[]))");

    private static final String PLANS_OF_EMPLOYEES = PLANS_READ.formatted(
            "p.period_id = :period AND p.employee_id = ANY(CAST(:employees AS BIGINT[]))");

    /**
     * The whole plans of the rows of {@link #PLANS_READ}, in their order (a plan's rows together): for each, the
     * header of its first row, one row per indicator (or per result without indicators), the results in order.
     */
    private static List<PlanInPeriod> plansInPeriod(ResultSet rs) throws SQLException {
        List<PlanInPeriod> plans = new ArrayList<>();
        boolean more = rs.next();
        while (more) {
            long planId = rs.getLong("id");
            Plan header = new Plan(planId, rs.getLong("agency_id"), rs.getLong("period_id"), rs.getInt("year"),
                    rs.getLong("employee_id"), rs.getString("employee_name"), rs.getString("employee_nip"),
                    (Long) rs.getObject("unit_id"), rs.getString("unit_name"), (Long) rs.getObject("position_id"),
                    rs.getString("position_name"), (Long) rs.getObject("appraiser_id"), rs.getString("appraiser_name"),
                    rs.getString("appraiser_nip"), PlanApproach.valueOf(rs.getString("approach")),
                    PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getString("resource_support"),
                    rs.getString("accountability"), rs.getString("consequences"), rs.getString("returned_reason"),
                    instant(rs, "submitted_at"), instant(rs, "approved_at"), rs.getInt("version"), List.of(),
                    behaviours(rs));
            Period period = PeriodManagement.period(rs, "pp_");
            List<PlannedResult> results = new ArrayList<>();
            PlannedResult result = null;
            List<ResultIndicator> indicators = new ArrayList<>();
            while (more && rs.getLong("id") == planId) {
                long resultId = rs.getLong("r_id");
                if (!rs.wasNull()) {
                    if (result == null || result.id() != resultId) {
                        if (result != null) {
                            results.add(result.withIndicators(indicators));
                            indicators = new ArrayList<>();
                        }
                        result = new PlannedResult(resultId, planId, ResultKind.valueOf(rs.getString("r_kind")),
                                rs.getString("r_statement"), (Long) rs.getObject("r_parent_result_id"),
                                rs.getString("r_parent_statement"), (Long) rs.getObject("r_unit_indicator_id"),
                                rs.getString("r_iku_name"), rs.getBoolean("r_parent_changed"), rs.getInt("r_ordinal"),
                                List.of(), actions(rs, resultId));
                    }
                    if (rs.getObject("i_id") != null) {
                        indicators.add(indicator(rs, "i_"));
                    }
                }
                more = rs.next();
            }
            if (result != null) {
                results.add(result.withIndicators(indicators));
            }
            plans.add(new PlanInPeriod(header.withResults(results), period));
        }
        return plans;
    }

    /** The behaviour expectations of a plan header row (two arrays in the same order), for every BerAKHLAK value. */
    private static List<BehaviourExpectation> behaviours(ResultSet rs) throws SQLException {
        String[] codes = (String[]) rs.getArray("behaviour_codes").getArray();
        String[] specials = (String[]) rs.getArray("behaviour_specials").getArray();
        Map<BerakhlakValue, String> special = new EnumMap<>(BerakhlakValue.class);
        for (int i = 0; i < codes.length; i++) {
            special.put(BerakhlakValue.valueOf(codes[i]), specials[i]);
        }
        return java.util.Arrays.stream(BerakhlakValue.values()).map(v -> new BehaviourExpectation(v, special.get(v))).toList();
    }

    /** The action plans of a result row (three arrays in the same order), by sub-period. */
    private static List<ActionPlan> actions(ResultSet rs, long resultId) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("action_ids").getArray();
        Integer[] subs = (Integer[]) rs.getArray("action_subs").getArray();
        String[] texts = (String[]) rs.getArray("action_texts").getArray();
        List<ActionPlan> actions = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            actions.add(new ActionPlan(ids[i], resultId, subs[i], texts[i]));
        }
        return List.copyOf(actions);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

}
