package id.capaian.demo;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.talent.CandidateForm;
import id.capaian.talent.CareerManagement;
import id.capaian.talent.CareerProposal;
import id.capaian.talent.CriticalPosition;
import id.capaian.talent.CriticalPositionForm;
import id.capaian.talent.DecisionForm;
import id.capaian.talent.PotentialForm;
import id.capaian.talent.PotentialMethod;
import id.capaian.talent.ProposalForm;
import id.capaian.talent.ProposalKind;
import id.capaian.talent.Readiness;
import id.capaian.talent.SuccessionManagement;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.VacancyRisk;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talent management of the demo city, through the real services and acted by the demo people (the administrator
 * records, the agency head decides): potential assessments for everyone evaluated in 2025 (the BKPSDM's Bidang
 * Pengembangan SDM and Bidang Penilaian Kinerja, and the OPD heads) spread over the 9-box, with one assessment made
 * only after the year (so missing for 2025) and the Bidang Penilaian Kinerja still waiting for final predikats;
 * formal education; two critical positions (Kepala Bidang Penilaian Kinerja dan Penghargaan, Kepala UPTD Puskesmas
 * Kesatria) with candidates; a promotion ranked and decided with its reasons; a transfer ranked and still open.
 *
 * <p>The merit ranking reads competency standards, assessments and verified training hours. Where the development
 * demo has not given the target positions a standard, or the candidates an assessment or verified training in the
 * last twelve months, a few are added here (plain rows, as an assessment centre report or certificates verified by
 * the BKPSDM would leave them), so that the ranking shows every criterion at work. Made once, in one transaction.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
public class DemoTalent {

    private static final Logger log = LoggerFactory.getLogger(DemoTalent.class);
    private static final long LOCK_KEY = 1273_0071L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String CRITICAL_UNIT = "BKPSDM.PK";
    static final String CRITICAL_POSITION = "ADM-KABID-PK";
    static final String PUSKESMAS_UNIT = "DINKES.PKM-KESATRIA";
    static final String PUSKESMAS_POSITION = "SPV-KAPUSKESMAS-KESATRIA";
    static final String TRANSFER_UNIT = "DINKES.PKM-BANE";
    static final String TRANSFER_POSITION = "SPV-KAPUSKESMAS-BANE";

    private final JdbcClient jdbc;
    private final TalentManagement talent;
    private final SuccessionManagement succession;
    private final CareerManagement careers;
    private final TransactionTemplate transaction;

