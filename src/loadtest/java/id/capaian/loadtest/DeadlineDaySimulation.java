package id.capaian.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.incrementConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Issue 8's deadline-day load test: the application (in its own JVM, {@link DeadlineServer}) on a national-scale
 * dataset, and a staircase of concurrent users doing the mix of the last day for realisations:
 * <ul>
 * <li>employees (80%): sign in, open their own plan (via "SKP Saya"), open the realisation sheet of this month,
 * save two realisations and upload a small PDF as evidence;</li>
 * <li>after every full page, as a browser with JavaScript does, the navigation bar's notification bell;</li>
 * <li>appraisers (16%): sign in, open the team dashboard, open an appraisee's realisation and comment on it;</li>
 * <li>administrators (4%): sign in, open the agency dashboard and an OPD's dashboard.</li>
 * </ul>
 * Each user signs in once and then repeats its actions with a pause of {@code loadtest.thinkMin}-{@code thinkMax}
 * seconds (default 1-2). Every {@code loadtest.level} seconds (default 30, after a 15 s warm-up) {@code loadtest.step}
 * more users (default 25) join, at most {@code loadtest.levels} times (default 12); the run stops at the first level
 * whose 99th percentile passes {@code loadtest.limit} ms (default 500) or that has an error. The report (throughput
 * and p50/p95/p99 per request type and level, the raw JDBC baseline) is printed and written to
 * {@code target/gatling/deadline-day.md}.
 *
 * <p>{@code ./mvnw -Pload-test verify -Dloadtest.simulation=id.capaian.loadtest.DeadlineDaySimulation
 * [-Dloadtest.employees=20000 | -Dloadtest.dataDir=target/dataset]}
 */
public class DeadlineDaySimulation extends Simulation {

    static final int STEP = Integer.getInteger("loadtest.step", 25);
    static final int LEVELS = Integer.getInteger("loadtest.levels", 12);
    static final int LEVEL_SECONDS = Integer.getInteger("loadtest.level", 30);
    static final int RAMP_SECONDS = 10;
    /** Seconds at the first level's users before measuring starts, for the JIT and the caches (default 15). */
    static final int WARM_UP = Integer.getInteger("loadtest.warmup", 15);
    static final int LIMIT = Integer.getInteger("loadtest.limit", 500);
    static final double THINK_MIN = Double.parseDouble(System.getProperty("loadtest.thinkMin", "1"));
    static final double THINK_MAX = Double.parseDouble(System.getProperty("loadtest.thinkMax", "2"));
    /** As a browser with JavaScript does: saves and uploads go through htmx and answer only the changed RHK. */
    static final boolean HTMX = Boolean.parseBoolean(System.getProperty("loadtest.htmx", "true"));
    /** {@code deadline}: the mix above; {@code writes}: employees only, saving realisations over and over. */
    static final String MIX = System.getProperty("loadtest.mix", "deadline");
    /** The supervisors' comment; a compile-time constant, so that the server can remove earlier runs' ones without loading this class. */
    static final String COMMENT = "Mohon lengkapi bukti dukung bulan ini (uji beban).";
    /** Items per API push in the {@code api} mix: 1 uses the single push, more the batch endpoint. */
    static final int BATCH = Integer.getInteger("loadtest.batch", 100);
    /** Evidence files a virtual employee uploads at most (default 3). */
    static final int UPLOADS = Integer.getInteger("loadtest.uploads", 3);
    static final byte[] PDF = DeadlineServer.EVIDENCE_PDF;

    static final App APP = App.start();
    final Manifest m = APP.manifest;
    final long agency = Long.parseLong(m.values.get("agency"));
    final int sub = Integer.parseInt(m.values.get("sub"));

    final List<Integer> levelUsers = IntStream.range(0, LEVELS).mapToObj(l -> STEP * (l + 1)).toList();
    final LevelStats stats = new LevelStats(WARM_UP, LEVEL_SECONDS, RAMP_SECONDS, levelUsers);
    final ProcessCpu processes = new ProcessCpu(APP.process.pid());
    final ScheduledExecutorService judge = Executors.newSingleThreadScheduledExecutor();

    final HttpProtocolBuilder protocol = http.baseUrl(APP.baseUrl)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("id")
            .acceptEncodingHeader("gzip")
            .userAgentHeader("Capaian deadline-day load test")
            .disableFollowRedirect();

