package id.capaian.demo;

import id.capaian.platform.Actor;
import id.capaian.survey.Element;
import id.capaian.survey.IkmFigures;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.IkmPeriod;
import id.capaian.survey.OfferedService;
import id.capaian.survey.OfficerFeedbackKind;
import id.capaian.survey.ResponseForm;
import id.capaian.survey.ResponseManagement;
import id.capaian.survey.Survey;
import id.capaian.survey.SurveyManagement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizen satisfaction surveys of four service units of the demo city: Puskesmas Kesatria (getting better over the
 * year), Puskesmas Bane (with paper surveys), the population registry's counter (slow) and a primary school (well
 * liked). Each gets its services and a year of responses until today, deterministic, with suggestions, some
 * compliments and complaints about named officers, a few flagged duplicates waiting for a moderator and a few
 * dropped bot submissions. The quarters and months gone by are published; the head of Puskesmas Kesatria's
 * indicator "Indeks kepuasan masyarakat puskesmas" is linked to its survey and its realisations of the months gone by
 * are the published IKM (recorded as the system would have, since those months are closed to entries now). The last
 * compliments and complaints go through the public submission, so that they reach the appraisers' bells. Made once;
 * nothing when the agency has a survey already.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
class DemoSurveys {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
    private static final long LOCK_KEY = 1273_0006L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String KESATRIA = "DINKES.PKM-KESATRIA";
    static final String IKM_INDICATOR = "Indeks kepuasan masyarakat puskesmas";

    /** How a unit is judged: its mean answer, what changes per month, and each element's offset from the mean. */
    record Profile(String unitCode, double mean, double trendPerMonth, double[] offsets, List<String> services,
            boolean paper) {
    }

    private static final String[] SUGGESTIONS = {
        "Antrean di loket pendaftaran perlu dipercepat, terutama pagi hari.",
        "Ruang tunggu panas; mohon ditambah kipas angin.",
        "Petugas sudah ramah, pertahankan.",
        "Informasi jadwal layanan sebaiknya ditempel di depan.",
        "Kotak saran tidak pernah dibuka, mohon ditindaklanjuti.",
        "Toilet perlu dibersihkan lebih sering.",
        "Nomor antrean sebaiknya bisa diambil lewat WhatsApp.",
        "Persyaratan sudah jelas, terima kasih.",
        "Parkir sempit, motor sulit keluar.",
        "Mohon disediakan kursi roda untuk lansia.",
    };
    private static final String[] COMPLIMENTS = {
        "Sangat sabar menjelaskan kepada ibu saya yang sudah lansia.",
        "Cepat dan ramah, terima kasih banyak.",
        "Membantu mengisi formulir sampai selesai.",
    };
    private static final String[] COMPLAINTS = {
        "Petugas sibuk dengan ponsel saat antrean panjang.",
        "Saya diminta kembali besok tanpa penjelasan.",
        "Nada bicaranya kasar kepada warga yang bertanya.",
    };

    private final SurveyManagement surveys;
    private final ResponseManagement responses;
    private final IkmManagement ikm;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    DemoSurveys(SurveyManagement surveys, ResponseManagement responses, IkmManagement ikm, JdbcClient jdbc, JdbcTemplate batch,
            PlatformTransactionManager transactions) {
        this.surveys = surveys;
        this.responses = responses;
        this.ikm = ikm;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
    }

    static List<Profile> profiles() {
        //                         PERSY PROS  WAKTU BIAYA PROD  KOMP  PERI  SARANA ADUAN
        return List.of(
                new Profile(KESATRIA, 3.05, 0.035, new double[] {0.1, 0.0, -0.25, 0.75, 0.0, 0.1, 0.15, -0.1, -0.35},
                        List.of("Poli umum", "Kesehatan ibu dan anak", "Poli gigi", "Imunisasi", "Laboratorium"), false),
                new Profile("DINKES.PKM-BANE", 2.95, 0.0, new double[] {0.05, 0.0, -0.1, 0.75, 0.0, 0.05, 0.1, -0.35, -0.3},
                        List.of("Poli umum", "Kesehatan ibu dan anak", "Imunisasi"), true),
                new Profile("DUKCAPIL.DAFDUK", 2.95, 0.01, new double[] {0.0, -0.15, -0.5, 0.8, 0.05, 0.05, 0.0, 0.0, -0.2},
                        List.of("KTP elektronik", "Kartu keluarga", "Surat pindah datang"), false),
                new Profile("DISDIK.SDN-", 3.35, 0.0, new double[] {0.05, 0.05, 0.0, 0.3, 0.05, 0.1, 0.1, -0.3, -0.1},
                        List.of("Penerimaan murid baru", "Legalisasi ijazah", "Layanan informasi sekolah"), false));
    }

