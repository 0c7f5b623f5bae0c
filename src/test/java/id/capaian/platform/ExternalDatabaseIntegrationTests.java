package id.capaian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.platform.internal.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the standard {@code spring.datasource.*} settings Capaian uses that PostgreSQL and starts no server of its
 * own. The "external" server here is a separate PostgreSQL started by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseIntegrationTests {

    static EmbeddedPostgresServer external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws Exception {
        external = EmbeddedPostgresServer.start(Files.createTempDirectory("capaian-external-db"), 0);
        external.createDatabaseIfMissing("external_db");
        registry.add("spring.datasource.url", () -> external.jdbcUrl("external_db"));
        registry.add("spring.datasource.username", external::username);
        registry.add("spring.datasource.password", external::password);
        // were the embedded configuration active, it would create this directory
        registry.add("capaian.embedded-db.ephemeral", () -> "false");
        registry.add("capaian.embedded-db.data-dir", () -> NOT_CREATED.toString());
    }

    static final Path NOT_CREATED = Path.of(System.getProperty("java.io.tmpdir"), "capaian-must-not-exist-" + ProcessHandle.current().pid());

    @AfterAll
    static void stop() {
        external.close();
    }

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void usesTheConfiguredServerAndMigratesIt() {
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(external.jdbcUrl("external_db"));
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("external_db");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single()).isPositive();
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(NOT_CREATED).doesNotExist();
    }
}