    /*
     * What the checks look for in the pages, as regular expressions over the markup: Gatling's CSS selectors parse
     * every page whole into a tree first, which cost the load generator about a third of its CPU (docs/performance.md,
     * section 11), on the same two cores as the application.
     */
    /** The token of a page's forms, from its {@code <meta name="_csrf">}. */
    static final String PAGE_TOKEN = "<meta name=\"_csrf\" content=\"([^\"]+)\"";
    /** The token of the sign-in form's hidden field. */
    static final String FORM_TOKEN = "name=\"_csrf\" value=\"([^\"]+)\"";
    /** The address the navigation bar's bell is fetched from ({@code hx-get} of {@code #notification-bell}). */
    static final String BELL_LINK = "id=\"notification-bell\"[^>]*? hx-get=\"([^\"]+)\"";
    /** The confirmation of a save: an {@code .alert-success} inside {@code #realisation-live}. */
    static final String SAVED = "id=\"realisation-live\"[^>]*><div[^>]*class=\"alert alert-success";

    /** A request whose time and outcome go into the level statistics. */
    ChainBuilder measured(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    stats.record(name, session.contains("rt") ? session.getInt("rt") : 0, !session.isFailed());
                    return session.remove("rt").markAsSucceeded();
                });
    }

    ChainBuilder signIn() {
        return measured("login page", http("login page").get("/login")
                        .check(status().is(200), regex(FORM_TOKEN).saveAs("csrf")))
                .exec(measured("sign in", http("sign in").post("/login")
                        .formParam("nip", "#{nip}").formParam("password", m.values.getOrDefault("password", "Kinerja-Nasional-2026"))
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").not(APP.baseUrl + "/login?error"))));
    }

    ChainBuilder think() {
        return pause(Duration.ofMillis((long) (THINK_MIN * 1000)), Duration.ofMillis((long) (THINK_MAX * 1000)));
    }

    /** The user's actions over and over, until a level fails: then the whole run stops. */
    ChainBuilder untilStopped(ChainBuilder actions) {
        return asLongAs(session -> stats.stopReason == null).on(actions.exec(think()))
                .stopLoadGeneratorIf(session -> "stopped at " + stats.stopReason, session -> stats.stopReason != null);
    }

    String realisations() {
        return "/agencies/" + agency + "/plans/#{planId}/realisations";
    }

    final ScenarioBuilder employees = scenario("employee")
            .feed(circular(m.employees))
            .exec(session -> session.set("uploads", 0))
            .exec(signIn())
            .exec(untilStopped(
                    measured("my plan (redirect)", http("my plan (redirect)").get("/plans/mine").check(status().is(302)))
                    .exec(page("own plan", http("own plan").get("/agencies/" + agency + "/plans/#{planId}").check(status().is(200))))
                    .exec(page("realisation sheet", http("realisation sheet").get(realisations() + "?sub=" + sub)
                            .check(status().is(200), regex(PAGE_TOKEN).saveAs("csrf"))))
                    // a recorded value's form is folded: the person unfolds it (htmx asks for it), then saves
                    .exec(measured("unfold a form", unfold("#{indicator1}", "change")))
                    .exec(measured("save realisation", save("#{indicator1}")))
                    .exec(session -> session.set("second", session.getLong("indicator2") > 0 ? session.getLong("indicator2")
                            : session.getLong("indicator1")))
                    .exec(measured("unfold a form", unfold("#{second}", "change")))
                    .exec(measured("save realisation", save("#{second}")))
                    // a person attaches a few files to a realisation, not one per visit: at most UPLOADS per user, so
                    // that a long run does not grow one sheet to hundreds of files
                    .doIf(session -> session.getInt("uploads") < UPLOADS).then(
                            measured("unfold a form", unfold("#{indicator1}", "evidence"))
                            .exec(measured("upload evidence", htmx(http("upload evidence")
                                    .post(realisations() + "/#{indicator1}/files?sub=" + sub)
                                    .header("X-CSRF-TOKEN", "#{csrf}")
                                    .bodyPart(ByteArrayBodyPart("file", PDF).fileName("bukti-dukung.pdf").contentType("application/pdf"))
                                    .bodyPart(StringBodyPart("_csrf", "#{csrf}")))))
                            .exec(session -> session.set("uploads", session.getInt("uploads") + 1)))));

    /** Unfolding one of an IKI's folded parts on the sheet: htmx asks for its forms ({@code change}, {@code evidence}). */
    HttpRequestActionBuilder unfold(String indicator, String part) {
        return http("unfold a form").get(realisations() + "/" + indicator + "/forms/" + part + "?sub=" + sub)
                .header("HX-Request", "true").check(status().is(200), substring("<form").exists());
    }

    HttpRequestActionBuilder save(String indicator) {
        return htmx(http("save realisation").post(realisations() + "/" + indicator + "?sub=" + sub)
                .formParam("value", session -> String.valueOf(ThreadLocalRandom.current().nextInt(5, 140)))
                .formParam("textValue", "")
                .formParam("note", "Rekap register harian (uji beban)")
                .formParam("_csrf", "#{csrf}"));
    }

    /**
     * With htmx (the default) the request says so, as the page's forms do, and the answer is the changed RHK (200,
     * carrying the saved confirmation); without, the form posts and is redirected to the sheet (302, not followed).
     */
    HttpRequestActionBuilder htmx(HttpRequestActionBuilder request) {
        return HTMX
                ? request.header("HX-Request", "true").header("X-CSRF-TOKEN", "#{csrf}")
                        .check(status().is(200), regex(SAVED).exists())
                : request.check(status().is(302));
    }

    /**
     * A full page as a browser asks for it: with JavaScript, the navigation bar's bell is fetched right after the
     * page ({@code hx-trigger="load"}), if the page has one (people without an employee record have none).
     */
    ChainBuilder page(String name, HttpRequestActionBuilder request) {
        ChainBuilder page = measured(name, HTMX ? request.check(regex(BELL_LINK).optional().saveAs("bell")) : request);
        return HTMX ? page.doIf(session -> session.contains("bell")).then(
                        measured("notification bell", http("notification bell").get("#{bell}").header("HX-Request", "true")
                                .check(status().is(200), substring("id=\"notification-bell\"").exists())))
                .exec(session -> session.remove("bell")) : page;
    }

    /** The write ceiling: employees who only save realisations (a sheet first, for its token), without pause by default. */
    final ScenarioBuilder writers = scenario("writer")
            .feed(circular(m.employees))
            .exec(signIn())
            .exec(measured("realisation sheet", http("realisation sheet").get(realisations() + "?sub=" + sub)
                    .check(status().is(200), regex(PAGE_TOKEN).saveAs("csrf"))))
            .exec(session -> session.set("second", session.getLong("indicator2") > 0 ? session.getLong("indicator2")
                    : session.getLong("indicator1")))
            .exec(untilStopped(measured("save realisation", save("#{indicator1}"))
                    .exec(measured("save realisation", save("#{second}")))));

    final ScenarioBuilder appraisers = scenario("appraiser")
            .feed(circular(m.appraisers))
            .exec(signIn())
            .exec(untilStopped(
                    page("team dashboard", http("team dashboard").get("/agencies/" + agency + "/team")
                            .check(status().is(200), regex(PAGE_TOKEN).saveAs("csrf")))
                    .exec(page("feedback thread", http("feedback thread")
                            .get("/agencies/" + agency + "/realisations/#{realisationId}/feedback").check(status().is(200))))
                    .exec(measured("comment", http("comment").post("/agencies/" + agency + "/realisations/#{realisationId}/feedback")
                            .formParam("body", COMMENT)
                            .formParam("_csrf", "#{csrf}")
                            .check(status().is(302))))));

    final ScenarioBuilder admins = scenario("administrator")
            .feed(circular(m.admins))
            .exec(session -> {
                String[] units = session.getString("units").split(";");
                return session.set("unit", units[ThreadLocalRandom.current().nextInt(units.length)]);
            })
            .exec(signIn())
            .exec(untilStopped(
                    page("agency dashboard", http("agency dashboard").get("/agencies/" + agency + "/dashboard").check(status().is(200)))
                    .exec(session -> {
                        String[] units = session.getString("units").split(";");
                        return session.set("unit", units[ThreadLocalRandom.current().nextInt(units.length)]);
                    })
                    .exec(page("unit dashboard", http("unit dashboard").get("/agencies/" + agency + "/dashboard/units/#{unit}")
                            .check(status().is(200))))));

    static Iterator<Map<String, Object>> circular(List<Map<String, Object>> rows) {
        return Stream.generate(() -> rows).flatMap(List::stream).iterator();
    }

    /**
     * Another system pushing realisations through the API (a token, no session): {@code loadtest.batch} items a
     * request, each a distinct indicator of this month with its own client key.
     */
    final ScenarioBuilder systems = scenario("system")
            .exec(untilStopped(measured(BATCH == 1 ? "api push (1 item)" : "api batch push (" + BATCH + " items)",
                    (BATCH == 1 ? http("api push").post("/api/v1/agencies/" + agency + "/realisations")
                            : http("api batch push").post("/api/v1/agencies/" + agency + "/realisations/batch"))
                            .header("Authorization", "Bearer " + m.values.get("apiToken"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> pushBody()))
                            .check(status().in(200, 201)))));

    String pushBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(BATCH == 1 ? "" : "{\"items\":[");
        int start = random.nextInt(m.employees.size());
        for (int n = 0; n < BATCH; n++) {
            Map<String, Object> e = m.employees.get((start + n) % m.employees.size());
            long indicator = (Long) e.get(random.nextBoolean() && (Long) e.get("indicator2") > 0 ? "indicator2" : "indicator1");
            sb.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"planId\":%d,\"indicatorId\":%d,\"subPeriod\":%d,"
                    + "\"value\":%d,\"note\":\"Rekap SIMPUS (uji beban)\",\"sourceLabel\":\"SIMPUS uji beban\",\"clientKey\":\"%s\"}",
                    (Long) e.get("planId"), indicator, sub, random.nextInt(5, 140), java.util.UUID.randomUUID()));
        }
        return sb.append(BATCH == 1 ? "" : "]}").toString();
    }

    {
        if ("api".equals(MIX)) {
            setUp(systems.injectClosed(constantConcurrentUsers(STEP).during(WARM_UP),
                    incrementConcurrentUsers(STEP).times(LEVELS).eachLevelLasting(LEVEL_SECONDS)
                            .separatedByRampsLasting(RAMP_SECONDS).startingFrom(STEP)))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(WARM_UP + (long) LEVELS * (LEVEL_SECONDS + RAMP_SECONDS) + 5));
        } else if ("writes".equals(MIX)) {
            setUp(writers.injectClosed(constantConcurrentUsers(STEP).during(WARM_UP),
                    incrementConcurrentUsers(STEP).times(LEVELS).eachLevelLasting(LEVEL_SECONDS)
                            .separatedByRampsLasting(RAMP_SECONDS).startingFrom(STEP)))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(WARM_UP + (long) LEVELS * (LEVEL_SECONDS + RAMP_SECONDS) + 5));
        } else {
            deadlineMix();
        }
    }

    void deadlineMix() {
        int share = STEP;
        int emp = Math.max(1, share * 80 / 100);
        int appr = Math.max(1, share * 16 / 100);
        int adm = Math.max(1, share - emp - appr);
        setUp(
                employees.injectClosed(constantConcurrentUsers(emp).during(WARM_UP),
                        incrementConcurrentUsers(emp).times(LEVELS).eachLevelLasting(LEVEL_SECONDS)
                                .separatedByRampsLasting(RAMP_SECONDS).startingFrom(emp)),
                appraisers.injectClosed(constantConcurrentUsers(appr).during(WARM_UP),
                        incrementConcurrentUsers(appr).times(LEVELS).eachLevelLasting(LEVEL_SECONDS)
                                .separatedByRampsLasting(RAMP_SECONDS).startingFrom(appr)),
                admins.injectClosed(constantConcurrentUsers(adm).during(WARM_UP),
                        incrementConcurrentUsers(adm).times(LEVELS).eachLevelLasting(LEVEL_SECONDS)
                                .separatedByRampsLasting(RAMP_SECONDS).startingFrom(adm)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(WARM_UP + (long) LEVELS * (LEVEL_SECONDS + RAMP_SECONDS) + 5));
    }

    @Override
    public void before() {
        judge.scheduleAtFixedRate(() -> {
            processes.sample(stats.levelNow());
            stats.verdict(LIMIT);
        }, 5, 2, TimeUnit.SECONDS);
        judge.schedule(() -> {
            APP.cpu("/reset");
        }, WARM_UP, TimeUnit.SECONDS);
    }

    @Override
    public void after() {
        judge.shutdownNow();
        stats.verdict(LIMIT);
        StringBuilder sb = new StringBuilder("# Deadline-day load test (" + MIX + " mix, " + (HTMX ? "htmx" : "no-JavaScript")
                + " forms, think time " + THINK_MIN + "-" + THINK_MAX + " s)\n\n");
        sb.append("Dataset: ").append(APP.dataset).append("; ").append(m.employees.size()).append(" employees, ")
                .append(m.appraisers.size()).append(" appraisers, ").append(m.admins.size()).append(" administrators in the mix.\n");
        sb.append("Stopped: ").append(stats.stopReason == null ? "no level failed (p99 <= " + LIMIT + " ms, no errors)" : stats.stopReason)
                .append("\n");
        sb.append("Raw JDBC baseline (rows/s): ");
        m.values.forEach((k, v) -> {
            if (k.startsWith("baseline.")) {
                sb.append(k.substring(9)).append(' ').append(v).append("; ");
            }
        });
        sb.append("\nLoad average at the end: ").append(load()).append('\n');
        sb.append(stats.report());
        sb.append(stats.writeShare(Map.of("save realisation", 1, "upload evidence", 1, "comment", 1, "api push (1 item)", 1,
                        "api batch push (" + BATCH + " items)", BATCH),
                m.values.get("baseline.perRow.realisation"), m.values.get("baseline.batched.realisation")));
        sb.append(APP.cpuTable());
        sb.append(processes.table(levelUsers));
        System.out.println(sb);
        try {
            Path out = Path.of(System.getProperty("loadtest.report", "target/gatling/deadline-day.md"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, sb.toString());
        } catch (IOException e) {
            System.out.println("could not write the report: " + e);
        }
        APP.stop();
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The application in its own JVM, with the manifest it wrote. */
    static final class App {
        final Process process;
        final String baseUrl;
        final Manifest manifest;
        final String dataset;

        private App(Process process, String baseUrl, Manifest manifest, String dataset) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.manifest = manifest;
            this.dataset = dataset;
        }

        static App start() {
            try {
                int port;
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
                Path dir = Files.createTempDirectory("capaian-deadline");
                Path manifest = dir.resolve("manifest.txt");
                Path log = Path.of(System.getProperty("loadtest.appLog", dir.resolve("app.log").toString()));
                String dataDir = System.getProperty("loadtest.dataDir", "");
                String employees = System.getProperty("loadtest.employees", "20000");
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx" + System.getProperty("loadtest.appHeap", "1536m"),
                        "-XX:+UseG1GC"));
                System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("loadtest.app."))
                        .forEach(n -> command.add("-D" + n.substring("loadtest.app.".length()) + "=" + System.getProperty(n)));
                String jfr = System.getProperty("loadtest.appJfr", "");
                if (!jfr.isBlank()) {
                    // a profile of the application's own JVM over the whole run, for "where the time goes"
                    command.add("-XX:FlightRecorderOptions=stackdepth=512");
                    command.add("-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath() + ",settings=profile,dumponexit=true");
                }
                command.add("-Dloadtest.baseline=" + System.getProperty("loadtest.baseline", "true"));
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeadlineServer.class.getName(),
                        String.valueOf(port), manifest.toString(), dataDir.isBlank() ? "-" : Path.of(dataDir).toAbsolutePath().toString(),
                        employees));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
                System.out.println("Deadline load test: starting the application on 127.0.0.1:" + port + " (log " + log + ")");
                long deadline = System.currentTimeMillis() + 600_000;
                while (!Files.exists(manifest)) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The application stopped; see " + log);
                    }
                    if (System.currentTimeMillis() > deadline) {
                        process.destroyForcibly();
                        throw new IllegalStateException("The application was not ready in 10 minutes; see " + log);
                    }
                    Thread.sleep(500);
                }
                List<String> lines = Files.readAllLines(log);
                String ready = lines.stream().filter(l -> l.startsWith("Deadline server:")).findFirst().orElse("");
                lines.stream().filter(l -> l.startsWith("Deadline server:") || l.startsWith("baseline") || l.startsWith("Raw JDBC"))
                        .forEach(System.out::println);
                return new App(process, "http://127.0.0.1:" + port, Manifest.read(Files.readAllLines(manifest)),
                        dataDir.isBlank() ? employees + " employees generated by the server" : dataDir + " / " + ready);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The application's CPU time per kind of request ({@link CpuPerRequest}), or why it could not be had. */
        String cpuTable() {
            return cpu("");
        }

        String cpu(String what) {
            try {
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + CpuPerRequest.PATH + what)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return r.statusCode() / 100 == 2 ? r.body() : "\n(no CPU table: HTTP " + r.statusCode() + ")\n";
            } catch (IOException e) {
                return "\n(no CPU table: " + e + ")\n";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "\n(no CPU table: interrupted)\n";
            }
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