    /** Makes the surveys unless the agency has one; never stops the demo from starting. */
    void load(long agencyId) {
        long started = System.nanoTime();
        try {
            LocalDate today = LocalDate.now(JAKARTA);
            List<Survey> made = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                Long any = jdbc.sql("SELECT count(*) FROM survey WHERE agency_id = :a").param("a", agencyId).query(Long.class).single();
                return any > 0 ? null : populate(agencyId, today);
            });
            if (made == null) {
                return;
            }
            int published = publish(agencyId, made, today);
            int recorded = link(agencyId, made, today);
            int told = officersTold(made);
            long responsesMade = jdbc.sql("SELECT count(*) FROM survey_response WHERE agency_id = :a").param("a", agencyId)
                    .query(Long.class).single();
            log.info("Demo surveys loaded in {} ms: {} unit surveys with {} responses, {} published IKM, {} realisations of "
                    + "\"{}\" taken from the IKM, {} compliments and complaints sent to appraisers",
                    (System.nanoTime() - started) / 1_000_000, made.size(), responsesMade, published, recorded, IKM_INDICATOR, told);
        } catch (RuntimeException e) {
            log.error("Demo surveys could not be loaded: {}", e.getMessage(), e);
        }
    }

    private List<Survey> populate(long agencyId, LocalDate today) {
        Actor system = Actor.system();
        List<Survey> out = new ArrayList<>();
        for (Profile p : profiles()) {
            Long unitId = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code LIKE :c AND active ORDER BY code LIMIT 1")
                    .param("a", agencyId).param("c", p.unitCode().endsWith("-") ? p.unitCode() + "%" : p.unitCode())
                    .query(Long.class).optional().orElse(null);
            if (unitId == null) {
                continue;
            }
            Survey survey = surveys.enable(system, agencyId, unitId);
            p.services().forEach(name -> surveys.addService(system, agencyId, survey.id(), name));
            Survey full = surveys.get(system, agencyId, survey.id());
            responses(agencyId, full, p, today);
            out.add(full);
        }
        return out;
    }

    /** A year of responses until yesterday, 20-40 a month, answers around the unit's profile. */
    private void responses(long agencyId, Survey survey, Profile p, LocalDate today) {
        Random random = new Random(survey.unitId() * 7919L + 11);
        List<Long> officers = jdbc.sql("SELECT id FROM employee WHERE agency_id = :a AND unit_id = :u AND active ORDER BY id")
                .param("a", agencyId).param("u", survey.unitId()).query(Long.class).list();
        List<OfferedService> services = survey.services();
        Long importId = null;
        if (p.paper()) {
            importId = jdbc.sql("""
                    INSERT INTO survey_import (agency_id, survey_id, file_name, row_count, imported_by)
                    VALUES (:a, :s, 'survei-kertas-semester-1.xlsx', 0, 'system') RETURNING id
                    """).param("a", agencyId).param("s", survey.id()).query(Long.class).single();
        }
        List<Object[]> rows = new ArrayList<>();
        int paper = 0;
        int year = today.getYear();
        for (int month = 1; month <= today.getMonthValue(); month++) {
            int n = 20 + random.nextInt(21);
            double mean = p.mean() + p.trendPerMonth() * (month - 1);
            for (int i = 0; i < n; i++) {
                int lastDay = month == today.getMonthValue() ? today.getDayOfMonth() - 1 : LocalDate.of(year, month, 1).lengthOfMonth();
                if (lastDay < 1) {
                    continue;
                }
                LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(lastDay));
                double person = random.nextGaussian() * 0.35;
                Object[] answers = new Object[Element.COUNT];
                for (int e = 0; e < Element.COUNT; e++) {
                    long v = Math.round(mean + person + p.offsets()[e] + random.nextGaussian() * 0.45);
                    answers[e] = (int) Math.max(1, Math.min(4, v));
                }
                boolean onPaper = p.paper() && month <= 6 && random.nextInt(3) == 0;
                paper += onPaper ? 1 : 0;
                String suggestion = random.nextInt(4) == 0 ? SUGGESTIONS[random.nextInt(SUGGESTIONS.length)] : null;
                Long officer = null;
                String kind = null;
                String text = null;
                if (!onPaper && !officers.isEmpty() && random.nextInt(25) == 0) {
                    officer = officers.get(random.nextInt(officers.size()));
                    boolean compliment = random.nextInt(3) > 0;
                    kind = compliment ? OfficerFeedbackKind.COMPLIMENT.name() : OfficerFeedbackKind.COMPLAINT.name();
                    text = compliment ? COMPLIMENTS[random.nextInt(COMPLIMENTS.length)] : COMPLAINTS[random.nextInt(COMPLAINTS.length)];
                }
                // a few sent twice from one phone this month or last: waiting for a moderator
                boolean flagged = month >= today.getMonthValue() - 1 && random.nextInt(30) == 0;
                ZonedDateTime at = day.atTime(8 + random.nextInt(7), random.nextInt(60)).atZone(JAKARTA);
                Object[] row = new Object[] {agencyId, survey.id(), services.get(random.nextInt(services.size())).id(), day,
                        Timestamp.from(at.toInstant()), onPaper ? "PAPER" : "WEB", onPaper ? importId : null, answers[0], answers[1],
                        answers[2], answers[3], answers[4], answers[5], answers[6], answers[7], answers[8],
                        pick(random, id.capaian.survey.Respondent.AgeBand.values()), pick(random, id.capaian.survey.Respondent.Sex.values()),
                        pick(random, id.capaian.survey.Respondent.Education.values()),
                        pick(random, id.capaian.survey.Respondent.Occupation.values()), suggestion, officer, kind, text,
                        officer != null, flagged ? "FLAGGED" : "ACCEPTED", flagged ? "DUPLICATE" : null};
                rows.add(row);
            }
        }
        batch.batchUpdate("""
                INSERT INTO survey_response (agency_id, survey_id, service_id, survey_date, submitted_at, channel, import_id, u1, u2,
                       u3, u4, u5, u6, u7, u8, u9, age_band, sex, education, occupation, suggestion, officer_id, officer_kind,
                       officer_text, officer_notified, status, flag_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        if (importId != null) {
            jdbc.sql("UPDATE survey_import SET row_count = :n WHERE id = :id").param("n", paper).param("id", importId).update();
        }
        // bots caught by the hidden field, and a phone that sent too many
        jdbc.sql("""
                INSERT INTO survey_drop (survey_id, agency_id, day, reason, drops) VALUES (:s, :a, :d1, 'HONEYPOT', :h),
                       (:s, :a, :d2, 'RATE_LIMIT', :r)
                """).param("s", survey.id()).param("a", agencyId).param("d1", today.minusDays(3)).param("h", 1 + random.nextInt(6))
                .param("d2", today.minusDays(9)).param("r", random.nextInt(3) + 1).update();
    }

    /** An optional profile answer: a fifth of respondents leave it out. */
    private static String pick(Random random, Enum<?>[] values) {
        return random.nextInt(5) == 0 ? null : values[random.nextInt(values.length)].name();
    }

    /** Publishes the quarters and months that are over (before any indicator is linked). */
    private int publish(long agencyId, List<Survey> made, LocalDate today) {
        int count = 0;
        for (Survey s : made) {
            List<IkmPeriod> over = new ArrayList<>();
            IkmPeriod.ofYear(IkmPeriod.Kind.QUARTER, today.getYear()).stream().filter(q -> q.end().isBefore(today)).forEach(over::add);
            IkmPeriod.ofYear(IkmPeriod.Kind.MONTH, today.getYear()).stream().filter(m -> m.end().isBefore(today)).forEach(over::add);
            for (IkmPeriod p : over) {
                try {
                    ikm.publish(Actor.system(), agencyId, s.id(), p);
                    count++;
                } catch (RuntimeException e) {
                    log.debug("Demo IKM {} of survey {} not published: {}", p.code(), s.id(), e.getMessage());
                }
            }
        }
        return count;
    }

    /**
     * Links the head of Puskesmas Kesatria's IKM indicator (of an approved plan) to the Puskesmas survey and puts the
     * published monthly IKM in its realisations of the months gone by, as publishing them would have done while those
     * months were open.
     */
    private int link(long agencyId, List<Survey> made, LocalDate today) {
        Survey kesatria = made.stream().filter(s -> KESATRIA.equals(s.unitCode())).findFirst().orElse(null);
        if (kesatria == null) {
            return 0;
        }
        List<long[]> candidates = jdbc.sql("""
                SELECT p.id, i.id FROM performance_plan p
                JOIN performance_period pp ON pp.id = p.period_id AND pp.year = :y AND pp.scheme = 'MONTHLY'
                JOIN planned_result r ON r.plan_id = p.id JOIN result_indicator i ON i.result_id = r.id
                JOIN org_unit u ON u.id = p.unit_id AND u.code = :unit
                JOIN org_unit h ON h.id = p.unit_id AND h.head_employee_id = p.employee_id
                WHERE p.agency_id = :a AND p.status = 'APPROVED' AND i.name = :name AND i.target_kind = 'NUMBER'
                ORDER BY p.id, i.id LIMIT 1
                """).param("y", today.getYear()).param("unit", KESATRIA).param("a", agencyId).param("name", IKM_INDICATOR)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (candidates.isEmpty()) {
            return 0;
        }
        long planId = candidates.get(0)[0];
        long indicatorId = candidates.get(0)[1];
        var link = ikm.link(Actor.system(), agencyId, kesatria.id(), planId, indicatorId);
        Integer recorded = transaction.execute(status -> {
            int n = 0;
            String last = null;
            BigDecimal lastValue = null;
            for (IkmPeriod month : IkmPeriod.ofYear(IkmPeriod.Kind.MONTH, today.getYear())) {
                if (!month.end().isBefore(today)) {
                    break;
                }
                IkmFigures f = ikm.figures(Actor.system(), agencyId, kesatria.id(), month);
                if (f.publication() == null) {
                    continue;
                }
                BigDecimal value = f.publication().ikm().index();
                String note = "IKM " + month.code() + ": " + value.toPlainString().replace('.', ',') + " (mutu "
                        + f.publication().ikm().grade().name() + ", " + f.publication().ikm().respondents()
                        + " responden), dari Survei Kepuasan Masyarakat " + kesatria.unitName() + ".";
                n += jdbc.sql("""
                        UPDATE realisation SET value = :v, note = :note, source = 'API', source_label = :label,
                               recorded_by = 'system:survey'
                        WHERE indicator_id = :i AND sub_period = :m
                        """).param("v", value).param("note", note).param("label", "SKM " + kesatria.unitName())
                        .param("i", indicatorId).param("m", month.number()).update();
                last = month.code();
                lastValue = value;
            }
            if (last != null) {
                jdbc.sql("""
                        UPDATE survey_indicator_link SET last_period = :p, last_status = 'RECORDED', last_value = :v,
                               last_message = 'survey.link.recorded', last_args = :args, last_at = now()
                        WHERE id = :id
                        """).param("p", last).param("v", lastValue).param("args", String.valueOf(IkmPeriod.parse(last).number()))
                        .param("id", link.id()).update();
            }
            return n;
        });
        return recorded == null ? 0 : recorded;
    }

    /** Today's compliments and complaints go through the public form, so that they reach the appraisers. */
    private int officersTold(List<Survey> made) {
        int told = 0;
        String[][] scripts = {
            {"COMPLIMENT", "Perawat di poli umum sangat sabar menjelaskan cara minum obat."},
            {"COMPLAINT", "Petugas pendaftaran meminta saya kembali besok tanpa alasan yang jelas."}};
        for (Survey s : made) {
            if (!KESATRIA.equals(s.unitCode())) {
                continue;
            }
            List<Long> officers = jdbc.sql("SELECT id FROM employee WHERE unit_id = :u AND active ORDER BY id").param("u", s.unitId())
                    .query(Long.class).list();
            for (int i = 0; i < scripts.length && i + 1 < officers.size(); i++) {
                ResponseForm form = new ResponseForm().answers(i == 0 ? new int[] {4, 4, 3, 4, 4, 4, 4, 3, 3}
                        : new int[] {3, 2, 2, 4, 3, 3, 2, 3, 2});
                form.setServiceId(s.activeServices().get(0).id());
                form.setOfficerId(officers.get(i + 1));
                form.setOfficerKind(OfficerFeedbackKind.valueOf(scripts[i][0]));
                form.setOfficerText(scripts[i][1]);
                try {
                    responses.submit(s.token(), form, "192.0.2." + (10 + i), "Capaian demo");
                    told++;
                } catch (RuntimeException e) {
                    log.debug("Demo feedback not sent: {}", e.getMessage());
                }
            }
        }
        return told;
    }
}
