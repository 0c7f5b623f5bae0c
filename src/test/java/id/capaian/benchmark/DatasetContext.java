package id.capaian.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the stages of the {@link NationalDataset} share: the settings, the connection, a seeded random, the model
 * built so far (units, employees, plans, RHK, IKI, a sample of realisations), id reservation and row counts.
 * Employees, RHK and IKI are kept in plain arrays so that 100,000 employees and their half a million IKI fit in a
 * few tens of MB.
 */
final class DatasetContext {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    final NationalDataset.Settings settings;
    final Connection con;
    final SplittableRandom random;
    final Map<String, Long> rows = new LinkedHashMap<>();

    long agencyId;
    long periodId;
    /** The sub-period that is open today (month or quarter of {@link #today()}). */
    int currentSub;
    int subPeriods;

    // ---------------------------------------------------------------- organisation
    final List<UnitRow> units = new ArrayList<>();
    final List<PositionRow> positions = new ArrayList<>();
    int employees;
    long[] empId;
    int[] empUnit;
    /** index of the superior (and appraiser), -1 for the top */
    int[] empSuperior;
    boolean[] empHead;
    int[] empPosition;
    String[] empNip;
    String[] empName;
    /** the agency administrators (staff of the personnel agency) */
    final List<Integer> admins = new ArrayList<>();

    // ---------------------------------------------------------------- planning
    long[] planId;
    /** 0 none, else the index of the status in {@link #PLAN_STATUS} */
    byte[] planStatus;
    static final String[] PLAN_STATUS = {null, "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"};
    static final byte APPROVED = 3;
    int[] firstResult;
    int[] resultCount;
    long[] resultId;
    boolean[] resultMain;
    int results;
    int[] firstIndicator;
    int[] indicatorCount;
    long[] indicatorId;
    int[] indicatorEmp;
    byte[] indicatorAspect;
    double[] indicatorTarget;
    String[] indicatorName;
    int indicators;
    static final String[] ASPECTS = {"KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"};

    // ---------------------------------------------------------------- tracking
    /** realisations of past sub-periods chosen for feedback: id, indicator index, sub-period */
    final List<long[]> feedbackSample = new ArrayList<>();

    DatasetContext(NationalDataset.Settings settings, Connection con) {
        this.settings = settings;
        this.con = con;
        this.random = new SplittableRandom(settings.seed());
    }

    LocalDate today() {
        return settings.today();
    }

    /** A moment of a day of the dataset's year, at a working hour in Jakarta. */
    OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(JAKARTA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** First day of a sub-period of the dataset's year. */
    LocalDate subStart(int sub) {
        int year = settings.year();
        return subPeriods == 12 ? LocalDate.of(year, sub, 1) : LocalDate.of(year, (sub - 1) * 3 + 1, 1);
    }

    LocalDate subEnd(int sub) {
        return subPeriods == 12 ? subStart(sub).plusMonths(1).minusDays(1) : subStart(sub).plusMonths(3).minusDays(1);
    }

    /** Reserves {@code n} ids of the table's sequence and returns the first; the rows then refer to each other freely. */
    long reserve(String table, long n) throws SQLException {
        if (n <= 0) {
            return 0;
        }
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?, 'id')) + ? - 1)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.setLong(3, n);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - n + 1;
            }
        }
    }

    long single(String sql) throws SQLException {
        try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void exec(String sql) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute(sql);
        }
    }

    /** Streams into the table: the one copy of a stage that is finished first. */
    Copy copy(String table, String columns) throws SQLException {
        return Copy.into(con, table, columns);
    }

    /** Spools for the table, loaded when it is finished (after the stage's streamed copy). */
    Copy spool(String table, String columns) throws SQLException {
        return Copy.spooled(con, table, columns);
    }

    void counted(String table, long n) {
        rows.merge(table, n, Long::sum);
    }

    /** Loads the rows and adds them to the table's count. */
    void done(String table, Copy copy) throws SQLException {
        counted(table, copy.finish());
    }

    int chance(double p, int outOf) {
        return random.nextDouble() < p ? 1 : 0;
    }

    record UnitRow(int index, long id, int parent, String code, String name, NationalDataset.UnitKind kind, int opd,
            String sector) {
    }

    record PositionRow(long id, String code, String name, String kind, String jfLevel, int grade) {
    }

    // ---------------------------------------------------------------- evaluation (read back once, see annual())
    /** per employee: the annual evaluation's id (0 without one) and its predikat, an index in {@link #PREDIKAT} (0 none) */
    long[] annualEvaluation;
    byte[] annualPredikat;
    static final String[] PREDIKAT = {null, "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"};
    static final byte SANGAT_BAIK = 1;
    static final byte BUTUH_PERBAIKAN = 3;

    /** The employee's index from their id (ids are reserved in one block, in index order). */
    int index(long employeeId) {
        return (int) (employeeId - empId[0]);
    }

    /**
     * The annual evaluations the evaluation stage wrote with set-based SQL (so not kept in memory): read back with
     * one query the first time a later stage asks.
     */
    void annual() throws SQLException {
        if (annualPredikat != null) {
            return;
        }
        annualEvaluation = new long[employees];
        annualPredikat = new byte[employees];
        try (PreparedStatement ps = con.prepareStatement("SELECT employee_id, id, predikat FROM evaluation"
                + " WHERE agency_id = ? AND period_id = ? AND kind = 'ANNUAL' AND predikat IS NOT NULL")) {
            ps.setLong(1, agencyId);
            ps.setLong(2, periodId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int e = index(rs.getLong(1));
                    annualEvaluation[e] = rs.getLong(2);
                    annualPredikat[e] = (byte) java.util.Arrays.asList(PREDIKAT).indexOf(rs.getString(3));
                }
            }
        }
    }

    /** Below expectation in the annual evaluation (Butuh Perbaikan, Kurang, Sangat Kurang). */
    boolean belowExpectation(int e) {
        return annualPredikat[e] >= BUTUH_PERBAIKAN;
    }

    /** The unit's head (employee index), filled in by the organisation stage. */
    int[] unitHead;
    /** unit index: the unit's agreement id (0 without one) and its IKU ids */
    long[] unitAgreement;
    long[][] unitIku;
}
