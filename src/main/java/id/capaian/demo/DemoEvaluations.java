package id.capaian.demo;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.CoachingManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationForm;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationSheet;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.PeerInvitation;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitGrade;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.PlannedResult;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The evaluation of the closed demo year 2025, through the real services and acted by the demo people: realisations
 * for its four quarters; every approved plan rated by its appraiser; 360 input on the featured employee; grades for
 * every unit; calibration and finalising of the BKPSDM (with a high performer recognised, a coaching plan agreed and
 * followed, an objection waiting for its decision); every lone OPD head's unit finalised; and the Bidang Penilaian
 * Kinerja left graded but not final, its spread breaking the curve, for the supervisor to calibrate. In 2026 the
 * supervisor's team gets its periodic evaluation of last month. Made once, in one transaction.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
class DemoEvaluations {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final long LOCK_KEY = 1273_0006L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String CALIBRATION_UNIT = DemoPlanning.PREVIOUS_YEAR_UNIT;

    private final JdbcClient jdbc;
    private final EvaluationManagement evaluations;
    private final CalibrationManagement calibration;
    private final PeerReviewManagement peers;
    private final ObjectionManagement objections;
    private final CoachingManagement coaching;
    private final TransactionTemplate transaction;

    DemoEvaluations(JdbcClient jdbc, EvaluationManagement evaluations, CalibrationManagement calibration,
            PeerReviewManagement peers, ObjectionManagement objections, CoachingManagement coaching,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.calibration = calibration;
        this.peers = peers;
        this.objections = objections;
        this.coaching = coaching;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** An approved 2025 plan with whose it is and what the demo wants it to become. */
    private record Person(long planId, long employeeId, String nip, String unitCode, String position, Long appraiserId,
            Intent intent) {
    }

    /** What the appraiser means to give: the predikat, and the realisation factor that leads there. */
    private enum Intent {
        OUTSTANDING(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI, "1.22"),
        GOOD(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, "1.00"),
        BELOW(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, "0.70");

        final Rating results;
        final Rating behaviour;
        final BigDecimal factor;

        Intent(Rating results, Rating behaviour, String factor) {
            this.results = results;
            this.behaviour = behaviour;
            this.factor = new BigDecimal(factor);
        }
    }

    /** What was made. */
    record Summary(int rated, int realisations, int finalisedUnits, int periodic) {
    }

    void load(long agencyId) {
        long started = System.nanoTime();
        try {
            Summary s = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                boolean any = jdbc.sql("SELECT count(*) FROM evaluation WHERE agency_id = :a").param("a", agencyId)
                        .query(Long.class).single() > 0;
                return any ? null : populate(agencyId, LocalDate.now(JAKARTA));
            });
            if (s != null) {
                log.info("Demo evaluations loaded in {} ms: {} annual evaluations of {} ({} realisations), {} units final, "
                        + "{} left to calibrate; {} periodic evaluations of last month in {}",
                        (System.nanoTime() - started) / 1_000_000, s.rated(), DemoPlanning.PREVIOUS_YEAR, s.realisations(),
                        s.finalisedUnits(), CALIBRATION_UNIT, s.periodic(), DemoPlanning.YEAR);
            }
        } catch (RuntimeException e) {
            log.error("Demo evaluations could not be loaded: {}", e.getMessage(), e);
        }
    }

    Summary populate(long agencyId, LocalDate today) {
        Long period = jdbc.sql("SELECT id FROM performance_period WHERE agency_id = :a AND year = :y")
                .param("a", agencyId).param("y", DemoPlanning.PREVIOUS_YEAR).query(Long.class).optional().orElse(null);
        if (period == null) {
            return new Summary(0, 0, 0, 0);
        }
        List<Person> people = people(agencyId, period);
        int realisations = realise(agencyId, people);
        Map<Long, Actor> actors = new HashMap<>();
        Map<Long, Long> evaluationOf = new HashMap<>();
        for (Person p : people) {
            Actor appraiser = actor(agencyId, p.appraiserId(), actors);
            Evaluation e = evaluations.rate(appraiser, agencyId, p.planId(), 0, form(agencyId, p, appraiser));
            evaluationOf.put(p.employeeId(), e.id());
        }

        // 360 input on the featured employee of the Bidang Penilaian Kinerja, from three colleagues
        Person featured = people.stream().filter(p -> p.unitCode().equals(CALIBRATION_UNIT) && p.position().startsWith("JF-PRAKOM"))
                .findFirst().orElse(null);
        if (featured != null) {
            List<Person> colleagues = people.stream().filter(p -> p.unitCode().equals(CALIBRATION_UNIT)
                    && p.employeeId() != featured.employeeId() && !p.position().startsWith("ADM-")).limit(3).toList();
            if (colleagues.size() == 3) {
                List<PeerInvitation> invited = peers.invite(actor(agencyId, featured.appraiserId(), actors), agencyId,
                        featured.planId(), colleagues.stream().map(Person::employeeId).toList(), PeerInvitation.Relation.PEER);
                String[] comments = {"Sangat membantu saat rekonsiliasi data SKP akhir tahun.",
                        "Responsif di grup kerja; dokumentasi bisa lebih rapi.", null};
                for (int i = 0; i < invited.size(); i++) {
                    Map<BerakhlakValue, Rating> answer = new EnumMap<>(BerakhlakValue.class);
                    for (BerakhlakValue v : BerakhlakValue.values()) {
                        answer.put(v, (v.ordinal() + i) % 3 == 0 ? Rating.DIATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI);
                    }
                    peers.answer(actor(agencyId, colleagues.get(i).employeeId(), actors), agencyId, invited.get(i).id(),
                            answer, comments[i]);
                }
            }
        }

        // grades: each unit with 2025 plans; the agency head sets them (the Sekda leads every unit)
        Actor head = agencyHead(agencyId);
        Map<String, Long> unitIds = new LinkedHashMap<>();
        jdbc.sql("SELECT code, id FROM org_unit WHERE agency_id = :a").param("a", agencyId)
                .query(rs -> {
                    unitIds.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, UnitGrade> grades = new LinkedHashMap<>();
        for (Person p : people) {
            String top = p.unitCode().contains(".") ? p.unitCode().substring(0, p.unitCode().indexOf('.')) : p.unitCode();
            if (top.equals("BKPSDM")) {
                continue;
            }
            grades.put(top, p.intent() == Intent.BELOW ? UnitGrade.BUTUH_PERBAIKAN : UnitGrade.ISTIMEWA);
        }
        grades.put("BKPSDM", UnitGrade.BAIK);
        grades.put(CALIBRATION_UNIT, UnitGrade.BAIK);
        for (Map.Entry<String, UnitGrade> g : grades.entrySet()) {
            calibration.setGrade(head, agencyId, period, unitIds.get(g.getKey()), g.getValue(), reason(g.getValue()));
        }

        // BKPSDM: the leader moves one of two outstanding staff to BAIK, with the reason, then finalises
        Person psdmPengelola = people.stream().filter(p -> p.unitCode().equals("BKPSDM.PSDM") && p.position().startsWith("PL-PENGELOLA"))
                .findFirst().orElse(null);
        if (psdmPengelola != null) {
            Evaluation e = evaluations.get(head, agencyId, evaluationOf.get(psdmPengelola.employeeId()));
            calibration.calibrate(head, agencyId, e.id(), Predikat.BAIK,
                    "Capaian melampaui target terutama karena tambahan anggaran diklat triwulan IV; distribusi BKPSDM "
                            + "menempatkan satu pegawai Sangat Baik", e.version());
        }
        int finalised = 0;
        for (String code : grades.keySet()) {
            if (code.equals(CALIBRATION_UNIT)) {
                continue;
            }
            if (calibration.distribution(head, agencyId, period, unitIds.get(code)).canFinalise()) {
                calibration.finaliseUnit(head, agencyId, period, unitIds.get(code));
                finalised++;
            }
        }

        // follow-up: the high performers recognised, the coaching plan agreed and followed, one objection waiting
        for (CalibrationManagement.HighPerformer h : calibration.recognitionList(head, agencyId, period, null)) {
            calibration.recognise(head, agencyId, h.evaluationId(), "Piagam Penghargaan Pegawai Berkinerja Terbaik "
                    + DemoPlanning.PREVIOUS_YEAR + " dan prioritas diklat kepemimpinan");
        }
        Person below = people.stream().filter(p -> p.unitCode().equals("BKPSDM.PSDM") && p.intent() == Intent.BELOW)
                .findFirst().orElse(null);
        Person mentor = people.stream().filter(p -> p.unitCode().equals("BKPSDM.PSDM") && p.intent() == Intent.OUTSTANDING)
                .findFirst().orElse(null);
        if (below != null) {
            Actor coach = actor(agencyId, below.appraiserId(), actors);
            CoachingPlan plan = coaching.mine(coach).stream().filter(c -> c.employeeId() == below.employeeId()).findFirst().orElse(null);
            if (plan != null) {
                LocalDate start = LocalDate.of(DemoPlanning.YEAR, 2, 3);
                plan = coaching.agree(coach, agencyId, plan.id(), (plan.goals() == null ? "" : plan.goals() + "\n")
                        + "- Menyelesaikan verifikasi usulan diklat paling lambat 5 hari kerja\n"
                        + "- Mengikuti e-learning pengelolaan arsip digital (8 JP)",
                        mentor == null ? null : mentor.employeeId(), start, start.plusMonths(6), plan.version());
                coaching.checkIn(coach, agencyId, plan.id(), LocalDate.of(DemoPlanning.YEAR, 3, 10),
                        "Verifikasi usulan Februari selesai rata-rata 6 hari; daftar periksa baru mulai dipakai.",
                        CoachingPlan.Progress.AT_RISK);
                coaching.checkIn(actor(agencyId, below.employeeId(), actors), agencyId, plan.id(), LocalDate.of(DemoPlanning.YEAR, 5, 12),
                        "E-learning arsip digital selesai (sertifikat terunggah); verifikasi April rata-rata 4 hari.",
                        CoachingPlan.Progress.ON_TRACK);
            }
            Evaluation e = evaluations.get(head, agencyId, evaluationOf.get(below.employeeId()));
            if (e.objectionUntil() != null && !today.isAfter(e.objectionUntil())) {
                objections.file(actor(agencyId, below.employeeId(), actors), agencyId, e.id(),
                        "Dua indikator kuantitas tertinggal karena aplikasi SIASN tidak dapat diakses selama Oktober; "
                                + "berita acara gangguan dari BKN terlampir.", Predikat.BAIK);
            }
        }

        int periodic = periodic(agencyId, today, actors);
        return new Summary(people.size(), realisations, finalised, periodic);
    }

    private static String reason(UnitGrade g) {
        return switch (g) {
            case ISTIMEWA -> "Seluruh IKU Perjanjian Kinerja " + DemoPlanning.PREVIOUS_YEAR + " tercapai atau terlampaui";
            case BAIK -> "Sebagian besar IKU tercapai; dua indikator layanan tertunda";
            default -> "IKU utama belum tercapai; rencana perbaikan disusun bersama Bappeda";
        };
    }

    /** The approved 2025 plans with what the demo means each to become. */
    private List<Person> people(long agencyId, long period) {
        List<Person> rows = jdbc.sql("""
                SELECT p.id, p.employee_id, e.nip, u.code, pos.code AS position, p.appraiser_id
                FROM performance_plan p
                JOIN employee e ON e.id = p.employee_id
                JOIN org_unit u ON u.id = p.unit_id
                LEFT JOIN position pos ON pos.id = e.position_id
                WHERE p.agency_id = :a AND p.period_id = :p AND p.status = 'APPROVED' AND p.appraiser_id IS NOT NULL
                ORDER BY u.code, pos.code, e.nip
                """).param("a", agencyId).param("p", period)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? "" : rs.getString(5), rs.getLong(6), Intent.GOOD))
                .list();
        List<Person> out = new ArrayList<>();
        int lone = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Person p : rows) {
            Intent intent = Intent.GOOD;
            int n = seen.merge(p.unitCode() + p.position(), 1, Integer::sum);
            if (p.unitCode().equals("BKPSDM.PSDM")) {
                if (p.position().startsWith("JF-ANALIS-SDMA-AM") || p.position().startsWith("PL-PENGELOLA")) {
                    intent = Intent.OUTSTANDING;
                } else if (p.position().startsWith("PL-PENGADMINISTRASI")) {
                    intent = Intent.BELOW;
                }
            } else if (p.unitCode().equals(CALIBRATION_UNIT)) {
                // the appraiser rates everyone good and one outstanding: the curve will ask for calibration
                intent = p.position().startsWith("JF-ANALIS-SDMA-AM") && n == 1 ? Intent.OUTSTANDING : Intent.GOOD;
            } else if (!p.unitCode().contains(".") && !p.unitCode().equals("BKPSDM")) {
                // lone OPD heads: good, the second one below expectation
                lone++;
                intent = lone == 2 ? Intent.BELOW : Intent.GOOD;
            }
            out.add(new Person(p.planId(), p.employeeId(), p.nip(), p.unitCode(), p.position(), p.appraiserId(), intent));
        }
        return out;
    }

    /** The four quarters of 2025 realised around each person's intent: numbers x factor, texts written. */
    private int realise(long agencyId, List<Person> people) {
        Map<Long, Person> byPlan = people.stream().collect(Collectors.toMap(Person::planId, p -> p));
        if (byPlan.isEmpty()) {
            return 0;
        }
        record Indicator(long planId, long id, String kind, BigDecimal target, BigDecimal min, BigDecimal max, String direction) {
        }
        List<Indicator> indicators = jdbc.sql("""
                SELECT r.plan_id, i.id, i.target_kind, i.target_value, i.target_min, i.target_max, i.direction
                FROM result_indicator i JOIN planned_result r ON r.id = i.result_id
                WHERE r.plan_id IN (:plans) ORDER BY i.id
                """).param("plans", byPlan.keySet())
                .query((rs, n) -> new Indicator(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)))
                .list();
        int made = 0;
        for (Indicator i : indicators) {
            Person p = byPlan.get(i.planId());
            for (int q = 1; q <= 4; q++) {
                BigDecimal wobble = BigDecimal.valueOf(((i.id() * 7 + q * 3) % 5 - 2) / 100.0);
                BigDecimal factor = p.intent().factor.add(wobble);
                BigDecimal value = null;
                String text = null;
                if ("TEXT".equals(i.kind())) {
                    text = p.intent() == Intent.BELOW ? "Sebagian terlaksana; sisa dijadwalkan ulang" : "Terlaksana sesuai rencana";
                } else if ("RANGE".equals(i.kind()) && i.min() != null && i.max() != null) {
                    value = i.min().add(i.max()).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
                    if (p.intent() == Intent.BELOW) {
                        value = i.min().multiply(new BigDecimal("0.7"));
                    }
                } else if (i.target() != null) {
                    value = switch (i.direction()) {
                        case "LOWER" -> i.target().multiply(BigDecimal.valueOf(2).subtract(factor));
                        case "EXACT" -> p.intent() == Intent.BELOW ? i.target().multiply(factor) : i.target();
                        default -> i.target().multiply(factor);
                    };
                    value = value.setScale(2, RoundingMode.HALF_UP);
                }
                jdbc.sql("""
                        INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, text_value, source,
                                                 review_status, recorded_by, recorded_at, updated_at)
                        VALUES (:a, :p, :i, :q, :v, :t, 'WEB', 'REVIEWED', :by, :at, :at)
                        ON CONFLICT (indicator_id, sub_period) DO NOTHING
                        """).param("a", agencyId).param("p", i.planId()).param("i", i.id()).param("q", q).param("v", value)
                        .param("t", text).param("by", p.nip())
                        .param("at", java.sql.Timestamp.valueOf(LocalDate.of(DemoPlanning.PREVIOUS_YEAR, q * 3, 25).atTime(14, 0)))
                        .update();
                made++;
            }
        }
        return made;
    }

    /** The appraiser's form: the intent for every RHK and value, with reasons where it differs from the suggestion. */
    private EvaluationForm form(long agencyId, Person p, Actor appraiser) {
        EvaluationSheet sheet = evaluations.sheet(appraiser, agencyId, p.planId(), 0);
        Map<Long, Rating> results = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (EvaluationSheet.ResultLine line : sheet.results()) {
            PlannedResult r = line.result();
            results.put(r.id(), p.intent().results);
            if (line.suggestion().value() != null && line.suggestion().value() != p.intent().results) {
                notes.put(r.id(), "Dinilai dari bukti dukung dan dialog kinerja triwulan IV");
            }
        }
        Map<BerakhlakValue, Rating> behaviour = new EnumMap<>(BerakhlakValue.class);
        Map<BerakhlakValue, String> behaviourNotes = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue v : BerakhlakValue.values()) {
            boolean above = p.intent() == Intent.OUTSTANDING && v.ordinal() < 5;
            behaviour.put(v, above ? Rating.DIATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI);
        }
        if (p.intent() == Intent.OUTSTANDING) {
            behaviourNotes.put(BerakhlakValue.BERORIENTASI_PELAYANAN, "Menjadi rujukan rekan kerja untuk layanan kepegawaian daring");
            behaviourNotes.put(BerakhlakValue.ADAPTIF, "Memprakarsai formulir usulan diklat daring");
        }
        Rating suggested = sheet.resultSuggestion().value();
        String reason = suggested != null && suggested != p.intent().results
                ? "Pejabat penilai mempertimbangkan bukti dukung dan dialog kinerja; angka capaian belum mencerminkan kualitas hasil"
                : null;
        return new EvaluationForm(results, notes, p.intent().results, reason, behaviour, behaviourNotes, p.intent().behaviour,
                null, 12, sheet.evaluation() == null ? 0 : sheet.evaluation().version());
    }

    /** The 2026 periodic evaluation of last month for the supervisor's team (their approved plans). */
    private int periodic(long agencyId, LocalDate today, Map<Long, Actor> actors) {
        int month = DemoRealisations.monthsOver(today);
        if (month < 1) {
            return 0;
        }
        Long supervisor = jdbc.sql("SELECT head_employee_id FROM org_unit WHERE agency_id = :a AND code = :c")
                .param("a", agencyId).param("c", CALIBRATION_UNIT).query(Long.class).optional().orElse(null);
        if (supervisor == null) {
            return 0;
        }
        List<Long> plans = jdbc.sql("""
                SELECT p.id FROM performance_plan p JOIN performance_period pp ON pp.id = p.period_id
                WHERE p.agency_id = :a AND pp.year = :y AND p.appraiser_id = :s AND p.status = 'APPROVED' ORDER BY p.id
                """).param("a", agencyId).param("y", DemoPlanning.YEAR).param("s", supervisor).query(Long.class).list();
        Actor appraiser = actor(agencyId, supervisor, actors);
        int made = 0;
        for (Long planId : plans) {
            EvaluationSheet sheet = evaluations.sheet(appraiser, agencyId, planId, month);
            if (sheet.evaluation() != null) {
                continue;
            }
            Map<Long, Rating> results = new HashMap<>();
            for (EvaluationSheet.ResultLine line : sheet.results()) {
                results.put(line.result().id(), line.suggestion().value() == null ? Rating.SESUAI_EKSPEKTASI : line.suggestion().value());
            }
            Rating overall = id.capaian.evaluation.ResultRatingRule.overall(sheet.results().stream()
                    .map(l -> new id.capaian.evaluation.ResultRatingRule.RatedResult(l.result().kind(), results.get(l.result().id())))
                    .toList()).value();
            Map<BerakhlakValue, Rating> behaviour = new EnumMap<>(BerakhlakValue.class);
            for (BerakhlakValue v : BerakhlakValue.values()) {
                behaviour.put(v, Rating.SESUAI_EKSPEKTASI);
            }
            evaluations.rate(appraiser, agencyId, planId, month, new EvaluationForm(results, Map.of(),
                    overall == null ? Rating.SESUAI_EKSPEKTASI : overall, null, behaviour, Map.of(), Rating.SESUAI_EKSPEKTASI,
                    null, null, 0));
            made++;
        }
        return made;
    }

    /** An employee acting in person, with their account's roles. */
    private Actor actor(long agencyId, long employeeId, Map<Long, Actor> cache) {
        return cache.computeIfAbsent(employeeId, id -> {
            String nip = jdbc.sql("SELECT nip FROM employee WHERE id = :id").param("id", id).query(String.class).single();
            Set<Role> roles = jdbc.sql("""
                    SELECT r.role FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.employee_id = :id
                    """).param("id", id).query(String.class).list().stream().map(Role::valueOf).collect(Collectors.toSet());
            return new DemoActor(nip, agencyId, id, roles.isEmpty() ? Set.of(Role.EMPLOYEE) : roles);
        });
    }

    private Actor agencyHead(long agencyId) {
        Long id = jdbc.sql("""
                SELECT a.employee_id FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_HEAD' ORDER BY a.id LIMIT 1
                """).param("a", agencyId).query(Long.class).single();
        return actor(agencyId, id, new HashMap<>());
    }
}