    DemoTalent(JdbcClient jdbc, TalentManagement talent, SuccessionManagement succession, CareerManagement careers,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.talent = talent;
        this.succession = succession;
        this.careers = careers;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Someone of the demo city: their employee id, NIP, unit and position codes, and 2025 evaluation. */
    private record Person(long id, String nip, String unit, String position, String status, String predikat) {
    }

    record Summary(int assessments, int qualifications, int candidates, int proposals) {
    }

    /** Loads the talent data unless the agency has some already. Logs one line. */
    public void load(long agencyId) {
        long started = System.nanoTime();
        try {
            Summary s = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                boolean any = jdbc.sql("""
                        SELECT (SELECT count(*) FROM potential_assessment WHERE agency_id = :a)
                             + (SELECT count(*) FROM career_proposal WHERE agency_id = :a)
                             + (SELECT count(*) FROM critical_position WHERE agency_id = :a)
                        """).param("a", agencyId).query(Long.class).single() > 0;
                return any ? null : populate(agencyId, LocalDate.now(JAKARTA));
            });
            if (s != null) {
                log.info("Demo talent loaded in {} ms: {} potential assessments, {} qualifications, 2 critical positions "
                        + "with {} candidates, {} proposals (a promotion decided, a transfer ranked and open)",
                        (System.nanoTime() - started) / 1_000_000, s.assessments(), s.qualifications(), s.candidates(),
                        s.proposals());
            }
        } catch (RuntimeException e) {
            log.error("Demo talent could not be loaded: {}", e.getMessage(), e);
        }
    }

    Summary populate(long agencyId, LocalDate today) {
        Actor admin = actorWithRole(agencyId, Role.AGENCY_ADMIN);
        Actor head = actorWithRole(agencyId, Role.AGENCY_HEAD);
        List<Person> evaluated = jdbc.sql("""
                SELECT e.id, e.nip, u.code AS unit, coalesce(p.code, '') AS position, ev.status, ev.final_predikat
                FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                JOIN employee e ON e.id = ev.employee_id JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN position p ON p.id = e.position_id
                WHERE ev.agency_id = :a AND pp.year = :y AND ev.kind = 'ANNUAL' AND e.active
                ORDER BY u.code, p.code, e.nip
                """).param("a", agencyId).param("y", DemoPlanning.PREVIOUS_YEAR)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
        if (evaluated.isEmpty() || admin == null || head == null) {
            return new Summary(0, 0, 0, 0);
        }

        // ---- potential assessments: the BKPSDM by an assessment centre, the OPD heads by a psychometric test
        LocalDate centre = LocalDate.of(DemoPlanning.PREVIOUS_YEAR, 11, 18);
        LocalDate test = LocalDate.of(DemoPlanning.PREVIOUS_YEAR, 10, 7);
        LocalDate later = min(LocalDate.of(DemoPlanning.YEAR, 1, 12), today);
        int assessments = 0;
        int pkCount = 0;
        for (Person p : evaluated) {
            String score = null;
            PotentialMethod method = PotentialMethod.ASSESSMENT_CENTER;
            LocalDate on = centre;
            String assessor = "UPT Penilaian Kompetensi BKD Provinsi Sumatera Utara";
            if (p.unit().equals(DemoEvaluations.CALIBRATION_UNIT)) {
                // the Bidang Penilaian Kinerja: assessed, but its 2025 predikats are not final yet
                String[] pk = {"79", "84", "71", "77", "62", "68"};
                score = pk[pkCount++ % pk.length];
            } else if (p.position().startsWith("JPT-")) {
                method = PotentialMethod.PSIKOMETRI;
                on = test;
                assessor = "Biro Psikologi Universitas Sumatera Utara";
                score = switch (p.position()) {
                    case "JPT-KABAN-BKPSDM" -> "78";
                    case "JPT-KADIS-KESEHATAN" -> "86";
                    case "JPT-KADIS-PENDIDIKAN" -> "45";
                    case "JPT-KADIS-DUKCAPIL" -> "58";
                    default -> "70";
                };
            } else if (p.position().startsWith("ADM-KABID")) {
                score = "81";
            } else if (p.position().startsWith("JF-ANALIS-SDMA-AM")) {
                score = "88";
            } else if (p.position().startsWith("PL-PENGELOLA")) {
                score = "74";
            } else if (p.position().startsWith("PL-PENGADMINISTRASI")) {
                score = "81";
            } else if (p.position().startsWith("JF-ANALIS-SDMA-AP")) {
                // assessed only after the year: missing for the 2025 box, counted for 2026
                talent.recordPotential(admin, agencyId, new PotentialForm(p.nip(), new BigDecimal("76"),
                        PotentialMethod.SUPERVISOR, later, "Kepala Bidang Pengembangan SDM",
                        "Penilaian atasan untuk rencana pengembangan " + DemoPlanning.YEAR));
                assessments++;
                continue;
            } else {
                score = "70";
            }
            talent.recordPotential(admin, agencyId, new PotentialForm(p.nip(), new BigDecimal(score), method, on, assessor,
                    null));
            assessments++;
            if (p.position().equals("JPT-KADIS-DUKCAPIL")) {
                // a newer assessment: it does not move the 2025 box
                talent.recordPotential(admin, agencyId, new PotentialForm(p.nip(), new BigDecimal("74"),
                        PotentialMethod.ASSESSMENT_CENTER, later, "UPT Penilaian Kompetensi BKD Provinsi Sumatera Utara",
                        "Asesmen ulang setelah program pengembangan kepemimpinan"));
                assessments++;
            }
        }

        // ---- the people of the critical positions and proposals
        Person psdmAnalyst = first(evaluated, "BKPSDM.PSDM", "JF-ANALIS-SDMA-AM");
        Person psdmHead = first(evaluated, "BKPSDM.PSDM", "ADM-KABID-PSDM");
        Person psdmPengelola = first(evaluated, "BKPSDM.PSDM", "PL-PENGELOLA");
        // not the administrator who runs the ranking (she works in that unit too)
        Person pkAnalyst = evaluated.stream().filter(p -> p.unit().equals(DemoEvaluations.CALIBRATION_UNIT)
                && p.position().startsWith("JF-ANALIS-SDMA-AM") && !p.nip().equals(admin.username())
                && !p.nip().equals(head.username())).findFirst().orElse(null);
        List<Person> doctors = people(agencyId, PUSKESMAS_UNIT, "JF-DOKTER-AM");
        Person kesatriaHead = people(agencyId, PUSKESMAS_UNIT, PUSKESMAS_POSITION).stream().findFirst().orElse(null);
        Person kasiPrimer = people(agencyId, "DINKES.YANKES.PRIMER", "SPV-KASI-YANKES-PRIMER").stream().findFirst().orElse(null);

        // ---- formal education: everyone evaluated in 2025 and the other candidates
        List<Person> educated = new ArrayList<>(evaluated);
        doctors.forEach(educated::add);
        if (kesatriaHead != null) {
            educated.add(kesatriaHead);
        }
        if (kasiPrimer != null) {
            educated.add(kasiPrimer);
        }
        int qualifications = 0;
        for (Person p : educated.stream().collect(Collectors.toMap(Person::id, x -> x, (a, b) -> a)).values()) {
            String[] q = education(p);
            talent.addQualification(admin, agencyId, p.id(), q[0], q[1], q[2], Integer.valueOf(q[3]));
            qualifications++;
        }

        // ---- what the merit ranking reads, where the development demo has not given it
        long criticalPosition = positionId(agencyId, CRITICAL_POSITION);
        long transferPosition = positionId(agencyId, TRANSFER_POSITION);
        standard(agencyId, criticalPosition, Map.of("INTEGRITAS", 4, "KERJA_SAMA", 3, "KOMUNIKASI", 3,
                "ORIENTASI_HASIL", 4, "PENGAMBILAN_KEPUTUSAN", 3));
        standard(agencyId, transferPosition, Map.of("PELAYANAN_PUBLIK", 3, "KERJA_SAMA", 3, "ORIENTASI_HASIL", 3,
                "PENGAMBILAN_KEPUTUSAN", 3));
        LocalDate assessedOn = LocalDate.of(DemoPlanning.PREVIOUS_YEAR, 11, 18);
        assess(agencyId, psdmAnalyst, assessedOn, Map.of("INTEGRITAS", 4, "KERJA_SAMA", 3, "KOMUNIKASI", 3,
                "ORIENTASI_HASIL", 3, "PENGAMBILAN_KEPUTUSAN", 3));
        assess(agencyId, pkAnalyst, assessedOn, Map.of("INTEGRITAS", 3, "KERJA_SAMA", 3, "KOMUNIKASI", 4,
                "ORIENTASI_HASIL", 4, "PENGAMBILAN_KEPUTUSAN", 3));
        assess(agencyId, psdmPengelola, assessedOn, Map.of("INTEGRITAS", 3, "KERJA_SAMA", 3, "KOMUNIKASI", 3,
                "ORIENTASI_HASIL", 3, "PENGAMBILAN_KEPUTUSAN", 2));
        assess(agencyId, kesatriaHead, assessedOn, Map.of("PELAYANAN_PUBLIK", 4, "KERJA_SAMA", 3, "ORIENTASI_HASIL", 3,
                "PENGAMBILAN_KEPUTUSAN", 3));
        assess(agencyId, kasiPrimer, assessedOn, Map.of("PELAYANAN_PUBLIK", 3, "KERJA_SAMA", 3, "ORIENTASI_HASIL", 2,
                "PENGAMBILAN_KEPUTUSAN", 2));
        training(agencyId, psdmAnalyst, today, 24, "Pelatihan Kepemimpinan Pengawas (modul daring)", "KLASIKAL");
        training(agencyId, pkAnalyst, today, 16, "E-learning Manajemen Kinerja ASN", "E_LEARNING");
        training(agencyId, psdmPengelola, today, 30, "Diklat Teknis Pengelolaan Data Kepegawaian", "KLASIKAL");
        training(agencyId, kesatriaHead, today, 20, "Pelatihan Manajemen Puskesmas", "KLASIKAL");
        training(agencyId, kasiPrimer, today, 8, "Seminar Pelayanan Kesehatan Primer", "SEMINAR");

        // ---- critical positions and their succession candidates
        int candidates = 0;
        CriticalPosition kabidPk = succession.create(admin, agencyId, new CriticalPositionForm(criticalPosition,
                unitId(agencyId, CRITICAL_UNIT), "Pemangku memasuki batas usia pensiun pada " + (DemoPlanning.YEAR + 1)
                        + "; bidang ini mengelola penilaian kinerja dan penghargaan seluruh perangkat daerah.",
                VacancyRisk.HIGH));
        candidates += candidate(admin, agencyId, kabidPk, psdmHead, Readiness.READY_NOW,
                "Administrator berpengalaman; dapat dimutasi horizontal bila jabatan lowong mendadak.");
        candidates += candidate(admin, agencyId, kabidPk, psdmAnalyst, Readiness.READY_1_2_YEARS,
                "Kotak 9 pada 2025; perlu Pelatihan Kepemimpinan Administrator.");
        candidates += candidate(admin, agencyId, kabidPk, pkAnalyst, Readiness.READY_1_2_YEARS,
                "Menguasai proses kalibrasi; predikat 2025 belum final.");
        CriticalPosition puskesmas = succession.create(admin, agencyId, new CriticalPositionForm(
                positionId(agencyId, PUSKESMAS_POSITION), unitId(agencyId, PUSKESMAS_UNIT),
                "Layanan kesehatan dasar untuk empat kelurahan; kepala puskesmas harus tenaga kesehatan dan sulit diganti.",
                VacancyRisk.MEDIUM));
        if (!doctors.isEmpty()) {
            candidates += candidate(admin, agencyId, puskesmas, doctors.get(0), Readiness.READY_1_2_YEARS,
                    "Dokter di puskesmas ini; memimpin tim Prolanis.");
        }
        candidates += candidate(admin, agencyId, puskesmas, kasiPrimer, Readiness.READY_NOW,
                "Kepala Seksi Pelayanan Kesehatan Primer; mengenal seluruh puskesmas.");

        // ---- a promotion ranked and decided with its reasons
        int proposals = 0;
        if (psdmAnalyst != null && psdmPengelola != null && pkAnalyst != null) {
            CareerProposal promotion = careers.create(admin, agencyId, new ProposalForm(ProposalKind.PROMOTION,
                    criticalPosition, unitId(agencyId, CRITICAL_UNIT), "Promosi Kepala Bidang Penilaian Kinerja dan Penghargaan "
                            + DemoPlanning.YEAR));
            for (Person p : List.of(psdmAnalyst, pkAnalyst, psdmPengelola)) {
                promotion = careers.addCandidate(admin, agencyId, promotion.id(), p.nip());
            }
            promotion = careers.rank(admin, agencyId, promotion.id());
            if (promotion.top() != null) {
                careers.decide(head, agencyId, promotion.id(), new DecisionForm(promotion.top().employeeId(),
                        "Nilai merit tertinggi (predikat Sangat Baik " + DemoPlanning.PREVIOUS_YEAR + ", kompetensi hampir"
                                + " memenuhi standar, JP terpenuhi); rekomendasi Baperjakat tanggal 14 Oktober "
                                + DemoPlanning.YEAR + ". Wajib mengikuti Pelatihan Kepemimpinan Administrator tahun pertama.",
                        null, promotion.version()));
            }
            proposals++;
        }

        // ---- a transfer ranked and left open for the decision
        if (kesatriaHead != null && kasiPrimer != null) {
            CareerProposal transfer = careers.create(admin, agencyId, new ProposalForm(ProposalKind.TRANSFER,
                    transferPosition, unitId(agencyId, TRANSFER_UNIT), "Mutasi Kepala UPTD Puskesmas Bane"));
            careers.addCandidate(admin, agencyId, transfer.id(), kesatriaHead.nip());
            careers.addCandidate(admin, agencyId, transfer.id(), kasiPrimer.nip());
            careers.rank(admin, agencyId, transfer.id());
            proposals++;
        }
        return new Summary(assessments, qualifications, candidates, proposals);
    }

    private int candidate(Actor admin, long agencyId, CriticalPosition c, Person p, Readiness readiness, String note) {
        if (p == null) {
            return 0;
        }
        succession.addCandidate(admin, agencyId, c.id(), new CandidateForm(p.nip(), readiness, note));
        return 1;
    }

    /** The education a post of this kind asks for: level, field, institution, year. */
    private static String[] education(Person p) {
        String pos = p.position();
        int seed = (int) (p.id() % 4);
        String[] universities = {"Universitas Sumatera Utara", "Universitas Negeri Medan", "Universitas HKBP Nommensen",
                "Universitas Simalungun"};
        if (pos.startsWith("JPT-")) {
            return new String[] {"S2", "Magister Administrasi Publik", universities[seed], String.valueOf(2008 + seed)};
        }
        if (pos.startsWith("ADM-")) {
            return new String[] {"S2", "Magister Manajemen SDM", universities[seed], String.valueOf(2012 + seed)};
        }
        if (pos.startsWith("JF-DOKTER") || pos.startsWith("SPV-KAPUSKESMAS") || pos.startsWith("SPV-KASI-YANKES")) {
            return new String[] {"S1", "Pendidikan Dokter", "Universitas Sumatera Utara", String.valueOf(2006 + seed)};
        }
        if (pos.startsWith("JF-ANALIS-SDMA-AM")) {
            return new String[] {"S2", "Magister Psikologi", universities[seed], String.valueOf(2014 + seed)};
        }
        if (pos.startsWith("JF-") || pos.startsWith("SPV-")) {
            return new String[] {"S1", "Ilmu Administrasi Negara", universities[seed], String.valueOf(2010 + seed)};
        }
        if (pos.startsWith("PL-PENGADMINISTRASI")) {
            return new String[] {"SMA", "IPS", "SMA Negeri 1 Pematangsiantar", String.valueOf(2004 + seed)};
        }
        return new String[] {"S1", "Manajemen", universities[seed], String.valueOf(2011 + seed)};
    }

    private static Person first(List<Person> people, String unit, String positionPrefix) {
        return people.stream().filter(p -> p.unit().equals(unit) && p.position().startsWith(positionPrefix)).findFirst()
                .orElse(null);
    }

    private List<Person> people(long agencyId, String unit, String positionPrefix) {
        return jdbc.sql("""
                SELECT e.id, e.nip, u.code, coalesce(p.code, '') FROM employee e JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN position p ON p.id = e.position_id
                WHERE e.agency_id = :a AND u.code = :u AND p.code LIKE :p AND e.active ORDER BY e.nip
                """).param("a", agencyId).param("u", unit).param("p", positionPrefix + "%")
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), null, null))
                .list();
    }

    private long positionId(long agencyId, String code) {
        return jdbc.sql("SELECT id FROM position WHERE agency_id = :a AND code = :c").param("a", agencyId).param("c", code)
                .query(Long.class).single();
    }

    private Long unitId(long agencyId, String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = :c").param("a", agencyId).param("c", code)
                .query(Long.class).optional().orElse(null);
    }

    /** The position's competency standard, unless it has one already. */
    private void standard(long agencyId, long positionId, Map<String, Integer> levels) {
        boolean has = jdbc.sql("SELECT count(*) FROM position_competency WHERE position_id = :p").param("p", positionId)
                .query(Long.class).single() > 0;
        if (has) {
            return;
        }
        levels.forEach((code, level) -> jdbc.sql("""
                INSERT INTO position_competency (position_id, competency_id, agency_id, required_level)
                SELECT :p, c.id, :a, :l FROM competency c WHERE c.agency_id IS NULL AND c.code = :c
                ON CONFLICT DO NOTHING
                """).param("p", positionId).param("a", agencyId).param("l", level).param("c", code).update());
    }

    /** An assessment centre's levels, for the competencies the person has no assessment of yet. */
    private void assess(long agencyId, Person p, LocalDate on, Map<String, Integer> levels) {
        if (p == null) {
            return;
        }
        Set<String> assessed = Set.copyOf(jdbc.sql("""
                SELECT c.code FROM competency_assessment a JOIN competency c ON c.id = a.competency_id WHERE a.employee_id = :e
                """).param("e", p.id()).query(String.class).list());
        levels.forEach((code, level) -> {
            if (!assessed.contains(code)) {
                jdbc.sql("""
                        INSERT INTO competency_assessment (agency_id, employee_id, competency_id, level, assessed_on, method,
                                                           assessor, recorded_by)
                        SELECT :a, :e, c.id, :l, :d, 'ASSESSMENT_CENTER', 'UPT Penilaian Kompetensi BKD Provinsi Sumatera Utara', 'demo'
                        FROM competency c WHERE c.agency_id IS NULL AND c.code = :c
                        """).param("a", agencyId).param("e", p.id()).param("l", level).param("d", Date.valueOf(on))
                        .param("c", code).update();
            }
        });
    }

    /** A verified external training in the last months, unless the person has verified hours in the last 12 months. */
    private void training(long agencyId, Person p, LocalDate today, int jp, String title, String kind) {
        if (p == null) {
            return;
        }
        boolean has = jdbc.sql("""
                SELECT count(*) FROM training_enrolment WHERE employee_id = :e AND status = 'VERIFIED'
                AND coalesce(completed_on, CAST(verified_at AS date)) > :since
                """).param("e", p.id()).param("since", Date.valueOf(today.minusMonths(12))).query(Long.class).single() > 0;
        if (has) {
            return;
        }
        LocalDate done = today.minusMonths(3);
        jdbc.sql("""
                INSERT INTO training_enrolment (agency_id, employee_id, title, kind, jp, status, completed_on, verified_by, verified_at)
                VALUES (:a, :e, :t, :k, :jp, 'VERIFIED', :d, 'demo', :v)
                """).param("a", agencyId).param("e", p.id()).param("t", title).param("k", kind).param("jp", jp)
                .param("d", Date.valueOf(done)).param("v", java.sql.Timestamp.valueOf(done.plusDays(5).atTime(10, 0)))
                .update();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The first account of the agency with the role, acting in person. */
    private Actor actorWithRole(long agencyId, Role role) {
        Long id = jdbc.sql("""
                SELECT a.employee_id FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = :r AND a.employee_id IS NOT NULL ORDER BY a.id LIMIT 1
                """).param("a", agencyId).param("r", role.name()).query(Long.class).optional().orElse(null);
        if (id == null) {
            return null;
        }
        String nip = jdbc.sql("SELECT nip FROM employee WHERE id = :id").param("id", id).query(String.class).single();
        Set<Role> roles = jdbc.sql("""
                SELECT r.role FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.employee_id = :id
                """).param("id", id).query(String.class).list().stream().map(Role::valueOf).collect(Collectors.toSet());
        return new DemoActor(nip, agencyId, id, roles);
    }
}
