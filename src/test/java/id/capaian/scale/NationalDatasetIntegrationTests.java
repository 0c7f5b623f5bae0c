package id.capaian.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.capaian.benchmark.NationalDataset;
import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Nip;
import id.capaian.planning.CascadeView;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.talent.CareerCandidate;
import id.capaian.talent.CareerManagement;
import id.capaian.talent.CareerProposal;
import id.capaian.talent.Placement;
import id.capaian.talent.ProposalStatus;
import id.capaian.talent.TalentGrid;
import id.capaian.talent.TalentManagement;
import id.capaian.tracking.Monitoring;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.TeamBoard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national-scale generator (issue 8) at a small size: 300 employees written with COPY into the real schema
 * make an agency the application works with: every row valid, people sign in with the known password, the pages
 * of employees, appraisers and administrators open, and a realisation of the current month can be saved. The
 * development and talent data (issue 7) keep the schema's rules, JP and statuses are spread as the generator says, and
 * their pages open for the administrator, a head and employees; the 9-box and a merit ranking work on them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDatasetIntegrationTests {

    static final int EMPLOYEES = 300;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired Monitoring monitoring;
    @Autowired CascadeView cascade;
    @Autowired RealisationManagement realisations;
    @Autowired TalentManagement talent;
    @Autowired CareerManagement careers;
    @Autowired PlatformTransactionManager transactions;

    NationalDataset.Summary d;

    @BeforeAll
    void generate() throws Exception {
        d = NationalDataset.generate(dataSource, NationalDataset.Settings.of(EMPLOYEES, accounts.encode(NationalDataset.PASSWORD)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("a", d.agencyId()).query(Long.class).single();
    }

    private Actor actor(String nip) {
        return (Actor) users.loadUserByUsername(nip);
    }

    @Test
    void everyRowIsThereAndValid() {
        assertThat(d.employees()).isEqualTo(EMPLOYEES);
        assertThat(count("SELECT count(*) FROM employee WHERE agency_id = :a")).isEqualTo(EMPLOYEES);
        assertThat(d.rows().get("employee")).isEqualTo(EMPLOYEES);
        for (String table : List.of("org_unit", "performance_plan", "planned_result", "result_indicator", "realisation",
                "evidence", "feedback", "notification", "dialogue", "dialogue_participant", "evaluation", "evaluation_result")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE agency_id = :a")).as(table).isEqualTo(d.rows().get(table))
                    .isPositive();
        }
        List<String> nips = jdbc.sql("SELECT nip FROM employee WHERE agency_id = :a").param("a", d.agencyId()).query(String.class).list();
        assertThat(nips).allSatisfy(nip -> assertThat(Nip.check(nip).valid()).as(nip).isTrue());
        assertThat(count("SELECT count(*) FROM employee WHERE agency_id = :a AND asn_type = 'PPPK'")).isPositive();
        // one top, everyone else reports to someone of the agency; every unit has its head
        assertThat(count("SELECT count(*) FROM employee WHERE agency_id = :a AND superior_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.agency_id = :a"
                + " AND s.agency_id = e.agency_id")).isEqualTo(EMPLOYEES - 1);
        assertThat(count("SELECT count(*) FROM org_unit WHERE agency_id = :a AND head_employee_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM account a JOIN employee e ON e.id = a.employee_id WHERE e.agency_id = :a"
                + " AND a.username = e.nip")).isEqualTo(EMPLOYEES);
        // plans appraised by the superior; the main RHK linked up the cascade, nearly all of them
        assertThat(count("SELECT count(*) FROM performance_plan p JOIN employee e ON e.id = p.employee_id WHERE p.agency_id = :a"
                + " AND p.appraiser_id IS DISTINCT FROM e.superior_id")).isZero();
        long main = count("SELECT count(*) FROM planned_result WHERE agency_id = :a AND kind = 'UTAMA'");
        long linked = count("SELECT count(*) FROM planned_result WHERE agency_id = :a AND kind = 'UTAMA'"
                + " AND (parent_result_id IS NOT NULL OR unit_indicator_id IS NOT NULL)");
        assertThat(linked).isGreaterThan(main * 85 / 100);
        assertThat(count("SELECT count(*) FROM planned_result r JOIN planned_result p ON p.id = r.parent_result_id"
                + " JOIN performance_plan rp ON rp.id = r.plan_id JOIN performance_plan pp ON pp.id = p.plan_id"
                + " JOIN employee e ON e.id = rp.employee_id WHERE r.agency_id = :a AND pp.employee_id <> e.superior_id")).isZero();
        // realisations only for approved plans, never after the current sub-period, one per IKI and sub-period
        assertThat(count("SELECT count(*) FROM realisation r JOIN performance_plan p ON p.id = r.plan_id WHERE r.agency_id = :a"
                + " AND p.status <> 'APPROVED'")).isZero();
        assertThat(jdbc.sql("SELECT max(sub_period) FROM realisation WHERE agency_id = :a").param("a", d.agencyId())
                .query(Integer.class).single()).isLessThanOrEqualTo(d.currentSubPeriod());
        assertThat(count("SELECT count(*) FROM realisation r JOIN result_indicator i ON i.id = r.indicator_id"
                + " JOIN planned_result x ON x.id = i.result_id WHERE r.agency_id = :a AND x.plan_id <> r.plan_id")).isZero();
        // daily progress adds up to the realisation it feeds
        assertThat(count("""
                SELECT count(*) FROM realisation r
                JOIN (SELECT indicator_id, sub_period, sum(value) AS total FROM progress_entry WHERE agency_id = :a
                      GROUP BY indicator_id, sub_period) p ON p.indicator_id = r.indicator_id AND p.sub_period = r.sub_period
                WHERE r.agency_id = :a AND r.value <> p.total""")).isZero();
        // a reply answers a comment on the same realisation, written by the other party
        assertThat(count("SELECT count(*) FROM feedback f JOIN feedback c ON c.id = f.parent_id WHERE f.agency_id = :a"
                + " AND (c.realisation_id <> f.realisation_id OR c.author_id <> f.recipient_id)")).isZero();
        // every approved plan with an appraiser has its annual evaluation, rated, its predikat from the matrix
        assertThat(count("SELECT count(*) FROM evaluation WHERE agency_id = :a AND kind = 'ANNUAL' AND status = 'RATED'"))
                .isEqualTo(count("SELECT count(*) FROM performance_plan WHERE agency_id = :a AND status = 'APPROVED'"
                        + " AND appraiser_id IS NOT NULL"));
        assertThat(count("""
                SELECT count(*) FROM evaluation WHERE agency_id = :a AND predikat <> CASE
                    WHEN result_rating = 'DIATAS_EKSPEKTASI' AND behaviour_rating = 'DIATAS_EKSPEKTASI' THEN 'SANGAT_BAIK'
                    WHEN result_rating <> 'DIBAWAH_EKSPEKTASI' AND behaviour_rating <> 'DIBAWAH_EKSPEKTASI' THEN 'BAIK'
                    WHEN result_rating <> 'DIBAWAH_EKSPEKTASI' THEN 'KURANG'
                    WHEN behaviour_rating <> 'DIBAWAH_EKSPEKTASI' THEN 'BUTUH_PERBAIKAN' ELSE 'SANGAT_KURANG' END
                """)).isZero();
    }

    @Test
    void peopleSignInAndTheirPagesOpen() throws Exception {
        String employeeNip = jdbc.sql("""
                SELECT e.nip FROM employee e JOIN performance_plan p ON p.employee_id = e.id
                WHERE e.agency_id = :a AND p.status = 'APPROVED' AND e.superior_id IS NOT NULL ORDER BY e.id DESC LIMIT 1""")
                .param("a", d.agencyId()).query(String.class).single();
        MockHttpServletResponse login = mvc.perform(formLogin("/login").userParameter("nip").user(employeeNip)
                .password(NationalDataset.PASSWORD)).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).doesNotContain("error");

        Actor employee = actor(employeeNip);
        String plan = mvc.perform(get("/plans/mine").with(user((UserDetails) employee))).andReturn().getResponse().getRedirectedUrl();
        assertThat(plan).startsWith("/agencies/" + d.agencyId() + "/plans/");
        assertOk(plan, employee);
        assertOk(plan + "/realisations?sub=" + d.currentSubPeriod(), employee);
        assertOk(plan + "/realisations?sub=1", employee);
        long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        long indicator = jdbc.sql("SELECT i.id FROM result_indicator i JOIN planned_result r ON r.id = i.result_id"
                + " WHERE r.plan_id = :p ORDER BY i.id LIMIT 1").param("p", planId).query(Long.class).single();
        Realisation saved = realisations.record(employee, d.agencyId(), planId, indicator, d.currentSubPeriod(),
                new RealisationForm(new BigDecimal("42"), null, "uji data nasional"));
        assertThat(saved.value()).isEqualByComparingTo("42");

        String headNip = jdbc.sql("""
                SELECT s.nip FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.agency_id = :a
                GROUP BY s.nip ORDER BY count(*) DESC, s.nip LIMIT 1""").param("a", d.agencyId()).query(String.class).single();
        Actor head = actor(headNip);
        TeamBoard team = monitoring.team(head, d.agencyId());
        assertThat(team.members()).hasSize((int) jdbc.sql("SELECT count(*) FROM employee e JOIN employee s ON s.id = e.superior_id"
                + " WHERE s.nip = :n").param("n", headNip).query(Long.class).single().longValue());
        assertThat(team.entered()).isPositive();
        assertOk("/agencies/" + d.agencyId() + "/team", head);
        assertOk("/agencies/" + d.agencyId() + "/dialogues", head);
        assertOk("/agencies/" + d.agencyId() + "/periods/" + d.periodId() + "/approvals", head);
        long commented = jdbc.sql("SELECT realisation_id FROM feedback WHERE agency_id = :a ORDER BY id LIMIT 1")
                .param("a", d.agencyId()).query(Long.class).single();
        String commenter = jdbc.sql("SELECT created_by FROM feedback WHERE realisation_id = :r ORDER BY id LIMIT 1")
                .param("r", commented).query(String.class).single();
        assertOk("/agencies/" + d.agencyId() + "/realisations/" + commented + "/feedback", actor(commenter));
        String notified = jdbc.sql("SELECT e.nip FROM notification n JOIN employee e ON e.id = n.employee_id"
                + " WHERE n.agency_id = :a ORDER BY n.id LIMIT 1").param("a", d.agencyId()).query(String.class).single();
        assertOk("/notifications", actor(notified));

        String adminNip = jdbc.sql("""
                SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_ADMIN' ORDER BY a.id LIMIT 1""").param("a", d.agencyId())
                .query(String.class).single();
        Actor admin = actor(adminNip);
        assertThat(cascade.overview(admin, d.agencyId(), d.periodId()).totals().employees()).isEqualTo(EMPLOYEES);
        assertOk("/agencies/" + d.agencyId() + "/dashboard", admin);
        assertOk("/agencies/" + d.agencyId() + "/periods/" + d.periodId() + "/cascade?depth=99", admin);
        assertOk("/agencies/" + d.agencyId() + "/periods/" + d.periodId() + "/plans", admin);
        assertOk("/agencies/" + d.agencyId() + "/employees", admin);
        assertOk("/agencies/" + d.agencyId() + "/org-chart", admin);
    }

    @Test
    void developmentAndTalentRowsArePlausible() {
        for (String table : List.of("development_setting", "competency", "position_competency", "competency_assessment", "training",
                "training_enrolment", "development_plan", "development_action", "mentoring_pair", "mentoring_session",
                "talent_setting", "potential_assessment", "employee_qualification", "critical_position", "succession_candidate",
                "career_proposal", "career_candidate")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE agency_id = :a")).as(table).isEqualTo(d.rows().get(table))
                    .isPositive();
        }
        // the foreign keys are not checked during the load: every reference points at a row of the agency
        String[][] refs = {
            {"position_competency", "position_id", "position"}, {"position_competency", "competency_id", "competency"},
            {"competency_assessment", "employee_id", "employee"}, {"competency_assessment", "competency_id", "competency"},
            {"training", "competency_id", "competency"}, {"training_enrolment", "employee_id", "employee"},
            {"training_enrolment", "training_id", "training"}, {"development_plan", "employee_id", "employee"},
            {"development_plan", "dialogue_id", "dialogue"}, {"development_action", "plan_id", "development_plan"},
            {"development_action", "competency_id", "competency"}, {"development_action", "training_id", "training"},
            {"mentoring_pair", "mentor_id", "employee"}, {"mentoring_pair", "mentee_id", "employee"},
            {"mentoring_session", "pair_id", "mentoring_pair"}, {"potential_assessment", "employee_id", "employee"},
            {"employee_qualification", "employee_id", "employee"}, {"critical_position", "position_id", "position"},
            {"critical_position", "unit_id", "org_unit"}, {"succession_candidate", "critical_position_id", "critical_position"},
            {"succession_candidate", "employee_id", "employee"}, {"career_proposal", "position_id", "position"},
            {"career_proposal", "unit_id", "org_unit"}, {"career_candidate", "proposal_id", "career_proposal"},
            {"career_candidate", "employee_id", "employee"}};
        for (String[] r : refs) {
            assertThat(count("SELECT count(*) FROM " + r[0] + " x WHERE x.agency_id = :a AND x." + r[1] + " IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM " + r[2] + " y WHERE y.id = x." + r[1] + " AND (y.agency_id = :a"
                    + (r[2].equals("competency") ? " OR y.agency_id IS NULL" : "") + "))")).as(r[0] + "." + r[1]).isZero();
        }
        long employees = EMPLOYEES;
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        // a catalogue of a few dozen offerings of the five kinds; every position has its competency standard
        assertThat(count("SELECT count(*) FROM training WHERE agency_id = :a")).isBetween(30L, 50L);
        assertThat(count("SELECT count(DISTINCT kind) FROM training WHERE agency_id = :a")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM position p WHERE p.agency_id = :a AND NOT EXISTS"
                + " (SELECT 1 FROM position_competency pc WHERE pc.position_id = p.id)")).isZero();
        // enrolments: the training's JP, nobody twice in one, never completed in the future or before the start
        assertThat(count("SELECT count(*) FROM training_enrolment x JOIN training t ON t.id = x.training_id WHERE x.agency_id = :a"
                + " AND (x.jp <> t.jp OR x.completed_on < t.starts_on)")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND completed_on > :today")
                .param("a", d.agencyId()).param("today", LocalDate.now(ZoneId.of("Asia/Jakarta"))).query(Long.class).single())
                .isZero();
        assertThat(count("SELECT count(*) FROM (SELECT 1 FROM training_enrolment WHERE agency_id = :a AND training_id IS NOT NULL"
                + " AND status <> 'CANCELLED' GROUP BY training_id, employee_id HAVING count(*) > 1) t")).isZero();
        for (String status : List.of("VERIFIED", "COMPLETED", "REJECTED", "ENROLLED")) {
            assertThat(count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND status = '" + status + "'"))
                    .as(status).isPositive();
        }
        assertThat(count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND training_id IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND (status IN ('COMPLETED', 'REJECTED')"
                + " AND certificate_key IS NULL OR status = 'REJECTED' AND rejection_reason IS NULL OR status IN ('VERIFIED',"
                + " 'REJECTED') AND (verified_by IS NULL OR verified_at IS NULL) OR status = 'ENROLLED' AND completed_on IS NOT NULL)"))
                .isZero();
        // JP of the year: most employees reach the 20 JP, some do not
        long met = jdbc.sql("""
                SELECT count(*) FROM (SELECT e.id FROM employee e
                    LEFT JOIN training_enrolment x ON x.employee_id = e.id AND x.status = 'VERIFIED'
                         AND x.completed_on BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31)
                    WHERE e.agency_id = :a GROUP BY e.id HAVING coalesce(sum(x.jp), 0) >= 20) m""")
                .param("a", d.agencyId()).param("y", year).query(Long.class).single();
        assertThat(met).isBetween(employees * 60 / 100, employees * 92 / 100);
        // competency assessments for a share of the employees, managerial and technical
        long assessed = count("SELECT count(DISTINCT employee_id) FROM competency_assessment WHERE agency_id = :a");
        assertThat(assessed).isBetween(employees * 30 / 100, employees * 75 / 100);
        assertThat(count("SELECT count(DISTINCT c.kind) FROM competency_assessment x JOIN competency c ON c.id = x.competency_id"
                + " WHERE x.agency_id = :a")).isEqualTo(3);
        // a development plan for everyone below expectation with an appraiser, with actions; agreed ones in a held
        // dialogue of their appraiser they took part in; agreed ones have something left to do, completed ones not
        assertThat(count("""
                SELECT count(*) FROM evaluation ev JOIN employee e ON e.id = ev.employee_id
                WHERE ev.agency_id = :a AND ev.kind = 'ANNUAL' AND ev.predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')
                  AND e.superior_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM development_plan p WHERE p.employee_id = e.id)""")).isZero();
        assertThat(count("SELECT count(*) FROM development_plan p WHERE p.agency_id = :a AND NOT EXISTS"
                + " (SELECT 1 FROM development_action x WHERE x.plan_id = p.id)")).isZero();
        assertThat(count("""
                SELECT count(*) FROM development_plan p JOIN employee e ON e.id = p.employee_id
                WHERE p.agency_id = :a AND p.status IN ('AGREED', 'COMPLETED') AND NOT EXISTS (
                    SELECT 1 FROM dialogue d JOIN dialogue_participant dp ON dp.dialogue_id = d.id AND dp.employee_id = e.id
                    WHERE d.id = p.dialogue_id AND d.appraiser_id = e.superior_id AND d.status = 'HELD')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM development_plan p WHERE p.agency_id = :a AND (
                    p.status = 'AGREED' AND NOT EXISTS (SELECT 1 FROM development_action x WHERE x.plan_id = p.id AND x.status = 'PLANNED')
                    OR p.status = 'COMPLETED' AND EXISTS (SELECT 1 FROM development_action x WHERE x.plan_id = p.id AND x.status = 'PLANNED'))
                """)).isZero();
        for (String source : List.of("COMPETENCY_GAP", "PERFORMANCE_GAP")) {
            assertThat(count("SELECT count(*) FROM development_action WHERE agency_id = :a AND source = '" + source + "'"))
                    .as(source).isPositive();
        }
        // mentoring: two different people, sessions inside the pair's time
        assertThat(count("SELECT count(*) FROM mentoring_session s JOIN mentoring_pair m ON m.id = s.pair_id WHERE s.agency_id = :a"
                + " AND (s.held_on < m.starts_on OR s.held_on > m.ends_on)")).isZero();
        // talent: potential for most, everyone's education, critical positions with candidates who are not the incumbent
        assertThat(count("SELECT count(DISTINCT employee_id) FROM potential_assessment WHERE agency_id = :a"))
                .isGreaterThan(employees * 80 / 100);
        assertThat(count("SELECT count(DISTINCT employee_id) FROM employee_qualification WHERE agency_id = :a")).isEqualTo(employees);
        assertThat(count("SELECT count(*) FROM critical_position c WHERE c.agency_id = :a AND (SELECT count(*) FROM"
                + " succession_candidate s WHERE s.critical_position_id = c.id) < 2")).isZero();
        assertThat(count("SELECT count(*) FROM succession_candidate s JOIN critical_position c ON c.id = s.critical_position_id"
                + " JOIN org_unit u ON u.id = c.unit_id WHERE s.agency_id = :a AND s.employee_id = u.head_employee_id")).isZero();
        assertThat(count("SELECT count(*) FROM career_proposal p WHERE p.agency_id = :a AND (SELECT count(*) FROM"
                + " career_candidate k WHERE k.proposal_id = p.id) < 2")).isZero();
    }

    @Test
    void theNineBoxAndTheMeritRankingWorkOnTheGeneratedInputs() {
        Actor admin = actor(adminNip());
        long proposal = count("SELECT min(id) FROM career_proposal WHERE agency_id = :a");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // the annual evaluations finalised (undone at the end): the 9-box places everyone with a potential score
            jdbc.sql("UPDATE evaluation SET status = 'FINAL', finalised_at = now() WHERE agency_id = :a AND kind = 'ANNUAL'")
                    .param("a", d.agencyId()).update();
            TalentGrid grid = talent.grid(admin, d.agencyId(), d.periodId());
            long both = count("""
                    SELECT count(*) FROM evaluation ev WHERE ev.agency_id = :a AND ev.kind = 'ANNUAL' AND EXISTS (
                        SELECT 1 FROM potential_assessment x WHERE x.employee_id = ev.employee_id)""");
            assertThat(grid.placements()).hasSize((int) both);
            Set<Integer> boxes = grid.placements().stream().map(Placement::box).collect(Collectors.toSet());
            assertThat(boxes).hasSizeGreaterThanOrEqualTo(7);
            assertThat(grid.pool()).isNotEmpty();
            CareerProposal ranked = careers.rank(admin, d.agencyId(), proposal);
            assertThat(ranked.status()).isEqualTo(ProposalStatus.RANKED);
            assertThat(ranked.candidates()).extracting(CareerCandidate::rank).doesNotContainNull();
            assertThat(ranked.candidates()).allSatisfy(c -> assertThat(c.total()).isNotNull());
            tx.setRollbackOnly();
        });
        assertThat(count("SELECT count(*) FROM evaluation WHERE agency_id = :a AND kind = 'ANNUAL' AND status = 'FINAL'")).isZero();
    }

    @Test
    void developmentAndTalentPagesOpen() throws Exception {
        String a = "/agencies/" + d.agencyId();
        // the administrator: the agency's JP, catalogue, verifications, standards, plans, mentoring, gaps, 9-box, pool...
        Actor admin = actor(adminNip());
        long root = count("SELECT id FROM org_unit WHERE agency_id = :a AND parent_id IS NULL");
        long critical = count("SELECT min(id) FROM critical_position WHERE agency_id = :a");
        long proposal = count("SELECT min(id) FROM career_proposal WHERE agency_id = :a");
        long pair = count("SELECT min(id) FROM mentoring_pair WHERE agency_id = :a");
        for (String url : List.of("/jp", "/trainings", "/trainings/admin", "/training-verifications", "/development/competencies",
                "/development/standards", "/development/plans?all=true", "/development/mentoring?all=true",
                "/development/mentoring/" + pair, "/development/gaps?unit=" + root, "/development/employees", "/talent",
                "/talent/pool", "/talent/potential", "/talent/critical-positions", "/talent/critical-positions/" + critical,
                "/talent/proposals", "/talent/proposals/" + proposal, "/talent/settings")) {
            assertOk(a + url, admin);
        }
        // the head of an OPD: the JP board of their unit (where /jp sends them), its competency gaps, their team's
        // 9-box, the plans and certificates of those they appraise
        long opd = count("""
                SELECT u.id FROM org_unit u JOIN org_unit p ON p.id = u.parent_id AND p.parent_id IS NULL
                WHERE u.agency_id = :a AND EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id) ORDER BY u.id LIMIT 1""");
        Actor head = actor(jdbc.sql("SELECT e.nip FROM org_unit u JOIN employee e ON e.id = u.head_employee_id WHERE u.id = :u")
                .param("u", opd).query(String.class).single());
        MockHttpServletResponse jp = mvc.perform(get(a + "/jp").with(user((UserDetails) head))).andReturn().getResponse();
        assertThat(jp.getRedirectedUrl()).startsWith(a + "/units/" + opd + "/jp");
        for (String url : List.of("/units/" + opd + "/jp", "/development/gaps", "/development/gaps?unit=" + opd, "/talent/team",
                "/development/plans", "/training-verifications", "/development/mentoring")) {
            assertOk(a + url, head);
        }
        // an employee with an agreed plan (early in the year, before any dialogue, a proposed one): their development page, plans, trainings and talent page
        long plan = count("SELECT id FROM development_plan WHERE agency_id = :a ORDER BY status = 'AGREED' DESC, id LIMIT 1");
        Actor employee = actor(jdbc.sql("SELECT e.nip FROM development_plan p JOIN employee e ON e.id = p.employee_id WHERE p.id = :p")
                .param("p", plan).query(String.class).single());
        String mine = mvc.perform(get("/development/mine").with(user((UserDetails) employee))).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(mine).isEqualTo(a + "/development/employees/" + employee.employeeId());
        for (String url : List.of(mine, "/development/plans/mine", a + "/development/plans/" + plan, a + "/my-trainings",
                a + "/talent/mine", a + "/development/mentoring")) {
            assertOk(url, employee);
        }
        // someone whose certificate waits: their trainings; their appraiser's verification queue
        String waiting = jdbc.sql("""
                SELECT e.nip FROM training_enrolment x JOIN employee e ON e.id = x.employee_id
                WHERE x.agency_id = :a AND x.status = 'COMPLETED' ORDER BY x.id LIMIT 1""").param("a", d.agencyId())
                .query(String.class).single();
        assertOk(a + "/my-trainings", actor(waiting));
        String appraiser = jdbc.sql("SELECT s.nip FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.nip = :n")
                .param("n", waiting).query(String.class).single();
        assertOk(a + "/training-verifications", actor(appraiser));
        // a mentee: the list and the pair
        Actor mentee = actor(jdbc.sql("SELECT e.nip FROM mentoring_pair m JOIN employee e ON e.id = m.mentee_id WHERE m.id = :m")
                .param("m", pair).query(String.class).single());
        assertOk(a + "/development/mentoring", mentee);
        assertOk(a + "/development/mentoring/" + pair, mentee);
    }

    private String adminNip() {
        return jdbc.sql("""
                SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_ADMIN' ORDER BY a.id LIMIT 1""").param("a", d.agencyId())
                .query(String.class).single();
    }

    private void assertOk(String url, Actor who) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(user((UserDetails) who))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
    }
}
