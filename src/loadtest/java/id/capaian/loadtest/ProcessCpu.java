package id.capaian.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How the machine's CPU is shared during each level: the application's JVM, PostgreSQL's processes and Gatling's own
 * JVM, read from {@code /proc} (Linux; elsewhere the table says so). A profile of the application alone cannot show
 * that the database is the limit; this can (section 7 of docs/performance.md found a missing index that way).
 */
final class ProcessCpu {

    static final String[] GROUPS = {"application", "PostgreSQL", "Gatling"};
    private static final double TICKS = 100.0; // USER_HZ, 100 on Linux

    private record Snapshot(long nanos, Map<String, Double> seconds) {
    }

    private final long applicationPid;
    private final long gatlingPid = ProcessHandle.current().pid();
    private final Map<Integer, Snapshot> first = new ConcurrentHashMap<>();
    private final Map<Integer, Snapshot> last = new ConcurrentHashMap<>();

    ProcessCpu(long applicationPid) {
        this.applicationPid = applicationPid;
    }

    /** Called every few seconds: notes the level's first and latest reading. */
    void sample(int level) {
        if (level < 0 || !Files.isDirectory(Path.of("/proc"))) {
            return;
        }
        try {
            Snapshot now = new Snapshot(System.nanoTime(), read());
            first.putIfAbsent(level, now);
            last.put(level, now);
        } catch (RuntimeException e) {
            // a reading missed: the level's figure spans the readings that worked (the judge must go on)
        }
    }

    /** CPU seconds used so far per group. */
    private Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String g : GROUPS) {
            seconds.put(g, 0.0);
        }
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                try {
                    String group = pid == applicationPid ? "application" : pid == gatlingPid ? "Gatling"
                            : new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).startsWith("postgres")
                                    ? "PostgreSQL" : null;
                    if (group != null) {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        seconds.merge(group, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS, Double::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return seconds;
        }
        return seconds;
    }

    /** The cores each group used during each level, as a Markdown table. */
    String table(java.util.List<Integer> users) {
        if (first.isEmpty()) {
            return "\n(no CPU split per process: /proc is not readable here)\n";
        }
        StringBuilder sb = new StringBuilder("\n## CPU per process during each level (cores of "
                + Runtime.getRuntime().availableProcessors() + ")\n\n| level | users | application | PostgreSQL | Gatling |\n|---:|---:|---:|---:|---:|\n");
        first.keySet().stream().sorted().forEach(level -> {
            Snapshot a = first.get(level);
            Snapshot b = last.get(level);
            double elapsed = (b.nanos() - a.nanos()) / 1e9;
            if (elapsed < 5) {
                return;
            }
            sb.append(String.format(Locale.ROOT, "| %d | %d |", level + 1, users.get(level)));
            for (String g : GROUPS) {
                sb.append(String.format(Locale.ROOT, " %.2f |", (b.seconds().get(g) - a.seconds().get(g)) / elapsed));
            }
            sb.append('\n');
        });
        return sb.toString();
    }
}
