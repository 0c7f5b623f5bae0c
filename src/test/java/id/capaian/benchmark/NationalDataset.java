package id.capaian.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Issue 8's dataset generator: one government agency of N employees (20,000 by default, 100,000 and more work)
 * with everything a year of performance management leaves behind, written with {@code COPY} straight into the
 * real schema, fast enough for a national-scale test (see docs/performance.md, "National scale").
 *
 * <p>What it makes, in {@link #STAGES} order:
 * <ul>
 * <li>{@link OrganisationStage}: a regional government (regency, city or, from 50,000, province): the regional
 * secretariat with its bagian, 8-30 OPD (sekretariat with subbagian, bidang with seksi), the education office with
 * its schools, the health office with its puskesmas, hospitals (RSUD), kecamatan with their kelurahan; 30 positions
 * (JPT, administrator, pengawas, pelaksana, fungsional with their levels); employees with valid PNS and PPPK NIPs,
 * every unit with a head reporting to the head of the parent unit, staff reporting to their unit's head.</li>
 * <li>{@link IdentityStage}: an account per employee, all with one known password (hashed once), administrators
 * in the personnel agency, the regional secretary as agency head.</li>
 * <li>{@link PlanningStage}: the period of the year, signed agreements with three IKU for the secretariat and each
 * OPD, a plan for 97% of the employees (95% of them approved), 3-4 RHK each linked up the cascade, 1-2 IKI per RHK,
 * rencana aksi, BerAKHLAK expectations and plan history.</li>
 * <li>{@link TrackingStage}: realisations of every past sub-period and of half the current one, reviews, progress
 * entries, evidence links and files.</li>
 * <li>{@link FeedbackStage}: appraisers' comments and replies with their notifications, and quarterly team
 * dialogues with obstacles and agreed actions.</li>
 * <li>{@link EvaluationStage}: the periodic evaluations of the months gone by (final) and the annual evaluation
 * (rated, ready to be finalised).</li>
 * <li>{@link DevelopmentStage}: the agency's technical competencies, position standards, competency assessments,
 * a training catalogue with the year's enrolments and JP, development plans for those below expectation, mentoring.</li>
 * <li>{@link TalentStage}: potential assessments, formal education, critical positions with succession candidates,
 * promotion and transfer proposals (the 9-box is computed by the application from the evaluations and
 * potentials).</li>
 * </ul>
 *
 * <p>Deterministic for a seed and size. Run it as a command with {@link DatasetCommand} or from a test with
 * {@link #generate(DataSource, Settings)}.
 */
public final class NationalDataset {

    /** The stages in the order they run; each reads what the ones before it left in the context. */
    static final List<DatasetStage> STAGES = List.of(new OrganisationStage(), new IdentityStage(), new PlanningStage(),
            new TrackingStage(), new FeedbackStage(), new EvaluationStage(), new DevelopmentStage(), new TalentStage());

    /** The password of every generated account. */
    public static final String PASSWORD = "Kinerja-Nasional-2026";

    private static final AtomicLong RUNS = new AtomicLong();

    /**
     * @param employees how many employees (50 and up)
     * @param year the period's year; realisations run up to {@code today} in it (all year for a past year)
     * @param monthly monthly sub-periods, otherwise quarterly
     * @param today the day the dataset is "as of" (the current sub-period is half realised)
     * @param evidenceDir where evidence files go ({@code capaian.evidence.dir}); null: links only, no files
     * @param passwordHash the stored hash of {@link #PASSWORD} (computing Argon2 takes a while: pass it once)
     */
    public record Settings(int employees, int year, boolean monthly, LocalDate today, Path evidenceDir, String passwordHash,
            long seed) {

        public static Settings of(int employees, String passwordHash) {
            LocalDate today = LocalDate.now(DatasetContext.JAKARTA);
            return new Settings(employees, today.getYear(), true, today, null, passwordHash, 2026);
        }

        public Settings withEvidenceDir(Path dir) {
            return new Settings(employees, year, monthly, today, dir, passwordHash, seed);
        }

        public Settings withSeed(long s) {
            return new Settings(employees, year, monthly, today, evidenceDir, passwordHash, s);
        }

        public Settings quarterly() {
            return new Settings(employees, year, false, today, evidenceDir, passwordHash, seed);
        }
    }

    /** What was made: ids the benchmarks need, rows per table, milliseconds per stage. */
    public record Summary(long agencyId, long periodId, int employees, int units, int currentSubPeriod,
            Map<String, Long> rows, Map<String, Long> stageMillis, long millis, boolean triggersOff) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public double employeesPerMinute() {
            return employees * 60_000.0 / Math.max(1, millis);
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%,d employees, %,d units, %,d rows in %.1f s (%,.0f employees/min, "
                    + "FK triggers %s)%n", employees, units, totalRows(), millis / 1000.0, employeesPerMinute(),
                    triggersOff ? "off during the load" : "on"));
            stageMillis.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  stage %-13s %,8d ms%n", k, v)));
            rows.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-22s %,12d rows%n", k, v)));
            return sb.toString();
        }
    }

    /** Kinds of units, with the weight of their staff (how many people a unit of the kind employs, relatively). */
    public enum UnitKind {
        ROOT(4), BAGIAN(8), OPD(3), SEKRETARIAT(3), SUBBAG(5), BIDANG(3), SEKSI(5), SCHOOL(11), PUSKESMAS(28),
        PKM_SUB(6), RSUD(4), RSUD_BIDANG(70), KECAMATAN(4), KEC_SEKSI(4), KELURAHAN(7);

        final int staffWeight;

        UnitKind(int staffWeight) {
            this.staffWeight = staffWeight;
        }
    }

    private NationalDataset() {
    }

    public static Summary generate(DataSource dataSource, Settings settings) throws Exception {
        try (Connection con = dataSource.getConnection()) {
            return generate(con, settings);
        }
    }

    /**
     * Generates into the connection's database (with the schema migrated). Each stage commits on its own; foreign
     * key triggers are switched off for the session while loading when the user may do so (a superuser, as with
     * the embedded server): the generator makes consistent rows, and the checks would triple the time.
     */
    public static Summary generate(Connection con, Settings settings) throws Exception {
        if (settings.employees() < 50) {
            throw new IllegalArgumentException("at least 50 employees");
        }
        if (settings.employees() > 139_000) {
            throw new IllegalArgumentException("at most 139,000 employees per agency (the NIP scheme of the generator)");
        }
        long start = System.nanoTime();
        boolean auto = con.getAutoCommit();
        con.setAutoCommit(true);
        boolean triggersOff = false;
        try (Statement st = con.createStatement()) {
            st.execute("SET session_replication_role = replica");
            triggersOff = true;
        } catch (SQLException notSuperuser) {
            // the checks stay on: slower, still correct
        }
        con.setAutoCommit(false);
        DatasetContext c = new DatasetContext(settings.withSeed(settings.seed() + RUNS.getAndIncrement() * 7919), con);
        Map<String, Long> millis = new LinkedHashMap<>();
        try {
            for (DatasetStage stage : STAGES) {
                long t = System.nanoTime();
                stage.run(c);
                con.commit();
                millis.put(stage.name(), (System.nanoTime() - t) / 1_000_000);
            }
        } catch (Exception e) {
            con.rollback();
            throw e;
        } finally {
            con.setAutoCommit(true);
            if (triggersOff) {
                try (Statement st = con.createStatement()) {
                    st.execute("SET session_replication_role = origin");
                }
            }
        }
        long t = System.nanoTime();
        try (Statement st = con.createStatement()) {
            for (String table : c.rows.keySet()) {
                st.execute("ANALYZE " + table);
            }
        }
        millis.put("analyze", (System.nanoTime() - t) / 1_000_000);
        con.setAutoCommit(auto);
        return new Summary(c.agencyId, c.periodId, c.employees, c.units.size(), c.currentSub, c.rows, millis,
                (System.nanoTime() - start) / 1_000_000, triggersOff);
    }
}
