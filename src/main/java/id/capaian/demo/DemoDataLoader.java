package id.capaian.demo;

import id.capaian.demo.DemoPlan.AgencyPlan;
import id.capaian.demo.DemoPlan.Featured;
import id.capaian.demo.DemoPlan.PlannedEmployee;
import id.capaian.demo.DemoPlan.PositionSpec;
import id.capaian.demo.DemoPlan.UnitSpec;
import id.capaian.identity.AccountManagement;
import id.capaian.identity.PasswordPolicy;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyForm;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionForm;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.planning.PlanStatus;
import id.capaian.platform.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo agency when {@code capaian.demo.enabled=true} and prints its sign-ins on the console. Runs once
 * the application (and its web server) has started. Everything is created through the real services, so the same
 * validation and audit trail apply as for data entered by hand: the organisation as the system actor in one
 * transaction, then a year of performance plans ({@link DemoPlanning}) in a second one, acted by the demo people
 * themselves. Each step is there completely or not at all. When the demo agency and its periods already exist
 * nothing is created and the sign-ins are printed again.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo account. */
    static final String PASSWORD = "capaian-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Serialises loaders of several nodes starting at once on the same database. */
    private static final long LOCK_KEY = 1273_0001L;
    private static final long PLANNING_LOCK_KEY = 1273_0002L;

    private final AgencyManagement agencies;
    private final UnitManagement units;
    private final PositionManagement positions;
    private final EmployeeManagement employees;
    private final AccountManagement accounts;
    private final DemoPlanning planning;
    private final DemoRealisations realisations;
    private final DemoConversations conversations;
    private final DemoEvaluations evaluations;
    private final DemoSurveys surveys;
    private final DemoTraining training;
    private final DemoDevelopment development;
    private final DemoTalent talent;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    DemoDataLoader(AgencyManagement agencies, UnitManagement units, PositionManagement positions,
            EmployeeManagement employees, AccountManagement accounts, DemoPlanning planning, DemoRealisations realisations, DemoConversations conversations, DemoEvaluations evaluations, DemoSurveys surveys, DemoTraining training, DemoDevelopment development,
            DemoTalent talent, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Environment environment) {
        this.agencies = agencies;
        this.units = units;
        this.positions = positions;
        this.employees = employees;
        this.accounts = accounts;
        this.planning = planning;
        this.realisations = realisations;
        this.conversations = conversations;
        this.evaluations = evaluations;
        this.surveys = surveys;
        this.training = training;
        this.development = development;
        this.talent = talent;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            load();
        } catch (RuntimeException e) {
            // the application stays usable without its demo data
            log.error("Demo data could not be loaded: {}", describe(e), e);
        }
    }

    /** Loads the demo data unless it is there already, then prints the sign-ins. Returns whether it loaded. */
    boolean load() {
        long started = System.nanoTime();
        DemoPlan plan = DemoPlan.create();
        checkPassword(plan);
        long plannedAt = System.nanoTime();
        boolean present = agencies.findByCode(DemoPlan.AGENCY_CODE).isPresent();
        boolean created = false;
        long hashed = plannedAt;
        if (!present) {
            String hash = accounts.encode(PASSWORD); // once: hashing is slow on purpose
            hashed = System.nanoTime();
            created = Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                if (agencies.findByCode(DemoPlan.AGENCY_CODE).isPresent()) {
                    return false; // another node was quicker
                }
                populate(plan.city(), hash);
                populate(plan.national(), hash);
                return true;
            }));
        }
        long organised = System.nanoTime();
        Agency agency = agencies.findByCode(DemoPlan.AGENCY_CODE).orElseThrow();
        DemoPlanning.Summary planned = null;
        if (!planning.present(agency.id())) {
            // a step of its own, so that an organisation loaded by an earlier version gets its plans too, and a
            // failure here leaves the organisation (and the sign-ins below) usable
            try {
                planned = transaction.execute(status -> {
                    jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", PLANNING_LOCK_KEY)
                            .query(Object.class).list();
                    return planning.present(agency.id()) ? null : planning.populate(plan, agency.id());
                });
            } catch (RuntimeException e) {
                log.error("Demo plans could not be loaded: {}", describe(e), e);
            }
        }
        realisations.load(agency.id()); // the approved plans' realisations of the months gone by, once
        surveys.load(agency.id()); // citizen surveys and their IKM (after the realisations: it records the linked IKI)
        long finished = System.nanoTime();
        long millis = (finished - started) / 1_000_000;
        long count = employeeCount(agency.id());
        if (created) {
            log.info("Demo organisation loaded in {} ms (plan {} ms, password hash {} ms, storing {} ms): {} with {} "
                    + "units, {} positions and {} employees with accounts, and a national administrator at {}",
                    (organised - started) / 1_000_000, (plannedAt - started) / 1_000_000,
                    (hashed - plannedAt) / 1_000_000, (organised - hashed) / 1_000_000, agency.name(),
                    plan.city().units().size(), plan.city().positions().size(), count,
                    DemoPlan.NATIONAL_AGENCY_NAME);
        }
        if (planned != null) {
            log.info("Demo plans loaded in {} ms (whole demo data {} ms): {} plans for {} (of {} employees, {} "
                    + "without a plan) by status {}, and {} approved plans in the closed period {}",
                    (finished - organised) / 1_000_000, millis, planned.employees() - planned.withoutPlan(),
                    DemoPlanning.YEAR, planned.employees(), planned.withoutPlan(), planned.byStatus(),
                    planned.previousYearPlans(), DemoPlanning.PREVIOUS_YEAR);
        }
        if (!created && planned == null) {
            log.info("Demo data already present ({}, {} employees): nothing created; checked in {} ms",
                    agency.name(), count, millis);
        }
        conversations.load(plan, agency.id()); // dialogues and feedback, once the plans (and realisations) exist
        evaluations.load(agency.id()); // the 2025 evaluation and last month's periodic ones, once
        training.load(agency.id()); // the training catalogue and the year's JP (before development: IDPs suggest trainings)
        development.load(agency.id()); // competency standards, assessments, IDPs and mentoring
        talent.load(agency.id()); // potential, the 9-box, succession and merit proposals (after evaluations and development)
        DemoLogins logins = logins(plan, agency, count);
        System.out.println();
        System.out.print(logins.render());
        System.out.println();
        log.info(logins.summary());
        return created || planned != null;
    }

    /**
     * Creates what the plan holds and the database does not, so that an agency that is there already (BKN, made
     * by hand) is completed rather than duplicated.
     */
    private void populate(AgencyPlan plan, String passwordHash) {
        Actor system = Actor.system();
        Optional<Agency> existing = agencies.findByCode(plan.code());
        boolean fresh = existing.isEmpty(); // then there is nothing to look up first
        long agencyId = existing
                .orElseGet(() -> agencies.create(system, new AgencyForm(plan.code(), plan.name(), plan.kind())))
                .id();

        Map<String, Unit> unitsByCode = units.tree(system, agencyId, true).stream()
                .map(UnitManagement.TreeRow::unit)
                .collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, HashMap::new));
        for (UnitSpec spec : plan.units()) {
            if (!unitsByCode.containsKey(spec.code())) {
                Long parentId = spec.parentCode() == null ? null : unitsByCode.get(spec.parentCode()).id();
                unitsByCode.put(spec.code(),
                        units.create(system, agencyId, new UnitForm(spec.code(), spec.name(), parentId)));
            }
        }

        Map<String, Position> positionsByCode = positions.list(system, agencyId, null, null, true).stream()
                .collect(Collectors.toMap(Position::code, p -> p, (a, b) -> a, HashMap::new));
        for (PositionSpec spec : plan.positions()) {
            if (!positionsByCode.containsKey(spec.code())) {
                positionsByCode.put(spec.code(), positions.create(system, agencyId, new PositionForm(spec.code(),
                        spec.name(), spec.kind(), spec.level(), spec.classGrade())));
            }
        }

        Map<String, Employee> byNip = new HashMap<>();
        for (PlannedEmployee planned : plan.employees()) {
            Optional<Employee> present = fresh ? Optional.empty() : employees.findByNip(planned.nip());
            if (present.isPresent()) {
                byNip.put(planned.nip(), present.get());
                continue;
            }
            EmployeeForm form = new EmployeeForm();
            form.setNip(planned.nip());
            form.setName(planned.name());
            form.setFrontTitle(planned.frontTitle());
            form.setBackTitle(planned.backTitle());
            form.setAsnType(planned.asnType());
            form.setRankGrade(planned.rankGrade());
            form.setEmail(planned.email());
            form.setPositionId(positionsByCode.get(planned.positionCode()).id());
            form.setUnitId(unitsByCode.get(planned.unitCode()).id());
            form.setSuperiorId(idOf(byNip, planned.superiorNip()));
            form.setAppraiserId(idOf(byNip, planned.appraiserNip()));
            Employee employee = employees.create(system, agencyId, form);
            byNip.put(planned.nip(), employee);
            if (fresh || accounts.credentials(employee.nip()).isEmpty()) {
                accounts.createWithHash(system, employee, passwordHash, planned.roles());
            }
        }

        plan.unitHeads().forEach((unitCode, headNip) -> {
            Unit unit = unitsByCode.get(unitCode);
            if (unit.headEmployeeId() == null) {
                UnitForm form = UnitForm.of(unit);
                form.setHeadEmployeeId(byNip.get(headNip).id());
                units.update(system, agencyId, unit.id(), form);
            }
        });
    }

    private static Long idOf(Map<String, Employee> byNip, String nip) {
        return nip == null ? null : byNip.get(nip).id();
    }

    private DemoLogins logins(DemoPlan plan, Agency agency, long count) {
        List<DemoLogins.Login> rows = new ArrayList<>();
        for (Featured featured : Featured.values()) {
            Optional<Employee> found = employees.findByNip(plan.featured().get(featured));
            if (found.isEmpty()) {
                log.warn("The demo {} ({}) is missing: the demo data was made by another version. Remove the "
                        + "database (./data) to load it afresh.", featured.label, plan.featured().get(featured));
                continue;
            }
            Employee e = found.get();
            String detail = switch (featured) {
                case SUPERVISOR -> employees.appraisees(Actor.system(), e.agencyId(), e.id()).size() + " appraisees, "
                        + planning.waitingFor(e.agencyId(), e.id()) + " SKP to approve";
                case EMPLOYEE -> roles(e.nip()) + planning.planOf(e.agencyId(), e.id())
                        .map(p -> ", SKP " + p.status().name().toLowerCase(Locale.ROOT)).orElse("");
                default -> roles(e.nip());
            };
            String post = e.positionName() == null ? "" : e.positionName();
            if (featured == Featured.NATIONAL_ADMIN) {
                post = post + ", " + DemoPlan.NATIONAL_AGENCY_CODE;
            }
            rows.add(new DemoLogins.Login(featured.label, detail, e.displayName(), post, e.nip()));
        }
        return new DemoLogins(url(), agency.name(), count, PASSWORD, rows, plans(agency.id(), count));
    }

    /** Two lines on the current year's plans, e.g. "SKP 2026: 214 approved (71%), 30 waiting for approval,". */
    private List<String> plans(long agencyId, long count) {
        DemoPlanning.Summary s = planning.summary(agencyId, count);
        if (s.byStatus().isEmpty()) {
            return List.of();
        }
        long approved = s.byStatus().get(PlanStatus.APPROVED);
        return List.of(
                "SKP " + DemoPlanning.YEAR + " (open, monthly): " + approved + " approved ("
                        + Math.round(approved * 100.0 / s.employees()) + "%), " + s.byStatus().get(PlanStatus.SUBMITTED)
                        + " waiting for approval, " + s.byStatus().get(PlanStatus.RETURNED) + " returned,",
                "  " + s.byStatus().get(PlanStatus.DRAFT) + " drafts, " + s.withoutPlan() + " employees without a plan; "
                        + "SKP " + DemoPlanning.PREVIOUS_YEAR + " closed (history).");
    }

    /** "role AGENCY_ADMIN": the roles beyond EMPLOYEE, which everyone has. */
    private String roles(String nip) {
        Set<Role> roles = accounts.credentials(nip).map(c -> c.account().roles()).orElse(Set.of());
        List<String> extra = roles.stream().filter(r -> r != Role.EMPLOYEE).sorted().map(Role::name).toList();
        return "role " + (extra.isEmpty() ? Role.EMPLOYEE.name() : String.join(" + ", extra));
    }

    private long employeeCount(long agencyId) {
        var search = new EmployeeManagement.Search(null, null, false, true, 0, 1);
        return employees.search(Actor.system(), agencyId, search).totalElements();
    }

    private String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + (path.equals("/") ? "" : path);
    }

    /** The demo password must pass the real policy for every demo account. */
    private static void checkPassword(DemoPlan plan) {
        for (AgencyPlan agency : List.of(plan.city(), plan.national())) {
            for (PlannedEmployee e : agency.employees()) {
                PasswordPolicy.check("password", PASSWORD, null, e.nip());
            }
        }
    }

    private static String describe(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.problems().toString()
                : String.valueOf(e.getMessage());
    }
}
