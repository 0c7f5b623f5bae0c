package id.capaian.demo;

import id.capaian.demo.DemoPlan.AgencyPlan;
import id.capaian.demo.DemoPlan.Featured;
import id.capaian.demo.DemoPlan.PlannedEmployee;
import id.capaian.demo.DemoPlan.PositionSpec;
import id.capaian.demo.DemoPlan.UnitSpec;
import id.capaian.demo.DemoPlanContent.Iki;
import id.capaian.demo.DemoPlanContent.Iku;
import id.capaian.demo.DemoPlanContent.Rhk;
import id.capaian.demo.DemoPlanContent.Work;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanApproach;
import id.capaian.planning.PlanHeaderForm;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.Target;
import id.capaian.planning.TargetKind;
import id.capaian.planning.UnitAgreement;
import id.capaian.planning.UnitIndicator;
import id.capaian.planning.UnitIndicatorForm;
import id.capaian.platform.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of performance plans for the demo agency, made through the planning services by the people themselves:
 * the administrator opens the periods, each unit head drafts and signs their unit's agreement, each employee
 * creates their own plan and submits it, and their appraiser sets special expectations, approves or returns it;
 * revisions, rewording and closing the previous year go through the services too. Only the content of the current
 * year's plans (results, indicators, actions) is written in JDBC batches, with the columns the services write,
 * because that is two thirds of the time; submitting checks it with the service's rules, and the tests check that
 * every link is one the service accepts. The previous year (2025) is small, made wholly through the services,
 * approved and closed; the current year (2026) has plans in every state, assigned by {@link #fates(DemoPlan)}.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
class DemoPlanning {

    static final int YEAR = 2026;
    static final int PREVIOUS_YEAR = 2025;
    private static final long SEED = 2026L;
    /** Unit whose head revises an approved plan and changes a result a subordinate already contributes to. */
    static final String REVISING_UNIT = "DINKES.YANKES.PRIMER";
    /** Unit whose head revises an approved plan, changes a target and has it approved again. */
    static final String REVISED_UNIT = "DINKES.SEKRETARIAT.KEUANGAN";
    /** Units whose heads' plans wait for their appraiser. */
    static final List<String> WAITING_HEAD_UNITS = List.of("DISDIK.SMPN-2", "DUKCAPIL.CAPIL");
    /** The unit whose people have plans in the previous year as well (with the heads of the OPD). */
    static final String PREVIOUS_YEAR_UNIT = "BKPSDM.PK";
    /** A second bidang of the BKPSDM with 2025 plans, so that the BKPSDM's own 2025 evaluation has a spread to show. */
    static final String PREVIOUS_YEAR_SECOND_UNIT = "BKPSDM.PSDM";

    /** What happens to an employee's plan for the current year. */
    enum Fate {
        /** No plan at all: a gap in the cascade. */
        NONE,
        /** Complete draft, not yet submitted. */
        DRAFT,
        /** Draft still being written: the last result has no indicator yet. */
        UNFINISHED,
        SUBMITTED,
        RETURNED,
        APPROVED,
        /** Returned once, corrected, then approved. */
        APPROVED_AFTER_RETURN,
        /** Approved, then opened for a revision (draft, revision 1) in which a result is reworded. */
        REVISING,
        /** Approved, revised, and approved again (revision 1). */
        REVISED,
        /** Draft whose result the appraiser has reworded since: flagged for its owner. */
        FLAGGED
    }

    /** What was made: the number of plans by status for the current year, and how long it took. */
    record Summary(Map<PlanStatus, Long> byStatus, long withoutPlan, long employees, long previousYearPlans) {
    }

    private final PeriodManagement periods;
    private final AgreementManagement agreements;
    private final PlanManagement plans;
    private final EmployeeManagement employees;
    private final UnitManagement units;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DemoPlanning(PeriodManagement periods, AgreementManagement agreements, PlanManagement plans,
            EmployeeManagement employees, UnitManagement units, JdbcClient jdbc, JdbcTemplate batch) {
        this.periods = periods;
        this.agreements = agreements;
        this.plans = plans;
        this.employees = employees;
        this.units = units;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Whether the demo periods are there already (then nothing is made). */
    boolean present(long agencyId) {
        return periods.list(Actor.system(), agencyId).stream()
                .anyMatch(p -> p.year() == YEAR || p.year() == PREVIOUS_YEAR);
    }

    /** The current demo period, if made. */
    Optional<Period> current(long agencyId) {
        return periods.list(Actor.system(), agencyId).stream().filter(p -> p.year() == YEAR).findFirst();
    }

    // ---------------------------------------------------------------- who gets which state (pure)

    /**
     * The fate of every city employee's plan, by NIP, in the order of the plan (superiors first). Heads of units
     * get an approved plan (so their people have something to contribute to), except the few named above; the
     * others draw from a shuffled list so that about 70 % are approved, 10 % submitted, 5 % returned, 8 % drafts
     * and 5 % have no plan.
     */
    static Map<String, Fate> fates(DemoPlan plan) {
        AgencyPlan city = plan.city();
        Map<String, String> appraiser = appraisers(city);
        Set<String> appraisers = Set.copyOf(appraiser.values());
        Map<String, Fate> fixed = new HashMap<>();
        String revising = city.unitHeads().get(REVISING_UNIT);
        fixed.put(city.unitHeads().get("SETDA"), Fate.DRAFT); // nobody above the Sekretaris Daerah in the system
        fixed.put(revising, Fate.REVISING);
        fixed.put(city.unitHeads().get(REVISED_UNIT), Fate.REVISED);
        city.employees().stream().filter(e -> revising.equals(appraiser.get(e.nip()))).findFirst()
                .ifPresent(e -> fixed.put(e.nip(), Fate.FLAGGED));
        String employee = plan.featured().get(Featured.EMPLOYEE);
        String supervisor = plan.featured().get(Featured.SUPERVISOR);
        String admin = plan.featured().get(Featured.AGENCY_ADMIN);
        fixed.put(employee, Fate.RETURNED);
        fixed.put(supervisor, Fate.APPROVED);
        fixed.put(admin, Fate.APPROVED);
        city.employees().stream()
                .filter(e -> supervisor.equals(appraiser.get(e.nip())) && !fixed.containsKey(e.nip()))
                .limit(2).forEach(e -> fixed.put(e.nip(), Fate.SUBMITTED));
        WAITING_HEAD_UNITS.forEach(u -> fixed.put(city.unitHeads().get(u), Fate.SUBMITTED));
        for (PlannedEmployee e : city.employees()) {
            if (appraisers.contains(e.nip())) {
                fixed.putIfAbsent(e.nip(), Fate.APPROVED);
            }
        }

        List<String> pool = new ArrayList<>(city.employees().stream().map(PlannedEmployee::nip)
                .filter(nip -> !fixed.containsKey(nip)).toList());
        Collections.shuffle(pool, new Random(SEED));
        int n = city.employees().size();
        Map<Fate, Integer> wanted = new EnumMap<>(Fate.class);
        wanted.put(Fate.NONE, Math.round(n * 0.05f));
        wanted.put(Fate.DRAFT, Math.round(n * 0.08f) - count(fixed, Fate.DRAFT, Fate.UNFINISHED, Fate.REVISING,
                Fate.FLAGGED));
        wanted.put(Fate.SUBMITTED, Math.round(n * 0.10f) - count(fixed, Fate.SUBMITTED));
        wanted.put(Fate.RETURNED, Math.round(n * 0.05f) - count(fixed, Fate.RETURNED));
        wanted.put(Fate.APPROVED_AFTER_RETURN, 5);
        Map<String, Fate> drawn = new HashMap<>(fixed);
        int at = 0;
        for (Map.Entry<Fate, Integer> w : wanted.entrySet()) {
            for (int i = 0; i < w.getValue() && at < pool.size(); i++) {
                Fate fate = w.getKey() == Fate.DRAFT && i % 2 == 1 ? Fate.UNFINISHED : w.getKey();
                drawn.put(pool.get(at++), fate);
            }
        }
        while (at < pool.size()) {
            drawn.put(pool.get(at++), Fate.APPROVED);
        }
        Map<String, Fate> ordered = new LinkedHashMap<>();
        city.employees().forEach(e -> ordered.put(e.nip(), drawn.get(e.nip())));
        return ordered;
    }

    /** Each employee's effective appraiser (the override, else the superior), by NIP. */
    static Map<String, String> appraisers(AgencyPlan city) {
        Map<String, String> m = new HashMap<>();
        for (PlannedEmployee e : city.employees()) {
            String a = e.appraiserNip() != null ? e.appraiserNip() : e.superiorNip();
            if (a != null) {
                m.put(e.nip(), a);
            }
        }
        return m;
    }

    private static int count(Map<String, Fate> fates, Fate... which) {
        Set<Fate> set = Set.of(which);
        return (int) fates.values().stream().filter(set::contains).count();
    }

    /** The plan of a person: by the unit they head, else by their post. */
    static Work workOf(AgencyPlan city, PlannedEmployee e) {
        return e.nip().equals(city.unitHeads().get(e.unitCode())) ? DemoPlanContent.headOf(e.unitCode())
                : DemoPlanContent.staff(e.positionCode(), e.unitCode());
    }

    // ---------------------------------------------------------------- making it

    /** Makes both years; call inside a transaction after the organisation is loaded. */
    Summary populate(DemoPlan plan, long agencyId) {
        return new Run(plan, agencyId).populate();
    }

    /** A result made in a period: to link appraisees' results to and to reword later. */
    private record Made(long id, Rhk rhk, Long parentId, Long ikuId) {
    }

    /** One loading: the lookups built once, the randomness fixed. */
    private final class Run {

        private final DemoPlan plan;
        private final AgencyPlan city;
        private final long agencyId;
        private final Random random = new Random(SEED);
        private final Map<String, Employee> byNip;
        private final Map<String, Unit> unitsByCode;
        private final Map<String, UnitSpec> unitSpecs;
        private final Map<String, PositionSpec> positions;
        private final Map<String, PlannedEmployee> planned;
        private final Map<String, String> appraiserOf;
        private final Map<String, DemoActor> actors = new HashMap<>();
        /** Per period: the results made, by NIP of their owner. */
        private Map<String, List<Made>> made = new HashMap<>();
        /** Per period: the IKU of the units, by unit code. */
        private Map<String, List<UnitIndicator>> ikus = new HashMap<>();
        private final ArrayDeque<Long> resultIds = new ArrayDeque<>();

        Run(DemoPlan plan, long agencyId) {
            this.plan = plan;
            this.city = plan.city();
            this.agencyId = agencyId;
            this.byNip = employees.activeInAgency(Actor.system(), agencyId).stream()
                    .collect(Collectors.toMap(Employee::nip, Function.identity()));
            this.unitsByCode = units.tree(Actor.system(), agencyId, true).stream()
                    .map(UnitManagement.TreeRow::unit).collect(Collectors.toMap(Unit::code, Function.identity()));
            this.unitSpecs = city.units().stream().collect(Collectors.toMap(UnitSpec::code, Function.identity()));
            this.positions = city.positions().stream()
                    .collect(Collectors.toMap(PositionSpec::code, Function.identity()));
            this.planned = city.employees().stream()
                    .collect(Collectors.toMap(PlannedEmployee::nip, Function.identity()));
            this.appraiserOf = appraisers(city);
        }

        Summary populate() {
            DemoActor admin = actor(plan.featured().get(Featured.AGENCY_ADMIN));
            int previousPlans = previousYear(admin);
            currentYear(admin);
            Summary s = summary(agencyId, city.employees().size());
            return new Summary(s.byStatus(), s.withoutPlan(), s.employees(), previousPlans);
        }

        // ------------------------------------------------------------ 2025: small, approved, closed

        private int previousYear(DemoActor admin) {
            made = new HashMap<>();
            ikus = new HashMap<>();
            Period period = periods.open(admin, agencyId, new PeriodForm(PREVIOUS_YEAR, SubPeriodScheme.QUARTERLY,
                    LocalDate.of(PREVIOUS_YEAR, 1, 31)));
            DemoPlanContent.agreements().forEach((unit, list) -> agreement(period, unit, list, true, true));
            List<PlannedEmployee> people = city.employees().stream()
                    .filter(e -> (isOpdHead(e) && !e.unitCode().equals("SETDA"))
                            || e.unitCode().equals(PREVIOUS_YEAR_UNIT) || e.unitCode().equals(PREVIOUS_YEAR_SECOND_UNIT))
                    .toList();
            for (PlannedEmployee e : people) {
                Plan p = draft(period, e, workOf(city, e), true, true, true);
                DemoActor me = actor(e.nip());
                plans.submit(me, agencyId, p.id());
                plans.approve(appraiser(e), agencyId, p.id());
            }
            periods.close(admin, agencyId, period.id());
            backdate(period);
            return people.size();
        }

        /** The previous year happened in the previous year: its history carries January 2025 dates. */
        private void backdate(Period period) {
            jdbc.sql("""
                    UPDATE performance_period SET opened_at = TIMESTAMPTZ '2024-12-16 09:00:00+07',
                           closed_at = TIMESTAMPTZ '2026-01-09 15:00:00+07' WHERE id = :period
                    """).param("period", period.id()).update();
            jdbc.sql("""
                    UPDATE unit_agreement SET signed_at = TIMESTAMPTZ '2025-01-06 10:00:00+07' + (id % 4) * INTERVAL '1 day'
                    WHERE period_id = :period AND signed_at IS NOT NULL
                    """).param("period", period.id()).update();
            jdbc.sql("""
                    UPDATE plan_event e SET occurred_at = TIMESTAMPTZ '2025-01-08 08:00:00+07'
                           + (p.id % 5) * INTERVAL '1 day' + ((p.id * 37) % 420) * INTERVAL '1 minute'
                           + CASE e.action WHEN 'CREATED' THEN INTERVAL '0 day' WHEN 'SUBMITTED' THEN INTERVAL '5 days'
                                  ELSE INTERVAL '9 days' END
                    FROM performance_plan p WHERE p.id = e.plan_id AND p.period_id = :period
                    """).param("period", period.id()).update();
            jdbc.sql("""
                    UPDATE performance_plan p SET
                           created_at = (SELECT min(occurred_at) FROM plan_event WHERE plan_id = p.id),
                           submitted_at = (SELECT max(occurred_at) FROM plan_event WHERE plan_id = p.id AND action = 'SUBMITTED'),
                           approved_at = (SELECT max(occurred_at) FROM plan_event WHERE plan_id = p.id AND action = 'APPROVED'),
                           updated_at = (SELECT max(occurred_at) FROM plan_event WHERE plan_id = p.id)
                    WHERE p.period_id = :period
                    """).param("period", period.id()).update();
        }

        // ------------------------------------------------------------ 2026: every state

        private void currentYear(DemoActor admin) {
            made = new HashMap<>();
            ikus = new HashMap<>();
            Period period = periods.open(admin, agencyId, new PeriodForm(YEAR, SubPeriodScheme.MONTHLY,
                    LocalDate.of(YEAR, 1, 31)));
            DemoPlanContent.agreements().forEach((unit, list) -> agreement(period, unit, list, true, false));
            DemoPlanContent.draftAgreements().forEach((unit, list) -> agreement(period, unit, list, false, false));
            Map<String, Fate> fates = fates(plan);
            String revisingHead = city.unitHeads().get(REVISING_UNIT);
            int returned = 0;
            for (PlannedEmployee e : city.employees()) {
                Fate fate = fates.get(e.nip());
                if (fate == Fate.NONE) {
                    continue;
                }
                Work work = workOf(city, e);
                boolean finished = fate != Fate.UNFINISHED;
                Plan p = draft(period, e, work, finished, false, false);
                DemoActor me = actor(e.nip());
                DemoActor appraiser = appraiserOf.containsKey(e.nip()) ? appraiser(e) : null;
                switch (fate) {
                    case NONE, DRAFT, UNFINISHED -> {
                        // stays with its owner
                    }
                    case FLAGGED -> rewordParentOf(e, revisingHead);
                    case SUBMITTED -> {
                        plans.submit(me, agencyId, p.id());
                        expectations(appraiser, p, e);
                    }
                    case RETURNED -> {
                        plans.submit(me, agencyId, p.id());
                        expectations(appraiser, p, e);
                        plans.returnToEmployee(appraiser, agencyId, p.id(), RETURN_REASONS.get(returned++ % RETURN_REASONS.size()));
                    }
                    case APPROVED -> {
                        plans.submit(me, agencyId, p.id());
                        expectations(appraiser, p, e);
                        plans.approve(appraiser, agencyId, p.id());
                    }
                    case APPROVED_AFTER_RETURN -> {
                        plans.submit(me, agencyId, p.id());
                        plans.returnToEmployee(appraiser, agencyId, p.id(), QUALITY_MISSING);
                        PlannedResult first = plans.get(me, agencyId, p.id()).results(ResultKind.UTAMA).get(0);
                        plans.addIndicator(me, agencyId, first.id(), IndicatorForm.number(Aspect.KUALITAS,
                                "Persentase hasil kerja yang diterima atasan tanpa perbaikan", new BigDecimal("90"),
                                "%", Direction.HIGHER));
                        plans.submit(me, agencyId, p.id());
                        expectations(appraiser, p, e);
                        plans.approve(appraiser, agencyId, p.id());
                    }
                    case REVISING -> {
                        plans.submit(me, agencyId, p.id());
                        plans.approve(appraiser, agencyId, p.id());
                        plans.revise(me, agencyId, p.id(), REVISING_REASON);
                    }
                    case REVISED -> {
                        plans.submit(me, agencyId, p.id());
                        plans.approve(appraiser, agencyId, p.id());
                        plans.revise(me, agencyId, p.id(), REVISED_REASON);
                        Plan revising = plans.get(me, agencyId, p.id());
                        List<PlannedResult> main = revising.results(ResultKind.UTAMA);
                        ResultIndicator target = main.get(main.size() - 1).indicators().get(0);
                        IndicatorForm form = IndicatorForm.of(target);
                        form.setTargetValue(target.target().value().subtract(new BigDecimal("3")));
                        plans.updateIndicator(me, agencyId, target.id(), form);
                        plans.submit(me, agencyId, p.id());
                        plans.approve(appraiser, agencyId, p.id());
                    }
                }
            }
        }

        /**
         * The head in revision rewords the result the (first) subordinate has just linked to: the subordinate's
         * result is flagged for them to look at again.
         */
        private void rewordParentOf(PlannedEmployee e, String head) {
            Long parent = made.get(e.nip()).stream().map(Made::parentId).filter(Objects::nonNull)
                    .findFirst().orElseThrow();
            Made target = made.get(head).stream().filter(m -> m.id() == parent).findFirst().orElseThrow();
            plans.updateResult(actor(head), agencyId, target.id(), new ResultForm(target.rhk().kind(),
                    target.rhk().statement() + " melalui layanan puskesmas keliling", target.parentId(),
                    target.ikuId()));
        }

        // ------------------------------------------------------------ agreements

        private void agreement(Period period, String unitCode, List<Iku> list, boolean sign, boolean previous) {
            Unit unit = unitsByCode.get(unitCode);
            DemoActor head = actor(city.unitHeads().get(unitCode));
            UnitAgreement a = agreements.open(head, agencyId, period.id(), unit.id());
            List<UnitIndicator> made = new ArrayList<>();
            for (Iku iku : list) {
                made.add(agreements.addIndicator(head, agencyId, a.id(), new UnitIndicatorForm(iku.goal(),
                        iku.name(), iku.target(previous), iku.unit(), iku.direction())));
            }
            if (sign) {
                agreements.sign(head, agencyId, a.id());
            }
            ikus.put(unitCode, made);
        }

        // ------------------------------------------------------------ plans

        /**
         * The employee drafts their plan: attachment, results linked up the cascade, indicators, actions. The plan
         * itself (with its seven behaviour values and its CREATED event) and the attachment go through the
         * service; the results, indicators and actions too when {@code viaServices}, else they are written in
         * JDBC batches ({@link Content}) with exactly the columns the service writes, which is about three times
         * faster for the 300 plans of the current year. Submitting then checks them with the service's rules.
         */
        private Plan draft(Period period, PlannedEmployee e, Work work, boolean finished, boolean previous,
                boolean viaServices) {
            DemoActor me = actor(e.nip());
            Plan p = plans.create(me, agencyId, period.id(), byNip.get(e.nip()).id());
            if (finished || work.qualitative()) {
                plans.updateHeader(me, agencyId, p.id(), header(e, work, finished, previous));
            }
            List<Rhk> results = new ArrayList<>(work.results());
            if (results.stream().noneMatch(r -> r.kind() == ResultKind.TAMBAHAN) && random.nextInt(100) < 30) {
                results.add(DemoPlanContent.additional(e.unitCode(), random.nextInt(6)));
            }
            Content content = new Content(p.id());
            List<Made> mine = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Rhk rhk = results.get(i);
                Long parent = null;
                Long iku = null;
                if (rhk.kind() == ResultKind.UTAMA) {
                    if (rhk.up().startsWith("IKU") && isOpdHead(e)) {
                        iku = ikus.get(e.unitCode()).get(Integer.parseInt(rhk.up().substring(3)) - 1).id();
                    } else {
                        parent = parentFor(e, rhk.up());
                    }
                }
                ResultForm form = new ResultForm(rhk.kind(), rhk.statement(), parent, iku);
                long id = viaServices ? plans.addResult(me, agencyId, p.id(), form).id() : content.result(form);
                mine.add(new Made(id, rhk, parent, iku));
                if (!finished && i == results.size() - 1) {
                    break; // still being written: no indicator yet
                }
                for (Iki iki : rhk.indicators()) {
                    if (viaServices) {
                        plans.addIndicator(me, agencyId, id, indicator(iki));
                    } else {
                        content.indicator(id, indicator(iki));
                    }
                }
                if (finished) {
                    Map<Integer, String> actions = actions(rhk, period.scheme());
                    if (viaServices) {
                        plans.setActions(me, agencyId, id, actions);
                    } else {
                        content.actions(id, actions);
                    }
                }
            }
            content.write();
            made.put(e.nip(), mine);
            return p;
        }

        /** Planned-result ids drawn from the table's own sequence, a few hundred at a time. */
        private long nextResultId() {
            if (resultIds.isEmpty()) {
                resultIds.addAll(jdbc.sql("SELECT nextval(pg_get_serial_sequence('planned_result', 'id')) "
                        + "FROM generate_series(1, 500)").query(Long.class).list());
            }
            return resultIds.removeFirst();
        }

        /** The rows PlanManagement#addResult, #addIndicator and #setActions would write for one plan. */
        private final class Content {

            private final long planId;
            private final List<Object[]> results = new ArrayList<>();
            private final List<Object[]> indicators = new ArrayList<>();
            private final List<Object[]> actions = new ArrayList<>();
            private final Map<Long, Integer> indicatorCount = new HashMap<>();

            Content(long planId) {
                this.planId = planId;
            }

            long result(ResultForm f) {
                long id = nextResultId();
                results.add(new Object[] {id, agencyId, planId, f.getKind().name(), f.getStatement().trim(),
                        f.getParentResultId(), f.getUnitIndicatorId(), results.size() + 1});
                return id;
            }

            void indicator(long resultId, IndicatorForm f) {
                Target t = f.target();
                boolean text = t.kind() == TargetKind.TEXT;
                int ordinal = indicatorCount.merge(resultId, 1, Integer::sum);
                indicators.add(new Object[] {agencyId, resultId, f.getAspect().name(), f.getName().trim(),
                        t.kind().name(), t.kind() == TargetKind.NUMBER ? t.value() : null,
                        t.kind() == TargetKind.RANGE ? t.min() : null, t.kind() == TargetKind.RANGE ? t.max() : null,
                        text ? null : blankToNull(t.unit()), text ? blankToNull(t.text()) : null,
                        f.getDirection().name(), ordinal});
            }

            void actions(long resultId, Map<Integer, String> bySubPeriod) {
                bySubPeriod.entrySet().stream().filter(a -> a.getValue() != null && !a.getValue().isBlank())
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(a -> actions.add(new Object[] {agencyId, resultId, a.getKey(), a.getValue().trim()}));
            }

            void write() {
                if (results.isEmpty()) {
                    return;
                }
                batch.batchUpdate("""
                        INSERT INTO planned_result (id, agency_id, plan_id, kind, statement, parent_result_id,
                                                    unit_indicator_id, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, results, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                        Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.INTEGER});
                if (!indicators.isEmpty()) {
                    batch.batchUpdate("""
                            INSERT INTO result_indicator (agency_id, result_id, aspect, name, target_kind, target_value,
                                                          target_min, target_max, target_unit, target_text, direction,
                                                          ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, indicators, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.INTEGER});
                }
                if (!actions.isEmpty()) {
                    batch.batchUpdate("INSERT INTO action_plan (agency_id, result_id, sub_period, description) "
                            + "VALUES (?, ?, ?, ?)", actions,
                            new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR});
                }
                jdbc.sql("UPDATE performance_plan SET updated_at = now(), version = version + 1 WHERE id = :id")
                        .param("id", planId).update();
            }
        }

        /** The appraiser's main result that offers the tag, else its core or support result, else its first. */
        private Long parentFor(PlannedEmployee e, String tag) {
            String appraiser = appraiserOf.get(e.nip());
            List<Made> theirs = appraiser == null ? null : made.get(appraiser);
            if (theirs == null) {
                return null;
            }
            List<Made> main = theirs.stream().filter(m -> m.rhk().kind() == ResultKind.UTAMA).toList();
            for (String t : List.of(tag, "CORE", "SUPPORT")) {
                for (Made m : main) {
                    if (m.rhk().offers().contains(t)) {
                        return m.id();
                    }
                }
            }
            return main.isEmpty() ? null : main.get(0).id();
        }

        private IndicatorForm indicator(Iki iki) {
            if (iki.written()) {
                return IndicatorForm.text(iki.aspect(), iki.name(), iki.text());
            }
            return IndicatorForm.number(iki.aspect(), iki.name(), vary(iki), iki.unit(), iki.direction());
        }

        /** Counts differ from person to person (a busier puskesmas, a larger class); rates and indices do not. */
        private BigDecimal vary(Iki iki) {
            BigDecimal v = iki.value();
            if (iki.aspect() != Aspect.KUANTITAS || v.compareTo(BigDecimal.valueOf(100)) < 0
                    || Set.of("%", "indeks", "nilai", "kali").contains(iki.unit())) {
                return v;
            }
            double factor = 0.85 + random.nextInt(31) / 100.0;
            double raw = v.doubleValue() * factor;
            double step = raw >= 1000 ? 100 : 10;
            return BigDecimal.valueOf(Math.max(step, Math.round(raw / step) * step)).setScale(0, RoundingMode.HALF_UP);
        }

        private Map<Integer, String> actions(Rhk rhk, SubPeriodScheme scheme) {
            List<String> a = rhk.actions().isEmpty() ? List.of("Melaksanakan kegiatan sesuai rencana kerja")
                    : rhk.actions();
            String second = a.size() > 1 ? a.get(1) : a.get(0) + " (lanjutan)";
            Map<Integer, String> m = new LinkedHashMap<>();
            m.put(1, a.get(0));
            m.put(2, second);
            if (scheme == SubPeriodScheme.MONTHLY) {
                m.put(3, "Melaporkan realisasi dan bukti dukung triwulan I");
            } else {
                m.put(3, a.get(0) + " (lanjutan)");
                m.put(4, "Menyusun laporan capaian tahunan");
            }
            return m;
        }

        private PlanHeaderForm header(PlannedEmployee e, Work work, boolean finished, boolean previous) {
            PlanHeaderForm f = new PlanHeaderForm();
            f.setApproach(work.qualitative() ? PlanApproach.QUALITATIVE : PlanApproach.QUANTITATIVE);
            if (!finished) {
                return f;
            }
            int year = previous ? PREVIOUS_YEAR : YEAR;
            String opd = e.unitCode().contains(".") ? e.unitCode().substring(0, e.unitCode().indexOf('.'))
                    : e.unitCode();
            String opdName = unitSpecs.get(opd).name();
            String unitName = unitSpecs.get(e.unitCode()).name();
            boolean head = e.nip().equals(city.unitHeads().get(e.unitCode()));
            String means = switch (opd) {
                case "DINKES" -> "alat kesehatan, obat dan bahan medis habis pakai, sistem informasi puskesmas";
                case "DISDIK" -> "ruang kelas, buku teks, perangkat TIK sekolah dan dana BOS";
                case "DUKCAPIL" -> "perangkat perekaman KTP-el, blangko dokumen dan jaringan komunikasi data SIAK";
                case "BKPSDM" -> "aplikasi SIASN, aplikasi kinerja dan ruang layanan kepegawaian";
                default -> "sarana kantor, kendaraan dinas dan tata naskah dinas elektronik";
            };
            f.setResourceSupport(head
                    ? "Anggaran kegiatan pada DPA " + opdName + " Tahun Anggaran " + year + "; pegawai pada "
                            + unitName + "; " + means + "."
                    : "Sarana kerja pada " + unitName + ": " + means + "; bimbingan dari atasan langsung.");
            String appraiserNip = appraiserOf.get(e.nip());
            String to = appraiserNip == null ? "Wali Kota Pematangsiantar"
                    : positions.get(planned.get(appraiserNip).positionCode()).name();
            f.setAccountability("Bertanggung jawab kepada " + to + " atas tercapainya setiap rencana hasil kerja; "
                    + "realisasi beserta bukti dukung dilaporkan setiap " + (previous ? "triwulan" : "bulan") + ".");
            f.setConsequences("Capaian kinerja menjadi dasar penetapan predikat kinerja, pembayaran tambahan "
                    + "penghasilan pegawai (TPP)" + (e.asnType() == AsnType.PPPK
                            ? " dan perpanjangan perjanjian kerja PPPK" : " dan pengembangan karier")
                    + " sesuai PermenPAN-RB Nomor 6 Tahun 2022.");
            return f;
        }

        /** Some appraisers add their own expectations to one or two BerAKHLAK values. */
        private void expectations(DemoActor appraiser, Plan p, PlannedEmployee e) {
            if (random.nextInt(100) >= 35) {
                return;
            }
            Map<BerakhlakValue, String> pool = SPECIAL.get(e.unitCode().startsWith("DINKES") ? "DINKES"
                    : e.unitCode().startsWith("DUKCAPIL") ? "DUKCAPIL" : "");
            List<BerakhlakValue> values = new ArrayList<>(pool.keySet());
            int first = random.nextInt(values.size());
            int howMany = 1 + random.nextInt(2);
            for (int i = 0; i < howMany; i++) {
                BerakhlakValue v = values.get((first + i * 3) % values.size());
                plans.setSpecialExpectation(appraiser, agencyId, p.id(), v, pool.get(v));
            }
        }

        // ------------------------------------------------------------ people

        private boolean isOpdHead(PlannedEmployee e) {
            return !e.unitCode().contains(".") && e.nip().equals(city.unitHeads().get(e.unitCode()));
        }

        private DemoActor appraiser(PlannedEmployee e) {
            return actor(appraiserOf.get(e.nip()));
        }

        private DemoActor actor(String nip) {
            return actors.computeIfAbsent(nip, n -> new DemoActor(n, agencyId, byNip.get(n).id(),
                    Set.copyOf(planned.get(n).roles())));
        }

    }

    /** The numbers of the current year's plans, for the console and the log. */
    Summary summary(long agencyId, long employeeCount) {
        Period current = current(agencyId).orElse(null);
        Map<PlanStatus, Long> byStatus = new EnumMap<>(PlanStatus.class);
        long total = 0;
        if (current != null) {
            for (PlanStatus s : PlanStatus.values()) {
                long c = plans.list(Actor.system(), agencyId, current.id(),
                        new PlanManagement.Filter(null, s, null, null, 0, 1)).totalElements();
                byStatus.put(s, c);
                total += c;
            }
        }
        return new Summary(byStatus, employeeCount - total, employeeCount, 0);
    }

    /** How many plans of this appraiser wait for a decision in the current year. */
    long waitingFor(long agencyId, long appraiserId) {
        return current(agencyId).map(p -> plans.list(Actor.system(), agencyId, p.id(),
                new PlanManagement.Filter(null, PlanStatus.SUBMITTED, appraiserId, null, 0, 1)).totalElements())
                .orElse(0L);
    }

    /** The status of an employee's plan in the current year, if any. */
    Optional<Plan> planOf(long agencyId, long employeeId) {
        return current(agencyId).flatMap(p -> plans.forEmployee(Actor.system(), agencyId, p.id(), employeeId));
    }

    // ---------------------------------------------------------------- words

    private static final String QUALITY_MISSING =
            "Indikator kualitas belum ada; tambahkan indikator mutu untuk rencana hasil kerja utama.";
    private static final List<String> RETURN_REASONS = List.of(
            "Target kuantitas lebih rendah dari realisasi tahun 2025; mohon disesuaikan dengan data tahun lalu.",
            "Rencana hasil kerja kedua belum selaras dengan hasil kerja atasan yang diintervensi; mohon diperbaiki.",
            "Satuan target belum jelas; gunakan satuan yang dapat diukur (dokumen, orang, hari).",
            QUALITY_MISSING,
            "Rencana aksi belum menggambarkan tahapan kegiatan; mohon dirinci per bulan.");
    static final String REVISING_REASON =
            "Penyesuaian dengan APBD Perubahan 2026: penambahan layanan puskesmas keliling.";
    static final String REVISED_REASON = "Target realisasi anggaran disesuaikan dengan APBD Perubahan 2026.";

    private static final Map<String, Map<BerakhlakValue, String>> SPECIAL = Map.of(
            "", values(
                    "Menanggapi setiap permintaan layanan paling lambat 1 x 24 jam",
                    "Menyampaikan realisasi beserta bukti dukung paling lambat tanggal 5 setiap bulan",
                    "Mengikuti pengembangan kompetensi sesuai bidang tugas paling sedikit 20 JP",
                    "Membangun suasana kerja yang saling menghargai di dalam tim",
                    "Menjaga kerahasiaan dokumen dan data pegawai yang dikelola",
                    "Mengusulkan paling sedikit satu gagasan perbaikan layanan dalam setahun",
                    "Berbagi pengetahuan dengan rekan kerja dalam forum berbagi setiap triwulan"),
            "DINKES", values(
                    "Melayani pasien dengan ramah dan menjelaskan tindakan sebelum dilakukan",
                    "Mengisi rekam medis dengan lengkap pada hari pelayanan",
                    "Mengikuti pelatihan teknis pelayanan kesehatan paling sedikit 20 JP",
                    "Bekerja sama dengan lintas program di puskesmas tanpa membedakan latar belakang",
                    "Menjaga kerahasiaan data medis pasien",
                    "Cepat menyesuaikan pelayanan saat terjadi kejadian luar biasa",
                    "Aktif dalam lokakarya mini bulanan puskesmas"),
            "DUKCAPIL", values(
                    "Melayani pemohon sesuai standar waktu pelayanan dan menjelaskan persyaratan dengan jelas",
                    "Tidak memungut biaya apa pun atas layanan administrasi kependudukan",
                    "Menguasai penggunaan aplikasi SIAK terpusat",
                    "Melayani seluruh pemohon tanpa membedakan latar belakang",
                    "Menjaga kerahasiaan data pribadi penduduk sesuai Undang-Undang Administrasi Kependudukan",
                    "Mendukung layanan daring dan jemput bola",
                    "Berkoordinasi dengan kelurahan dan fasilitas kesehatan untuk layanan terpadu"));

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<BerakhlakValue, String> values(String... texts) {
        Map<BerakhlakValue, String> m = new EnumMap<>(BerakhlakValue.class);
        BerakhlakValue[] all = BerakhlakValue.values();
        for (int i = 0; i < all.length; i++) {
            m.put(all[i], texts[i]);
        }
        return m;
    }
}
