package id.capaian.demo;

import id.capaian.development.Training;
import id.capaian.development.TrainingCertificate;
import id.capaian.development.TrainingEnrolment;
import id.capaian.development.TrainingExternalForm;
import id.capaian.development.TrainingForm;
import id.capaian.development.TrainingKind;
import id.capaian.development.TrainingManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's training year 2026, entirely through the training service and acted by the demo people: the BKPSDM's
 * administrator keeps a catalogue of 13 offerings (Latsar CPNS, ASN Unggul e-learning, coaching for appraisers, a
 * public-service seminar, leadership training, technical courses for health and education); most completions are
 * recorded as verified by the administrator (attendance lists, e-learning platforms: about 500 rows, a few thousand
 * statements, fast enough without batch SQL); the BKPSDM's Bidang Penilaian Kinerja goes the whole way (enrolled by
 * themselves, completed with a generated PDF certificate, verified by their appraiser); a few dozen certificates wait
 * for verification (one of them the featured employee's, for their supervisor), a few were rejected with a reason;
 * the December leadership class has its participants enrolled.
 * The spread: about a quarter of the employees reach 20 JP, about half are behind with some JP, the rest have none.
 * Made once, in one transaction.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
public class DemoTraining {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
    private static final long LOCK_KEY = 1273_0071L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int YEAR = DemoPlanning.YEAR;
    /** The unit whose people go the whole way through enrolment, certificate and their appraiser's verification. */
    static final String FULL_PATH_UNIT = "BKPSDM.PK";

    private final JdbcClient jdbc;
    private final TrainingManagement trainings;
    private final TransactionTemplate transaction;

    DemoTraining(JdbcClient jdbc, TrainingManagement trainings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.trainings = trainings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Who a training is for. */
    private enum Audience { ALL, HEALTH, EDUCATION, SUPERVISORS, LEADERS, HR, NEW }

    private record Offer(String code, String title, TrainingKind kind, int jp, String provider, String competency,
            LocalDate startsOn, LocalDate endsOn, Integer capacity, String url, Audience audience, String source) {
    }

    private static final List<Offer> OFFERS = List.of(
            new Offer("LATSAR-CPNS-2026", "Pelatihan Dasar CPNS Golongan III Angkatan I", TrainingKind.KLASIKAL, 40,
                    "BPSDM Provinsi Sumatera Utara", "INTEGRITAS", d(3, 2), d(3, 27), 40, null, Audience.NEW, "Daftar hadir BPSDM"),
            new Offer("ELEARN-MANAJEMEN-ASN", "E-learning Manajemen ASN", TrainingKind.E_LEARNING, 10, "LAN RI (ASN Unggul)",
                    "PENGEMBANGAN_DIRI", null, null, null, "https://asnunggul.lan.go.id", Audience.ALL, "ASN Unggul"),
            new Offer("ELEARN-SIASN", "E-learning SIASN dan Layanan Kepegawaian Digital", TrainingKind.E_LEARNING, 8,
                    "BKN (ASN Unggul)", "MENGELOLA_PERUBAHAN", null, null, null, "https://asnunggul.lan.go.id", Audience.ALL, "ASN Unggul"),
            new Offer("COACHING-KINERJA-2026", "Coaching Kinerja bagi Pejabat Penilai", TrainingKind.COACHING, 12,
                    "BKPSDM Kota Pematangsiantar", "PENGEMBANGAN_DIRI", d(4, 14), d(4, 16), 60, null, Audience.LEADERS,
                    "Daftar hadir BKPSDM"),
            new Offer("SEMINAR-YANLIK-2026", "Seminar Pelayanan Publik: Standar Pelayanan dan Survei Kepuasan Masyarakat",
                    TrainingKind.SEMINAR, 4, "Ombudsman RI Perwakilan Sumatera Utara", "PELAYANAN_PUBLIK", d(5, 20), d(5, 20), null,
                    null, Audience.ALL, "Daftar hadir BKPSDM"),
            new Offer("PKP-2026-I", "Pelatihan Kepemimpinan Pengawas Angkatan I", TrainingKind.KLASIKAL, 60,
                    "BPSDM Provinsi Sumatera Utara", "PENGAMBILAN_KEPUTUSAN", d(6, 8), d(7, 31), 30, null, Audience.SUPERVISORS,
                    "Daftar hadir BPSDM"),
            new Offer("PKA-2026-I", "Pelatihan Kepemimpinan Administrator Angkatan I", TrainingKind.KLASIKAL, 60,
                    "BPSDM Provinsi Sumatera Utara", "PENGAMBILAN_KEPUTUSAN", d(12, 7), d(12, 18), 20, null, Audience.LEADERS, null),
            new Offer("KES-PPI-2026", "Pelatihan Pencegahan dan Pengendalian Infeksi (PPI) di Puskesmas", TrainingKind.KLASIKAL, 24,
                    "Dinas Kesehatan Provinsi Sumatera Utara", null, d(8, 10), d(8, 13), 40, null, Audience.HEALTH,
                    "Daftar hadir Dinas Kesehatan"),
            new Offer("KES-GIZI-STUNTING", "E-learning Tata Laksana Gizi Buruk dan Pencegahan Stunting", TrainingKind.E_LEARNING, 12,
                    "Kementerian Kesehatan (Plataran Sehat)", null, null, null, null, "https://lms.kemkes.go.id", Audience.HEALTH,
                    "Plataran Sehat"),
            new Offer("DIK-KURMER-2026", "Pelatihan Implementasi Kurikulum Merdeka bagi Kepala Sekolah dan Pengawas",
                    TrainingKind.KLASIKAL, 32, "BBGP Provinsi Sumatera Utara", null, d(7, 13), d(7, 16), 50, null, Audience.EDUCATION,
                    "Daftar hadir BBGP"),
            new Offer("DIK-PMM", "E-learning Platform Merdeka Mengajar: Asesmen Pembelajaran", TrainingKind.E_LEARNING, 8,
                    "Kemendikbudristek (Platform Merdeka Mengajar)", null, null, null, null, "https://guru.kemdikbud.go.id",
                    Audience.EDUCATION, "Platform Merdeka Mengajar"),
            new Offer("MENTOR-ANALIS-SDM", "Mentoring Analis SDM Aparatur: Manajemen Kinerja", TrainingKind.MENTORING, 6,
                    "BKPSDM Kota Pematangsiantar", "KERJA_SAMA", d(2, 2), d(10, 30), null, null, Audience.HR, "Daftar hadir BKPSDM"),
            new Offer("SEMINAR-SPBE-2026", "Seminar SPBE dan Keamanan Informasi bagi ASN", TrainingKind.SEMINAR, 4,
                    "Dinas Komunikasi dan Informatika", "MENGELOLA_PERUBAHAN", d(9, 24), d(9, 24), null, null, Audience.ALL,
                    "Daftar hadir BKPSDM"));

    private static final List<TrainingExternalForm> EXTERNAL = List.of(
            new TrainingExternalForm("Webinar Nasional Hari Kesehatan: Transformasi Layanan Primer", TrainingKind.SEMINAR, 3, null),
            new TrainingExternalForm("MOOC Literasi Digital Sektor Pemerintahan (Kominfo)", TrainingKind.E_LEARNING, 10, null),
            new TrainingExternalForm("Workshop Penyusunan Anjab dan ABK (KemenPAN-RB)", TrainingKind.SEMINAR, 6, null),
            new TrainingExternalForm("Pelatihan Pengadaan Barang/Jasa Tingkat Dasar (LKPP)", TrainingKind.KLASIKAL, 24, null));

    private static final List<String> REJECTIONS = List.of(
            "Nama pada sertifikat berbeda dengan nama pegawai; unggah sertifikat yang benar.",
            "Jumlah JP tidak tercantum pada sertifikat; lampirkan surat keterangan dari penyelenggara.",
            "Berkas buram dan tidak terbaca; pindai ulang sertifikatnya.");

    private record Person(long id, String nip, String name, String unitCode, String positionCode, String positionKind,
            Long appraiserId) {
    }

    /** What was made. */
    record Summary(int trainings, int verified, int pending, int rejected, int enrolled, int met, int employees) {
    }

    public void load(long agencyId) {
        long started = System.nanoTime();
        try {
            Summary s = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                boolean any = jdbc.sql("SELECT count(*) FROM training WHERE agency_id = :a").param("a", agencyId)
                        .query(Long.class).single() > 0;
                return any ? null : populate(agencyId, LocalDate.now(JAKARTA));
            });
            if (s != null) {
                log.info("Demo training loaded in {} ms: {} catalogue trainings; {} verified completions, {} certificates awaiting "
                        + "verification, {} rejected, {} enrolled; {} of {} employees reached 20 JP in {}",
                        (System.nanoTime() - started) / 1_000_000, s.trainings(), s.verified(), s.pending(), s.rejected(),
                        s.enrolled(), s.met(), s.employees(), YEAR);
            }
        } catch (RuntimeException e) {
            log.error("Demo training could not be loaded: {}", e.getMessage(), e);
        }
    }

    Summary populate(long agencyId, LocalDate today) {
        Map<Long, Actor> actors = new HashMap<>();
        Actor admin = admin(agencyId, actors);
        Map<String, Training> catalogue = new LinkedHashMap<>();
        Map<String, Long> competencies = new HashMap<>();
        jdbc.sql("SELECT code, id FROM competency WHERE agency_id IS NULL").query(rs -> {
            competencies.put(rs.getString(1), rs.getLong(2));
        });
        for (Offer o : OFFERS) {
            TrainingForm f = new TrainingForm(o.code(), o.title(), o.kind(), o.jp(), o.provider(), o.startsOn(), o.endsOn(),
                    o.capacity(), o.url());
            f.setCompetencyId(o.competency() == null ? null : competencies.get(o.competency()));
            catalogue.put(o.code(), trainings.create(admin, agencyId, f));
        }
        Map<String, Offer> offers = OFFERS.stream().collect(Collectors.toMap(Offer::code, o -> o));

        List<Person> people = jdbc.sql("""
                SELECT e.id, e.nip, e.name, u.code AS unit_code, p.code AS position_code, p.kind AS position_kind,
                       coalesce(e.appraiser_id, e.superior_id) AS appraiser_id
                FROM employee e LEFT JOIN org_unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id
                WHERE e.agency_id = :a AND e.active ORDER BY e.id
                """).param("a", agencyId)
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("nip"), rs.getString("name"), rs.getString("unit_code"),
                        rs.getString("position_code"), rs.getString("position_kind"), (Long) rs.getObject("appraiser_id")))
                .list();
        Random random = new Random(1273_2026L);
        Map<String, Integer> seats = new HashMap<>();
        int verified = 0;
        int pending = 0;
        int rejected = 0;
        int enrolled = 0;
        int externals = 0;
        Map<Long, Integer> jp = new HashMap<>();
        for (Person p : people) {
            // nobody records their own completion as verified: the administrator goes the whole way too
            boolean fullPath = (FULL_PATH_UNIT.equals(p.unitCode()) || p.id() == admin.employeeId()) && p.appraiserId() != null;
            List<Offer> open = new ArrayList<>(OFFERS.stream().filter(o -> fits(o, p) && completable(o, today)).toList());
            java.util.Collections.shuffle(open, random);
            double r = random.nextDouble();
            int goal = fullPath ? 20 : r < 0.27 ? 20 : r < 0.78 ? 4 + random.nextInt(13) : 0;
            boolean meet = goal >= 20;
            int sum = 0;
            List<Offer> taken = new ArrayList<>();
            for (Offer o : open) {
                if (sum >= goal) {
                    break;
                }
                if (!meet && sum + o.jp() > 16) {
                    continue;
                }
                if (o.capacity() != null && seats.getOrDefault(o.code(), 0) >= o.capacity()) {
                    continue;
                }
                seats.merge(o.code(), 1, Integer::sum);
                taken.add(o);
                sum += o.jp();
            }
            for (Offer o : taken) {
                Training t = catalogue.get(o.code());
                LocalDate on = completion(o, today, random);
                if (fullPath) {
                    // the whole way: enrolled (by HR once the class is over), certificate, the appraiser verifies
                    Actor self = actor(agencyId, p.id(), actors);
                    TrainingEnrolment x = trainings.enrol(t.ended(today) ? admin : self, agencyId, t.id(), p.id());
                    x = trainings.complete(self, agencyId, x.id(), on, certificate(p, t.title(), t.jp(), on));
                    trainings.verify(actor(agencyId, p.appraiserId(), actors), agencyId, x.id(), x.version());
                } else {
                    trainings.recordVerified(admin, agencyId, p.id(), t.id(), null, on, o.source());
                }
                verified++;
            }
            jp.put(p.id(), sum);

            // some of those behind have a certificate waiting for verification, a few were turned down
            if (!meet && goal > 0 && p.appraiserId() != null && random.nextDouble() < 0.16) {
                Actor self = actor(agencyId, p.id(), actors);
                TrainingEnrolment x;
                boolean external = random.nextBoolean();
                Offer pick = open.stream().filter(o -> !taken.contains(o) && o.capacity() == null).findFirst().orElse(null);
                LocalDate on;
                if (external || pick == null) {
                    TrainingExternalForm e = EXTERNAL.get(externals++ % EXTERNAL.size());
                    on = spread(today, random);
                    x = trainings.recordExternal(self, agencyId, p.id(), new TrainingExternalForm(e.getTitle(), e.getKind(),
                            e.getJp(), on), certificate(p, e.getTitle(), e.getJp(), on));
                } else {
                    Training t = catalogue.get(pick.code());
                    on = completion(pick, today, random);
                    x = trainings.enrol(t.ended(today) ? admin : self, agencyId, t.id(), p.id());
                    x = trainings.complete(self, agencyId, x.id(), on, certificate(p, t.title(), t.jp(), on));
                }
                if (rejected < REJECTIONS.size() && random.nextDouble() < 0.2) {
                    trainings.reject(actor(agencyId, p.appraiserId(), actors), agencyId, x.id(), REJECTIONS.get(rejected), x.version());
                    rejected++;
                } else {
                    pending++;
                }
            }
        }

        // the featured employee of the Bidang Penilaian Kinerja has a webinar certificate waiting for their supervisor
        Person featured = people.stream().filter(p -> FULL_PATH_UNIT.equals(p.unitCode()) && p.positionCode() != null
                && p.positionCode().startsWith("JF-PRAKOM") && p.appraiserId() != null).findFirst().orElse(null);
        if (featured != null) {
            LocalDate on = spread(today, random);
            trainings.recordExternal(actor(agencyId, featured.id(), actors), agencyId, featured.id(),
                    new TrainingExternalForm("Webinar BKN: Implementasi Manajemen Kinerja ASN", TrainingKind.SEMINAR, 4, on),
                    certificate(featured, "Webinar BKN: Implementasi Manajemen Kinerja ASN", 4, on));
            pending++;
        }

        // the December leadership class: administrators and supervisors enrolled by the BKPSDM
        Training pka = catalogue.get("PKA-2026-I");
        if (!pka.ended(today)) {
            for (Person p : people) {
                if (enrolled >= offers.get("PKA-2026-I").capacity() - 4) {
                    break;
                }
                if ("PENGAWAS".equals(p.positionKind()) && random.nextDouble() < 0.5) {
                    trainings.enrol(admin, agencyId, pka.id(), p.id());
                    enrolled++;
                }
            }
        }
        int met = (int) jp.values().stream().filter(v -> v >= 20).count();
        return new Summary(catalogue.size(), verified, pending, rejected, enrolled, met, people.size());
    }

    private static boolean fits(Offer o, Person p) {
        String unit = p.unitCode() == null ? "" : p.unitCode();
        String position = p.positionCode() == null ? "" : p.positionCode();
        return switch (o.audience()) {
            case ALL -> true;
            case HEALTH -> unit.startsWith("DINKES");
            case EDUCATION -> unit.startsWith("DISDIK") && (o.kind() == TrainingKind.E_LEARNING
                    || position.startsWith("JF-PENGAWAS") || position.startsWith("JF-GURU-KEPSEK") || position.startsWith("ADM-"));
            case SUPERVISORS -> "PENGAWAS".equals(p.positionKind());
            case LEADERS -> "PENGAWAS".equals(p.positionKind()) || "ADMINISTRATOR".equals(p.positionKind());
            case HR -> unit.startsWith("BKPSDM") && position.startsWith("JF-ANALIS");
            case NEW -> p.nip().length() == 18 && p.nip().substring(8, 12).compareTo("2024") >= 0; // appointed (TMT CPNS) lately
        };
    }

    /** Whether a completion can be dated in the demo year on or before today. */
    private static boolean completable(Offer o, LocalDate today) {
        LocalDate last = o.endsOn() != null ? o.endsOn() : LocalDate.of(YEAR, 1, 20);
        return !last.isAfter(today) && last.getYear() == YEAR;
    }

    private static LocalDate completion(Offer o, LocalDate today, Random random) {
        if (o.endsOn() != null) {
            return o.endsOn();
        }
        return spread(today, random);
    }

    /** A day of the demo year between late January and mid-November (never after today). */
    private static LocalDate spread(LocalDate today, Random random) {
        LocalDate day = LocalDate.of(YEAR, 1, 20).plusDays(random.nextInt(300));
        LocalDate last = today.isBefore(LocalDate.of(YEAR, 12, 31)) ? today : LocalDate.of(YEAR, 12, 31);
        return day.isAfter(last) ? last : day;
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    /** A one-page certificate as a small PDF (Helvetica, plain ASCII). */
    static TrainingCertificate certificate(Person p, String title, int jp, LocalDate on) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth()));
            doc.addPage(page);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                line(c, bold, 24, 60, 340, "SERTIFIKAT");
                line(c, regular, 11, 60, 305, "Diberikan kepada");
                line(c, bold, 16, 60, 282, p.name());
                line(c, regular, 10, 60, 264, "NIP " + p.nip());
                line(c, regular, 11, 60, 236, "yang telah menyelesaikan");
                line(c, bold, 12, 60, 216, title.length() > 80 ? title.substring(0, 80) : title);
                line(c, regular, 11, 60, 196, "sebanyak " + jp + " jam pelajaran (JP), selesai pada " + on + ".");
                line(c, regular, 9, 60, 60, "Dokumen contoh untuk demo Capaian.");
            }
            doc.save(out);
            return new TrainingCertificate("Sertifikat " + ascii(title) + ".pdf", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream c, PDFont font, float size, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(ascii(text));
        c.endText();
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append(ch >= 0x20 && ch < 0x7f ? ch : '-');
        }
        return sb.toString();
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

    private Actor admin(long agencyId, Map<Long, Actor> cache) {
        Long id = jdbc.sql("""
                SELECT a.employee_id FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = :a AND r.role = 'AGENCY_ADMIN' AND a.employee_id IS NOT NULL ORDER BY a.id LIMIT 1
                """).param("a", agencyId).query(Long.class).single();
        return actor(agencyId, id, cache);
    }
}
