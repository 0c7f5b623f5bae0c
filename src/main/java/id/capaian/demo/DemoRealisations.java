package id.capaian.demo;

import id.capaian.identity.ApiTokenManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.tracking.EvidenceStorage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Realisations of the demo year's approved plans for the months gone by (January until last month), written in
 * JDBC batches with the columns the realisation service writes, since past months are closed to the service: values
 * around each indicator's trajectory (some people lag, some are ahead, most are near it), a note now and then,
 * evidence links and two small PDF files, the doctors of Puskesmas Kesatria with their visits pushed by the clinic's
 * registry (source API, "SIMPUS Puskesmas Kesatria", with the unit-scoped token that pushes them), and the
 * appraisers' reviews: older months mostly reviewed, last month mostly pending, a few asked for more evidence.
 * Deterministic; made once, in one transaction; nothing when the agency has realisations already.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
class DemoRealisations {

    static final String SIMPUS = "SIMPUS Puskesmas Kesatria";
    static final String KESATRIA = "DINKES.PKM-KESATRIA";
    private static final Logger log = LoggerFactory.getLogger(DemoRealisations.class);
    private static final long LOCK_KEY = 1273_0004L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final EvidenceStorage storage;
    private final ApiTokenManagement tokens;
    private final TransactionTemplate transaction;

