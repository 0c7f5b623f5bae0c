package id.capaian.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.datasource.url} Capaian runs its own PostgreSQL (see {@link EmbeddedPostgresServer}).
 * With it, this configuration stays out of the way and Spring Boot connects to the given server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDbProperties.class)
class EmbeddedDatabaseConfiguration {

    /** One server per data directory and JVM, shared by every application context (tests start several). */
    private static final Map<String, EmbeddedPostgresServer> SERVERS = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(EmbeddedDbProperties properties) {
        String key = properties.ephemeral() ? "<ephemeral>" : properties.dataDir();
        EmbeddedPostgresServer server = SERVERS.computeIfAbsent(key,
                k -> EmbeddedPostgresServer.start(properties.resolveDataDir(), properties.port(), properties.settings()));
        server.createDatabaseIfMissing(properties.database());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(properties.database()));
        config.setUsername(server.username());
        config.setPassword(server.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("capaian-embedded");
        return new HikariDataSource(config);
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
        }
    }

    /**
     * @param dataDir where the database lives (default {@code ./data})
     * @param ephemeral a fresh temporary directory, removed when the JVM ends (for tests)
     * @param port 0 picks a free loopback port
     * @param settings further server settings, e.g. {@code capaian.embedded-db.settings.shared_buffers=512MB} (names
     *     with a dot in brackets: {@code capaian.embedded-db.settings[pg_stat_statements.max]=2000}); the settings that
     *     keep the data safe and the server on loopback cannot be changed this way
     */
    @ConfigurationProperties("capaian.embedded-db")
    record EmbeddedDbProperties(String dataDir, boolean ephemeral, int port, String database, int poolSize,
            Map<String, String> settings) {

        EmbeddedDbProperties {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
            dataDir = StringUtils.hasText(dataDir) ? dataDir : "./data";
            database = StringUtils.hasText(database) ? database : "capaian";
            poolSize = poolSize > 0 ? poolSize : 20;
        }

        Path resolveDataDir() {
            if (!ephemeral) {
                return Path.of(dataDir).toAbsolutePath().normalize();
            }
            try {
                Path dir = Files.createTempDirectory("capaian-test-db");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteLater(dir)));
                return dir;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create a temporary database directory", e);
            }
        }

        private static void deleteLater(Path dir) {
            try {
                Thread.sleep(2000); // let the server's own shutdown hook stop it first
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (Exception ignored) {
                // best effort: it is a temporary directory
            }
        }
    }
}
