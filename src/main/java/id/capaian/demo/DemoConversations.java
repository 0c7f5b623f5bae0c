package id.capaian.demo;

import id.capaian.demo.DemoPlan.Featured;
import id.capaian.feedback.ActionForm;
import id.capaian.feedback.ActionStatus;
import id.capaian.feedback.Dialogue;
import id.capaian.feedback.DialogueAction;
import id.capaian.feedback.DialogueForm;
import id.capaian.feedback.DialogueKind;
import id.capaian.feedback.DialogueList;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.Feedback;
import id.capaian.feedback.FeedbackForm;
import id.capaian.feedback.FeedbackManagement;
import id.capaian.feedback.Obstacle;
import id.capaian.notification.Notice;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.tracking.EntryWindow;
import id.capaian.tracking.IndicatorProgress;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.RealisationSheet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations in the demo agency, made through the feedback services by the people themselves once the plans
 * exist: performance dialogues across the demo year (held ones with notes, the obstacles the people met, such as
 * the health centre's unreliable internet, and the actions they agreed, some done; a few upcoming, one
 * cancelled), feedback threads on realisations if the demo has realisations, and a deadline reminder for the
 * featured employee. Dialogues that lie in the past are recorded as held and then dated back (their time, and
 * when they were made) with one statement, as the services only schedule forward. Made once, in one transaction;
 * nothing when the agency has dialogues already.
 */
@Component
@ConditionalOnBooleanProperty("capaian.demo.enabled")
class DemoConversations {

    private static final Logger log = LoggerFactory.getLogger(DemoConversations.class);
    private static final long LOCK_KEY = 1273_0003L;
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** An action agreed in a dialogue: by the appraiser or the (first) appraisee, due some days after, maybe done. */
    record ActionScript(String description, boolean byAppraiser, int dueAfterDays, Integer obstacle, ActionStatus outcome,
            String followUp) {
    }

    /**
     * A dialogue of a unit's head with some of the people they appraise ({@code people}: how many; the featured
     * employee first when in that unit), at a date of the demo year, or {@code inDays} from now.
     */
    record Script(String unitCode, int people, LocalDateTime at, Integer inDays, DialogueKind kind, String topic,
            String place, String link, String notes, List<String> obstacles, List<ActionScript> actions,
            String cancelReason) {
    }

