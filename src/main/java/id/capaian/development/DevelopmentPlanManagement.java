package id.capaian.development;

import id.capaian.audit.AuditTrail;
import id.capaian.development.internal.DevelopmentLines;
import id.capaian.feedback.Dialogue;
import id.capaian.feedback.DialogueForm;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.DialogueStatus;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual development plans (IDP). A plan for a year is proposed from three sources, each action saying where it
 * came from: (a) every competency of the position standard below the required level, with a catalogue training of
 * that competency when there is one; (b) every result (RHK) rated below expectation in the employee's latest final
 * evaluation; (c) the employee's open coaching plans. The employee and the appraiser edit the actions while the plan
 * is proposed; the appraiser agrees it in a performance dialogue with the employee (one already held, or recorded as
 * held now); then the actions are marked done or dropped, and the plan completes when none is left.
 * <p>
 * Access as for the profile: the employee, their line, the agency's administrators and head, national
 * administrators. Proposing: the employee, the appraiser, administrators. Agreeing: the appraiser only.
 */
@Service
@Transactional
public class DevelopmentPlanManagement {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int MAX_ACTIONS = 60;

    private final JdbcClient jdbc;
    private final EmployeeManagement employees;
    private final CompetencyManagement competencies;
    private final DialogueManagement dialogues;
    private final DevelopmentLines lines;
    private final AuditTrail audit;
    private final MessageSource messages;

