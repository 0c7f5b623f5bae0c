package id.capaian.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.platform.internal.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capaian.embedded-db.settings} reaches the embedded server (tuning, or a library to preload such as
 * pg_stat_statements for the load test), but cannot turn off what keeps the data safe and the server on loopback.
 */
class EmbeddedPostgresSettingsIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void furtherSettingsReachTheServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0,
                Map.of("work_mem", "12MB", "shared_preload_libraries", "pg_stat_statements"))) {
            server.createDatabaseIfMissing("capaian");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("capaian"), server.username(), server.password());
                    Statement s = c.createStatement()) {
                assertThat(show(s, "work_mem")).isEqualTo("12MB");
                assertThat(show(s, "fsync")).isEqualTo("on");
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_statements")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isPositive();
                }
            }
        }
    }

    @Test
    void settingsThatKeepTheDataSafeCannotBeChanged() throws Exception {
        Path untouched = Files.createDirectories(dir.resolve("untouched"));
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(untouched, 0, Map.of("fsync", "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fsync'");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(untouched, 0, Map.of("listen_addresses", "*")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'listen_addresses'");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(untouched, 0, Map.of("work_mem=1MB -c fsync", "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("work_mem=1MB -c fsync");
        try (var files = Files.list(untouched)) {
            assertThat(files).as("nothing was started or written").isEmpty();
        }
    }

    private static String show(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