    private final DialogueManagement dialogues;
    private final FeedbackManagement feedback;
    private final NotificationManagement notifications;
    private final EmployeeManagement employees;
    private final PeriodManagement periods;
    private final PlanManagement plans;
    private final RealisationManagement realisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoConversations(DialogueManagement dialogues, FeedbackManagement feedback, NotificationManagement notifications,
            EmployeeManagement employees, PeriodManagement periods, PlanManagement plans, RealisationManagement realisations,
            JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.dialogues = dialogues;
        this.feedback = feedback;
        this.notifications = notifications;
        this.employees = employees;
        this.periods = periods;
        this.plans = plans;
        this.realisations = realisations;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Loads the conversations unless there are some; never fails the loader (the demo stays usable without them). */
    void load(DemoPlan plan, long agencyId) {
        try {
            long started = System.nanoTime();
            int[] made = transaction.execute(status -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).list();
                return present(agencyId) ? null : populate(plan, agencyId);
            });
            if (made != null) {
                log.info("Demo conversations loaded in {} ms: {} performance dialogues, {} feedback comments",
                        (System.nanoTime() - started) / 1_000_000, made[0], made[1]);
            }
        } catch (RuntimeException e) {
            log.error("Demo conversations could not be loaded: {}", e.getMessage(), e);
        }
    }

    boolean present(long agencyId) {
        DialogueList list = dialogues.list(Actor.system(), agencyId, true, 0, 1);
        return !list.upcoming().isEmpty() || list.past().totalElements() > 0;
    }

    int[] populate(DemoPlan plan, long agencyId) {
        Employee featured = employees.findByNip(plan.featured().get(Featured.EMPLOYEE)).orElse(null);
        int count = 0;
        for (Script s : scripts()) {
            if (dialogue(plan, agencyId, s, featured)) {
                count++;
            }
        }
        int comments = feedbackThreads(plan, agencyId, featured);
        remind(agencyId, featured);
        markOldNewsRead(agencyId);
        return new int[] {count, comments};
    }

    // ---------------------------------------------------------------- dialogues

    private boolean dialogue(DemoPlan plan, long agencyId, Script s, Employee featured) {
        String headNip = plan.city().unitHeads().get(s.unitCode());
        Employee head = headNip == null ? null : employees.findByNip(headNip).orElse(null);
        if (head == null) {
            return false;
        }
        List<Employee> appraisees = new ArrayList<>(employees.appraisees(Actor.system(), agencyId, head.id()));
        if (appraisees.isEmpty()) {
            return false;
        }
        if (featured != null && appraisees.removeIf(e -> e.id() == featured.id())) {
            appraisees.add(0, featured);
        }
        List<Employee> people = appraisees.subList(0, Math.min(s.people(), appraisees.size()));
        Actor appraiser = actor(head);
        Actor first = actor(people.get(0));
        LocalDateTime now = LocalDateTime.now(JAKARTA);
        LocalDateTime at = s.inDays() != null ? weekday(now.toLocalDate().plusDays(s.inDays())).atTime(s.at().toLocalTime()) : s.at();
        Long[] ids = people.stream().map(Employee::id).toArray(Long[]::new);

        if (at.isAfter(now)) {
            if (at.isAfter(now.plusDays(60))) {
                return false; // the demo is run early in the year: leave the later part of it
            }
            Dialogue d = dialogues.schedule(appraiser, agencyId, DialogueForm.scheduled(s.topic(), at, s.place(), s.link(), ids));
            if (s.cancelReason() != null) {
                dialogues.cancel(first, agencyId, d.id(), s.cancelReason());
            } else if (s.notes() != null) {
                dialogues.saveNotes(appraiser, agencyId, d.id(), s.notes(), d.version());
            }
            return true;
        }
        // in the past: recorded as held at its time, then dated back
        Dialogue d = dialogues.schedule(appraiser, agencyId, DialogueForm.adHoc(s.topic(), at, s.place(), ids));
        jdbc.sql("""
                UPDATE dialogue SET kind = :kind, online_link = :link, scheduled_at = :at, held_at = :held,
                       created_at = :created, updated_at = :updated WHERE id = :id
                """).param("kind", s.kind().name()).param("link", s.link()).param("at", ts(at))
                .param("held", ts(at)).param("created", ts(s.kind() == DialogueKind.AD_HOC ? at.plusHours(2) : at.minusDays(6)))
                .param("updated", ts(at.plusHours(3))).param("id", d.id()).update();
        d = dialogues.saveNotes(appraiser, agencyId, d.id(), s.notes(), d.version());
        List<Obstacle> obstacles = new ArrayList<>();
        for (int i = 0; i < s.obstacles().size(); i++) {
            Actor raiser = i % 2 == 0 ? first : appraiser;
            obstacles.add(dialogues.addObstacle(raiser, agencyId, d.id(), s.obstacles().get(i)));
        }
        for (ActionScript a : s.actions()) {
            Employee owner = a.byAppraiser() ? head : people.get(0);
            LocalDate due = at.toLocalDate().plusDays(a.dueAfterDays());
            DialogueAction action = dialogues.addAction(appraiser, agencyId, d.id(), new ActionForm(a.description(), owner.id(), due,
                    a.obstacle() == null || a.obstacle() >= obstacles.size() ? null : obstacles.get(a.obstacle()).id()));
            if (a.outcome() != ActionStatus.OPEN && !due.isAfter(now.toLocalDate().plusDays(7))) {
                dialogues.updateAction(actor(owner), agencyId, d.id(), action.id(), a.outcome(), a.followUp(), action.version());
            }
        }
        return true;
    }

    /** The day, or the Monday after it when it falls on a weekend. */
    private static LocalDate weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static Timestamp ts(LocalDateTime t) {
        return Timestamp.from(t.atZone(JAKARTA).toInstant());
    }

    private static Actor actor(Employee e) {
        return new DemoActor(e.nip(), e.agencyId(), e.id(), Set.of(Role.EMPLOYEE));
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(DemoPlanning.YEAR, month, day, hour, 0);
    }

    private static ActionScript done(String what, boolean byAppraiser, int days, Integer obstacle, String followUp) {
        return new ActionScript(what, byAppraiser, days, obstacle, ActionStatus.DONE, followUp);
    }

    private static ActionScript open(String what, boolean byAppraiser, int days, Integer obstacle) {
        return new ActionScript(what, byAppraiser, days, obstacle, ActionStatus.OPEN, null);
    }

    /** The dialogues of the demo year, in order. */
    static List<Script> scripts() {
        DialogueKind sch = DialogueKind.SCHEDULED;
        DialogueKind adHoc = DialogueKind.AD_HOC;
        String pk = "BKPSDM.PK";
        String kesatria = "DINKES.PKM-KESATRIA";
        String bane = "DINKES.PKM-BANE";
        String capil = "DUKCAPIL.CAPIL";
        String sd = "DISDIK.SD";
        String ruangPk = "Ruang Rapat Bidang Penilaian Kinerja BKPSDM";
        return List.of(
                new Script(pk, 1, at(1, 14, 9), null, sch, "Klarifikasi rencana hasil kerja SKP 2026", ruangPk, null,
                        "Membahas RHK yang mengacu ke RHK Kepala Bidang: pengelolaan aplikasi e-Kinerja dan pendampingan "
                                + "OPD. Target pendampingan disepakati 24 OPD dalam setahun.",
                        List.of("Belum ada data dasar jumlah OPD yang sudah memakai e-Kinerja"),
                        List.of(done("Rekap OPD pengguna e-Kinerja per Desember 2025", false, 10, 0,
                                "Rekap selesai: 17 dari 31 OPD sudah memakai e-Kinerja.")),
                        null),
                new Script(kesatria, 3, at(2, 11, 8), null, sch, "Evaluasi pelaporan e-Kohort Januari", "Aula UPTD Puskesmas Kesatria",
                        null, "Laporan e-Kohort Januari baru masuk 60%. Bidan desa mengeluhkan entri yang sering gagal tersimpan.",
                        List.of("Jaringan internet di puskesmas sering putus, entri e-Kohort gagal tersimpan",
                                "Tenaga bidan kurang saat posyandu serentak"),
                        List.of(done("Ajukan penambahan bandwidth dan modem cadangan ke Diskominfo", true, 21, 0,
                                        "Modem cadangan terpasang 4 Maret; gangguan berkurang."),
                                done("Catat di formulir kohort luring, entri saat jaringan normal", false, 7, 0,
                                        "Berjalan sejak Februari; tidak ada data yang hilang."),
                                done("Atur jadwal posyandu bergilir agar tidak serentak", true, 30, 1,
                                        "Jadwal bergilir berlaku mulai Maret.")),
                        null),
                new Script(pk, 4, at(3, 18, 9), null, sch, "Dialog tim triwulan I: pendampingan OPD", ruangPk, null,
                        "Capaian triwulan I: 5 OPD didampingi (target 6). Banyak operator OPD baru yang belum terlatih.",
                        List.of("Operator e-Kinerja di OPD sering berganti", "Jadwal pendampingan berbenturan dengan kegiatan OPD"),
                        List.of(done("Susun modul singkat dan video tutorial untuk operator baru", false, 30, 0,
                                        "Modul dan 4 video tutorial diunggah ke portal BKPSDM."),
                                done("Kirim jadwal pendampingan triwulan II ke seluruh OPD", true, 14, 1,
                                        "Surat jadwal dikirim 1 April.")),
                        null),
                new Script(bane, 2, at(4, 8, 10), null, sch, "Cakupan imunisasi dasar lengkap triwulan I", "Ruang Kepala UPTD Puskesmas Bane",
                        null, "Cakupan IDL triwulan I 21% (target 25%). Sebagian sasaran ternyata sudah pindah domisili.",
                        List.of("Data sasaran imunisasi dari Dukcapil belum diperbarui", "Sebagian orang tua menolak imunisasi ganda"),
                        List.of(done("Koordinasi pemutakhiran data sasaran dengan Dukcapil", true, 21, 0,
                                        "Data sasaran diperbarui 29 April; 38 sasaran pindah domisili dikeluarkan."),
                                open("Kunjungan rumah bersama kader untuk sasaran yang menolak", false, 45, 1)),
                        null),
                new Script(capil, 3, at(5, 6, 9), null, sch, "Antrean layanan akta kelahiran", "Ruang Rapat Disdukcapil", null,
                        "Antrean hari Senin rata-rata 120 orang; waktu layanan akta kelahiran 3 hari (target 1 hari).",
                        List.of("Blanko dan kertas sekuriti akta terlambat dari pusat", "Pemohon datang tanpa berkas lengkap"),
                        List.of(done("Ajukan tambahan kertas sekuriti ke Ditjen Dukcapil", true, 14, 0,
                                        "Tambahan 2.000 lembar diterima akhir Mei."),
                                done("Pasang daftar persyaratan di loket dan media sosial", false, 7, 1,
                                        "Daftar persyaratan terpasang; berkas tidak lengkap turun dari 30% ke 12%.")),
                        null),
                new Script(pk, 1, at(5, 20, 14), null, adHoc, "Umpan balik langsung setelah pendampingan Dinas Pendidikan",
                        "Kantor Dinas Pendidikan", null,
                        "Pendampingan berjalan baik; operator Dinas Pendidikan sudah dapat mengunggah bukti dukung sendiri.",
                        List.of(), List.of(), null),
                new Script(sd, 2, at(6, 10, 9), null, sch, "Pelaporan dana BOS sekolah dasar", null,
                        "https://meet.example.go.id/disdik-bos", "Sembilan SD terlambat menyampaikan laporan BOS tahap I.",
                        List.of("Operator sekolah merangkap guru kelas", "Aplikasi pelaporan BOS sering gangguan di akhir bulan"),
                        List.of(done("Bimbingan teknis pelaporan BOS bagi operator SD", true, 20, 0, "Bimtek 27 Juni, diikuti 41 operator."),
                                new ActionScript("Kirim laporan sebelum tanggal 20 untuk menghindari gangguan akhir bulan", false, 30, 1,
                                        ActionStatus.DROPPED, "Diganti: aplikasi sudah diperbaiki pusat sejak Juli.")),
                        null),
                new Script(kesatria, 3, at(7, 15, 8), null, sch, "Evaluasi semester I pelayanan kesehatan ibu", "Aula UPTD Puskesmas Kesatria",
                        null, "Cakupan K4 semester I 46% (target 50%). Entri e-Kohort tepat waktu naik menjadi 92% setelah modem cadangan.",
                        List.of("Ibu hamil dari luar wilayah belum tercatat di kohort"),
                        List.of(done("Catat ibu hamil luar wilayah di register tersendiri", false, 14, 0,
                                "Register tersendiri dipakai sejak Agustus.")),
                        null),
                new Script(pk, 1, at(8, 12, 10), null, sch, "Evaluasi triwulan II SKP", ruangPk, null,
                        "Capaian triwulan II sesuai target. Pegawai mengusulkan pelatihan analisis data kinerja.",
                        List.of("Belum ada pelatihan analisis data kinerja bagi pengelola e-Kinerja"),
                        List.of(done("Usulkan pelatihan analisis data ke Bidang PSDM", true, 21, 0,
                                        "Masuk rencana pelatihan September; 24 JP."),
                                done("Ikuti pelatihan analisis data kinerja", false, 45, 0, "Selesai, sertifikat 24 JP diunggah.")),
                        null),
                new Script(capil, 2, at(9, 9, 9), null, sch, "Layanan akta kelahiran daring", "Ruang Rapat Disdukcapil", null,
                        "Uji coba layanan daring berjalan; 35% permohonan akta masuk lewat aplikasi.",
                        List.of("Sebagian pemohon belum memiliki surel untuk akun aplikasi"),
                        List.of(open("Sediakan pendampingan pembuatan akun di loket", false, 60, 0)),
                        null),
                new Script(bane, 3, at(10, 7, 10), null, sch, "Persiapan bulan imunisasi anak sekolah", "Ruang Kepala UPTD Puskesmas Bane",
                        null, "Pembagian tugas vaksinator ke 14 sekolah; logistik vaksin cukup.",
                        List.of("Lemari pendingin vaksin cadangan rusak"),
                        List.of(done("Laporkan kerusakan lemari pendingin ke Seksi Farmalkes", true, 5, 0,
                                "Lemari pendingin diganti 16 Oktober.")),
                        null),
                new Script(pk, 4, at(10, 21, 9), null, sch, "Dialog tim triwulan III", ruangPk, null,
                        "Pendampingan 19 OPD dari target 18 sampai triwulan III. Tiga OPD masih terlambat menetapkan SKP.",
                        List.of("Tiga OPD belum menetapkan SKP pegawainya", "Jaringan internet kantor BKPSDM lambat saat jam sibuk"),
                        List.of(open("Kunjungi tiga OPD yang terlambat dan dampingi penetapan SKP", false, 30, 0),
                                open("Ajukan peningkatan kapasitas jaringan ke Diskominfo", true, 45, 1)),
                        null),
                new Script(kesatria, 2, at(11, 11, 8), null, adHoc, "Kunjungan lapangan posyandu Melati", "Posyandu Melati, Kelurahan Kesatria",
                        null, "Posyandu berjalan baik; pencatatan langsung di tablet sudah dipakai kader.",
                        List.of("Daya baterai tablet kader tidak cukup untuk satu hari posyandu"),
                        List.of(open("Sediakan power bank untuk tablet kader", true, 21, 0)),
                        null),
                new Script(pk, 1, at(12, 1, 9), 5, sch, "Persiapan evaluasi kinerja tahunan 2026", ruangPk, null,
                        "Agenda: capaian triwulan IV, perilaku kerja, dan rencana pengembangan kompetensi 2027.", List.of(),
                        List.of(), null),
                new Script(capil, 3, at(12, 1, 10), 12, sch, "Evaluasi akhir tahun layanan pencatatan sipil", null,
                        "https://meet.example.go.id/capil-akhir-tahun", null, List.of(), List.of(), null),
                new Script(sd, 2, at(12, 1, 13), 3, sch, "Tindak lanjut pelaporan BOS tahap II", "Ruang Rapat Bidang SD", null,
                        null, List.of(), List.of(), "Kepala bidang dinas luar mengikuti rapat koordinasi di provinsi."));
    }

    // ---------------------------------------------------------------- feedback

    /** Threads on a few realisations of the featured supervisor's people and of the health centres, if any exist. */
    private int feedbackThreads(DemoPlan plan, long agencyId, Employee featured) {
        Optional<Period> current = periods.list(Actor.system(), agencyId).stream().filter(p -> p.year() == DemoPlanning.YEAR)
                .filter(Period::open).findFirst();
        if (current.isEmpty()) {
            return 0;
        }
        Period period = current.get();
        int latest = latestSubPeriod(period);
        if (latest < 1) {
            return 0;
        }
        int comments = 0;
        int threads = 0;
        for (String unit : List.of("BKPSDM.PK", "DINKES.PKM-KESATRIA", "DINKES.PKM-BANE")) {
            String headNip = plan.city().unitHeads().get(unit);
            Employee head = headNip == null ? null : employees.findByNip(headNip).orElse(null);
            if (head == null) {
                continue;
            }
            List<Employee> people = new ArrayList<>(employees.appraisees(Actor.system(), agencyId, head.id()));
            if (featured != null && people.removeIf(e -> e.id() == featured.id())) {
                people.add(0, featured);
            }
            for (Employee e : people.subList(0, Math.min(3, people.size()))) {
                Optional<Plan> p = plans.forEmployee(Actor.system(), agencyId, period.id(), e.id())
                        .filter(x -> x.status() == PlanStatus.APPROVED && x.appraiserId() != null);
                if (p.isEmpty()) {
                    continue;
                }
                Employee appraiser = employees.byIds(agencyId, List.of(p.get().appraiserId())).get(p.get().appraiserId());
                for (int sp = latest; sp >= Math.max(1, latest - 2) && threads < 6; sp--) {
                    RealisationSheet sheet = realisations.sheet(Actor.system(), agencyId, p.get().id(), sp);
                    List<IndicatorProgress> done = sheet.results().stream().flatMap(r -> r.indicators().stream())
                            .filter(i -> i.realisation() != null).toList();
                    if (done.isEmpty()) {
                        continue;
                    }
                    comments += thread(agencyId, done.get(0).realisation().id(), actor(appraiser), actor(e), threads);
                    threads++;
                    break;
                }
            }
        }
        return comments;
    }

    private int thread(long agencyId, long realisationId, Actor appraiser, Actor employee, int which) {
        switch (which % 3) {
            case 0 -> {
                Feedback f = feedback.comment(appraiser, agencyId, realisationId, FeedbackForm.comment(
                        "Capaian bulan ini sudah sesuai target. Pertahankan, dan lampirkan rekap bulanan sebagai bukti dukung."));
                feedback.comment(employee, agencyId, realisationId, FeedbackForm.reply(f.id(),
                        "Baik, rekap bulanan sudah saya unggah sebagai bukti dukung."));
                return 2;
            }
            case 1 -> {
                Feedback f = feedback.comment(appraiser, agencyId, realisationId, new FeedbackForm(
                        "Angka realisasi ini belum didukung bukti. Mohon unggah daftar hadir atau laporan kegiatannya.", null, true));
                feedback.comment(employee, agencyId, realisationId, FeedbackForm.reply(f.id(),
                        "Siap, laporan kegiatan dan daftar hadir menyusul hari ini."));
                return 2;
            }
            default -> {
                Feedback q = feedback.comment(employee, agencyId, realisationId, FeedbackForm.comment(
                        "Apakah kegiatan yang ditunda ke bulan berikutnya tetap dihitung pada bulan ini?"));
                feedback.comment(appraiser, agencyId, realisationId, FeedbackForm.reply(q.id(),
                        "Dihitung pada bulan pelaksanaannya. Catat alasan penundaannya di keterangan realisasi."));
                return 2;
            }
        }
    }

    /** The latest month (or quarter) of the period that has begun. */
    private static int latestSubPeriod(Period period) {
        LocalDate today = LocalDate.now(JAKARTA);
        return (int) period.subPeriods().stream().filter(s -> !s.start().isAfter(today)).count();
    }

    /**
     * The plan notifications the demo's history made are read where they are old news: those of the previous year,
     * "submitted" for plans decided since, "returned" for plans submitted again.
     */
    private void markOldNewsRead(long agencyId) {
        jdbc.sql("""
                UPDATE notification n SET read_at = now()
                WHERE n.agency_id = :a AND n.read_at IS NULL
                  AND (n.message_args @> CAST(:previous AS jsonb)
                       OR (n.kind IN ('PLAN_SUBMITTED', 'PLAN_RETURNED') AND EXISTS (
                           SELECT 1 FROM performance_plan p
                           WHERE p.agency_id = :a AND n.link = '/agencies/' || p.agency_id || '/plans/' || p.id
                             AND p.status <> CASE n.kind WHEN 'PLAN_SUBMITTED' THEN 'SUBMITTED' ELSE 'RETURNED' END)))
                """).param("a", agencyId).param("previous", "[" + DemoPlanning.PREVIOUS_YEAR + "]").update();
    }

    // ---------------------------------------------------------------- a reminder

    /**
     * The featured employee is reminded of the realisations of the current month: the same notification (and the
     * same once-only key) the daily job sends a few days before the deadline.
     */
    private void remind(long agencyId, Employee featured) {
        if (featured == null) {
            return;
        }
        Optional<Period> current = periods.list(Actor.system(), agencyId).stream()
                .filter(p -> p.year() == DemoPlanning.YEAR && p.open()).findFirst();
        int sp = current.map(DemoConversations::latestSubPeriod).orElse(0);
        if (current.isEmpty() || sp < 1) {
            return;
        }
        Period period = current.get();
        Optional<Plan> plan = plans.forEmployee(Actor.system(), agencyId, period.id(), featured.id())
                .filter(p -> p.status() == PlanStatus.APPROVED);
        if (plan.isEmpty()) {
            return;
        }
        EntryWindow window = realisations.window(plan.get(), period, sp);
        long missing = realisations.sheet(Actor.system(), agencyId, plan.get().id(), sp).results().stream()
                .flatMap(r -> r.indicators().stream()).filter(i -> i.realisation() == null).count();
        if (!window.open() || missing == 0) {
            return;
        }
        Object when = period.scheme() == SubPeriodScheme.QUARTERLY ? Notice.quarter(period.year(), sp) : Notice.month(period.year(), sp);
        notifications.notify(Notice.of(agencyId, featured.id(), NotificationKind.DEADLINE_APPROACHING,
                "notification.msg.deadlineApproaching", "/agencies/" + agencyId + "/plans/" + plan.get().id(), when,
                Notice.date(window.deadline()), missing).once("deadline-approaching:" + plan.get().id() + ":" + sp));
    }
}