    DemoRealisations(JdbcTemplate jdbc, EvidenceStorage storage, ApiTokenManagement tokens,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What was made. */
    record Summary(int plans, int realisations, int fromApi, int reviewed, int needsEvidence, int links, int files) {
    }

    /** An indicator of an approved plan, with whose it is. */
    private record Row(long planId, long indicatorId, String aspect, String targetKind, BigDecimal target, BigDecimal min,
            BigDecimal max, String unit, String direction, String nip, String unitCode) {
    }

    /** Makes the realisations unless the agency has some already; never stops the demo from starting. */
    void load(long agencyId) {
        long started = System.nanoTime();
        try {
            Summary s = transaction.execute(status -> {
                jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", LOCK_KEY);
                Integer any = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM realisation WHERE agency_id = ? LIMIT 1) x",
                        Integer.class, agencyId);
                return any != null && any > 0 ? null : populate(agencyId, LocalDate.now(JAKARTA));
            });
            if (s != null) {
                log.info("Demo realisations loaded in {} ms: {} realisations of {} approved plans for {} ({} pushed by {}), "
                        + "{} reviewed, {} needing evidence, {} evidence links and {} files",
                        (System.nanoTime() - started) / 1_000_000, s.realisations(), s.plans(), monthsLabel(), s.fromApi(),
                        SIMPUS, s.reviewed(), s.needsEvidence(), s.links(), s.files());
            }
        } catch (RuntimeException e) {
            log.error("Demo realisations could not be loaded: {}", e.getMessage(), e);
        }
    }

    private static String monthsLabel() {
        int last = LocalDate.now(JAKARTA).getMonthValue() - 1;
        return last < 1 ? "no month yet" : "January to " + java.time.Month.of(last).getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + DemoPlanning.YEAR;
    }

    /** The months of the demo year that are over: all twelve once the year is past, none before it starts. */
    static int monthsOver(LocalDate today) {
        if (today.getYear() > DemoPlanning.YEAR) {
            return 12;
        }
        return today.getYear() < DemoPlanning.YEAR ? 0 : today.getMonthValue() - 1;
    }

    Summary populate(long agencyId, LocalDate today) {
        int months = monthsOver(today);
        List<Row> rows = jdbc.query("""
                SELECT p.id AS plan_id, i.id, i.aspect, i.target_kind, i.target_value, i.target_min, i.target_max, i.target_unit,
                       i.direction, e.nip, u.code AS unit_code
                FROM performance_plan p
                JOIN performance_period pp ON pp.id = p.period_id AND pp.year = ? AND pp.scheme = 'MONTHLY'
                JOIN employee e ON e.id = p.employee_id
                LEFT JOIN org_unit u ON u.id = p.unit_id
                JOIN planned_result r ON r.plan_id = p.id
                JOIN result_indicator i ON i.result_id = r.id
                WHERE p.agency_id = ? AND p.status = 'APPROVED'
                ORDER BY p.id, r.kind = 'UTAMA' DESC, r.ordinal, r.id, i.ordinal, i.id
                """, (rs, n) -> new Row(rs.getLong("plan_id"), rs.getLong("id"), rs.getString("aspect"), rs.getString("target_kind"),
                rs.getBigDecimal("target_value"), rs.getBigDecimal("target_min"), rs.getBigDecimal("target_max"),
                rs.getString("target_unit"), rs.getString("direction"), rs.getString("nip"), rs.getString("unit_code")),
                DemoPlanning.YEAR, agencyId);
        if (months == 0 || rows.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        Long kesatriaId = jdbc.query("SELECT id FROM org_unit WHERE agency_id = ? AND code = ?",
                rs -> rs.next() ? rs.getLong(1) : null, agencyId, KESATRIA);
        if (kesatriaId != null) {
            // the clinic's registry has its own token, limited to the clinic (its secret is not kept: shown once)
            tokens.issue(Actor.system(), agencyId, SIMPUS, Role.AGENCY_ADMIN, null, kesatriaId);
        }

        List<Object[]> inserts = new ArrayList<>();
        int apiCount = 0;
        int reviewed = 0;
        int needsEvidence = 0;
        long plans = rows.stream().mapToLong(Row::planId).distinct().count();
        for (Row r : rows) {
            // each person keeps a pace: a quarter lag, a fifth are ahead, the rest near their trajectory
            Random person = new Random(r.planId() * 31 + 7);
            double pace = switch (person.nextInt(20)) {
                case 0, 1, 2, 3, 4 -> 0.55 + person.nextDouble() * 0.3;
                case 5, 6, 7, 8 -> 1.08 + person.nextDouble() * 0.2;
                default -> 0.92 + person.nextDouble() * 0.14;
            };
            boolean api = KESATRIA.equals(r.unitCode()) && "KUANTITAS".equals(r.aspect()) && "NUMBER".equals(r.targetKind());
            Random random = new Random(r.indicatorId() * 131 + 17);
            double[] carry = {0};
            for (int month = 1; month <= months; month++) {
                BigDecimal value = null;
                String text = null;
                switch (r.targetKind()) {
                    case "NUMBER" -> value = number(r, pace, random, carry);
                    case "RANGE" -> value = range(r, pace, random);
                    default -> text = TEXTS[random.nextInt(TEXTS.length)];
                }
                String status = month < months - 1 ? (random.nextInt(10) < 8 ? "REVIEWED" : "PENDING")
                        : month == months - 1 ? (random.nextInt(10) < 5 ? "REVIEWED" : "PENDING") : "PENDING";
                if (!"REVIEWED".equals(status) && random.nextInt(40) == 0) {
                    status = "NEEDS_EVIDENCE";
                }
                reviewed += "REVIEWED".equals(status) ? 1 : 0;
                needsEvidence += "NEEDS_EVIDENCE".equals(status) ? 1 : 0;
                apiCount += api ? 1 : 0;
                LocalDateTime at = YearMonth.of(DemoPlanning.YEAR, month).atEndOfMonth().minusDays(random.nextInt(3))
                        .plusDays(random.nextInt(5)).atTime(8 + random.nextInt(8), random.nextInt(60));
                Timestamp recorded = Timestamp.from(at.atZone(JAKARTA).toInstant());
                Timestamp updated = "PENDING".equals(status) ? recorded
                        : Timestamp.from(at.plusDays(1 + random.nextInt(4)).atZone(JAKARTA).toInstant());
                String note = api ? "Rekap kunjungan dari register SIMPUS" : random.nextInt(6) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
                inserts.add(new Object[] {agencyId, r.planId(), r.indicatorId(), month, value, text, note, api ? "API" : "WEB",
                        api ? SIMPUS : null, status, api ? "token:" + SIMPUS : r.nip(), recorded, updated,
                        "PENDING".equals(status) ? 0 : 1});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, text_value, note, source, source_label,
                                         review_status, recorded_by, recorded_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, inserts);
        int[] evidence = evidence(agencyId);
        return new Summary((int) plans, inserts.size(), apiCount, reviewed, needsEvidence, evidence[0], evidence[1]);
    }

    /**
     * A month's value for a numeric target. Quantities add up over the year: the month gets its share of the
     * yearly target at the person's pace, carried over while it is less than one (a report due once a year comes
     * in one month, not as twelfths). Rates (quality, time, cost) are the rate itself, near the target.
     */
    private static BigDecimal number(Row r, double pace, Random random, double[] carry) {
        BigDecimal target = r.target() == null ? BigDecimal.TEN : r.target();
        double noise = 0.85 + random.nextDouble() * 0.3;
        boolean lower = "LOWER".equals(r.direction());
        if ("KUANTITAS".equals(r.aspect())) {
            carry[0] += target.doubleValue() / 12 * (lower ? 2 - pace : pace) * noise;
            BigDecimal month = round(carry[0], target);
            carry[0] -= month.doubleValue();
            return month;
        }
        boolean percent = r.unit() != null && r.unit().contains("%");
        double factor = lower ? 1 + (1 - pace) * 0.8 + (noise - 1) * 0.3 : 1 - (1 - pace) * 0.5 + (noise - 1) * 0.2;
        double v = target.doubleValue() * factor;
        if (percent) {
            v = Math.min(100, v);
        }
        return round(Math.max(0, v), target);
    }

    private static BigDecimal range(Row r, double pace, Random random) {
        BigDecimal min = r.min() == null ? BigDecimal.ZERO : r.min();
        BigDecimal max = r.max() == null ? min.add(BigDecimal.TEN) : r.max();
        double span = max.subtract(min).doubleValue();
        double v = min.doubleValue() + span * (pace < 0.9 ? 1.1 + random.nextDouble() * 0.3 : random.nextDouble());
        return round(v, max);
    }

    /** Whole numbers for whole-number targets, one decimal otherwise. */
    private static BigDecimal round(double v, BigDecimal like) {
        int scale = like.stripTrailingZeros().scale() <= 0 ? 0 : 1;
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * Evidence: a link for about one realisation in twelve (reports in the agency's shared drive, photos of the
     * activity) and two small PDF files, the register recap of two Puskesmas months, stored as uploads are.
     */
    private int[] evidence(long agencyId) {
        List<Object[]> picked = jdbc.query("""
                SELECT r.id, r.sub_period, r.recorded_by, r.recorded_at, r.source FROM realisation r
                WHERE r.agency_id = ? AND (r.id % 12 = 0 OR r.review_status = 'NEEDS_EVIDENCE' AND r.id % 3 = 0)
                ORDER BY r.id
                """, (rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)}, agencyId);
        List<Object[]> links = new ArrayList<>();
        for (Object[] p : picked) {
            if ("API".equals(p[4])) {
                continue; // the registry sends numbers, not documents
            }
            long id = (Long) p[0];
            links.add(new Object[] {agencyId, id, id % 2 == 0
                    ? "https://drive.pematangsiantarkota.go.id/kinerja/" + DemoPlanning.YEAR + "/" + p[1] + "/laporan-" + id + ".pdf"
                    : "https://dokumentasi.pematangsiantarkota.go.id/kegiatan/" + id, p[2], p[3]});
        }
        jdbc.batchUpdate("INSERT INTO evidence (agency_id, realisation_id, kind, url, uploaded_by, uploaded_at) VALUES (?, ?, 'LINK', ?, ?, ?)",
                links);
        List<Object[]> files = jdbc.query("""
                SELECT r.id, r.sub_period, r.recorded_at, pl.employee_id, e.nip, e.name FROM realisation r
                JOIN performance_plan pl ON pl.id = r.plan_id JOIN employee e ON e.id = pl.employee_id
                JOIN org_unit u ON u.id = pl.unit_id
                WHERE r.agency_id = ? AND u.code = ? AND r.source = 'API' AND r.sub_period >= ?
                ORDER BY e.name, r.sub_period DESC, r.id LIMIT 2
                """, (rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getTimestamp(3), rs.getLong(4), rs.getString(5),
                rs.getString(6)}, agencyId, KESATRIA, Math.max(1, monthsOver(LocalDate.now(JAKARTA)) - 1));
        int stored = 0;
        for (Object[] f : files) {
            byte[] pdf = pdf("Rekap Register Kunjungan Pasien", "UPTD Puskesmas Kesatria",
                    "Bulan " + java.time.Month.of((Integer) f[1]).getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.forLanguageTag("id")) + " " + DemoPlanning.YEAR,
                    "Dokter: " + f[5] + " (NIP " + f[4] + ")", "Sumber: " + SIMPUS);
            String key = agencyId + "/" + UUID.randomUUID();
            storage.put(key, pdf, "application/pdf");
            jdbc.update("""
                    INSERT INTO evidence (agency_id, realisation_id, kind, storage_key, file_name, content_type, size_bytes,
                                          uploaded_by, uploaded_at)
                    VALUES (?, ?, 'FILE', ?, ?, 'application/pdf', ?, ?, ?)
                    """, agencyId, f[0], key, "rekap-kunjungan-" + DemoPlanning.YEAR + "-" + String.format("%02d", (Integer) f[1]) + ".pdf",
                    (long) pdf.length, f[4], f[2]);
            stored++;
        }
        return new int[] {links.size(), stored};
    }

    /** A one-page PDF with a title and a few lines of Helvetica, small and valid (checked by content like uploads). */
    static byte[] pdf(String title, String... lines) {
        StringBuilder content = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escape(title)).append(") Tj ET\n");
        int y = 750;
        for (String line : lines) {
            content.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
            y -= 18;
        }
        String stream = content.toString();
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + stream + "endstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length);
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replaceAll("[^\\x20-\\xFF]", "?");
    }

    private static final String[] NOTES = {"Sesuai rekap register bulanan.", "Termasuk kegiatan luar gedung.",
            "Sempat terkendala jaringan internet; data disusulkan.", "Terverifikasi oleh kepala seksi.",
            "Angka sementara, menunggu rekap akhir.", "Ada tambahan kegiatan dari program prioritas daerah."};

    private static final String[] TEXTS = {"Sesuai ekspektasi: dilaksanakan tepat waktu dan terdokumentasi.",
            "Sebagian besar sesuai ekspektasi; dua kegiatan mundur ke bulan berikutnya.",
            "Melebihi ekspektasi: inovasi layanan diterapkan di seluruh loket."};
}
