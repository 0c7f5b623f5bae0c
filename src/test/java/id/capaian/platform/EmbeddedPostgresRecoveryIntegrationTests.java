package id.capaian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.platform.internal.EmbeddedPostgresServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed in the middle of its work must not break the next start: the server it left behind is stopped,
 * and every committed row is still there. The first JVM is a real child process, killed with SIGKILL.
 */
class EmbeddedPostgresRecoveryIntegrationTests {

    @TempDir
    Path dir;

    /** Run in the child JVM: start the server, commit rows, report the port, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        server.createDatabaseIfMissing("capaian");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("capaian"), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (id int PRIMARY KEY, note text)");
            s.execute("INSERT INTO survivor SELECT g, 'baris ' || g FROM generate_series(1, 1000) g");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    @Test
    void survivesAKilledJvmWithItsServerStillRunning() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresRecoveryIntegrationTests.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String ready = null;
        try (var reader = child.inputReader()) {
            long deadline = System.currentTimeMillis() + 120_000;
            String line;
            while (System.currentTimeMillis() < deadline && (line = reader.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as("child JVM started its database").isNotNull();
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL keeps running
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path pid = dir.resolve("pg").resolve("postmaster.pid");
        assertThat(pid).exists();
        long leftover = Long.parseLong(Files.readAllLines(pid).get(0).trim());
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("capaian"), server.username(), server.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), max(note) FROM survivor")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1000);
            }
            // and it is private: the password is required, even on loopback
            assertThat(canConnect(server.jdbcUrl("capaian"), server.username(), "wrong")).isFalse();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("capaian"), server.username(), server.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                            + " current_setting('listen_addresses')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
                assertThat(rs.getString(2)).isEqualTo("on");
                assertThat(rs.getString(3)).isEqualTo("127.0.0.1");
            }
        }
        assertThat(new File(dir.toFile(), "pg-password")).exists();
    }

    private static boolean canConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
