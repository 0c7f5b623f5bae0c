package id.capaian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.internal.imports.ImportJob;
import id.capaian.organisation.internal.imports.ImportJobs;
import id.capaian.organisation.internal.imports.ImportKind;
import id.capaian.organisation.internal.imports.ImportStatus;
import id.capaian.planning.CascadeView;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.Monitoring;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 8's batch figures: the import of 100,000 employees from XLSX through the real import service, then the
 * cascade and the dashboards (services and full pages) on a {@link NationalDataset} of 100,000 employees: time and
 * heap high-water mark of each, and the query plans of the five slowest statements they sent (every statement is
 * timed through a wrapped DataSource and replayed under {@code EXPLAIN (ANALYZE, BUFFERS)} with its parameters).
 * Prints a Markdown report and writes it to {@code benchmark.scaleReport} (default {@code target/scale-benchmark.md}).
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=ScaleBenchmark [-Dbenchmark.employees=100000 -Dbenchmark.importRows=100000]}
 */
@IntegrationTest
@Import(ScaleBenchmark.Timing.class)
@TestPropertySource(properties = {"capaian.import.max-rows=200000", "capaian.import.max-file-size-mb=100",
        "capaian.monitoring.dashboard-max-age=PT1H"})
class ScaleBenchmark {

    static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 100_000);
    static final int IMPORT_ROWS = Integer.getInteger("benchmark.importRows", 100_000);
    static final int RUNS = Integer.getInteger("benchmark.iterations", 5);

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired ImportJobs jobs;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired CascadeView cascade;
    @Autowired Monitoring monitoring;
    @Autowired MockMvc mvc;

    final StringBuilder report = new StringBuilder();

    @Test
    void nationalScale() throws Exception {
        report.append("Measured ").append(LocalDate.now()).append(", load average at start ").append(DatasetCommand.loadAverage())
                .append(", heap max ").append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MiB.\n\n");
        importEmployees();
        queries();
        String text = report.toString();
        System.out.println(text);
        Path out = Path.of(System.getProperty("benchmark.scaleReport", "target/scale-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
    }

    // ---------------------------------------------------------------- import

    void importEmployees() throws Exception {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Pendidikan");
        Position teacher = data.position(agency, PositionKind.FUNGSIONAL, "Guru Ahli Pertama");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(IMPORT_ROWS * 120);
        Workbook wb = new Workbook(bytes, "benchmark", "1.0");
        Worksheet ws = wb.newWorksheet("pegawai");
        String[] header = {"nip", "name", "front_title", "back_title", "asn_type", "rank_grade", "email", "position_code",
            "unit_code", "superior_nip", "appraiser_nip"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        String[] nips = new String[IMPORT_ROWS];
        for (int i = 0; i < IMPORT_ROWS; i++) {
            // born 1960-01-01 on (1,998 a day), appointed at 30: apart from every generator's and test's NIPs
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 1998);
            LocalDate appointed = birth.plusYears(30).plusMonths(i % 12);
            nips[i] = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                    appointed.getYear(), appointed.getMonthValue(), 1 + (i / 999) % 2, 1 + i % 999);
        }
        for (int i = 0; i < IMPORT_ROWS; i++) {
            int r = i + 1;
            ws.value(r, 0, nips[i]);
            ws.value(r, 1, "Pegawai Impor " + i);
            ws.value(r, 3, "S.Pd.");
            ws.value(r, 4, "PNS");
            ws.value(r, 5, "III/b");
            ws.value(r, 6, "pegawai" + i + "@example.go.id");
            ws.value(r, 7, teacher.code());
            ws.value(r, 8, unit.code());
            if (i > 0) {
                ws.value(r, 9, nips[(i - 1) / 20]);
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
        }
        wb.finish();
        byte[] xlsx = bytes.toByteArray();
        Actor system = Actor.system();
        Measured<ImportJob> m = measure(() -> {
            ImportJob job = jobs.start(system, agency.id(), ImportKind.EMPLOYEES, IMPORT_ROWS + "-pegawai.xlsx", xlsx);
            while (!job.finished()) {
                Thread.sleep(100);
                job = jobs.get(system, agency.id(), job.id());
            }
            return job;
        });
        assertThat(m.value().status()).as("%s", m.value().outcome()).isEqualTo(ImportStatus.DONE);
        assertThat(jdbc.sql("SELECT count(*) FROM employee WHERE agency_id = :a").param("a", agency.id()).query(Long.class).single())
                .isEqualTo(IMPORT_ROWS);
        report.append(String.format(Locale.ROOT, "### Import of %,d employees from XLSX%n%n", IMPORT_ROWS));
        report.append(String.format(Locale.ROOT, "File %,d KB (one unit, one position, reporting lines 20 to a superior); through "
                + "`ImportJobs.start` until the job is DONE: **%.1f s** (%,.0f rows/s), heap high-water %d MiB above the "
                + "%d MiB in use before (sampled every 20 ms, the file itself included).%n%n", xlsx.length / 1024, m.millis() / 1000.0,
                IMPORT_ROWS / (m.millis() / 1000.0), m.peakMiB(), m.baseMiB()));
    }

    // ---------------------------------------------------------------- cascade and dashboards

    void queries() throws Exception {
        long t = System.nanoTime();
        NationalDataset.Summary d = NationalDataset.generate(dataSource,
                NationalDataset.Settings.of(EMPLOYEES, accounts.encode(NationalDataset.PASSWORD)));
        report.append(String.format(Locale.ROOT, "### Cascade and dashboards on %,d employees%n%nDataset: %s%n(generated in %.0f s "
                + "into the test database)%n%n", EMPLOYEES, d.describe().lines().findFirst().orElse(""), (System.nanoTime() - t) / 1e9));
        long agency = d.agencyId();
        String adminNip = jdbc.sql("SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.agency_id = :a"
                + " AND r.role = 'AGENCY_ADMIN' ORDER BY a.id LIMIT 1").param("a", agency).query(String.class).single();
        UserDetails admin = users.loadUserByUsername(adminNip);
        Actor adminActor = (Actor) admin;
        long disdik = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = 'DISDIK'").param("a", agency).query(Long.class).single();
        long disdikPeople = jdbc.sql("""
                WITH RECURSIVE t AS (SELECT id FROM org_unit WHERE id = :u UNION ALL SELECT o.id FROM org_unit o JOIN t ON o.parent_id = t.id)
                SELECT count(*) FROM employee WHERE unit_id IN (SELECT id FROM t)""").param("u", disdik).query(Long.class).single();
        Object[] head = jdbc.sql("SELECT s.nip, count(*) FROM employee e JOIN employee s ON s.id = e.superior_id WHERE e.agency_id = :a"
                + " GROUP BY s.nip ORDER BY count(*) DESC LIMIT 1").param("a", agency)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).single();
        UserDetails appraiser = users.loadUserByUsername((String) head[0]);
        String base = "/agencies/" + agency;
        String cascadeUrl = base + "/periods/" + d.periodId() + "/cascade";

        report.append("| what | median ms | max ms | heap high-water MiB | statements |\n|---|---:|---:|---:|---:|\n");
        row("CascadeView.overview, whole agency (" + d.units() + " units)", () -> cascade.overview(adminActor, agency, d.periodId()));
        row("CascadeView.unit, Dinas Pendidikan (" + disdikPeople + " employees)", () -> cascade.unit(adminActor, agency, d.periodId(), disdik));
        row("CascadeView.unitSummary, Dinas Pendidikan", () -> cascade.unitSummary(adminActor, agency, d.periodId(), disdik, 50));
        row("Monitoring.agency, figures counted first (no snapshot for the day yet)", () -> {
            jdbc.sql("DELETE FROM monitoring_snapshot WHERE agency_id = :a").param("a", agency).update();
            return monitoring.agency(adminActor, agency);
        });
        row("Monitoring.agency (agency dashboard, snapshot of the last hour)", () -> monitoring.agency(adminActor, agency));
        row("Monitoring.unit, Dinas Pendidikan", () -> monitoring.unit(adminActor, agency, disdik));
        row("Monitoring.team, largest team (" + head[1] + " people)", () -> monitoring.team((Actor) appraiser, agency));
        row("GET cascade page (default depth)", () -> page(cascadeUrl, admin));
        row("GET cascade page, all units", () -> page(cascadeUrl + "?depth=99", admin));
        row("GET unit cascade page, Dinas Pendidikan", () -> page(cascadeUrl + "/units/" + disdik, admin));
        row("GET agency dashboard", () -> page(base + "/dashboard", admin));
        row("GET unit dashboard, Dinas Pendidikan", () -> page(base + "/dashboard/units/" + disdik, admin));
        row("GET team dashboard, largest team", () -> page(base + "/team", appraiser));
        row("GET plan list (first page)", () -> page(base + "/periods/" + d.periodId() + "/plans", admin));
        row("GET employee list (first page)", () -> page(base + "/employees", admin));
        row("GET employee search by name", () -> page(base + "/employees?q=Siregar", admin));

        report.append("\n### The five slowest statements of these calls\n\n");
        List<Timing.Recorded> slowest = Timing.slowest(5);
        int n = 1;
        for (Timing.Recorded r : slowest) {
            report.append(String.format(Locale.ROOT, "%d. %.0f ms at worst, %d executions%n%n```sql%n%s%n```%n%n```%n", n++,
                    r.maxNanos.get() / 1e6, r.count.get(), r.sql.strip()));
            for (String line : explain(r)) {
                report.append(line).append('\n');
            }
            report.append("```\n\n");
        }
    }

    private Object page(String url, UserDetails who) throws Exception {
        var r = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r.getContentAsByteArray().length;
    }

    private void row(String what, Callable<?> work) throws Exception {
        work.call();
        Timing.recording.set(true);
        long[] nanos = new long[RUNS];
        long peak = 0;
        long statementsBefore = Timing.statements.get();
        for (int i = 0; i < RUNS; i++) {
            Measured<?> m = measure(work);
            nanos[i] = m.millis();
            peak = Math.max(peak, m.peakMiB());
        }
        Timing.recording.set(false);
        long statements = (Timing.statements.get() - statementsBefore) / RUNS;
        Arrays.sort(nanos);
        String line = String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", what, nanos[RUNS / 2], nanos[RUNS - 1], peak, statements);
        System.out.print("BENCHMARK " + line);
        report.append(line);
    }

    // ---------------------------------------------------------------- time and memory

    record Measured<T>(T value, long millis, long peakMiB, long baseMiB) {
    }

    static <T> Measured<T> measure(Callable<T> work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(base);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t = System.nanoTime();
        T value = work.call();
        long millis = (System.nanoTime() - t) / 1_000_000;
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Measured<>(value, millis, (peak.get() - base) / 1024 / 1024, base / 1024 / 1024);
    }

    // ---------------------------------------------------------------- statements: timed, replayed under EXPLAIN

    private List<String> explain(Timing.Recorded r) throws Exception {
        List<String> lines = new ArrayList<>();
        // in a transaction that is rolled back: a slow statement may write (the dashboards' snapshot inserts its
        // per-unit rows, which exist already, so they are removed first inside the same transaction)
        try (Connection c = Timing.unwrapped.getConnection()) {
            c.setAutoCommit(false);
            try (var clear = c.createStatement()) {
                clear.execute("DELETE FROM monitoring_tally");
            }
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + r.sql)) {
                for (Object[] call : r.params) {
                    Method m = (Method) call[0];
                    m.invoke(ps, (Object[]) call[1]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return lines;
    }

    /** Wraps the application's DataSource: times every query on any thread while {@link #recording} is on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Timing {

        static final AtomicBoolean recording = new AtomicBoolean();
        static final AtomicLong statements = new AtomicLong();
        static final Map<String, Recorded> BY_SQL = new ConcurrentHashMap<>();
        static DataSource unwrapped;

        static final class Recorded {
            final String sql;
            final AtomicLong count = new AtomicLong();
            final AtomicLong maxNanos = new AtomicLong();
            volatile List<Object[]> params = List.of();

            Recorded(String sql) {
                this.sql = sql;
            }
        }

        static List<Recorded> slowest(int n) {
            return BY_SQL.values().stream().filter(r -> r.sql.stripLeading().toUpperCase(Locale.ROOT).matches("(?s)^(SELECT|WITH).*"))
                    .sorted(Comparator.comparingLong((Recorded r) -> r.maxNanos.get()).reversed()).limit(n).toList();
        }

        @Bean
        static BeanPostProcessor timingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                        unwrapped = ds;
                        return proxy(ds, DataSource.class, null);
                    }
                    return bean;
                }
            };
        }

        @SuppressWarnings("unchecked")
        static <T> T proxy(T target, Class<T> type, String sql) {
            List<Object[]> params = new ArrayList<>();
            InvocationHandler handler = (p, method, args) -> {
                String name = method.getName();
                if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                    try {
                        return args[0] instanceof Class<?> k && k.isInstance(target) && name.equals("unwrap") ? target
                                : method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
                if (sql != null && name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                    params.add(new Object[] {method, args});
                }
                long t = System.nanoTime();
                Object result;
                try {
                    result = method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                long nanos = System.nanoTime() - t;
                if (result instanceof Connection c) {
                    return proxy(c, Connection.class, null);
                }
                if (result instanceof PreparedStatement ps && name.equals("prepareStatement")) {
                    return proxy(ps, PreparedStatement.class, (String) args[0]);
                }
                if (sql != null && name.startsWith("execute") && recording.get()) {
                    statements.incrementAndGet();
                    Recorded r = BY_SQL.computeIfAbsent(sql, Recorded::new);
                    r.count.incrementAndGet();
                    if (nanos > r.maxNanos.get()) {
                        r.maxNanos.set(nanos);
                        r.params = List.copyOf(params);
                    }
                }
                return result;
            };
            return (T) Proxy.newProxyInstance(ScaleBenchmark.class.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }
}
