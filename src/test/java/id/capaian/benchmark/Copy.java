package id.capaian.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one table, loaded with PostgreSQL's {@code COPY ... FROM STDIN} (text format): the fastest way in, many
 * times a JDBC batch. Values are written with {@link #add}, rows ended with {@link #end}; {@code null} is
 * {@code \N}; {@link #finish} completes the load. A connection runs one COPY at a time, so a stage that fills several
 * tables at once streams one of them directly ({@link #into}, in 256 KB chunks, finished first) and spools the others
 * to a temporary file ({@link #spooled}) that is copied when it is finished. Closing without finishing loads nothing.
 *
 * <pre>
 * try (Copy r = Copy.into(con, "realisation", "id, agency_id, ..."); Copy e = Copy.spooled(con, "evidence", "...")) {
 *     r.add(id).add(agency).end();
 *     ...
 *     r.finish();
 *     e.finish();
 * }
 * </pre>
 */
final class Copy implements AutoCloseable {

    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final int CHUNK = 256 * 1024;

    private final Connection con;
    private final String sql;
    private final CopyIn copy;
    private final Path spool;
    private final OutputStream spoolOut;
    private final StringBuilder sb = new StringBuilder(CHUNK + 4096);
    private boolean first = true;
    private long rows;
    private boolean closed;

    private Copy(Connection con, String sql, CopyIn copy, Path spool) throws IOException {
        this.con = con;
        this.sql = sql;
        this.copy = copy;
        this.spool = spool;
        this.spoolOut = spool == null ? null : new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
    }

    /** Streams straight into the table; finish it before any other COPY on the connection. */
    static Copy into(Connection con, String table, String columns) throws SQLException {
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        try {
            return new Copy(con, sql, con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spools to a temporary file, loaded into the table by {@link #finish}. */
    static Copy spooled(Connection con, String table, String columns) throws SQLException {
        try {
            Path file = Files.createTempFile("capaian-copy-" + table, ".tsv");
            return new Copy(con, "COPY " + table + " (" + columns + ") FROM STDIN", null, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Copy add(long v) {
        sep();
        sb.append(v);
        return this;
    }

    Copy add(int v) {
        sep();
        sb.append(v);
        return this;
    }

    Copy add(boolean v) {
        sep();
        sb.append(v ? 't' : 'f');
        return this;
    }

    /** An id or nothing: 0 and below are written as NULL. */
    Copy ref(long v) {
        sep();
        if (v <= 0) {
            sb.append("\\N");
        } else {
            sb.append(v);
        }
        return this;
    }

    Copy add(Object v) {
        sep();
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof OffsetDateTime t) {
            sb.append(TS.format(t));
        } else if (v instanceof LocalDate d) {
            sb.append(d);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            escape(v.toString());
        }
        return this;
    }

    /** A number with up to two decimals, written without going through BigDecimal. */
    Copy decimal(double v) {
        sep();
        sb.append(Math.round(v * 100) / 100.0);
        return this;
    }

    Copy end() throws SQLException {
        sb.append('\n');
        first = true;
        rows++;
        if (sb.length() >= CHUNK) {
            flush();
        }
        return this;
    }

    long rows() {
        return rows;
    }

    private void sep() {
        if (!first) {
            sb.append('\t');
        }
        first = false;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (sb.length() > 0) {
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (copy != null) {
                copy.writeToCopy(bytes, 0, bytes.length);
            } else {
                try {
                    spoolOut.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sb.setLength(0);
        }
    }

    /** Loads the rows (ends the streamed COPY, or copies the spooled file) and returns how many. */
    long finish() throws SQLException {
        if (closed) {
            return rows;
        }
        flush();
        closed = true;
        if (copy != null) {
            copy.endCopy();
            return rows;
        }
        try {
            spoolOut.close();
            try (InputStream in = Files.newInputStream(spool)) {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 16);
            }
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Without {@link #finish}: nothing is loaded (after a failure). */
    @Override
    public void close() throws SQLException {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            if (spool != null) {
                spoolOut.close();
                Files.deleteIfExists(spool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed = true;
    }
}
