package id.capaian.loadtest;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Issue 4's speed target: saving a realisation and opening the team dashboard of a 50-person team stay under
 * 100 ms at the median with 100 concurrent users. 50 employees of the team and 50 sessions of their appraiser sign
 * in with the form (CSRF included); once all are in, for {@code loadtest.seconds} (default 120) each employee saves
 * the realisation of one indicator of this month (a form POST, answered with a redirect) and each appraiser session
 * opens the team dashboard, every user pausing {@code loadtest.thinkMin}-{@code loadtest.thinkMax} seconds (default
 * 1-3) between actions. The application runs in its own JVM ({@link LoadTestServer}) on 127.0.0.1, started here
 * and stopped at the end.
 */
public class TrackingSimulation extends Simulation {

    static final int SECONDS = Integer.getInteger("loadtest.seconds", 120);
    static final int RAMP = Integer.getInteger("loadtest.ramp", 30);
    static final double THINK_MIN = Double.parseDouble(System.getProperty("loadtest.thinkMin", "1"));
    static final double THINK_MAX = Double.parseDouble(System.getProperty("loadtest.thinkMax", "3"));

    static final AppProcess APP = AppProcess.start();

    /** When the measured phase begins for everyone: after every user has signed in. */
    final long measuredFrom = System.currentTimeMillis() + (RAMP + 15) * 1000L;

    final HttpProtocolBuilder protocol = http.baseUrl(APP.baseUrl)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("id")
            .acceptEncodingHeader("gzip")
            .userAgentHeader("Capaian load test")
            .disableFollowRedirect()
            .shareConnections();

    ChainBuilder signIn(String nipExpression) {
        return exec(http("login page").get("/login").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login")
                        .formParam("nip", nipExpression).formParam("password", LoadTestDataset.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").not(APP.baseUrl + "/login?error")));
    }

    /** Everyone waits for the common start, so that sign-ins (slow on purpose: Argon2) are not measured with the rest. */
    ChainBuilder waitForStart() {
        return pause(session -> Duration.ofMillis(Math.max(0, measuredFrom - System.currentTimeMillis())));
    }

    ChainBuilder think() {
        return pause(Duration.ofMillis((long) (THINK_MIN * 1000)), Duration.ofMillis((long) (THINK_MAX * 1000)));
    }

    final Iterator<Map<String, Object>> team = APP.team.iterator();

    final ScenarioBuilder employees = scenario("employees save realisations")
            .feed(() -> team)
            .exec(signIn("#{nip}"))
            .exec(http("realisation page").get("/agencies/" + APP.agencyId + "/plans/#{planId}/realisations?sub=" + APP.subPeriod)
                    .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
            .exec(waitForStart())
            .exec(during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("save realisation")
                            .post("/agencies/" + APP.agencyId + "/plans/#{planId}/realisations/#{indicatorId}?sub=" + APP.subPeriod)
                            .formParam("value", session -> String.valueOf(ThreadLocalRandom.current().nextInt(60, 140)))
                            .formParam("textValue", "")
                            .formParam("note", "Rekap register harian (uji beban)")
                            .formParam("_csrf", "#{csrf}")
                            .check(status().is(302), header("Location").find().exists()))
                            .exec(think())));

    final ScenarioBuilder appraisers = scenario("appraiser opens the team dashboard")
            .exec(signIn(APP.appraiserNip))
            .exec(waitForStart())
            .exec(during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("team dashboard").get("/agencies/" + APP.agencyId + "/team")
                            .check(status().is(200), substring(APP.firstMemberNip)))
                            .exec(think())));

    {
        setUp(
                employees.injectOpen(rampUsers(LoadTestDataset.TEAM_SIZE).during(RAMP)),
                appraisers.injectOpen(rampUsers(LoadTestDataset.TEAM_SIZE).during(RAMP)))
                .protocols(protocol)
                .assertions(
                        details("save realisation").responseTime().percentile(50.0).lt(100),
                        details("team dashboard").responseTime().percentile(50.0).lt(100),
                        global().failedRequests().percent().lt(1.0));
    }

    @Override
    public void after() {
        APP.stop();
    }

    /** The application in its own JVM, with the dataset it made. */
    static final class AppProcess {
        final Process process;
        final String baseUrl;
        final long agencyId;
        final String appraiserNip;
        final int subPeriod;
        final String firstMemberNip;
        final List<Map<String, Object>> team = new ArrayList<>();

        private AppProcess(Process process, String baseUrl, List<String> dataset) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.agencyId = Long.parseLong(dataset.get(0));
            this.appraiserNip = dataset.get(1);
            this.subPeriod = Integer.parseInt(dataset.get(2));
            for (String line : dataset.subList(3, dataset.size())) {
                String[] f = line.split(",");
                Map<String, Object> m = new HashMap<>();
                m.put("nip", f[0]);
                m.put("planId", Long.parseLong(f[1]));
                m.put("indicatorId", Long.parseLong(f[2]));
                team.add(m);
            }
            this.firstMemberNip = (String) team.get(0).get("nip");
        }

        static AppProcess start() {
            try {
                int port;
                try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
                Path dir = Files.createTempDirectory("capaian-loadtest");
                Path dataset = dir.resolve("dataset.txt");
                Path log = Path.of(System.getProperty("loadtest.appLog", dir.resolve("app.log").toString()));
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx1g", "-XX:+UseG1GC"));
                // -Dloadtest.app.some.property=value reaches the application as -Dsome.property=value (experiments)
                System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("loadtest.app."))
                        .forEach(n -> command.add("-D" + n.substring("loadtest.app.".length()) + "=" + System.getProperty(n)));
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadTestServer.class.getName(),
                        String.valueOf(port), dataset.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
                System.out.println("Load test: starting the application on 127.0.0.1:" + port + " (log " + log + ")");
                long deadline = System.currentTimeMillis() + 300_000;
                while (!Files.exists(dataset)) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The application stopped; see " + log + ":\n" + tail(log));
                    }
                    if (System.currentTimeMillis() > deadline) {
                        process.destroyForcibly();
                        throw new IllegalStateException("The application was not ready in 5 minutes; see " + log);
                    }
                    Thread.sleep(250);
                }
                System.out.println(tail(log));
                return new AppProcess(process, "http://127.0.0.1:" + port, Files.readAllLines(dataset));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void stop() {
            process.destroy(); // SIGTERM: Spring closes, the embedded PostgreSQL stops, its temporary directory goes
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }
}
