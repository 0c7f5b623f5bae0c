package id.capaian.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.benchmark.NationalDataset;
import id.capaian.identity.AccountManagement;
import id.capaian.planning.cascade.StatementCounter;
import id.capaian.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 8, part 5: no query per row in the main pages. Each page is rendered in full (security, controller,
 * services, Thymeleaf) for a subject with few rows in a small agency (60 employees) and for one with many rows in a
 * larger one (600 employees), both made by the {@link NationalDataset} generator; the SQL statements the request
 * sends are counted ({@link StatementCounter}) and must be the same. The test proves that the rows did grow.
 *
 * <p>Existing tests that count statements at the service level: {@code CascadeQueryCountIntegrationTests} (the
 * cascade overview and unit views, 10 vs 50 vs 2,000 employees) and {@code MonitoringIntegrationTests} (the team
 * board and the unit dashboard, a team of 3 vs 30). This one adds the pages around them: own plan, realisation sheet,
 * plan list, approvals, team dashboard, agency and unit dashboards, employee list, cascade pages, dialogues,
 * notifications and a feedback thread.
 */
@IntegrationTest
@Import(StatementCounter.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementCountIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    NationalDataset.Summary small;
    NationalDataset.Summary large;

    @BeforeAll
    void generate() throws Exception {
        String hash = accounts.encode(NationalDataset.PASSWORD);
        small = NationalDataset.generate(dataSource, NationalDataset.Settings.of(60, hash));
        large = NationalDataset.generate(dataSource, NationalDataset.Settings.of(600, hash));
    }

    /** A page for one person, and how many rows it shows. */
    record Visit(String url, String nip, long rows) {
    }

    record Counted(int statements, long rows) {
    }

    private Counted count(Visit v) {
        UserDetails who = users.loadUserByUsername(v.nip());
        try {
            // once to warm caches (messages, templates, the period), then counted
            assertThat(mvc.perform(get(v.url()).with(user(who))).andReturn().getResponse().getStatus()).as(v.url()).isEqualTo(200);
            var counted = StatementCounter.count(() -> {
                try {
                    return mvc.perform(get(v.url()).with(user(who))).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(counted.value()).as(v.url()).isEqualTo(200);
            return new Counted(counted.statements(), v.rows());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject with few rows in the small agency against the one with many in the larger one. */
    private void sameStatements(String page, Function<NationalDataset.Summary, Visit> fewest,
            Function<NationalDataset.Summary, Visit> most) {
        Counted a = count(fewest.apply(small));
        Counted b = count(most.apply(large));
        System.out.printf("STATEMENTS %-28s %3d rows: %2d statements   %4d rows: %2d statements%n", page, a.rows(), a.statements(),
                b.rows(), b.statements());
        assertThat(b.rows()).as(page + ": rows grow").isGreaterThan(a.rows());
        assertThat(b.statements()).as(page + ": statements for " + a.rows() + " and " + b.rows() + " rows").isEqualTo(a.statements());
        assertThat(a.statements()).as(page).isBetween(1, 40);
    }

    // ---------------------------------------------------------------- subjects

    private String admin(NationalDataset.Summary d) {
        return jdbc.sql("""
                SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_ADMIN' ORDER BY a.id LIMIT 1""")
                .param("a", d.agencyId()).query(String.class).single();
    }

    /** An approved plan with the fewest (or most) IKI: its owner, id and IKI count. */
    private Object[] plan(NationalDataset.Summary d, boolean most) {
        return jdbc.sql("""
                SELECT e.nip, p.id, count(*) FROM performance_plan p JOIN employee e ON e.id = p.employee_id
                JOIN planned_result r ON r.plan_id = p.id JOIN result_indicator i ON i.result_id = r.id
                WHERE p.agency_id = :a AND p.status = 'APPROVED' AND e.superior_id IS NOT NULL
                GROUP BY e.nip, p.id ORDER BY count(*) """ + (most ? "DESC" : "ASC") + ", p.id LIMIT 1")
                .param("a", d.agencyId()).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** The head with the smallest (or largest) team: NIP and team size. */
    private Object[] head(NationalDataset.Summary d, boolean most) {
        return jdbc.sql("""
                SELECT s.nip, count(*) FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.agency_id = :a
                GROUP BY s.nip ORDER BY count(*) """ + (most ? "DESC" : "ASC") + ", s.nip LIMIT 1")
                .param("a", d.agencyId()).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).single();
    }

    /** The unit with the fewest (or most) employees of its own: id and head count (a page shows 25 at most). */
    private long[] unit(NationalDataset.Summary d, boolean most) {
        return jdbc.sql("""
                SELECT unit_id, count(*) FROM employee WHERE agency_id = :a GROUP BY unit_id
                ORDER BY count(*) """ + (most ? "DESC" : "ASC") + ", unit_id LIMIT 1")
                .param("a", d.agencyId()).query((rs, n) -> new long[] {rs.getLong(1), Math.min(25, rs.getLong(2))}).single();
    }

    private long units(NationalDataset.Summary d) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE agency_id = :a").param("a", d.agencyId()).query(Long.class).single();
    }

    private String base(NationalDataset.Summary d) {
        return "/agencies/" + d.agencyId();
    }

    // ---------------------------------------------------------------- pages

    @Test
    void ownPlan() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            Object[] p = plan(d, most);
            return new Visit(base(d) + "/plans/" + p[1], (String) p[0], (long) p[2]);
        };
        sameStatements("own plan", visit.apply(false), visit.apply(true));
    }

    @Test
    void realisationSheet() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            Object[] p = plan(d, most);
            return new Visit(base(d) + "/plans/" + p[1] + "/realisations?sub=1", (String) p[0], (long) p[2]);
        };
        sameStatements("realisation sheet", visit.apply(false), visit.apply(true));
    }

    @Test
    void planList() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            long[] u = unit(d, most);
            return new Visit(base(d) + "/periods/" + d.periodId() + "/plans?unit=" + u[0], admin(d), u[1]);
        };
        sameStatements("plan list", visit.apply(false), visit.apply(true));
    }

    @Test
    void employeeList() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            long[] u = unit(d, most);
            return new Visit(base(d) + "/employees?unit=" + u[0], admin(d), u[1]);
        };
        sameStatements("employee list", visit.apply(false), visit.apply(true));
    }

    @Test
    void approvals() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            Object[] h = head(d, most);
            return new Visit(base(d) + "/periods/" + d.periodId() + "/approvals", (String) h[0], (long) h[1]);
        };
        sameStatements("approvals", visit.apply(false), visit.apply(true));
    }

    @Test
    void teamDashboard() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            Object[] h = head(d, most);
            return new Visit(base(d) + "/team", (String) h[0], (long) h[1]);
        };
        sameStatements("team dashboard", visit.apply(false), visit.apply(true));
    }

    @Test
    void agencyAndUnitDashboards() {
        sameStatements("agency dashboard", d -> new Visit(base(d) + "/dashboard", admin(d), units(d)),
                d -> new Visit(base(d) + "/dashboard", admin(d), units(d)));
        Function<NationalDataset.Summary, Visit> education = d -> {
            long id = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = 'DISDIK'").param("a", d.agencyId())
                    .query(Long.class).single();
            long below = jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = :u OR parent_id IN (SELECT id FROM org_unit WHERE parent_id = :u)")
                    .param("u", id).query(Long.class).single();
            return new Visit(base(d) + "/dashboard/units/" + id, admin(d), below);
        };
        sameStatements("unit dashboard", education, education);
    }

    @Test
    void cascade() {
        sameStatements("cascade, all units", d -> new Visit(base(d) + "/periods/" + d.periodId() + "/cascade?depth=99", admin(d), units(d)),
                d -> new Visit(base(d) + "/periods/" + d.periodId() + "/cascade?depth=99", admin(d), units(d)));
        Function<NationalDataset.Summary, Visit> education = d -> {
            long id = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = 'DISDIK'").param("a", d.agencyId())
                    .query(Long.class).single();
            long results = jdbc.sql("""
                    SELECT count(*) FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id
                    WHERE p.agency_id = :a AND p.unit_id IN (WITH RECURSIVE t AS (SELECT id FROM org_unit WHERE id = :u
                    UNION ALL SELECT o.id FROM org_unit o JOIN t ON o.parent_id = t.id) SELECT id FROM t)""")
                    .param("a", d.agencyId()).param("u", id).query(Long.class).single();
            return new Visit(base(d) + "/periods/" + d.periodId() + "/cascade/units/" + id, admin(d), results);
        };
        sameStatements("cascade of a unit", education, education);
    }

    @Test
    void dialogues() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> {
            Object[] h = head(d, most);
            long participants = jdbc.sql("""
                    SELECT count(*) FROM dialogue_participant p JOIN dialogue g ON g.id = p.dialogue_id
                    JOIN employee e ON e.id = g.appraiser_id WHERE e.nip = :n""").param("n", h[0]).query(Long.class).single();
            return new Visit(base(d) + "/dialogues", (String) h[0], participants);
        };
        sameStatements("dialogues", visit.apply(false), visit.apply(true));
    }

    @Test
    void notifications() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> jdbc.sql("""
                SELECT e.nip, count(*) FROM notification n JOIN employee e ON e.id = n.employee_id WHERE n.agency_id = :a
                GROUP BY e.nip ORDER BY count(*) """ + (most ? "DESC" : "ASC") + ", e.nip LIMIT 1")
                .param("a", d.agencyId()).query((rs, n) -> new Visit("/notifications", rs.getString(1), rs.getLong(2))).single();
        sameStatements("notifications", visit.apply(false), visit.apply(true));
    }

    @Test
    void feedbackThread() {
        Function<Boolean, Function<NationalDataset.Summary, Visit>> visit = most -> d -> jdbc.sql("""
                SELECT f.realisation_id, min(f.created_by), count(*) FROM feedback f WHERE f.agency_id = :a
                GROUP BY f.realisation_id ORDER BY count(*) """ + (most ? "DESC" : "ASC") + ", f.realisation_id LIMIT 1")
                .param("a", d.agencyId()).query((rs, n) -> new Visit(base(d) + "/realisations/" + rs.getLong(1) + "/feedback",
                        rs.getString(2), rs.getLong(3))).single();
        sameStatements("feedback thread", visit.apply(false), visit.apply(true));
    }

    // ---------------------------------------------------------------- the realisation sheet, the hottest path

    /** The response of a request and how many statements it sent (after one uncounted run to warm caches). */
    private StatementCounter.Counted<MockHttpServletResponse> counted(Function<Integer, RequestBuilder> request) {
        try {
            mvc.perform(request.apply(0)).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return StatementCounter.count(() -> {
            try {
                return mvc.perform(request.apply(1)).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    /**
     * On deadline day everyone opens their sheet and saves: the sheet, a save with htmx (the answer is the changed
     * IKI), a save without (a redirect) and an evidence upload with htmx each cost a fixed, small number of
     * statements. The bounds are what the path needs (plan, period and window, realisations with evidence, daily
     * progress, the page's frame; the save itself and its event), so a repeated load shows up here.
     */
    @Test
    void realisationSheetAndSavesStayCheap() throws Exception {
        Object[] p = plan(small, true);
        UserDetails owner = users.loadUserByUsername((String) p[0]);
        long planId = (long) p[1];
        int sub = small.currentSubPeriod();
        long indicatorId = numericIndicator(planId);
        String url = base(small) + "/plans/" + planId + "/realisations";

        var sheet = counted(n -> get(url + "?sub=" + sub).with(user(owner)));
        assertThat(sheet.value().getStatus()).isEqualTo(200);
        assertThat(sheet.value().getContentAsString()).contains("id=\"iki-" + indicatorId + "\"");

        var htmxSave = counted(n -> post(url + "/" + indicatorId + "?sub=" + sub).with(user(owner)).with(csrf())
                .header("HX-Request", "true").param("value", String.valueOf(40 + n)).param("note", ""));
        assertThat(htmxSave.value().getStatus()).isEqualTo(200);
        assertThat(htmxSave.value().getContentAsString()).doesNotContain("<html", "id=\"form-errors\"")
                .contains("hx-swap-oob", "id=\"iki-" + indicatorId + "\"");
        assertThat(value(indicatorId, sub)).isEqualTo("41");

        var plainSave = counted(n -> post(url + "/" + indicatorId + "?sub=" + sub).with(user(owner)).with(csrf())
                .param("value", String.valueOf(50 + n)).param("note", ""));
        assertThat(plainSave.value().getStatus()).isEqualTo(302);
        assertThat(plainSave.value().getRedirectedUrl()).isEqualTo(url + "?sub=" + sub + "#iki-" + indicatorId);
        assertThat(value(indicatorId, sub)).isEqualTo("51");

        long files = evidenceCount(indicatorId, sub);
        var upload = counted(n -> multipart(url + "/" + indicatorId + "/files?sub=" + sub)
                .file(new MockMultipartFile("file", "laporan-" + n + ".pdf", "application/pdf", PDF))
                .with(user(owner)).with(csrf()).header("HX-Request", "true"));
        assertThat(upload.value().getStatus()).isEqualTo(200);
        assertThat(upload.value().getContentAsString()).doesNotContain("<html", "id=\"form-errors\"").contains("laporan-1.pdf");
        assertThat(evidenceCount(indicatorId, sub)).isEqualTo(files + 2);

        System.out.printf("STATEMENTS realisation sheet %d, htmx save %d, save with redirect %d, htmx evidence upload %d%n",
                sheet.statements(), htmxSave.statements(), plainSave.statements(), upload.statements());
        // each request: the agency of the path (1, read at most every 30 s), the whole plan with its period (1, one
        // query), and the new session this test's requests make (2); the sheet: the entry window with the
        // realisations and their evidence (1), daily progress (1)
        assertThat(sheet.statements()).as("realisation sheet").isLessThanOrEqualTo(5);
        // the save: the window (1) and the upsert (1), then the changed IKI drawn with the same window (2)
        assertThat(htmxSave.statements()).as("htmx save with its fragment").isLessThanOrEqualTo(8);
        // the save and a redirect
        assertThat(plainSave.statements()).as("save with redirect").isLessThanOrEqualTo(6);
        // the realisation found on the sheet (the window with the realisations, daily progress: 2), the evidence row
        // (1), the changed IKI drawn (realisations and daily progress: 2)
        assertThat(upload.statements()).as("htmx evidence upload").isLessThanOrEqualTo(8);
    }

    /**
     * A signed-in person's page reads the session once, in one statement outside a transaction (Spring Session read
     * it twice, each in a transaction of its own), and draws the sheet's data in one read-only transaction.
     */
    @Test
    void aPageReadsTheSessionOnceAndItsDataInOneTransaction() throws Exception {
        Object[] p = plan(small, true);
        String url = base(small) + "/plans/" + p[1] + "/realisations?sub=" + small.currentSubPeriod();
        Cookie session = signIn((String) p[0]);
        mvc.perform(get(url).cookie(session)).andExpect(status().isOk());
        List<StatementCounter.Recorded> sent = StatementCounter.record(() -> {
            try {
                mvc.perform(get(url).cookie(session)).andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"results\"")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<StatementCounter.Recorded> sessionReads = sent.stream()
                .filter(r -> r.sql().toUpperCase(java.util.Locale.ROOT).contains("FROM SPRING_SESSION")).toList();
        assertThat(sessionReads).as("the session read: %s", sent).hasSize(1);
        assertThat(sessionReads.get(0).inTransaction()).isFalse();
        // the sheet's own statements (plan, period, window, realisations, progress) all in its one transaction
        assertThat(sent.stream().filter(r -> r.sql().contains("progress_entry") || r.sql().contains("FROM realisation")))
                .isNotEmpty().allMatch(StatementCounter.Recorded::inTransaction);
    }

    /**
     * A save and the IKI drawn after it are one transaction: the plan, the period, the entry window, the upsert and
     * the realisations read again, with one commit (they were six transactions, five of them read-only). A save with
     * a problem rolls its transaction back and stores nothing.
     */
    @Test
    void aSaveAndItsAnswerAreOneTransaction() throws Exception {
        Object[] p = plan(small, true);
        long planId = (long) p[1];
        int sub = small.currentSubPeriod();
        long indicatorId = numericIndicator(planId);
        String url = base(small) + "/plans/" + planId + "/realisations";
        Cookie session = signIn((String) p[0]);
        mvc.perform(get(url + "?sub=" + sub).cookie(session)).andExpect(status().isOk());

        List<StatementCounter.Recorded> saved = StatementCounter.record(() -> {
            try {
                mvc.perform(post(url + "/" + indicatorId + "?sub=" + sub).cookie(session).header("HX-Request", "true")
                        .with(csrf()).param("value", "77").param("note", ""))
                        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("iki-" + indicatorId)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(value(indicatorId, sub)).isEqualTo("77");
        List<String> work = saved.stream().map(StatementCounter.Recorded::sql)
                .filter(x -> !x.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")).toList();
        assertThat(work).as("the save's statements: %s", saved).filteredOn(x -> x.equals("COMMIT")).hasSize(1);
        assertThat(work.get(work.size() - 1)).as("the save's statements: %s", saved).isEqualTo("COMMIT");
        assertThat(work).filteredOn(x -> x.startsWith("INSERT INTO realisation")).hasSize(1);
        assertThat(saved.stream().filter(r -> !r.sql().toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")))
                .allMatch(StatementCounter.Recorded::inTransaction);

        List<StatementCounter.Recorded> refused = StatementCounter.record(() -> {
            try {
                mvc.perform(post(url + "/" + indicatorId + "?sub=" + sub).cookie(session).header("HX-Request", "true")
                        .with(csrf()).param("value", "-5").param("note", ""))
                        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("form-errors")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(value(indicatorId, sub)).isEqualTo("77");
        assertThat(refused.stream().map(StatementCounter.Recorded::sql)).as("the refused save's statements: %s", refused)
                .contains("ROLLBACK").doesNotContain("COMMIT");
    }

    /**
     * What every visit asks besides its page: "my plan" and "my realisations" (the menu's links, redirects to the
     * person's own plan) and the navigation bar's bell. Each is one statement per thing it needs, without a
     * transaction: the current period and the plan's id (not the whole plan), the unread count.
     */
    @Test
    void theMenuRedirectsAndTheBellAreSingleStatementsWithoutATransaction() throws Exception {
        Object[] p = plan(small, true);
        Cookie session = signIn((String) p[0]);
        String planUrl = base(small) + "/plans/" + p[1];
        mvc.perform(get("/notifications/bell").cookie(session).header("HX-Request", "true")).andExpect(status().isOk());

        List<String> myPlan = work(get("/plans/mine").cookie(session), planUrl);
        assertThat(myPlan).as("my plan").hasSize(2).noneMatch(x -> x.contains("planned_result"));
        List<String> myRealisations = work(get("/realisations/mine").cookie(session), planUrl + "/realisations");
        assertThat(myRealisations).as("my realisations").hasSize(2).noneMatch(x -> x.contains("planned_result"));
        List<String> bell = work(get("/notifications/bell").cookie(session).header("HX-Request", "true"), null);
        assertThat(bell).as("the bell").hasSize(1).allMatch(x -> x.contains("FROM notification"));
    }

    /**
     * The statements of one request other than the session's, checked to run outside a transaction (no commit);
     * {@code redirect} is where it must send the browser, or null for a page.
     */
    private List<String> work(org.springframework.test.web.servlet.RequestBuilder request, String redirect) {
        List<StatementCounter.Recorded> sent = StatementCounter.record(() -> {
            try {
                var answer = mvc.perform(request).andReturn().getResponse();
                if (redirect == null) {
                    assertThat(answer.getStatus()).isEqualTo(200);
                } else {
                    assertThat(answer.getRedirectedUrl()).isEqualTo(redirect);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<StatementCounter.Recorded> work = sent.stream()
                .filter(r -> !r.sql().toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")).toList();
        assertThat(work).as("statements: %s", sent).noneMatch(StatementCounter.Recorded::inTransaction);
        return work.stream().map(StatementCounter.Recorded::sql).toList();
    }

    /** The plan's first indicator with a number for its target. */
    private long numericIndicator(long planId) {
        return jdbc.sql("""
                SELECT i.id FROM result_indicator i JOIN planned_result r ON r.id = i.result_id
                WHERE r.plan_id = :p AND i.target_kind <> 'TEXT' ORDER BY i.id LIMIT 1""")
                .param("p", planId).query(Long.class).single();
    }

    /** Signs in for real (a database session, as in production) and answers the session's cookie. */
    private Cookie signIn(String nip) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").userParameter("nip").user(nip).password(NationalDataset.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private String value(long indicatorId, int sub) {
        return jdbc.sql("SELECT value FROM realisation WHERE indicator_id = :i AND sub_period = :s").param("i", indicatorId)
                .param("s", sub).query(java.math.BigDecimal.class).single().stripTrailingZeros().toPlainString();
    }

    private long evidenceCount(long indicatorId, int sub) {
        return jdbc.sql("""
                SELECT count(*) FROM evidence e JOIN realisation r ON r.id = e.realisation_id
                WHERE r.indicator_id = :i AND r.sub_period = :s""").param("i", indicatorId).param("s", sub)
                .query(Long.class).single();
    }
}
