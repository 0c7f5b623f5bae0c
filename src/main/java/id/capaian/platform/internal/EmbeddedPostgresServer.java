package id.capaian.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the zonky binaries, made durable and private: fsync and synchronous commit on,
 * listening on 127.0.0.1 only, password (SCRAM) authentication for every connection, data kept in a directory
 * that survives restarts. A server left running by a killed JVM is shut down before the new one starts; a stale
 * {@code postmaster.pid} is left to PostgreSQL, which recognises it itself.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String SUPERUSER = "postgres";
    /** What {@code capaian.embedded-db.settings} may not change: durability, loopback only, authentication. */
    static final Set<String> FIXED_SETTINGS = Set.of("listen_addresses", "unix_socket_directories", "fsync",
            "synchronous_commit", "full_page_writes", "password_encryption", "hba_file", "data_directory");

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts (and on first use initialises) the server whose data lives in {@code dataDirectory}.
     *
     * @param port 0 for any free loopback port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Map.of());
    }

    /**
     * As {@link #start(Path, int)}, with further server settings (for tuning, or a library to preload). Names are
     * checked, and those that keep the data safe and the server on loopback cannot be changed.
     *
     * @throws IllegalArgumentException naming the setting that is not allowed
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Map<String, String> settings) {
        settings.forEach((name, value) -> {
            if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?") || FIXED_SETTINGS.contains(name)) {
                throw new IllegalArgumentException("capaian.embedded-db.settings cannot set '" + name
                        + "': use a PostgreSQL setting's name other than " + FIXED_SETTINGS);
            }
        });
        try {
            Path pgData = dataDirectory.resolve("pg");
            Files.createDirectories(dataDirectory);
            String password = readOrCreatePassword(dataDirectory.resolve("pg-password"));
            stopLeftoverServer(pgData);
            boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setConnectConfig("password", password);
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
            if (fresh) {
                server.secure(pgData);
            }
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {}", postgres.getPort(), pgData.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Sets the superuser's password and switches every connection from trust to SCRAM authentication. */
    private void secure(Path pgData) throws IOException {
        execute("postgres", "ALTER USER " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
        Files.writeString(pgData.resolve("pg_hba.conf"), String.join("\n",
                "# Written by Capaian: every connection needs the password; loopback only.",
                "local   all   all                  scram-sha-256",
                "host    all   all   127.0.0.1/32   scram-sha-256",
                "host    all   all   ::1/128        scram-sha-256",
                ""), StandardCharsets.UTF_8);
        execute("postgres", "SELECT pg_reload_conf()");
    }

    /** Creates the database on first use; several applications or test contexts may share one server. */
    public synchronized void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Database names are lower-case letters, digits and underscores: " + database);
        }
        try (Connection c = dataSource("postgres").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private void execute(String db, String sql) {
        try (Connection c = dataSource(db).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL set-up failed", e);
        }
    }

    private PGSimpleDataSource dataSource(String db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName(db);
        ds.setUser(SUPERUSER);
        ds.setPassword(password);
        return ds;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps its default permissions
        }
        return password;
    }

    /**
     * After a JVM was killed its PostgreSQL may still run on the data directory. Such a leftover server has
     * lost its only client, so a smart shutdown (SIGTERM) ends it cleanly; a dead PID in the file is harmless.
     */
    static void stopLeftoverServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
            if (process.isEmpty()) {
                log.info("Stale postmaster.pid (process {} is gone); PostgreSQL will recover the data directory", pid);
                return;
            }
            log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it", pid, pgData);
            ProcessHandle handle = process.get();
            handle.destroy();
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Leftover PostgreSQL did not stop in 30 s; forcing it");
                handle.destroyForcibly();
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (NumberFormatException e) {
            log.info("Unreadable postmaster.pid in {}; leaving it to PostgreSQL", pgData);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the leftover PostgreSQL server on " + pgData, e);
        }
    }
}
