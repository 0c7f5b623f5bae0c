package id.capaian.loadtest;

import id.capaian.CapaianApplication;
import id.capaian.benchmark.NationalDataset;
import id.capaian.identity.AccountManagement;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.identity.IssuedApiToken;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application for the deadline-day load test ({@link DeadlineDaySimulation}): its own JVM on 127.0.0.1, either
 * on a database the dataset command made ({@code -Dloadtest.dataDir=target/dataset}) or on a fresh temporary one
 * into which it generates a {@link NationalDataset} of {@code loadtest.employees} (default 20,000). Then, with the
 * application idle, it runs the raw JDBC baseline ({@link RawWriteBaseline}) against the same database, and writes
 * the manifest the simulation reads (who signs in, which plan, indicators, realisations and units they use).
 *
 * <p>Arguments: the port, the manifest file, the data directory ("-" for a temporary one), the number of employees.
 */
public final class DeadlineServer {

    /** The evidence file the simulation uploads (8 KB); known here so that a run can remove the earlier runs' ones. */
    static final byte[] EVIDENCE_PDF = ("%PDF-1.4\n% bukti dukung uji beban\n" + "x".repeat(8 * 1024) + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private DeadlineServer() {
    }

    private static org.springframework.boot.web.servlet.FilterRegistrationBean<CpuPerRequest> cpuFilter(CpuPerRequest filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path manifest = Path.of(args[1]);
        String dataDir = args[2];
        int employees = Integer.parseInt(args[3]);
        SpringApplication app = new SpringApplication(CapaianApplication.class);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("loadTestExcludeFilter",
                new LoadTestServer.TestClassesExcluded()));
        // first of all filters: the CPU time of every request, answered to the simulation at the end
        CpuPerRequest cpuPerRequest = new CpuPerRequest();
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("loadTestCpuPerRequest",
                cpuFilter(cpuPerRequest)));
        List<String> settings = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=" + port,
                "--capaian.demo.enabled=false", "--logging.structured.format.console=", "--logging.level.root=WARN",
                "--logging.level.id.capaian=INFO", "--logging.level.org.springframework.boot.web=INFO",
                // the database's time per statement, for the report (an embedded server only; see DatabaseStatements)
                "--capaian.embedded-db.settings.shared_preload_libraries=pg_stat_statements",
                "--capaian.embedded-db.settings[pg_stat_statements.track_planning]=on"));
        if ("-".equals(dataDir)) {
            settings.add("--capaian.embedded-db.ephemeral=true");
            settings.add("--capaian.evidence.dir=" + Files.createTempDirectory("capaian-loadtest-evidence"));
        } else {
            settings.add("--capaian.embedded-db.data-dir=" + dataDir);
            settings.add("--capaian.evidence.dir=" + Path.of(dataDir).resolve("evidence"));
        }
        long started = System.nanoTime();
        ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new));
        try {
            DataSource ds = context.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            cpuPerRequest.database(new DatabaseStatements(ds));
            long agencyId;
            String how;
            if ("-".equals(dataDir)) {
                String hash = context.getBean(AccountManagement.class).encode(NationalDataset.PASSWORD);
                NationalDataset.Summary s = NationalDataset.generate(ds, NationalDataset.Settings.of(employees, hash));
                agencyId = s.agencyId();
                how = "generated: " + s.describe().lines().findFirst().orElse("");
            } else {
                agencyId = jdbc.queryForObject("SELECT max(agency_id) FROM employee", Long.class);
                how = "from " + dataDir;
            }
            System.out.printf(Locale.ROOT, "Deadline server: ready after %d s, agency %d, dataset %s%n",
                    (System.nanoTime() - started) / 1_000_000_000, agencyId, how);
            // the evidence earlier runs uploaded, so that every run starts from the same sheets (the files stay on
            // disk, as a deleted evidence row's file does until the storage is swept)
            int removed = jdbc.update("DELETE FROM evidence WHERE agency_id = ? AND file_name = 'bukti-dukung.pdf' AND size_bytes = ?",
                    agencyId, EVIDENCE_PDF.length);
            // and the comments they posted: threads that grew run after run made the feedback page slower each time
            int comments = jdbc.update("DELETE FROM feedback WHERE agency_id = ? AND body = ?", agencyId, DeadlineDaySimulation.COMMENT);
            System.out.printf(Locale.ROOT, "Deadline server: %d evidence files and %d comments of earlier runs removed%n",
                    removed, comments);
            String baseline = Boolean.parseBoolean(System.getProperty("loadtest.baseline", "true"))
                    ? new RawWriteBaseline(ds, agencyId).run() : "";
            // the API mix pushes as another system would, with a token of the agency's personnel office
            IssuedApiToken token = context.getBean(ApiTokenManagement.class).issue(Actor.system(), agencyId,
                    "SIMPUS uji beban " + System.currentTimeMillis(), Role.AGENCY_ADMIN, Instant.now().plus(Duration.ofDays(1)));
            String text = Manifest.write(jdbc, agencyId) + baseline + "apiToken=" + token.secret() + "\n";
            Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(SpringApplication.exit(context, () -> 1));
        }
    }
}
