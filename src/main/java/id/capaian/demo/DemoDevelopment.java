package id.capaian.demo;

import id.capaian.development.AssessmentImport;
import id.capaian.development.CompetencyForm;
import id.capaian.development.CompetencyManagement;
import id.capaian.development.DevelopmentAction;
import id.capaian.development.DevelopmentActionStatus;
import id.capaian.development.DevelopmentPlan;
import id.capaian.development.DevelopmentPlanManagement;
import id.capaian.development.MentoringForm;
import id.capaian.development.MentoringManagement;
import id.capaian.development.MentoringPair;
import id.capaian.development.MentoringSessionForm;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Competency development of the demo agency, through the real services and acted by the demo people: two technical
 * competencies of the city's own; position standards for the HR analysts, the BKPSDM and DINKES heads of field and
 * section, the health functional posts and the clerks; assessment results of the BKPSDM and DINKES staff imported as
 * one workbook by the BKPSDM administrator (about one in eight left unassessed); the 2026 development plans of those
 * rated below expectation in 2025, proposed by their appraisers, one of them agreed in a dialogue with an action
 * done; and two mentoring pairs with their sessions. Made once, in one transaction; needs the evaluated 2025.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
public class DemoDevelopment {

    private static final Logger log = LoggerFactory.getLogger(DemoDevelopment.class);
    private static final long LOCK_KEY = 1273_0021L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String HR_TECHNICAL = "MANAJEMEN_ASN";
    static final String HEALTH_TECHNICAL = "PELAYANAN_KESEHATAN_PRIMER";

    private final JdbcClient jdbc;
    private final CompetencyManagement competencies;
    private final DevelopmentPlanManagement plans;
    private final MentoringManagement mentoring;
    private final TransactionTemplate transaction;

