package id.capaian.benchmark;

import id.capaian.platform.internal.EmbeddedPostgresServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The dataset generator as a command: {@code ./mvnw -Pdataset verify -Demployees=100000}. Writes a
 * {@link NationalDataset} into a PostgreSQL database: the one given ({@code -Ddataset.url=jdbc:postgresql://...
 * -Ddataset.user=... -Ddataset.password=...}) or the embedded server with its data in {@code -Ddataset.dir}
 * (default {@code target/dataset}), which the application then opens with
 * {@code java -jar target/capaian-*.jar --capaian.embedded-db.data-dir=target/dataset --capaian.evidence.dir=target/dataset/evidence}.
 * The schema is migrated first (Flyway, the application's migrations). Options: {@code -Ddataset.year=2026},
 * {@code -Ddataset.scheme=QUARTERLY}, {@code -Ddataset.seed=1}, {@code -Ddataset.files=false} (no evidence files).
 * Every account's password is {@value NationalDataset#PASSWORD}; a summary with the ids and a few NIPs to sign in
 * with is written to {@code dataset.properties} in the data directory (or the working directory).
 */
public final class DatasetCommand {

    private DatasetCommand() {
    }

    public static void main(String[] args) throws Exception {
        int employees = Integer.parseInt(prop("employees", "20000"));
        String url = prop("dataset.url", null);
        Path dir = Path.of(prop("dataset.dir", "target/dataset")).toAbsolutePath().normalize();
        LocalDate today = LocalDate.now(DatasetContext.JAKARTA);
        int year = Integer.parseInt(prop("dataset.year", String.valueOf(today.getYear())));
        boolean files = Boolean.parseBoolean(prop("dataset.files", "true"));
        EmbeddedPostgresServer server = null;
        String user;
        String password;
        if (url == null) {
            System.out.println("Dataset: starting the embedded PostgreSQL with its data in " + dir);
            server = EmbeddedPostgresServer.start(dir, 0);
            server.createDatabaseIfMissing("capaian");
            url = server.jdbcUrl("capaian");
            user = server.username();
            password = server.password();
        } else {
            user = prop("dataset.user", "postgres");
            password = prop("dataset.password", "");
        }
        try {
            long t = System.nanoTime();
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            System.out.printf(Locale.ROOT, "Dataset: schema migrated in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(NationalDataset.PASSWORD);
            System.out.printf(Locale.ROOT, "Dataset: password hashed once in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            NationalDataset.Settings settings = new NationalDataset.Settings(employees, year,
                    !"QUARTERLY".equalsIgnoreCase(prop("dataset.scheme", "MONTHLY")), year < today.getYear()
                            ? LocalDate.of(year, 12, 31) : today,
                    files ? (server != null ? dir.resolve("evidence") : Path.of(prop("dataset.evidence", "target/dataset-evidence")))
                            : null, hash, Long.parseLong(prop("dataset.seed", "2026")));
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            NationalDataset.Summary summary;
            try (Connection con = DriverManager.getConnection(url, user, password)) {
                summary = NationalDataset.generate(con, settings);
                writeSummary(con, summary, server != null ? dir : Path.of("."));
            }
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.print("Dataset: " + summary.describe());
            System.out.printf(Locale.ROOT, "Dataset: peak heap %d MiB (max %d MiB); load average %s%n", peak / 1024 / 1024,
                    Runtime.getRuntime().maxMemory() / 1024 / 1024, loadAverage());
            if (server != null) {
                System.out.println("Dataset: open it with java -jar target/capaian-*.jar --capaian.embedded-db.data-dir=" + dir
                        + " --capaian.evidence.dir=" + dir.resolve("evidence") + "   (every password: " + NationalDataset.PASSWORD + ")");
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** agency, period and a few people to sign in as: an administrator, the head of the largest team, an employee. */
    static void writeSummary(Connection con, NationalDataset.Summary s, Path dir) throws Exception {
        Properties p = new Properties();
        p.setProperty("agencyId", String.valueOf(s.agencyId()));
        p.setProperty("periodId", String.valueOf(s.periodId()));
        p.setProperty("employees", String.valueOf(s.employees()));
        p.setProperty("password", NationalDataset.PASSWORD);
        try (Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id"
                    + " WHERE a.agency_id = " + s.agencyId() + " AND r.role = 'AGENCY_ADMIN' ORDER BY a.id LIMIT 1")) {
                if (rs.next()) {
                    p.setProperty("adminNip", rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT s.nip, count(*) FROM employee e JOIN employee s ON s.id = e.superior_id"
                    + " WHERE e.agency_id = " + s.agencyId() + " GROUP BY s.nip ORDER BY count(*) DESC LIMIT 1")) {
                if (rs.next()) {
                    p.setProperty("largestTeamHeadNip", rs.getString(1));
                    p.setProperty("largestTeamSize", rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT e.nip FROM employee e JOIN performance_plan p ON p.employee_id = e.id"
                    + " WHERE e.agency_id = " + s.agencyId() + " AND p.status = 'APPROVED' AND e.superior_id IS NOT NULL"
                    + " ORDER BY e.id DESC LIMIT 1")) {
                if (rs.next()) {
                    p.setProperty("employeeNip", rs.getString(1));
                }
            }
        }
        Files.createDirectories(dir);
        try (var out = Files.newBufferedWriter(dir.resolve("dataset.properties"))) {
            p.store(out, "Capaian national-scale dataset: " + s.employees() + " employees");
        }
    }

    static String loadAverage() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " / " + l[1] + " / " + l[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String prop(String name, String otherwise) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? otherwise : v.trim();
    }
}
