package id.capaian.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The database's own write rate, for the load test report to compare the application with (issue 8, part 3): the
 * writes of the deadline-day mix done straight with JDBC into the same database, with the application idle.
 * <ul>
 * <li>batched: realisation upserts (the application's own {@code INSERT ... ON CONFLICT} statement), progress
 * entries and evidence metadata rows in JDBC batches of 500, one commit per batch, one connection;</li>
 * <li>per row: the realisation upsert alone, one row per transaction (as a request commits), on 4 connections.</li>
 * </ul>
 * It writes into the current sub-period of plans whose employees the load test leaves alone (employee id ending
 * in 9) and removes what it added afterwards. Returns {@code baseline.*=rows/s} lines for the manifest.
 */
final class RawWriteBaseline {

    static final String UPSERT = """
            INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, text_value, note, source,
                                     source_label, recorded_by)
            VALUES (?, ?, ?, ?, ?, NULL, ?, 'WEB', NULL, 'baseline')
            ON CONFLICT (indicator_id, sub_period) DO UPDATE SET value = EXCLUDED.value, text_value = EXCLUDED.text_value,
                   note = EXCLUDED.note, source = EXCLUDED.source, source_label = EXCLUDED.source_label,
                   recorded_by = EXCLUDED.recorded_by, updated_at = now(), review_status = 'PENDING',
                   version = realisation.version + 1
            RETURNING id
            """;
    static final String UPSERT_BATCH = UPSERT.replace("RETURNING id", "");

    private final DataSource ds;
    private final long agencyId;
    private final int sub;

    RawWriteBaseline(DataSource ds, long agencyId) {
        this.ds = ds;
        this.agencyId = agencyId;
        this.sub = LocalDate.now(ZoneId.of("Asia/Jakarta")).getMonthValue();
    }

    String run() throws Exception {
        List<long[]> targets = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT p.id, i.id FROM performance_plan p JOIN employee e ON e.id = p.employee_id
                JOIN planned_result r ON r.plan_id = p.id JOIN result_indicator i ON i.result_id = r.id
                WHERE p.agency_id = ? AND p.status = 'APPROVED' AND e.id % 10 = 9 ORDER BY i.id LIMIT 20000""")) {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    targets.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        int half = targets.size() / 2;
        List<long[]> batched = targets.subList(0, half);
        List<long[]> perRow = targets.subList(half, targets.size());
        StringBuilder out = new StringBuilder();
        long[] realisationIds = new long[batched.size()];
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(UPSERT_BATCH)) {
                for (int i = 0; i < batched.size(); i++) {
                    ps.setLong(1, agencyId);
                    ps.setLong(2, batched.get(i)[0]);
                    ps.setLong(3, batched.get(i)[1]);
                    ps.setInt(4, sub);
                    ps.setBigDecimal(5, java.math.BigDecimal.valueOf(10 + i % 90));
                    ps.setString(6, "Rekap register harian (baseline)");
                    ps.addBatch();
                    if (i % 500 == 499 || i == batched.size() - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double realisations = rate(batched.size(), t);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, indicator_id FROM realisation WHERE agency_id = ? AND sub_period = ? AND recorded_by = 'baseline' ORDER BY indicator_id")) {
                ps.setLong(1, agencyId);
                ps.setInt(2, sub);
                try (ResultSet rs = ps.executeQuery()) {
                    int i = 0;
                    while (rs.next() && i < realisationIds.length) {
                        realisationIds[i++] = rs.getLong(1);
                    }
                }
            }
            c.commit();
            t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO progress_entry (agency_id, plan_id, indicator_id, entry_date, sub_period, value, note, source,
                                                source_label, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'WEB', NULL, 'baseline')""")) {
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
                for (int i = 0; i < batched.size(); i++) {
                    ps.setLong(1, agencyId);
                    ps.setLong(2, batched.get(i)[0]);
                    ps.setLong(3, batched.get(i)[1]);
                    ps.setObject(4, today);
                    ps.setInt(5, sub);
                    ps.setBigDecimal(6, java.math.BigDecimal.valueOf(3));
                    ps.setString(7, "baseline");
                    ps.addBatch();
                    if (i % 500 == 499 || i == batched.size() - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double progress = rate(batched.size(), t);
            t = System.nanoTime();
            int evidence = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO evidence (agency_id, realisation_id, kind, storage_key, file_name, content_type, size_bytes, uploaded_by)
                    VALUES (?, ?, 'FILE', ?, 'bukti.pdf', 'application/pdf', 2048, 'baseline')""")) {
                for (int i = 0; i < realisationIds.length; i++) {
                    if (realisationIds[i] == 0) {
                        continue;
                    }
                    ps.setLong(1, agencyId);
                    ps.setLong(2, realisationIds[i]);
                    ps.setString(3, agencyId + "/baseline-" + i);
                    ps.addBatch();
                    evidence++;
                    if (evidence % 500 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            double evidenceRate = rate(evidence, t);
            out.append(String.format(Locale.ROOT, "baseline.batched.realisation=%.0f%nbaseline.batched.progress=%.0f%n"
                    + "baseline.batched.evidence=%.0f%nbaseline.rows=%d%n", realisations, progress, evidenceRate, batched.size()));
        }
        // one row per transaction on 4 connections, as requests commit
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long t = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int worker = w;
            done.add(pool.submit(() -> {
                int n = 0;
                try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
                    c.setAutoCommit(true);
                    for (int i = worker; i < perRow.size(); i += 4) {
                        ps.setLong(1, agencyId);
                        ps.setLong(2, perRow.get(i)[0]);
                        ps.setLong(3, perRow.get(i)[1]);
                        ps.setInt(4, sub);
                        ps.setBigDecimal(5, java.math.BigDecimal.valueOf(10 + i % 90));
                        ps.setString(6, "Rekap register harian (baseline)");
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                        n++;
                    }
                }
                return n;
            }));
        }
        int rows = 0;
        for (Future<Integer> f : done) {
            rows += f.get();
        }
        pool.shutdown();
        double perRowRate = rate(rows, t);
        out.append(String.format(Locale.ROOT, "baseline.perRow.realisation=%.0f%n", perRowRate));
        cleanUp();
        System.out.print("Raw JDBC baseline:\n" + out);
        return out.toString();
    }

    private void cleanUp() throws SQLException {
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("DELETE FROM evidence WHERE agency_id = " + agencyId + " AND uploaded_by = 'baseline'");
            st.execute("DELETE FROM progress_entry WHERE agency_id = " + agencyId + " AND recorded_by = 'baseline'");
            st.execute("DELETE FROM realisation WHERE agency_id = " + agencyId + " AND recorded_by = 'baseline'");
            st.execute("ANALYZE realisation");
        }
    }

    private static double rate(int rows, long since) {
        return rows / ((System.nanoTime() - since) / 1e9);
    }
}
