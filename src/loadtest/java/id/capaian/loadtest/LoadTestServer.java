package id.capaian.loadtest;

import id.capaian.CapaianApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application as the load test runs it: its own JVM, on 127.0.0.1 only, with a fresh temporary database
 * (durable, as in production), no demo data, and the load-test dataset ({@link LoadTestDataset}) made through the
 * services once it has started. Started by {@link TrackingSimulation}; writes the dataset's ids to a file when ready.
 *
 * <p>Arguments: the port and the file to write the dataset to.
 */
public final class LoadTestServer {

    private LoadTestServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path datasetFile = Path.of(args[1]);
        SpringApplication app = new SpringApplication(CapaianApplication.class);
        // the test classes are on this JVM's class path (Gatling's): none of them belongs in the application
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("loadTestExcludeFilter", new TestClassesExcluded()));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = app.run(
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--capaian.embedded-db.ephemeral=true",
                "--capaian.demo.enabled=false",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN",
                "--logging.level.id.capaian=INFO",
                "--logging.level.org.springframework.boot.web=INFO");
        long ready = System.nanoTime();
        LoadTestDataset.Result dataset;
        try {
            dataset = context.getAutowireCapableBeanFactory().createBean(LoadTestDataset.class).create();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(SpringApplication.exit(context, () -> 1));
            return;
        }
        long made = System.nanoTime();
        System.out.printf("Load test server: started in %d ms, dataset made in %d ms: %s%n", (ready - started) / 1_000_000,
                (made - ready) / 1_000_000, dataset.summary());
        Path tmp = datasetFile.resolveSibling(datasetFile.getFileName() + ".tmp");
        Files.writeString(tmp, dataset.toText());
        Files.move(tmp, datasetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Leaves out every class compiled from the test sources (tests, their configurations, the load test itself). */
    static final class TestClassesExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }
}
