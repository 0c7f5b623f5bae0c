package id.capaian.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per load level and request type, kept by the simulation itself (Gatling's report has the whole
 * run; the ramp needs each level on its own): a level is the steady part of one step of the staircase. After
 * each level the simulation asks {@link #verdict} whether it passed (p99 of all requests at most
 * {@code limitMillis}, no errors); the first level that fails stops the run.
 */
final class LevelStats {

    record Sample(String name, int millis, boolean ok) {
    }

    final long start = System.currentTimeMillis();
    final int firstDelaySeconds;
    final int levelSeconds;
    final int rampSeconds;
    final List<Integer> users;
    final Map<Integer, ConcurrentLinkedQueue<Sample>> levels = new ConcurrentHashMap<>();
    volatile String stopReason;

    LevelStats(int firstDelaySeconds, int levelSeconds, int rampSeconds, List<Integer> users) {
        this.firstDelaySeconds = firstDelaySeconds;
        this.levelSeconds = levelSeconds;
        this.rampSeconds = rampSeconds;
        this.users = users;
    }

    /** The level whose steady part is under way now, or -1 during a ramp. */
    int levelNow() {
        long t = (System.currentTimeMillis() - start) / 1000 - firstDelaySeconds;
        if (t < 0) {
            return -1;
        }
        int period = levelSeconds + rampSeconds;
        int level = (int) (t / period);
        return t % period < levelSeconds && level < users.size() ? level : -1;
    }

    void record(String name, int millis, boolean ok) {
        int level = levelNow();
        if (level >= 0) {
            levels.computeIfAbsent(level, k -> new ConcurrentLinkedQueue<>()).add(new Sample(name, millis, ok));
        }
    }

    /** Checks the levels that are over; sets {@link #stopReason} at the first that failed. */
    void verdict(int limitMillis) {
        int now = levelNow();
        long t = (System.currentTimeMillis() - start) / 1000 - firstDelaySeconds;
        int over = now >= 0 ? now : (int) Math.max(-1, t / (levelSeconds + rampSeconds));
        for (int l = 0; l < Math.min(over, users.size()) && stopReason == null; l++) {
            List<Sample> s = new ArrayList<>(levels.getOrDefault(l, new ConcurrentLinkedQueue<>()));
            if (s.isEmpty()) {
                continue;
            }
            long errors = s.stream().filter(x -> !x.ok()).count();
            int p99 = percentile(s.stream().mapToInt(Sample::millis).toArray(), 99);
            if (errors > 0 || p99 > limitMillis) {
                stopReason = String.format(Locale.ROOT, "level %d (%d users): p99 %d ms, %d errors", l + 1, users.get(l), p99, errors);
            }
        }
    }

    static int percentile(int[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        int[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** A Markdown table per level: users, throughput, and per request type count, p50, p95, p99, errors. */
    String report() {
        StringBuilder sb = new StringBuilder();
        for (var e : new TreeMap<>(levels).entrySet()) {
            List<Sample> s = new ArrayList<>(e.getValue());
            int level = e.getKey();
            sb.append(String.format(Locale.ROOT, "%nLevel %d: %d concurrent users, %.1f requests/s over %d s%n%n", level + 1,
                    users.get(level), s.size() / (double) levelSeconds, levelSeconds));
            sb.append("| request | count | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
            Map<String, List<Sample>> byName = new TreeMap<>();
            s.forEach(x -> byName.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(x));
            byName.put("(all)", s);
            byName.forEach((name, list) -> {
                int[] ms = list.stream().mapToInt(Sample::millis).toArray();
                sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %d |%n", name, list.size(),
                        list.size() / (double) levelSeconds, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                        list.stream().filter(x -> !x.ok()).count()));
            });
        }
        return sb.toString();
    }

    /**
     * The application's writes per level (the requests that store something, with the rows each stores) against
     * the raw JDBC baseline's rows per second, one row per transaction and batched.
     */
    String writeShare(Map<String, Integer> rowsPerRequest, String perRow, String batched) {
        if (perRow == null || batched == null) {
            return "\nNo raw baseline in this run (loadtest.baseline=false).\n";
        }
        double single = Double.parseDouble(perRow);
        double batch = Double.parseDouble(batched);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nWrites against the raw JDBC baseline (%.0f rows/s one per "
                + "transaction on 4 connections, %.0f rows/s batched)%n%n| level | users | writes/s | of one-per-transaction | of batched |%n"
                + "|---:|---:|---:|---:|---:|%n", single, batch));
        for (var e : new TreeMap<>(levels).entrySet()) {
            long n = e.getValue().stream().filter(Sample::ok).mapToLong(x -> rowsPerRequest.getOrDefault(x.name(), 0)).sum();
            double rate = n / (double) levelSeconds;
            sb.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f%% | %.1f%% |%n", e.getKey() + 1, users.get(e.getKey()), rate,
                    100 * rate / single, 100 * rate / batch));
        }
        return sb.toString();
    }
}