    DemoDevelopment(JdbcClient jdbc, CompetencyManagement competencies, DevelopmentPlanManagement plans,
            MentoringManagement mentoring, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.competencies = competencies;
        this.plans = plans;
        this.mentoring = mentoring;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What was made. */
    public record Summary(int standards, int assessments, int assessed, int plans, int mentoringPairs) {
    }

    /** Loads the demo's development data unless it is there already; logs one line. */
    public void load(long agencyId) {
        long started = System.nanoTime();
        try {
            Summary s = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                boolean any = jdbc.sql("SELECT count(*) FROM position_competency WHERE agency_id = :a").param("a", agencyId)
                        .query(Long.class).single() > 0;
                return any ? null : populate(agencyId, LocalDate.now(JAKARTA));
            });
            if (s != null) {
                log.info("Demo development loaded in {} ms: {} position standards, {} assessment results of {} BKPSDM and DINKES"
                        + " employees, {} development plans for {} (from the {} below-expectation ones), {} mentoring pairs",
                        (System.nanoTime() - started) / 1_000_000, s.standards(), s.assessments(), s.assessed(), s.plans(),
                        DemoPlanning.YEAR, DemoPlanning.PREVIOUS_YEAR, s.mentoringPairs());
            }
        } catch (RuntimeException e) {
            log.error("Demo development could not be loaded: {}", e.getMessage(), e);
        }
    }

    Summary populate(long agencyId, LocalDate today) {
        Map<Long, Actor> actors = new HashMap<>();
        Actor admin = admin(agencyId, actors);

        // the city's own technical competencies
        competencies.create(admin, agencyId, CompetencyForm.of(HR_TECHNICAL, "Manajemen Aparatur Sipil Negara",
                "Kemampuan menerapkan peraturan dan sistem informasi manajemen ASN: formasi, mutasi, penilaian kinerja, pengembangan.",
                "Memahami ketentuan dasar manajemen ASN", "Menerapkan ketentuan pada layanan kepegawaian rutin",
                "Menganalisis kasus kepegawaian dan menyiapkan rekomendasi", "Menyusun kebijakan kepegawaian instansi",
                "Menjadi rujukan manajemen ASN tingkat daerah"));
        competencies.create(admin, agencyId, CompetencyForm.of(HEALTH_TECHNICAL,
                "Pelayanan Kesehatan Primer", "Kemampuan memberikan pelayanan kesehatan dasar di puskesmas sesuai standar.",
                "Melaksanakan pelayanan dasar dengan bimbingan", "Melaksanakan pelayanan dasar secara mandiri",
                "Menangani kasus kompleks dan membimbing rekan", "Mengelola mutu pelayanan puskesmas",
                "Mengembangkan model pelayanan kesehatan primer"));
        Map<String, Long> id = new HashMap<>();
        competencies.dictionary(admin, agencyId, false).forEach(c -> id.put(c.code(), c.id()));

        // position standards
        Map<String, Map<String, Integer>> standards = new LinkedHashMap<>();
        Map<String, Integer> analyst = levels(id, 2, "INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
                "PEREKAT_BANGSA");
        analyst.put(HR_TECHNICAL, 2);
        standards.put("JF-ANALIS-SDMA-AP", analyst);
        Map<String, Integer> senior = new LinkedHashMap<>(analyst);
        senior.replaceAll((k, v) -> 3);
        senior.put("PENGEMBANGAN_DIRI", 3);
        standards.put("JF-ANALIS-SDMA-AM", senior);
        Map<String, Integer> field = levels(id, 3, "INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
                "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA");
        for (String p : List.of("ADM-SEKRETARIS-BKPSDM", "ADM-KABID-MUTASI", "ADM-KABID-PSDM", "ADM-KABID-PK",
                "ADM-SEKRETARIS-DINKES", "ADM-KABID-YANKES", "ADM-KABID-KESMAS")) {
            standards.put(p, field);
        }
        Map<String, Integer> section = levels(id, 2, "INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
                "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA");
        for (String p : List.of("SPV-KASUBBAG-UMPEG-BKPSDM", "SPV-KASUBBAG-UMPEG-DINKES", "SPV-KASUBBAG-KEU-DINKES",
                "SPV-KASI-YANKES-PRIMER", "SPV-KASI-FARMALKES", "SPV-KASI-KESGA-GIZI", "SPV-KASI-PROMKES",
                "SPV-KAPUSKESMAS-KESATRIA", "SPV-KAPUSKESMAS-BANE")) {
            standards.put(p, section);
        }
        Map<String, Integer> clinical = levels(id, 2, "INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "PELAYANAN_PUBLIK");
        clinical.put("PELAYANAN_PUBLIK", 3);
        clinical.put(HEALTH_TECHNICAL, 3);
        Map<String, Integer> clinicalJunior = new LinkedHashMap<>(clinical);
        clinicalJunior.put(HEALTH_TECHNICAL, 2);
        for (String p : List.of("JF-DOKTER-AP", "JF-DOKTER-AM", "JF-DOKTER-AMD", "JF-DOKTER-GIGI-AP", "JF-DOKTER-GIGI-AM",
                "JF-PERAWAT-AP", "JF-PERAWAT-AM", "JF-BIDAN-AP", "JF-APOTEKER-AP", "JF-NUTRISIONIS-AP", "JF-PENYULUH-KESMAS-AM",
                "JF-EPIDEMIOLOG-AP", "JF-ADMINKES-AM")) {
            standards.put(p, clinical);
        }
        for (String p : List.of("JF-PERAWAT-T", "JF-PERAWAT-M", "JF-PERAWAT-P", "JF-BIDAN-T", "JF-BIDAN-M",
                "JF-ASISTEN-APOTEKER-T", "JF-PRANATA-LAB-T", "JF-NUTRISIONIS-T", "JF-SANITASI-T")) {
            standards.put(p, clinicalJunior);
        }
        Map<String, Integer> clerk = levels(id, 1, "INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI");
        clerk.put("PELAYANAN_PUBLIK", 2);
        for (String p : List.of("PL-PENGADMINISTRASI", "PL-OPERATOR", "PL-PENGELOLA", "PL-PENATA", "JF-ARSIPARIS-T",
                "JF-PERENCANA-AP", "JF-PRAKOM-AP")) {
            standards.put(p, clerk);
        }
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("SELECT code, id FROM position WHERE agency_id = :a").param("a", agencyId)
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        int standardCount = 0;
        for (var e : standards.entrySet()) {
            Long position = positions.get(e.getKey());
            if (position != null) {
                Map<Long, Integer> byId = new HashMap<>();
                e.getValue().forEach((code, level) -> byId.put(id.get(code), level));
                competencies.setStandard(admin, agencyId, position, byId);
                standardCount++;
            }
        }

        // assessment results of the BKPSDM and DINKES staff, imported as one workbook; the 2025 below-expectation
        // people fall short somewhere
        Set<Long> below = new java.util.HashSet<>(jdbc.sql("""
                SELECT ev.employee_id FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.agency_id = :a AND pp.year = :y AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL'
                  AND ev.final_predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')
                """).param("a", agencyId).param("y", DemoPlanning.PREVIOUS_YEAR).query(Long.class).list());
        record Need(long employeeId, String nip, String code, int required) {
        }
        List<Need> needs = jdbc.sql("""
                SELECT e.id, e.nip, c.code, pc.required_level
                FROM employee e
                JOIN org_unit u ON u.id = e.unit_id
                JOIN position_competency pc ON pc.position_id = e.position_id
                JOIN competency c ON c.id = pc.competency_id
                WHERE e.agency_id = :a AND e.active AND (u.code LIKE 'BKPSDM%' OR u.code LIKE 'DINKES%')
                ORDER BY e.id, c.code
                """).param("a", agencyId)
                .query((rs, n) -> new Need(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
        List<Object[]> rows = new ArrayList<>();
        Set<Long> assessed = new java.util.HashSet<>();
        LocalDate assessedOn = LocalDate.of(DemoPlanning.PREVIOUS_YEAR, 10, 15);
        for (Need n : needs) {
            long h = Math.floorMod(n.employeeId() * 31 + n.code().hashCode(), 97);
            boolean isBelow = below.contains(n.employeeId());
            if (!isBelow && h % 8 == 0) {
                continue; // not assessed yet
            }
            int delta = isBelow ? (h % 3 == 0 ? 0 : -1) : (h % 5 == 0 ? -1 : h % 5 == 1 ? 1 : 0);
            int level = Math.max(1, Math.min(5, n.required() + delta));
            rows.add(new Object[] {n.nip(), n.code(), level, assessedOn, n.code().equals(HR_TECHNICAL)
                    || n.code().equals(HEALTH_TECHNICAL) ? "UJI_KOMPETENSI" : "ASSESSMENT_CENTER",
                    n.code().equals(HEALTH_TECHNICAL) ? "Tim Uji Kompetensi Dinas Kesehatan"
                            : "UPT Penilaian Kompetensi BKN Regional VI Medan"});
            assessed.add(n.employeeId());
        }
        int imported = 0;
        if (!rows.isEmpty()) {
            AssessmentImport result = competencies.importAssessments(admin, agencyId, workbook(rows));
            if (!result.stored()) {
                throw new IllegalStateException("demo assessment import refused: " + result.issues());
            }
            imported = result.rows();
        }

        // the 2026 development plans of the 2025 below-expectation people, proposed by their appraisers
        List<DevelopmentPlan> made = new ArrayList<>();
        List<long[]> people = jdbc.sql("""
                SELECT e.id, coalesce(e.appraiser_id, e.superior_id) FROM employee e
                WHERE e.id = ANY(:ids) AND e.active AND coalesce(e.appraiser_id, e.superior_id) IS NOT NULL ORDER BY e.id
                """).param("ids", below.toArray(new Long[0]))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] p : people) {
            if (plans.forEmployee(Actor.system(), agencyId, p[0], DemoPlanning.YEAR).isEmpty()) {
                made.add(plans.propose(actor(agencyId, p[1], actors), agencyId, p[0], DemoPlanning.YEAR));
            }
        }
        // one of them agreed in a dialogue with an action done: the one with the most actions (coaching among them)
        made.stream().filter(p -> p.actions().size() > 1)
                .max((a, b) -> Integer.compare(a.actions().size(), b.actions().size()))
                .ifPresent(p -> {
                    Actor appraiser = actor(agencyId, p.appraiserId(), actors);
                    DevelopmentPlan agreed = plans.agree(appraiser, agencyId, p.id(), null, true,
                            "Dibahas dalam dialog kinerja: prioritas pada kompetensi yang paling jauh dari standar.", p.version());
                    DevelopmentAction first = agreed.actions().get(0);
                    plans.markAction(actor(agencyId, p.employeeId(), actors), agencyId, p.id(), first.id(),
                            DevelopmentActionStatus.DONE, today, "Selesai; bukti diunggah di katalog pelatihan.", agreed.version());
                });

        // two mentoring pairs with their sessions
        int pairs = 0;
        pairs += pair(agencyId, actors, "BKPSDM.PSDM", "JF-ANALIS-SDMA-AM", "JF-ANALIS-SDMA-AP",
                "Menyusun analisis kebutuhan pengembangan kompetensi (AKPK) unit kerja secara mandiri", today, false,
                List.of("Membaca pedoman AKPK", "Wawancara kebutuhan dengan dua unit", "Menyusun draf AKPK"));
        pairs += pair(agencyId, actors, "DINKES.PKM-KESATRIA", "JF-DOKTER-AMD", "JF-DOKTER-AP",
                "Menangani kasus hipertensi dan diabetes di posbindu tanpa rujukan yang tidak perlu", today, true,
                List.of("Tata laksana hipertensi", "Diskusi kasus posbindu"));
        return new Summary(standardCount, imported, assessed.size(), made.size(), pairs);
    }

    /** A mentor and a mentee of the unit by position; made by the mentee's appraiser, or the administrator. */
    private int pair(long agencyId, Map<Long, Actor> actors, String unitCode, String mentorPosition, String menteePosition, String goal,
            LocalDate today, boolean byAdmin, List<String> topics) {
        Long mentor = first(agencyId, unitCode, mentorPosition);
        Long mentee = first(agencyId, unitCode, menteePosition);
        if (mentor == null || mentee == null) {
            return 0;
        }
        Long appraiser = jdbc.sql("SELECT coalesce(appraiser_id, superior_id) FROM employee WHERE id = :e").param("e", mentee)
                .query(Long.class).optional().orElse(null);
        Actor creator = byAdmin || appraiser == null ? admin(agencyId, actors) : actor(agencyId, appraiser, actors);
        LocalDate starts = today.minusDays(100);
        MentoringPair p = mentoring.create(creator, agencyId, MentoringForm.of(mentor, mentee, goal, starts, starts.plusMonths(6)));
        for (int i = 0; i < topics.size(); i++) {
            Actor who = actor(agencyId, i % 2 == 0 ? mentee : mentor, actors);
            mentoring.logSession(who, agencyId, p.id(), MentoringSessionForm.of(starts.plusDays(14 + 30L * i), 60 + 30 * (i % 2),
                    topics.get(i), i == 0 ? "Mentee menyiapkan pertanyaan; mentor memberi contoh dari pekerjaan sehari-hari." : null));
        }
        return 1;
    }

    private Long first(long agencyId, String unitCode, String positionCode) {
        return jdbc.sql("""
                SELECT e.id FROM employee e JOIN org_unit u ON u.id = e.unit_id JOIN position p ON p.id = e.position_id
                WHERE e.agency_id = :a AND e.active AND u.code = :u AND p.code = :p ORDER BY e.id LIMIT 1
                """).param("a", agencyId).param("u", unitCode).param("p", positionCode).query(Long.class).optional().orElse(null);
    }

    private static Map<String, Integer> levels(Map<String, Long> ids, int level, String... codes) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String c : codes) {
            if (ids.containsKey(c)) {
                m.put(c, level);
            }
        }
        return m;
    }

    private static byte[] workbook(List<Object[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian demo", "1.0");
            Worksheet ws = wb.newWorksheet("data");
            String[] header = Arrays.stream(CompetencyManagement.Column.values()).map(CompetencyManagement.Column::header)
                    .toArray(String[]::new);
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    ws.value(r + 1, c, String.valueOf(row[c]));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Actor admin(long agencyId, Map<Long, Actor> cache) {
        Long id = jdbc.sql("""
                SELECT a.employee_id FROM account a JOIN account_role r ON r.account_id = a.id JOIN employee e ON e.id = a.employee_id
                LEFT JOIN org_unit u ON u.id = e.unit_id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_ADMIN' ORDER BY coalesce(u.code LIKE 'BKPSDM%', FALSE) DESC, a.id LIMIT 1
                """).param("a", agencyId).query(Long.class).single();
        return actor(agencyId, id, cache);
    }

    private Actor actor(long agencyId, long employeeId, Map<Long, Actor> cache) {
        return cache.computeIfAbsent(employeeId, id -> {
            String nip = jdbc.sql("SELECT nip FROM employee WHERE id = :id").param("id", id).query(String.class).single();
            Set<Role> roles = jdbc.sql("""
                    SELECT r.role FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.employee_id = :id
                    """).param("id", id).query(String.class).list().stream().map(Role::valueOf).collect(Collectors.toSet());
            return new DemoActor(nip, agencyId, id, roles.isEmpty() ? Set.of(Role.EMPLOYEE) : roles);
        });
    }
}
