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
import id.capaian.tracking.Monitoring;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.TeamBoard;
import java.math.BigDecimal;
import java.util.List;
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

/**
 * The national-scale generator (issue 8) at a small size: 300 employees written with COPY into the real schema
 * make an agency the application works with: every row valid, people sign in with the known password, the pages
 * of employees, appraisers and administrators open, and a realisation of the current month can be saved.
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

    private void assertOk(String url, Actor who) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(user((UserDetails) who))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
    }
}