    DevelopmentPlanManagement(JdbcClient jdbc, EmployeeManagement employees, CompetencyManagement competencies,
            DialogueManagement dialogues, DevelopmentLines lines, AuditTrail audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.competencies = competencies;
        this.dialogues = dialogues;
        this.lines = lines;
        this.audit = audit;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- access

    public boolean isOwner(Actor actor, DevelopmentPlan plan) {
        return actor.employeeId() != null && actor.employeeId() == plan.employeeId()
                && actor.agencyId() != null && actor.agencyId() == plan.agencyId();
    }

    /** The employee's appraiser (the direct superior unless an override names someone else). */
    public boolean isAppraiser(Actor actor, DevelopmentPlan plan) {
        return actor.employeeId() != null && actor.employeeId().equals(plan.appraiserId())
                && actor.agencyId() != null && actor.agencyId() == plan.agencyId();
    }

    public boolean canEdit(Actor actor, DevelopmentPlan plan) {
        return plan.status() == DevelopmentPlanStatus.PROPOSED && (isOwner(actor, plan) || isAppraiser(actor, plan));
    }

    public boolean canAgree(Actor actor, DevelopmentPlan plan) {
        return plan.status() == DevelopmentPlanStatus.PROPOSED && isAppraiser(actor, plan);
    }

    public boolean canFollow(Actor actor, DevelopmentPlan plan) {
        return plan.status() == DevelopmentPlanStatus.AGREED && (isOwner(actor, plan) || isAppraiser(actor, plan));
    }

    public boolean canCancel(Actor actor, DevelopmentPlan plan) {
        return plan.open() && (isAppraiser(actor, plan) || actor.canAdminister(plan.agencyId()));
    }

    /** The employee themselves, their appraiser and the agency's administrators propose a plan. */
    public boolean canPropose(Actor actor, Employee employee) {
        if (actor.canAdminister(employee.agencyId())) {
            return true;
        }
        return actor.agencyId() != null && actor.agencyId() == employee.agencyId() && actor.employeeId() != null
                && (actor.employeeId() == employee.id() || actor.employeeId().equals(employee.appraiserId()));
    }

    // ---------------------------------------------------------------- reading

    private static final String PLAN = """
            SELECT p.*, e.nip, e.name AS employee_name, e.front_title, e.back_title, pos.name AS position_name,
                   u.name AS unit_name, coalesce(e.appraiser_id, e.superior_id) AS appraiser_id,
                   nullif(concat_ws(' ', nullif(a.front_title, ''), a.name) || coalesce(', ' || nullif(a.back_title, ''), ''), '') AS appraiser_name
            FROM development_plan p
            JOIN employee e ON e.id = p.employee_id
            LEFT JOIN position pos ON pos.id = e.position_id
            LEFT JOIN org_unit u ON u.id = e.unit_id
            LEFT JOIN employee a ON a.id = coalesce(e.appraiser_id, e.superior_id)
            """;

    private static DevelopmentPlan plan(ResultSet rs, List<DevelopmentAction> actions) throws SQLException {
        return new DevelopmentPlan(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employee_id"),
                Employee.fullName(rs.getString("front_title"), rs.getString("employee_name"), rs.getString("back_title")),
                rs.getString("nip"), rs.getString("position_name"), rs.getString("unit_name"),
                (Long) rs.getObject("appraiser_id"), rs.getString("appraiser_name"), rs.getInt("year"),
                DevelopmentPlanStatus.valueOf(rs.getString("status")), (Long) rs.getObject("dialogue_id"),
                rs.getString("agreed_by"), instant(rs, "agreed_at"), instant(rs, "completed_at"), rs.getString("note"),
                instant(rs, "created_at"), rs.getInt("version"), actions);
    }

    private static DevelopmentAction action(ResultSet rs) throws SQLException {
        return new DevelopmentAction(rs.getLong("id"), rs.getLong("plan_id"), ActionSource.valueOf(rs.getString("source")),
                (Long) rs.getObject("competency_id"), rs.getString("competency_name"), (Integer) rs.getObject("gap"),
                rs.getString("reference"), rs.getString("description"), (Long) rs.getObject("training_id"),
                rs.getString("training_title"), (Integer) rs.getObject("jp"), rs.getObject("due_on", LocalDate.class),
                DevelopmentActionStatus.valueOf(rs.getString("status")), rs.getObject("done_on", LocalDate.class),
                rs.getString("note"), rs.getInt("position"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    DevelopmentPlan find(long agencyId, long planId) {
        List<DevelopmentAction> actions = jdbc.sql("""
                SELECT x.*, c.name AS competency_name, t.title AS training_title
                FROM development_action x
                LEFT JOIN competency c ON c.id = x.competency_id
                LEFT JOIN training t ON t.id = x.training_id
                WHERE x.plan_id = :p AND x.agency_id = :a ORDER BY x.position, x.id
                """).param("p", planId).param("a", agencyId).query((rs, n) -> action(rs)).list();
        return jdbc.sql(PLAN + " WHERE p.id = :id AND p.agency_id = :a").param("id", planId).param("a", agencyId)
                .query((rs, n) -> plan(rs, actions)).optional()
                .orElseThrow(() -> new NotFoundException("developmentPlan", planId));
    }

    @Transactional(readOnly = true)
    public DevelopmentPlan get(Actor actor, long agencyId, long planId) {
        actor.requireRead(agencyId);
        DevelopmentPlan p = find(agencyId, planId);
        competencies.requireSee(actor, agencyId, p.employeeId());
        return p;
    }

    /** The employee's plan for the year, if there is one. */
    @Transactional(readOnly = true)
    public Optional<DevelopmentPlan> forEmployee(Actor actor, long agencyId, long employeeId, int year) {
        actor.requireRead(agencyId);
        competencies.requireSee(actor, agencyId, employeeId);
        return planId(agencyId, employeeId, year).map(id -> find(agencyId, id));
    }

    private Optional<Long> planId(long agencyId, long employeeId, int year) {
        return jdbc.sql("SELECT id FROM development_plan WHERE agency_id = :a AND employee_id = :e AND year = :y")
                .param("a", agencyId).param("e", employeeId).param("y", year).query(Long.class).optional();
    }

    /** The signed-in person's own plans, latest year first. */
    @Transactional(readOnly = true)
    public List<DevelopmentPlan> mine(Actor actor) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM development_plan WHERE employee_id = :e AND agency_id = :a ORDER BY year DESC")
                .param("e", actor.employeeId()).param("a", actor.agencyId()).query(Long.class).list();
        return ids.stream().map(id -> find(actor.agencyId(), id)).toList();
    }

    /**
     * The people the actor appraises with their plan for the year; with {@code all}, for administrators, the agency
     * head and national administrators, every employee of the agency who has a plan or was below expectation.
     * Three statements whatever the number of people.
     */
    @Transactional(readOnly = true)
    public List<DevelopmentPlanRow> list(Actor actor, long agencyId, int year, boolean all) {
        actor.requireRead(agencyId);
        boolean everyone = all && competencies.isHr(actor, agencyId);
        List<Employee> people;
        if (everyone) {
            List<Long> ids = jdbc.sql("""
                    SELECT employee_id FROM development_plan WHERE agency_id = :a AND year = :y
                    UNION
                    SELECT ev.employee_id FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                    WHERE ev.agency_id = :a AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL' AND pp.year = :y - 1
                      AND ev.final_predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')
                    """).param("a", agencyId).param("y", year).query(Long.class).list();
            people = employees.byIds(agencyId, ids).values().stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        } else if (actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId) {
            people = employees.appraisees(actor, agencyId, actor.employeeId());
        } else {
            people = List.of();
        }
        if (people.isEmpty()) {
            return List.of();
        }
        Long[] ids = people.stream().map(Employee::id).toArray(Long[]::new);
        Map<Long, Object[]> plans = new HashMap<>();
        jdbc.sql("""
                SELECT p.employee_id, p.id, p.status, count(x.id) AS actions,
                       count(x.id) FILTER (WHERE x.status <> 'PLANNED') AS closed
                FROM development_plan p LEFT JOIN development_action x ON x.plan_id = p.id
                WHERE p.agency_id = :a AND p.year = :y AND p.employee_id = ANY(:ids)
                GROUP BY p.employee_id, p.id, p.status
                """).param("a", agencyId).param("y", year).param("ids", ids)
                .query(rs -> {
                    plans.put(rs.getLong("employee_id"), new Object[] {rs.getLong("id"),
                            DevelopmentPlanStatus.valueOf(rs.getString("status")), rs.getInt("actions"), rs.getInt("closed")});
                });
        Map<Long, String> below = new HashMap<>();
        jdbc.sql("""
                SELECT ev.employee_id, ev.final_predikat FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.agency_id = :a AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL' AND pp.year = :y - 1
                  AND ev.final_predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG') AND ev.employee_id = ANY(:ids)
                """).param("a", agencyId).param("y", year).param("ids", ids)
                .query(rs -> {
                    below.put(rs.getLong(1), rs.getString(2));
                });
        List<DevelopmentPlanRow> rows = new ArrayList<>();
        for (Employee e : people) {
            Object[] p = plans.get(e.id());
            rows.add(new DevelopmentPlanRow(e.id(), e.displayName(), e.nip(), e.positionName(), e.unitName(),
                    p == null ? null : (Long) p[0], p == null ? null : (DevelopmentPlanStatus) p[1],
                    p == null ? 0 : (Integer) p[2], p == null ? 0 : (Integer) p[3], below.get(e.id())));
        }
        rows.sort((a, b) -> Boolean.compare(b.belowExpectation(), a.belowExpectation()) != 0
                ? Boolean.compare(b.belowExpectation(), a.belowExpectation()) : a.name().compareToIgnoreCase(b.name()));
        return rows;
    }

    /** Trainings of the agency's catalogue that actions may name: active ones, those of the competency first. */
    @Transactional(readOnly = true)
    public List<CatalogueOffer> catalogue(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql("""
                SELECT id, code, title, kind, jp, competency_id, starts_on FROM training
                WHERE agency_id = :a AND active ORDER BY title, id LIMIT 500
                """).param("a", agencyId).query((rs, n) -> new CatalogueOffer(rs.getLong("id"), rs.getString("code"),
                        rs.getString("title"), rs.getString("kind"), rs.getInt("jp"), (Long) rs.getObject("competency_id"),
                        rs.getObject("starts_on", LocalDate.class))).list();
    }

    /** The dialogues of the appraiser with this employee (not cancelled), latest first: where the plan may be agreed. */
    @Transactional(readOnly = true)
    public List<DialogueOption> dialogueOptions(Actor actor, long agencyId, long planId) {
        DevelopmentPlan p = get(actor, agencyId, planId);
        if (p.appraiserId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.topic, d.status, coalesce(d.held_at, d.scheduled_at) AS at
                FROM dialogue d JOIN dialogue_participant dp ON dp.dialogue_id = d.id AND dp.employee_id = :e
                WHERE d.agency_id = :a AND d.appraiser_id = :ap AND d.status <> 'CANCELLED'
                ORDER BY coalesce(d.held_at, d.scheduled_at) DESC, d.id DESC LIMIT 30
                """).param("e", p.employeeId()).param("a", agencyId).param("ap", p.appraiserId())
                .query((rs, n) -> new DialogueOption(rs.getLong("id"), rs.getString("topic"), rs.getString("status"),
                        instant(rs, "at"))).list();
    }

    // ---------------------------------------------------------------- proposing

    /** A proposed action before it is stored. */
    private record Draft(ActionSource source, Long competencyId, Integer gap, String reference, String description,
            Long trainingId, Integer jp, LocalDate dueOn) {
    }

    /** Proposes the employee's plan for the year from the three sources; refused when the year has a plan already. */
    public DevelopmentPlan propose(Actor actor, long agencyId, long employeeId, int year) {
        actor.requireRead(agencyId);
        Employee employee = employees.get(actor, agencyId, employeeId);
        if (!canPropose(actor, employee)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "development.plan.error.year");
        }
        if (!employee.active()) {
            throw InvalidInputException.of("employeeId", "development.plan.error.inactive");
        }
        if (planId(agencyId, employeeId, year).isPresent()) {
            throw InvalidInputException.of("year", "development.plan.error.exists", String.valueOf(year));
        }
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(competencyDrafts(agencyId, employeeId, year));
        drafts.addAll(performanceDrafts(agencyId, employeeId, year));
        drafts.addAll(coachingDrafts(agencyId, employeeId, year));
        long id = jdbc.sql("""
                INSERT INTO development_plan (agency_id, employee_id, year, status) VALUES (:a, :e, :y, 'PROPOSED')
                RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("y", year).query(Long.class).single();
        insert(agencyId, id, drafts, 0);
        DevelopmentPlan plan = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "development_plan", id, employee.displayName() + " " + year, null,
                brief(plan));
        return plan;
    }

    private void insert(long agencyId, long planId, List<Draft> drafts, int from) {
        int position = from;
        for (Draft d : drafts) {
            jdbc.sql("""
                    INSERT INTO development_action (agency_id, plan_id, source, competency_id, gap, reference, description,
                                                    training_id, jp, due_on, position)
                    VALUES (:a, :p, :s, :c, :g, :r, :d, :t, :jp, :due, :pos)
                    """).param("a", agencyId).param("p", planId).param("s", d.source().name()).param("c", d.competencyId())
                    .param("g", d.gap()).param("r", d.reference()).param("d", cut(d.description(), 1000))
                    .param("t", d.trainingId()).param("jp", d.jp()).param("due", d.dueOn()).param("pos", position++)
                    .update();
        }
    }

    /** (a) Every competency of the standard below the required level, with a catalogue training of it if any. */
    private List<Draft> competencyDrafts(long agencyId, long employeeId, int year) {
        CompetencyProfile profile = competencies.profile(Actor.system(), agencyId, employeeId);
        List<CompetencyGap> below = profile.gaps().stream().filter(g -> g.assessed() && !g.met()).toList();
        if (below.isEmpty()) {
            return List.of();
        }
        Map<Long, CatalogueOffer> offers = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (competency_id) id, code, title, kind, jp, competency_id, starts_on FROM training
                WHERE agency_id = :a AND active AND competency_id = ANY(:cs)
                ORDER BY competency_id, (starts_on IS NULL OR starts_on >= :today) DESC, starts_on NULLS LAST, id
                """).param("a", agencyId).param("cs", below.stream().map(CompetencyGap::competencyId).toArray(Long[]::new))
                .param("today", CompetencyManagement.today())
                .query(rs -> {
                    offers.put(rs.getLong("competency_id"), new CatalogueOffer(rs.getLong("id"), rs.getString("code"),
                            rs.getString("title"), rs.getString("kind"), rs.getInt("jp"), rs.getLong("competency_id"),
                            rs.getObject("starts_on", LocalDate.class)));
                });
        List<Draft> drafts = new ArrayList<>();
        for (CompetencyGap g : below) {
            CatalogueOffer offer = offers.get(g.competencyId());
            String description = offer == null
                    ? text("development.proposal.competency", g.name(), g.actual(), g.required())
                    : text("development.proposal.competencyTraining", g.name(), g.actual(), g.required(), offer.title());
            drafts.add(new Draft(ActionSource.COMPETENCY_GAP, g.competencyId(), g.gap(),
                    "competency:" + g.code() + ":required:" + g.required() + ":actual:" + g.actual(), description,
                    offer == null ? null : offer.id(), offer == null ? null : offer.jp(), LocalDate.of(year, 12, 31)));
        }
        return drafts;
    }

    /** (b) Every result rated below expectation in the latest final evaluation (annual first) up to the year. */
    private List<Draft> performanceDrafts(long agencyId, long employeeId, int year) {
        return jdbc.sql("""
                WITH latest AS (
                    SELECT ev.id, pp.year FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                    WHERE ev.employee_id = :e AND ev.agency_id = :a AND ev.status = 'FINAL' AND pp.year <= :y
                    ORDER BY (ev.kind = 'ANNUAL') DESC, pp.year DESC, ev.sub_period DESC, ev.id DESC LIMIT 1
                )
                SELECT l.id AS evaluation_id, l.year, r.id AS result_id, r.statement
                FROM latest l
                JOIN evaluation_result er ON er.evaluation_id = l.id AND er.rating = 'DIBAWAH_EKSPEKTASI'
                JOIN planned_result r ON r.id = er.result_id
                ORDER BY r.kind, r.ordinal, r.id
                """).param("e", employeeId).param("a", agencyId).param("y", year)
                .query((rs, n) -> new Draft(ActionSource.PERFORMANCE_GAP, null, null,
                        "evaluation:" + rs.getLong("evaluation_id") + ":year:" + rs.getInt("year") + ":result:"
                                + rs.getLong("result_id"),
                        text("development.proposal.performance", rs.getString("statement")), null, null,
                        LocalDate.of(year, 6, 30))).list();
    }

    /** (c) The employee's open coaching plans (proposed or active). */
    private List<Draft> coachingDrafts(long agencyId, long employeeId, int year) {
        return jdbc.sql("""
                SELECT id, status, goals, ends_on FROM coaching_plan
                WHERE employee_id = :e AND agency_id = :a AND status IN ('PROPOSED', 'ACTIVE') ORDER BY created_at, id
                """).param("e", employeeId).param("a", agencyId)
                .query((rs, n) -> coachingDraft(rs.getLong("id"), rs.getString("goals"), "open",
                        rs.getObject("ends_on", LocalDate.class), year)).list();
    }

    private Draft coachingDraft(long coachingPlanId, String goals, String state, LocalDate endsOn, int year) {
        String first = goals == null ? "" : goals.strip().lines().findFirst().orElse("").replaceFirst("^-\\s*", "");
        String description = "NOT_IMPROVED".equals(state)
                ? text("development.proposal.coachingNotImproved", first)
                : text("development.proposal.coaching", first);
        LocalDate due = endsOn != null && endsOn.getYear() == year ? endsOn : LocalDate.of(year, 12, 31);
        return new Draft(ActionSource.COACHING, null, null, "coaching:" + coachingPlanId + ":" + state, description, null,
                null, due);
    }

    /**
     * After a coaching plan ended without improvement: the employee's plan of this year gets an action for it (a
     * plan is proposed first when there is none). Called by the system when the coaching plan is closed.
     */
    public Optional<DevelopmentPlan> afterCoachingNotImproved(long agencyId, long coachingPlanId, long employeeId) {
        int year = CompetencyManagement.today().getYear();
        String reference = "coaching:" + coachingPlanId + ":NOT_IMPROVED";
        Optional<Long> existing = planId(agencyId, employeeId, year);
        long planId;
        if (existing.isEmpty()) {
            Employee e = employees.get(Actor.system(), agencyId, employeeId);
            if (!e.active()) {
                return Optional.empty();
            }
            planId = propose(Actor.system(), agencyId, employeeId, year).id();
        } else {
            planId = existing.get();
        }
        DevelopmentPlan plan = find(agencyId, planId);
        if (!plan.open() || plan.actions().stream().anyMatch(a -> reference.equals(a.reference()))) {
            return Optional.of(plan);
        }
        String goals = jdbc.sql("SELECT goals FROM coaching_plan WHERE id = :c").param("c", coachingPlanId)
                .query(String.class).optional().orElse(null);
        insert(agencyId, planId, List.of(coachingDraft(coachingPlanId, goals, "NOT_IMPROVED", null, year)),
                nextPosition(planId));
        jdbc.sql("UPDATE development_plan SET version = version + 1 WHERE id = :p").param("p", planId).update();
        DevelopmentPlan after = find(agencyId, planId);
        audit.record(Actor.system(), agencyId, "UPDATE", "development_plan", planId,
                after.employeeName() + " " + after.year(), brief(plan), brief(after));
        return Optional.of(after);
    }

    private int nextPosition(long planId) {
        return jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM development_action WHERE plan_id = :p")
                .param("p", planId).query(Integer.class).single();
    }

    // ---------------------------------------------------------------- editing (proposed plans)

    private DevelopmentPlan editable(Actor actor, long agencyId, long planId, int version) {
        DevelopmentPlan p = get(actor, agencyId, planId);
        if (!isOwner(actor, p) && !isAppraiser(actor, p)) {
            throw new AccessDeniedException("development.plan.error.onlyPair");
        }
        if (p.status() != DevelopmentPlanStatus.PROPOSED) {
            throw InvalidInputException.of("status", "development.plan.error.notProposed");
        }
        if (p.version() != version) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
        return p;
    }

    private void bump(long planId, int version) {
        int n = jdbc.sql("UPDATE development_plan SET version = version + 1 WHERE id = :p AND version = :v")
                .param("p", planId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
    }

    /** Adds an action of one's own (the employee or the appraiser, while the plan is proposed). */
    public DevelopmentPlan addAction(Actor actor, long agencyId, long planId, DevelopmentActionForm form, int version) {
        DevelopmentPlan p = editable(actor, agencyId, planId, version);
        if (p.actions().size() >= MAX_ACTIONS) {
            throw InvalidInputException.of("description", "development.action.error.tooMany", MAX_ACTIONS);
        }
        Checked c = check(agencyId, p, form, null);
        bump(planId, version);
        insert(agencyId, planId, List.of(new Draft(ActionSource.OTHER, c.competencyId(), null, null, c.description(),
                c.trainingId(), c.jp(), form.getDueOn())), nextPosition(planId));
        return changed(actor, agencyId, p);
    }

    /** Changes an action's description, training, JP and due date (the employee or the appraiser, while proposed). */
    public DevelopmentPlan updateAction(Actor actor, long agencyId, long planId, long actionId, DevelopmentActionForm form,
            int version) {
        DevelopmentPlan p = editable(actor, agencyId, planId, version);
        DevelopmentAction a = action(p, actionId);
        Checked c = check(agencyId, p, form, a);
        bump(planId, version);
        jdbc.sql("""
                UPDATE development_action SET description = :d, training_id = :t, jp = :jp, due_on = :due,
                       competency_id = CASE WHEN source = 'OTHER' THEN :c ELSE competency_id END
                WHERE id = :id AND plan_id = :p
                """).param("d", c.description()).param("t", c.trainingId()).param("jp", c.jp()).param("due", form.getDueOn())
                .param("c", c.competencyId()).param("id", actionId).param("p", planId).update();
        return changed(actor, agencyId, p);
    }

    /** Removes an action (the employee or the appraiser, while proposed). */
    public DevelopmentPlan removeAction(Actor actor, long agencyId, long planId, long actionId, int version) {
        DevelopmentPlan p = editable(actor, agencyId, planId, version);
        action(p, actionId);
        bump(planId, version);
        jdbc.sql("DELETE FROM development_action WHERE id = :id AND plan_id = :p").param("id", actionId).param("p", planId)
                .update();
        return changed(actor, agencyId, p);
    }

    private DevelopmentPlan changed(Actor actor, long agencyId, DevelopmentPlan before) {
        DevelopmentPlan after = find(agencyId, before.id());
        audit.record(actor, agencyId, "UPDATE", "development_plan", before.id(),
                before.employeeName() + " " + before.year(), brief(before), brief(after));
        return after;
    }

    private static DevelopmentAction action(DevelopmentPlan p, long actionId) {
        return p.actions().stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("developmentAction", actionId));
    }

    private record Checked(String description, Long competencyId, Long trainingId, Integer jp) {
    }

    private Checked check(long agencyId, DevelopmentPlan p, DevelopmentActionForm form, DevelopmentAction existing) {
        var problems = new InvalidInputException.Collector();
        String description = CompetencyManagement.text(form.getDescription());
        if (description == null) {
            problems.add("description", "validation.required");
        } else if (description.length() > 1000) {
            problems.add("description", "validation.tooLong", 1000);
        }
        Long competencyId = existing != null && existing.source() != ActionSource.OTHER ? existing.competencyId()
                : form.getCompetencyId();
        if (competencyId != null && (existing == null || existing.source() == ActionSource.OTHER)) {
            try {
                competencies.find(agencyId, competencyId);
            } catch (NotFoundException e) {
                problems.add("competencyId", "development.assessment.error.competency");
            }
        }
        Integer jp = form.getJp();
        Long trainingId = form.getTrainingId();
        if (trainingId != null) {
            Optional<Integer> trainingJp = jdbc.sql("SELECT jp FROM training WHERE id = :t AND agency_id = :a AND active")
                    .param("t", trainingId).param("a", agencyId).query(Integer.class).optional();
            boolean unchanged = existing != null && trainingId.equals(existing.trainingId());
            if (trainingJp.isEmpty() && !unchanged) {
                problems.add("trainingId", "development.action.error.training");
            } else if (jp == null) {
                jp = trainingJp.orElse(null);
            }
        }
        if (jp != null && (jp < 0 || jp > 1000)) {
            problems.add("jp", "development.action.error.jp");
        }
        LocalDate due = form.getDueOn();
        if (due != null && (due.getYear() < p.year() || due.getYear() > p.year() + 1)) {
            problems.add("dueOn", "development.action.error.due", String.valueOf(p.year()), String.valueOf(p.year() + 1));
        }
        problems.throwIfAny();
        return new Checked(description, competencyId, trainingId, jp);
    }

    // ---------------------------------------------------------------- dialogue and agreement

    /** Links a dialogue of the pair (not cancelled) to the proposed plan: where it is to be agreed. */
    public DevelopmentPlan linkDialogue(Actor actor, long agencyId, long planId, long dialogueId, int version) {
        DevelopmentPlan p = editable(actor, agencyId, planId, version);
        Dialogue d = pairDialogue(actor, agencyId, p, dialogueId, false);
        jdbc.sql("UPDATE development_plan SET dialogue_id = :d, version = version + 1 WHERE id = :p AND version = :v")
                .param("d", d.id()).param("p", planId).param("v", version).update();
        return changed(actor, agencyId, p);
    }

    /**
     * Schedules a performance dialogue between the appraiser and the employee about the plan (through the feedback
     * module, which tells both) and links it to the plan.
     */
    public DevelopmentPlan scheduleDialogue(Actor actor, long agencyId, long planId, LocalDateTime at, String place,
            String onlineLink, int version) {
        DevelopmentPlan p = editable(actor, agencyId, planId, version);
        DialogueForm form = DialogueForm.scheduled(text("development.plan.dialogueTopic", String.valueOf(p.year())), at, place, onlineLink,
                p.employeeId());
        Dialogue d = dialogues.schedule(actor, agencyId, form);
        jdbc.sql("UPDATE development_plan SET dialogue_id = :d, version = version + 1 WHERE id = :p AND version = :v")
                .param("d", d.id()).param("p", planId).param("v", version).update();
        return changed(actor, agencyId, p);
    }

    /**
     * The appraiser agrees the plan in a dialogue with the employee: a held dialogue of the pair ({@code dialogueId},
     * or the one linked), or, with {@code heldNow}, the conversation just had, recorded as an ad hoc dialogue.
     */
    public DevelopmentPlan agree(Actor actor, long agencyId, long planId, Long dialogueId, boolean heldNow, String note,
            int version) {
        DevelopmentPlan p = get(actor, agencyId, planId);
        if (!isAppraiser(actor, p)) {
            throw new AccessDeniedException("development.plan.error.onlyAppraiser");
        }
        if (p.status() != DevelopmentPlanStatus.PROPOSED) {
            throw InvalidInputException.of("status", "development.plan.error.notProposed");
        }
        if (p.version() != version) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
        var problems = new InvalidInputException.Collector();
        if (p.actions().isEmpty()) {
            problems.add("actions", "development.plan.error.noActions");
        }
        String text = CompetencyManagement.text(note);
        if (text != null && text.length() > 2000) {
            problems.add("note", "validation.tooLong", 2000);
        }
        Long chosen = dialogueId != null ? dialogueId : p.dialogueId();
        if (!heldNow && chosen == null) {
            problems.add("dialogueId", "development.plan.error.dialogueRequired");
        }
        Dialogue dialogue = null;
        if (!heldNow && chosen != null) {
            try {
                dialogue = pairDialogue(actor, agencyId, p, chosen, true);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        if (heldNow) {
            dialogue = dialogues.schedule(actor, agencyId, DialogueForm.adHoc(text("development.plan.dialogueTopic", String.valueOf(p.year())),
                    LocalDateTime.now(CompetencyManagement.JAKARTA), null, p.employeeId()));
            // a held dialogue carries its notes: what was agreed
            dialogue = dialogues.saveNotes(actor, agencyId, dialogue.id(),
                    text == null ? text("development.plan.dialogueNotes", String.valueOf(p.year())) : text, dialogue.version());
        }
        int n = jdbc.sql("""
                UPDATE development_plan SET status = 'AGREED', dialogue_id = :d, agreed_by = :by, agreed_at = now(),
                       note = coalesce(:note, note), version = version + 1
                WHERE id = :p AND version = :v AND status = 'PROPOSED'
                """).param("d", dialogue.id()).param("by", actor.username()).param("note", text).param("p", planId)
                .param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
        DevelopmentPlan after = find(agencyId, planId);
        audit.record(actor, agencyId, "AGREE", "development_plan", planId, p.employeeName() + " " + p.year(), brief(p),
                brief(after));
        return after;
    }

    /** A dialogue of this appraiser with this employee; {@code held} asks that it took place. */
    private Dialogue pairDialogue(Actor actor, long agencyId, DevelopmentPlan p, long dialogueId, boolean held) {
        Dialogue d;
        try {
            d = dialogues.get(actor, agencyId, dialogueId);
        } catch (NotFoundException | AccessDeniedException e) {
            throw InvalidInputException.of("dialogueId", "development.plan.error.dialogueUnknown");
        }
        if (p.appraiserId() == null || d.appraiserId() != p.appraiserId() || !d.participantIds().contains(p.employeeId())) {
            throw InvalidInputException.of("dialogueId", "development.plan.error.dialoguePair");
        }
        if (d.status() == DialogueStatus.CANCELLED) {
            throw InvalidInputException.of("dialogueId", "development.plan.error.dialogueCancelled");
        }
        if (held && d.status() != DialogueStatus.HELD) {
            throw InvalidInputException.of("dialogueId", "development.plan.error.dialogueNotHeld");
        }
        return d;
    }

    // ---------------------------------------------------------------- following

    /**
     * Marks an action of an agreed plan done, dropped (with the reason) or planned again; the plan completes when
     * every action is done or dropped. The employee or the appraiser.
     */
    public DevelopmentPlan markAction(Actor actor, long agencyId, long planId, long actionId, DevelopmentActionStatus status,
            LocalDate doneOn, String note, int version) {
        DevelopmentPlan p = get(actor, agencyId, planId);
        if (!isOwner(actor, p) && !isAppraiser(actor, p)) {
            throw new AccessDeniedException("development.plan.error.onlyPair");
        }
        if (p.status() != DevelopmentPlanStatus.AGREED) {
            throw InvalidInputException.of("status", "development.plan.error.notAgreed");
        }
        if (p.version() != version) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
        DevelopmentAction a = action(p, actionId);
        var problems = new InvalidInputException.Collector();
        String text = CompetencyManagement.text(note);
        if (status == null) {
            problems.add("status", "validation.required");
        } else if (status == DevelopmentActionStatus.DROPPED && text == null) {
            problems.add("note", "development.action.error.dropReason");
        }
        if (text != null && text.length() > 1000) {
            problems.add("note", "validation.tooLong", 1000);
        }
        LocalDate done = status == DevelopmentActionStatus.DONE ? (doneOn == null ? CompetencyManagement.today() : doneOn) : null;
        if (done != null && done.isAfter(CompetencyManagement.today())) {
            problems.add("doneOn", "development.action.error.doneFuture");
        }
        problems.throwIfAny();
        bump(planId, version);
        jdbc.sql("UPDATE development_action SET status = :s, done_on = :d, note = :n WHERE id = :id AND plan_id = :p")
                .param("s", status.name()).param("d", done).param("n", text).param("id", a.id()).param("p", planId).update();
        jdbc.sql("""
                UPDATE development_plan SET status = 'COMPLETED', completed_at = now()
                WHERE id = :p AND status = 'AGREED'
                  AND NOT EXISTS (SELECT 1 FROM development_action x WHERE x.plan_id = :p AND x.status = 'PLANNED')
                """).param("p", planId).update();
        return changed(actor, agencyId, p);
    }

    /** The appraiser or an administrator cancels an open plan, with the reason. */
    public DevelopmentPlan cancel(Actor actor, long agencyId, long planId, String reason, int version) {
        DevelopmentPlan p = get(actor, agencyId, planId);
        if (!canCancel(actor, p)) {
            throw new AccessDeniedException("error.forbidden");
        }
        String text = CompetencyManagement.text(reason);
        if (text == null) {
            throw InvalidInputException.of("note", "development.plan.error.cancelReason");
        }
        if (text.length() > 2000) {
            throw InvalidInputException.of("note", "validation.tooLong", 2000);
        }
        int n = jdbc.sql("UPDATE development_plan SET status = 'CANCELLED', note = :n, version = version + 1 WHERE id = :p AND version = :v")
                .param("n", text).param("p", planId).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("developmentPlan", planId);
        }
        return changed(actor, agencyId, p);
    }

    // ---------------------------------------------------------------- helpers

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, INDONESIAN);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Map<String, Object> brief(DevelopmentPlan p) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", p.status().name());
        m.put("year", p.year());
        m.put("dialogueId", p.dialogueId());
        m.put("actions", p.actions().stream().map(a -> a.source() + " " + a.status() + " " + a.description()).toList());
        return m;
    }
}
