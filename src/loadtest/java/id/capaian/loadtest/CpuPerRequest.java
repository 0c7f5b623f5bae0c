package id.capaian.loadtest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The application's own CPU time per kind of request, measured in the deadline server's JVM: the thread's CPU time
 * around the whole filter chain (security, the controller, the template), so that "where the time goes" can be
 * told per request and not only per library. The database's time is not in it (another process). Requests are
 * grouped by method, path with numbers replaced by {n}, and whether htmx sent them. {@code GET /loadtest/cpu} answers
 * the table (in Markdown), before any other filter, so that the simulation can put it into its report; {@code GET
 * /loadtest/cpu/reset} starts counting again (the simulation calls it when the warm-up ends, so that the table is
 * the warm application's).
 */
final class CpuPerRequest implements Filter {

    static final String PATH = "/loadtest/cpu";
    private static final Pattern NUMBER = Pattern.compile("/\\d+");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    /** Set once the application has started: the database's side, reset and reported together with this. */
    private volatile DatabaseStatements database;

    void database(DatabaseStatements statements) {
        this.database = statements;
    }

    private static final class Tally {
        final LongAdder count = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder wallNanos = new LongAdder();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ((PATH + "/reset").equals(request.getRequestURI())) {
            tallies.clear();
            if (database != null) {
                database.reset();
            }
            ((HttpServletResponse) res).setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (PATH.equals(request.getRequestURI())) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setContentType("text/markdown;charset=UTF-8");
            String tables = table() + (database != null ? database.table() : "");
            response.getOutputStream().write(tables.getBytes(StandardCharsets.UTF_8));
            return;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            String key = request.getMethod() + " " + NUMBER.matcher(request.getRequestURI()).replaceAll("/{n}")
                    + (request.getHeader("HX-Request") != null ? " (htmx)" : "");
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.count.increment();
            t.cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
            t.wallNanos.add(System.nanoTime() - wall);
        }
    }

    String table() {
        long total = tallies.values().stream().mapToLong(t -> t.cpuNanos.sum()).sum();
        StringBuilder sb = new StringBuilder("\n## The application's CPU time per request (its own JVM, after the warm-up)\n\n"
                + "| request | count | CPU ms per request | share of the application's request CPU | wall ms per request |\n"
                + "|---|---:|---:|---:|---:|\n");
        tallies.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().cpuNanos.sum()).reversed())
                .limit(25)
                .forEach(e -> {
                    Tally t = e.getValue();
                    long n = Math.max(1, t.count.sum());
                    sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.1f%% | %.1f |%n", e.getKey(), t.count.sum(),
                            t.cpuNanos.sum() / 1e6 / n, total == 0 ? 0 : 100.0 * t.cpuNanos.sum() / total,
                            t.wallNanos.sum() / 1e6 / n));
                });
        return sb.toString();
    }
}
