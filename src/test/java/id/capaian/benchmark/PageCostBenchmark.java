package id.capaian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.capaian.identity.AccountManagement;
import id.capaian.support.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application's own CPU time for each page of the deadline-day mix, split into the handler (security, the
 * controller, its queries' JDBC side) and the drawing of the page (Thymeleaf), measured on one thread through MockMvc
 * on a small {@link NationalDataset}. The load test tells what the machine does under load; this tells, within a
 * minute, what one change to a page or template saves. Prints a Markdown table and writes it to
 * {@code benchmark.pageReport} (default {@code target/page-cost.md}).
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=PageCostBenchmark [-Dbenchmark.warmup=1500 -Dbenchmark.rounds=5
 * -Dbenchmark.iterations=300]}
 */
@IntegrationTest
@Import(PageCostBenchmark.RenderTiming.class)
// MockMvc otherwise keeps every result to print it should the test fail
@TestPropertySource(properties = "spring.test.mockmvc.print=none")
class PageCostBenchmark {

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1500);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 300);
    static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    /** The thread's CPU time spent drawing views (from postHandle to afterCompletion), added up per request. */
    @TestConfiguration
    static class RenderTiming implements WebMvcConfigurer, HandlerInterceptor {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        static final ThreadLocal<long[]> RENDER = ThreadLocal.withInitial(() -> new long[2]);

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this);
        }

        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mv) {
            RENDER.get()[1] = THREADS.getCurrentThreadCpuTime();
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            long[] r = RENDER.get();
            if (r[1] != 0) {
                r[0] += THREADS.getCurrentThreadCpuTime() - r[1];
                r[1] = 0;
            }
        }
    }

    @Test
    void pagesOfTheDeadlineMix() throws Exception {
        NationalDataset.Summary d = NationalDataset.generate(dataSource,
                NationalDataset.Settings.of(300, accounts.encode(NationalDataset.PASSWORD)));
        long agency = d.agencyId();
        int sub = d.currentSubPeriod();
        // an employee with an approved plan of several indicators, and the superior (appraiser) of that employee
        String nip = jdbc.sql("""
                SELECT e.nip FROM employee e JOIN performance_plan p ON p.employee_id = e.id
                JOIN planned_result r ON r.plan_id = p.id JOIN result_indicator i ON i.result_id = r.id
                WHERE e.agency_id = :a AND p.status = 'APPROVED' AND e.superior_id IS NOT NULL
                GROUP BY e.nip, e.id ORDER BY count(*) DESC, e.id LIMIT 1""").param("a", agency).query(String.class).single();
        UserDetails employee = users.loadUserByUsername(nip);
        String plan = mvc.perform(get("/plans/mine").with(user(employee))).andReturn().getResponse().getRedirectedUrl();
        long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        long indicator = jdbc.sql("SELECT i.id FROM result_indicator i JOIN planned_result r ON r.id = i.result_id"
                + " WHERE r.plan_id = :p AND i.target_kind <> 'TEXT' ORDER BY i.id LIMIT 1").param("p", planId)
                .query(Long.class).single();
        long realisation = jdbc.sql("SELECT id FROM realisation WHERE plan_id = :p ORDER BY sub_period DESC, id LIMIT 1")
                .param("p", planId).query(Long.class).single();
        String headNip = jdbc.sql("SELECT s.nip FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.nip = :n")
                .param("n", nip).query(String.class).single();
        UserDetails head = users.loadUserByUsername(headNip);
        String indicators = jdbc.sql("SELECT count(*) FROM result_indicator i JOIN planned_result r ON r.id = i.result_id"
                + " WHERE r.plan_id = :p").param("p", planId).query(Long.class).single() + " indicators";

        Map<String, Supplier<RequestBuilder>> pages = new LinkedHashMap<>();
        pages.put("my plan (redirect)", () -> get("/plans/mine").with(user(employee)));
        pages.put("own plan", () -> get(plan).with(user(employee)));
        pages.put("realisation sheet (" + indicators + ")", () -> get(plan + "/realisations").param("sub", "" + sub).with(user(employee)));
        pages.put("save realisation (htmx)", () -> post(plan + "/realisations/" + indicator).param("sub", "" + sub)
                .param("value", "42").param("note", "uji biaya halaman").header("HX-Request", "true").with(csrf()).with(user(employee)));
        pages.put("feedback thread", () -> get("/agencies/" + agency + "/realisations/" + realisation + "/feedback").with(user(head)));
        pages.put("team dashboard", () -> get("/agencies/" + agency + "/team").with(user(head)));

        // warm up all pages together (the JIT compiles what they share once), then measure in interleaved rounds and
        // report each page's median round: a single thread's CPU time still varies by a tenth or more between rounds
        List<String> names = List.copyOf(pages.keySet());
        for (int i = 0; i < WARM_UP; i++) {
            for (String name : names) {
                assertThat(mvc.perform(pages.get(name).get()).andReturn().getResponse().getStatus()).as(name).isIn(200, 302);
            }
        }
        ThreadMXBean threads = RenderTiming.THREADS;
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, double[]> drawing = new LinkedHashMap<>();
        Map<String, Integer> bytes = new LinkedHashMap<>();
        Map<String, Long> allocated = new LinkedHashMap<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        names.forEach(n -> {
            cpu.put(n, new double[ROUNDS]);
            drawing.put(n, new double[ROUNDS]);
        });
        for (int round = 0; round < ROUNDS; round++) {
            for (String name : names) {
                RenderTiming.RENDER.get()[0] = 0;
                long allocatedBefore = ALLOCATION.getCurrentThreadAllocatedBytes();
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < ITERATIONS; i++) {
                    var response = mvc.perform(pages.get(name).get()).andReturn().getResponse();
                    assertThat(response.getStatus()).as(name).isIn(200, 302);
                    bytes.put(name, response.getContentAsByteArray().length);
                    bodies.put(name, response.getContentAsByteArray());
                }
                cpu.get(name)[round] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / ITERATIONS;
                allocated.merge(name, (ALLOCATION.getCurrentThreadAllocatedBytes() - allocatedBefore) / ITERATIONS, Math::min);
                drawing.get(name)[round] = RenderTiming.RENDER.get()[0] / 1e6 / ITERATIONS;
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "# The application's CPU time per page%n%nOne thread through MockMvc, %d rounds of all pages to warm up, "
                        + "then %d rounds of %d requests of each page; the median round, and every round in order.%n%n"
                        + "Memory allocated per request is the steadier measure of work: on this shared 2-core machine "
                        + "a thread's CPU time per request varies by a quarter between rounds and runs.%n%n"
                        + "| page | CPU ms per request | rounds | of which drawing the page | KB allocated per request | bytes |%n"
                        + "|---|---:|---|---:|---:|---:|%n",
                WARM_UP, ROUNDS, ITERATIONS));
        for (String name : names) {
            double[] c = cpu.get(name).clone();
            double[] r = drawing.get(name).clone();
            Arrays.sort(c);
            Arrays.sort(r);
            String rounds = Arrays.stream(cpu.get(name)).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
                    .collect(java.util.stream.Collectors.joining(" "));
            report.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.2f | %d | %d |%n", name, c[ROUNDS / 2], rounds,
                    r[ROUNDS / 2], allocated.get(name) / 1024, bytes.get(name)));
        }
        System.out.println(report);
        Path out = Path.of(System.getProperty("benchmark.pageReport", "target/page-cost.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        // each page as it was drawn, to see what it is made of
        int k = 0;
        for (var body : bodies.entrySet()) {
            Files.write(out.resolveSibling("page-cost-" + (++k) + ".html"), body.getValue());
        }
    }
}
