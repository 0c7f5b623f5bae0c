package id.capaian.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.benchmark.PlanningDataset;
import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.FinalisingRun;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5's speed target: finalising the annual evaluation of an agency of 20,000 employees (predikat, distribution
 * checks of every graded unit, credit points, documents queued, coaching proposed, notifications) in under 30 s on
 * the 2-core machine with bounded memory. Generates the planning dataset ({@link PlanningDataset}), approves every
 * plan, rates every annual evaluation so that each graded unit's spread fits the BAIK curve, grades the top unit and
 * every OPD, then times {@link CalibrationManagement#finaliseAgency} while sampling the heap.
 *
 * <p>Run on demand: {@code ./mvnw -Pbenchmark test -Dtest=EvaluationBenchmark} (options
 * {@code -Dbenchmark.employees=20000 -Dbenchmark.report=docs/performance.md}).
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "capaian.evaluation.documents.worker-enabled=false")
class EvaluationBenchmark {

    // 22,400 employees give just over 20,000 approved plans (the dataset leaves ~11% of staff without a plan)
    static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 22_400);
    static final String REPORT = System.getProperty("benchmark.report", "docs/performance.md");
    static final String SECTION = "## Evaluation (issue 5)";

    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired JdbcClient jdbc;
    @Autowired CalibrationManagement calibration;
    @Autowired UserDetailsService users;
    @Autowired EmployeeManagement employees;
    @Autowired TestData data;

    @Test
    void finalisingTheAnnualEvaluationOfTwentyThousandEmployees() throws Exception {
        int year = 2040 + (int) (System.nanoTime() % 50);
        long t0 = System.nanoTime();
        PlanningDataset.Result d = PlanningDataset.generate(jdbcTemplate, EMPLOYEES, year);
        long generated = System.nanoTime();
        long agency = d.agencyId();
        long period = d.periodId();
        // the end of the year: every plan approved and rated by its appraiser
        jdbc.sql("UPDATE performance_plan SET status = 'APPROVED', approved_at = now() WHERE agency_id = :a AND period_id = :p")
                .param("a", agency).param("p", period).update();
        // grades: the top unit and every OPD (its children) BAIK
        jdbc.sql("""
                INSERT INTO unit_grade (agency_id, period_id, unit_id, grade, set_by_name)
                SELECT :a, :p, u.id, 'BAIK', 'benchmark' FROM org_unit u
                WHERE u.agency_id = :a AND (u.id = :root OR u.parent_id = :root)
                """).param("a", agency).param("p", period).param("root", d.rootUnitId()).update();
        // ratings: within each graded population 10% SANGAT_BAIK, 55% BAIK, 30% BUTUH_PERBAIKAN, 5% KURANG (fits BAIK)
        int rated = jdbc.sql(CALIBRATED_RATINGS).param("a", agency).param("p", period).update();
        jdbc.sql("""
                INSERT INTO evaluation_result (evaluation_id, result_id, agency_id, achievement, suggested, rating)
                SELECT ev.id, r.id, ev.agency_id, ev.achievement, ev.result_rating, ev.result_rating
                FROM evaluation ev JOIN planned_result r ON r.plan_id = ev.plan_id
                WHERE ev.agency_id = :a AND ev.period_id = :p
                """).param("a", agency).param("p", period).update();
        jdbc.sql("ANALYZE evaluation").update();
        jdbc.sql("ANALYZE evaluation_result").update();
        jdbc.sql("ANALYZE unit_grade").update();
        long prepared = System.nanoTime();

        Employee adminEmployee = employees.get(Actor.system(), agency, d.adminEmployeeId());
        data.account(adminEmployee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor admin = (Actor) users.loadUserByUsername(adminEmployee.nip());
        System.gc();
        long heapBefore = used();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        FinalisingRun run = calibration.finaliseAgency(admin, agency, period);
        long took = System.nanoTime() - start;
        sampler.interrupt();
        sampler.join();

        assertThat(run.status()).as(run.report()).isEqualTo(FinalisingRun.Status.DONE);
        assertThat(run.done()).isEqualTo(rated);
        long documents = jdbc.sql("SELECT count(*) FROM evaluation_document WHERE agency_id = :a AND status = 'QUEUED'")
                .param("a", agency).query(Long.class).single();
        long coaching = jdbc.sql("SELECT count(*) FROM coaching_plan WHERE agency_id = :a").param("a", agency).query(Long.class).single();
        long notices = jdbc.sql("SELECT count(*) FROM notification WHERE agency_id = :a AND kind = 'EVALUATION_FINALISED'")
                .param("a", agency).query(Long.class).single();
        long credit = jdbc.sql("SELECT count(*) FROM evaluation WHERE agency_id = :a AND credit_points IS NOT NULL")
                .param("a", agency).query(Long.class).single();
        int units = jdbc.sql("SELECT count(*) FROM unit_grade WHERE agency_id = :a AND status = 'FINAL'").param("a", agency)
                .query(Integer.class).single();
        assertThat(documents).isEqualTo(rated + units);
        assertThat(notices).isEqualTo(rated);

        String section = SECTION + "\n\n"
                + "Target: finalising the annual evaluation of an agency of 20,000 employees in under 30 s on the 2-core "
                + "machine with bounded memory. Run with `./mvnw -Pbenchmark test -Dtest=EvaluationBenchmark` "
                + "(`-Dbenchmark.employees=N`).\n\n"
                + "Measured " + LocalDate.now(EmployeeManagement.JAKARTA) + " on " + machine() + ".\n\n"
                + "| what | figure |\n|---|---|\n"
                + "| employees / approved plans rated | " + d.employees() + " / " + rated + " |\n"
                + "| graded units (top unit and every OPD, grade BAIK) finalised | " + units + " |\n"
                + "| dataset generation (planning) | " + secs(generated - t0) + " s |\n"
                + "| approving and rating everyone, 10/55/30/5 % spread per unit (SQL) | " + secs(prepared - generated) + " s |\n"
                + "| **finaliseAgency**: checks, " + rated + " evaluations final, credit points (" + credit + " JF), "
                + documents + " documents queued, " + coaching + " coaching plans proposed, " + notices + " notifications | **"
                + secs(took) + " s** |\n"
                + "| heap used before / peak during (sampled every 20 ms) | " + mib(heapBefore) + " / " + mib(peak.get()) + " MiB |\n\n"
                + "The work is set-based: one statement walks the unit tree and finalises every population, then a fixed "
                + "number of statements set credit points, queue documents (rendered later by the background worker), "
                + "propose coaching plans and store notifications (1,000 per statement). Memory holds only the "
                + rated + " evaluation ids.\n";
        System.out.println(section);
        if (!REPORT.isBlank()) {
            write(Path.of(REPORT), section);
        }
        assertThat(took / 1e9).as("finalising took").isLessThan(30);
    }

    /** Each graded population ranked at random: the first 10% SANGAT_BAIK, then BAIK to 65%, BUTUH_PERBAIKAN to 95%, KURANG. */
    static final String CALIBRATED_RATINGS = """
            WITH RECURSIVE gov(id, grade_id) AS (
                SELECT u.id, g.id FROM org_unit u LEFT JOIN unit_grade g ON g.unit_id = u.id AND g.period_id = :p
                WHERE u.agency_id = :a AND u.parent_id IS NULL
                UNION ALL
                SELECT c.id, coalesce(g.id, gov.grade_id) FROM org_unit c JOIN gov ON c.parent_id = gov.id
                LEFT JOIN unit_grade g ON g.unit_id = c.id AND g.period_id = :p
            ), ranked AS (
                SELECT pl.*, percent_rank() OVER (PARTITION BY gov.grade_id ORDER BY md5(pl.id::text)) AS pr
                FROM performance_plan pl JOIN gov ON gov.id = pl.unit_id
                WHERE pl.agency_id = :a AND pl.period_id = :p AND pl.status = 'APPROVED'
            ), rated AS (
                SELECT r.*, CASE WHEN pr < 0.10 THEN 'SANGAT_BAIK' WHEN pr < 0.65 THEN 'BAIK'
                                 WHEN pr < 0.95 THEN 'BUTUH_PERBAIKAN' ELSE 'KURANG' END AS predikat
                FROM ranked r
            )
            INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period,
                                    achievement, suggested_result, result_rating, behaviour_rating, predikat, final_predikat,
                                    status, rated_at)
            SELECT agency_id, period_id, id, employee_id, appraiser_id, unit_id, 'ANNUAL', 0,
                   CASE predikat WHEN 'SANGAT_BAIK' THEN 118 WHEN 'BAIK' THEN 100 WHEN 'BUTUH_PERBAIKAN' THEN 74 ELSE 95 END,
                   CASE predikat WHEN 'SANGAT_BAIK' THEN 'DIATAS_EKSPEKTASI' WHEN 'BUTUH_PERBAIKAN' THEN 'DIBAWAH_EKSPEKTASI' ELSE 'SESUAI_EKSPEKTASI' END,
                   CASE predikat WHEN 'SANGAT_BAIK' THEN 'DIATAS_EKSPEKTASI' WHEN 'BUTUH_PERBAIKAN' THEN 'DIBAWAH_EKSPEKTASI' ELSE 'SESUAI_EKSPEKTASI' END,
                   CASE predikat WHEN 'SANGAT_BAIK' THEN 'DIATAS_EKSPEKTASI' WHEN 'KURANG' THEN 'DIBAWAH_EKSPEKTASI' ELSE 'SESUAI_EKSPEKTASI' END,
                   predikat, predikat, 'RATED', now()
            FROM rated
            """;

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String mib(long bytes) {
        return String.valueOf(bytes / 1024 / 1024);
    }

    private String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        String load = "";
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            load = "; load average " + l[0] + " / " + l[1] + " / " + l[2] + " (1/5/15 min) when written, other builds may have been running";
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), JDK " + System.getProperty("java.version")
                + ", PostgreSQL " + jdbc.sql("SHOW server_version").query(String.class).single()
                + " (embedded, same machine, fsync on), heap max " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB" + load;
    }

    static void write(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Performance\n";
        int at = text.indexOf(SECTION);
        String out;
        if (at < 0) {
            out = text.stripTrailing() + "\n\n" + section;
        } else {
            int end = text.indexOf("\n## ", at + SECTION.length());
            out = text.substring(0, at) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
