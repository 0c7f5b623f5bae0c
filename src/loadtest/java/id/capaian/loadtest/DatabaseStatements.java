package id.capaian.loadtest;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's side of "where the time goes": PostgreSQL's own time per statement, from pg_stat_statements, which
 * the deadline server preloads into the embedded server. Reset together with {@link CpuPerRequest} when the warm-up
 * ends, so that the table is the warm run's. Against a server without the extension the table says so and the run
 * goes on.
 */
final class DatabaseStatements {

    private static final String HEADER = "| statement | calls | plans | ms per call (plan + execute) "
            + "| share of the database's time | rows per call |%n|---|---:|---:|---:|---:|---:|%n";

    private final JdbcClient jdbc;
    private final boolean available;
    private volatile long resetAt = System.nanoTime();

    DatabaseStatements(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        boolean ok;
        try {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            jdbc.sql("SELECT count(*) FROM pg_stat_statements").query(Long.class).single();
            ok = true;
        } catch (RuntimeException e) {
            ok = false;
        }
        this.available = ok;
    }

    void reset() {
        if (available) {
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleValue();
        }
        resetAt = System.nanoTime();
    }

    private record Row(long calls, long plans, double execMs, double planMs, long rows, String query) {
    }

    String table() {
        if (!available) {
            return "\n## The database's time per statement\n\npg_stat_statements is not loaded in this server.\n";
        }
        double seconds = (System.nanoTime() - resetAt) / 1e9;
        String own = "dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND query NOT LIKE '%pg_stat_statements%'";
        List<Row> rows = rows(own, "total_exec_time + total_plan_time", 20);
        List<Row> frequent = rows(own, "calls", 12);
        double[] total = jdbc.sql("SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time + total_plan_time), 0)"
                + " FROM pg_stat_statements WHERE " + own)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%n## The database's time per statement (pg_stat_statements, after the warm-up)%n%n"
                        + "%.0f statements in %.0f s (%.0f a second), %.1f s of planning and execution in all "
                        + "(%.2f of a core on average; waits for locks and disk count too).%n%n"
                        + "The statements that took most of its time (plans: how often PostgreSQL planned the statement "
                        + "again instead of reusing a prepared plan):%n%n" + HEADER,
                total[0], seconds, total[0] / Math.max(1, seconds), total[1] / 1000, total[1] / 1000 / Math.max(1, seconds)));
        rows.forEach(r -> append(sb, r, total[1]));
        sb.append(String.format(Locale.ROOT, "%nThe most frequent statements:%n%n" + HEADER));
        frequent.forEach(r -> append(sb, r, total[1]));
        return sb.toString();
    }

    private List<Row> rows(String where, String order, int limit) {
        return jdbc.sql("SELECT calls, plans, total_exec_time, total_plan_time, rows, query FROM pg_stat_statements"
                + " WHERE " + where + " ORDER BY " + order + " DESC LIMIT " + limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                        rs.getString(6)))
                .list();
    }

    private static void append(StringBuilder sb, Row r, double total) {
        long n = Math.max(1, r.calls());
        sb.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %.3f | %.1f%% | %.1f |%n", shorten(r.query()), r.calls(),
                r.plans(), (r.execMs() + r.planMs()) / n, total == 0 ? 0 : 100 * (r.execMs() + r.planMs()) / total,
                (double) r.rows() / n));
    }

    private static String shorten(String query) {
        String one = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").trim();
        return one.length() <= 220 ? one : one.substring(0, 217) + "...";
    }
}
