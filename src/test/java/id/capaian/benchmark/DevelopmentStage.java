package id.capaian.benchmark;

import id.capaian.benchmark.DatasetContext.PositionRow;
import id.capaian.benchmark.DatasetContext.UnitRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Competency development of the year (issue 7): the agency's own technical competencies next to the national
 * dictionary, a standard for every position, competency assessments (managerial and technical) for 80% of the heads
 * and a third of the staff; a training catalogue of 36 offerings of the five kinds with their JP, and the year's
 * enrolments: about 6% of the employees without any JP, 14% below the 20 JP target, the rest above it, mostly verified
 * (recorded by the personnel agency, or a certificate verified by the appraiser), a certificate waiting for
 * verification for one in sixteen, a rejected one for one in fifty, seats taken in classes still to come, a few
 * cancelled; certificates are metadata only (no files). Individual development plans for the year of everyone rated
 * below expectation in the annual evaluation (and a few others with competency gaps), their actions drawn from the
 * competency gaps, the results rated below expectation and the behaviour, proposed, agreed in the appraiser's latest
 * held dialogue, completed or cancelled; and mentoring pairs (about one per 90 employees) with their sessions.
 */
final class DevelopmentStage implements DatasetStage {

    @Override
    public String name() {
        return "development";
    }

    // ---------------------------------------------------------------- competencies

    static final String[] MANAGERIAL = {"INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
        "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN"};
    static final String SOSIAL = "PEREKAT_BANGSA";

    /** The agency's own technical competencies: code, name, description, five level descriptions. */
    static final String[][] TECHNICAL = {
        {"PEMBELAJARAN", "Pengelolaan Pembelajaran", "Kemampuan merencanakan, melaksanakan dan menilai pembelajaran sesuai kurikulum.",
            "Melaksanakan pembelajaran dengan bimbingan", "Melaksanakan pembelajaran secara mandiri",
            "Merancang pembelajaran berdiferensiasi dan asesmen", "Membimbing guru lain dan memimpin komunitas belajar",
            "Mengembangkan model pembelajaran di tingkat daerah"},
        {"PELAYANAN_KESEHATAN", "Pelayanan Kesehatan", "Kemampuan memberikan pelayanan kesehatan sesuai standar profesi dan SOP.",
            "Melaksanakan pelayanan dasar dengan bimbingan", "Melaksanakan pelayanan dasar secara mandiri",
            "Menangani kasus kompleks dan membimbing rekan", "Mengelola mutu pelayanan fasilitas kesehatan",
            "Mengembangkan sistem pelayanan kesehatan daerah"},
        {"MANAJEMEN_ASN", "Manajemen Aparatur Sipil Negara", "Kemampuan menerapkan peraturan dan sistem informasi manajemen ASN.",
            "Memahami ketentuan dasar manajemen ASN", "Menerapkan ketentuan pada layanan kepegawaian rutin",
            "Menganalisis kasus kepegawaian dan menyiapkan rekomendasi", "Menyusun kebijakan kepegawaian instansi",
            "Menjadi rujukan manajemen ASN tingkat daerah"},
        {"PERENCANAAN_PEMBANGUNAN", "Perencanaan dan Penganggaran", "Kemampuan menyusun rencana, indikator kinerja dan anggaran.",
            "Mengumpulkan data perencanaan", "Menyusun rencana kegiatan dan indikatornya",
            "Menyusun renstra dan perjanjian kinerja unit", "Menyelaraskan rencana lintas perangkat daerah",
            "Merumuskan arah kebijakan pembangunan daerah"},
        {"PENGELOLAAN_KEUANGAN", "Pengelolaan Keuangan Daerah", "Kemampuan menatausahakan dan mempertanggungjawabkan keuangan daerah.",
            "Mencatat transaksi sesuai bukti", "Menatausahakan keuangan pada SIPD", "Menyusun laporan keuangan unit",
            "Mengendalikan pelaksanaan anggaran", "Merumuskan kebijakan pengelolaan keuangan daerah"},
        {"PENGELOLAAN_ARSIP", "Pengelolaan Arsip dan Administrasi", "Kemampuan mengelola naskah dinas dan arsip dinamis.",
            "Mencatat dan menyimpan naskah dinas", "Menata arsip aktif sesuai klasifikasi", "Menyusun daftar arsip dan retensi",
            "Membina pengelolaan arsip unit kerja", "Merumuskan kebijakan kearsipan instansi"},
        {"TATA_KELOLA_TI", "Tata Kelola Teknologi Informasi", "Kemampuan mengelola data, aplikasi dan keamanan informasi pemerintahan.",
            "Mengoperasikan aplikasi layanan", "Mengelola data dan pengguna aplikasi", "Mengelola sistem dan keamanan informasi",
            "Merancang arsitektur SPBE unit", "Merumuskan kebijakan SPBE daerah"},
        {"PELAYANAN_ADMINISTRASI", "Pelayanan Administrasi Pemerintahan", "Kemampuan memberikan pelayanan administrasi kepada masyarakat.",
            "Menerima dan memeriksa berkas layanan", "Memproses layanan sesuai standar pelayanan",
            "Menyelesaikan pengaduan dan kasus layanan", "Mengendalikan mutu layanan wilayah", "Merumuskan standar pelayanan daerah"},
    };

    // ---------------------------------------------------------------- the catalogue

    /** Who an offering is for. */
    enum Audience { ALL, HEALTH, CLINICAL, MIDWIFE, EDUCATION, SCHOOL_HEADS, SUPERVISORS, ADMINISTRATORS, HEADS, NEW, FINANCE,
        CLERKS, HR, PLANNING, IT }

    /** A catalogue offering; months/days 0 for an offering without dates (e-learning). */
    record Offer(String code, String title, String kind, int jp, String provider, String competency, int fromMonth,
            int fromDay, int toMonth, int toDay, Audience audience, double take, String source) {

        boolean dated() {
            return fromMonth > 0;
        }
    }

    static final Offer[] OFFERS = {
        new Offer("LATSAR-CPNS-I", "Pelatihan Dasar CPNS Golongan III Angkatan I", "KLASIKAL", 40, "BPSDM Provinsi", "INTEGRITAS",
                3, 2, 3, 27, Audience.NEW, 0.9, "Daftar hadir BPSDM"),
        new Offer("PKP-I", "Pelatihan Kepemimpinan Pengawas Angkatan I", "KLASIKAL", 60, "BPSDM Provinsi", "PENGAMBILAN_KEPUTUSAN",
                6, 8, 7, 31, Audience.SUPERVISORS, 0.25, "Daftar hadir BPSDM"),
        new Offer("PKA-I", "Pelatihan Kepemimpinan Administrator Angkatan I", "KLASIKAL", 60, "BPSDM Provinsi",
                "PENGAMBILAN_KEPUTUSAN", 12, 7, 12, 18, Audience.ADMINISTRATORS, 0.3, null),
        new Offer("KES-PPI", "Pelatihan Pencegahan dan Pengendalian Infeksi (PPI)", "KLASIKAL", 24, "Dinas Kesehatan Provinsi",
                "PELAYANAN_KESEHATAN", 8, 10, 8, 13, Audience.CLINICAL, 0.5, "Daftar hadir Dinas Kesehatan"),
        new Offer("KES-BTCLS", "Pelatihan Basic Trauma Cardiac Life Support (BTCLS)", "KLASIKAL", 30, "RSUP H. Adam Malik",
                "PELAYANAN_KESEHATAN", 5, 12, 5, 16, Audience.CLINICAL, 0.4, "Daftar hadir Dinas Kesehatan"),
        new Offer("KES-PONED", "Pelatihan Pelayanan Obstetri Neonatal Emergensi Dasar (PONED)", "KLASIKAL", 40,
                "Dinas Kesehatan Provinsi", "PELAYANAN_KESEHATAN", 9, 14, 9, 19, Audience.MIDWIFE, 0.5, "Daftar hadir Dinas Kesehatan"),
        new Offer("DIK-KURMER", "Pelatihan Implementasi Kurikulum Merdeka", "KLASIKAL", 32, "BBGP Provinsi", "PEMBELAJARAN",
                7, 13, 7, 16, Audience.EDUCATION, 0.5, "Daftar hadir BBGP"),
        new Offer("DIK-KASEK", "Pelatihan Kepemimpinan Pembelajaran bagi Kepala Sekolah", "KLASIKAL", 24, "BBGP Provinsi",
                "PEMBELAJARAN", 2, 16, 2, 19, Audience.SCHOOL_HEADS, 0.8, "Daftar hadir BBGP"),
        new Offer("PBJ-DASAR", "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", "KLASIKAL", 24, "LKPP", "PENGELOLAAN_KEUANGAN",
                4, 21, 4, 24, Audience.FINANCE, 0.5, "Daftar hadir LKPP"),
        new Offer("KEU-SIPD", "Bimbingan Teknis Penatausahaan Keuangan Daerah pada SIPD", "KLASIKAL", 24, "BPKAD",
                "PENGELOLAAN_KEUANGAN", 2, 3, 2, 6, Audience.FINANCE, 0.7, "Daftar hadir BPKAD"),
        new Offer("ARSIP-DINAMIS", "Bimbingan Teknis Pengelolaan Arsip Dinamis", "KLASIKAL", 16, "Dinas Kearsipan dan Perpustakaan",
                "PENGELOLAAN_ARSIP", 3, 10, 3, 11, Audience.CLERKS, 0.35, "Daftar hadir Dinas Kearsipan"),
        new Offer("SAKIP", "Bimbingan Teknis Penyusunan SAKIP dan Perjanjian Kinerja", "KLASIKAL", 16, "Bappeda dan Inspektorat",
                "PERENCANAAN_PEMBANGUNAN", 1, 20, 1, 21, Audience.PLANNING, 0.6, "Daftar hadir Bappeda"),
        new Offer("ELEARN-MANAJEMEN-ASN", "E-learning Manajemen ASN", "E_LEARNING", 10, "LAN RI (ASN Unggul)", "PENGEMBANGAN_DIRI",
                0, 0, 0, 0, Audience.ALL, 1, "ASN Unggul"),
        new Offer("ELEARN-SIASN", "E-learning SIASN dan Layanan Kepegawaian Digital", "E_LEARNING", 8, "BKN (ASN Unggul)",
                "MENGELOLA_PERUBAHAN", 0, 0, 0, 0, Audience.ALL, 1, "ASN Unggul"),
        new Offer("ELEARN-BERAKHLAK", "E-learning Core Values ASN BerAKHLAK", "E_LEARNING", 6, "KemenPAN-RB (ASN Unggul)",
                "INTEGRITAS", 0, 0, 0, 0, Audience.ALL, 1, "ASN Unggul"),
        new Offer("ELEARN-ANTIKORUPSI", "E-learning Pendidikan Antikorupsi", "E_LEARNING", 12, "KPK (ACLC)", "INTEGRITAS",
                0, 0, 0, 0, Audience.ALL, 1, "ACLC KPK"),
        new Offer("ELEARN-LITERASI-DIGITAL", "E-learning Literasi Digital Sektor Pemerintahan", "E_LEARNING", 10, "Kominfo",
                "MENGELOLA_PERUBAHAN", 0, 0, 0, 0, Audience.ALL, 1, "Digital Talent Scholarship"),
        new Offer("ELEARN-PELAYANAN-PRIMA", "E-learning Pelayanan Prima", "E_LEARNING", 8, "LAN RI (ASN Unggul)", "PELAYANAN_PUBLIK",
                0, 0, 0, 0, Audience.ALL, 1, "ASN Unggul"),
        new Offer("ELEARN-SPBE", "E-learning Keamanan Informasi dan SPBE", "E_LEARNING", 6, "BSSN", "TATA_KELOLA_TI",
                0, 0, 0, 0, Audience.IT, 1, "BSSN"),
        new Offer("KES-GIZI-STUNTING", "E-learning Tata Laksana Gizi Buruk dan Pencegahan Stunting", "E_LEARNING", 12,
                "Kementerian Kesehatan (Plataran Sehat)", "PELAYANAN_KESEHATAN", 0, 0, 0, 0, Audience.HEALTH, 1, "Plataran Sehat"),
        new Offer("KES-IMUNISASI", "E-learning Imunisasi Rutin Lengkap", "E_LEARNING", 8, "Kementerian Kesehatan (Plataran Sehat)",
                "PELAYANAN_KESEHATAN", 0, 0, 0, 0, Audience.CLINICAL, 1, "Plataran Sehat"),
        new Offer("DIK-PMM-ASESMEN", "Platform Merdeka Mengajar: Asesmen Pembelajaran", "E_LEARNING", 8, "Kemendikbudristek",
                "PEMBELAJARAN", 0, 0, 0, 0, Audience.EDUCATION, 1, "Platform Merdeka Mengajar"),
        new Offer("DIK-PMM-DIFERENSIASI", "Platform Merdeka Mengajar: Pembelajaran Berdiferensiasi", "E_LEARNING", 8,
                "Kemendikbudristek", "PEMBELAJARAN", 0, 0, 0, 0, Audience.EDUCATION, 1, "Platform Merdeka Mengajar"),
        new Offer("ELEARN-ANJAB", "E-learning Analisis Jabatan dan Beban Kerja", "E_LEARNING", 10, "KemenPAN-RB", "MANAJEMEN_ASN",
                0, 0, 0, 0, Audience.HR, 1, "ASN Unggul"),
        new Offer("COACHING-KINERJA", "Coaching Kinerja bagi Pejabat Penilai", "COACHING", 12, "BKPSDM", "PENGEMBANGAN_DIRI",
                4, 14, 4, 16, Audience.HEADS, 0.5, "Daftar hadir BKPSDM"),
        new Offer("COACHING-GURU", "Coaching Guru Penggerak", "COACHING", 16, "Balai Guru Penggerak", "PEMBELAJARAN",
                8, 3, 8, 5, Audience.EDUCATION, 0.3, "Daftar hadir BGP"),
        new Offer("COACHING-KLINIS", "Coaching Klinis Perawat dan Bidan Puskesmas", "COACHING", 8, "Dinas Kesehatan",
                "PELAYANAN_KESEHATAN", 10, 6, 10, 7, Audience.CLINICAL, 0.4, "Daftar hadir Dinas Kesehatan"),
        new Offer("MENTOR-ANALIS-SDM", "Mentoring Analis SDM Aparatur: Manajemen Kinerja", "MENTORING", 6, "BKPSDM", "KERJA_SAMA",
                2, 2, 10, 30, Audience.HR, 1, "Daftar hadir BKPSDM"),
        new Offer("MENTOR-RENSTRA", "Mentoring Penyusunan Renstra Perangkat Daerah", "MENTORING", 6, "Bappeda",
                "PERENCANAAN_PEMBANGUNAN", 3, 2, 6, 30, Audience.PLANNING, 0.5, "Daftar hadir Bappeda"),
        new Offer("MENTOR-JF-BARU", "Mentoring Pejabat Fungsional Baru", "MENTORING", 8, "BKPSDM", "PENGEMBANGAN_DIRI",
                2, 9, 11, 30, Audience.NEW, 0.8, null),
        new Offer("SEMINAR-YANLIK", "Seminar Pelayanan Publik: Standar Pelayanan dan Survei Kepuasan Masyarakat", "SEMINAR", 4,
                "Ombudsman RI Perwakilan Provinsi", "PELAYANAN_PUBLIK", 5, 20, 5, 20, Audience.ALL, 0.5, "Daftar hadir BKPSDM"),
        new Offer("SEMINAR-SPBE", "Seminar SPBE dan Keamanan Informasi bagi ASN", "SEMINAR", 4, "Dinas Komunikasi dan Informatika",
                "MENGELOLA_PERUBAHAN", 9, 24, 9, 24, Audience.ALL, 0.5, "Daftar hadir BKPSDM"),
        new Offer("SEMINAR-ZI", "Seminar Pembangunan Zona Integritas WBK/WBBM", "SEMINAR", 4, "Inspektorat Daerah", "INTEGRITAS",
                6, 25, 6, 25, Audience.ALL, 0.5, "Daftar hadir Inspektorat"),
        new Offer("SEMINAR-GENDER", "Seminar Pengarusutamaan Gender dalam Perencanaan", "SEMINAR", 3, "Dinas PPPA",
                "PERENCANAAN_PEMBANGUNAN", 3, 8, 3, 8, Audience.ALL, 0.3, "Daftar hadir Dinas PPPA"),
        new Offer("SEMINAR-HKN", "Seminar Hari Kesehatan Nasional: Transformasi Layanan Primer", "SEMINAR", 4, "Dinas Kesehatan",
                "PELAYANAN_KESEHATAN", 11, 12, 11, 12, Audience.HEALTH, 0.5, "Daftar hadir Dinas Kesehatan"),
        new Offer("SEMINAR-HGN", "Seminar Hari Guru Nasional: Guru Hebat, Indonesia Kuat", "SEMINAR", 4, "Dinas Pendidikan",
                "PEMBELAJARAN", 11, 25, 11, 25, Audience.EDUCATION, 0.5, null),
    };

    /** Trainings outside the catalogue: title, kind, JP. */
    static final Object[][] EXTERNAL = {
        {"Webinar Nasional Transformasi Layanan Primer", "SEMINAR", 3},
        {"MOOC Literasi Digital Sektor Pemerintahan (Kominfo)", "E_LEARNING", 10},
        {"Workshop Penyusunan Anjab dan ABK (KemenPAN-RB)", "SEMINAR", 6},
        {"Webinar BKN: Implementasi Manajemen Kinerja ASN", "SEMINAR", 4},
        {"Kursus Bahasa Inggris Daring untuk ASN", "E_LEARNING", 20},
        {"Pelatihan Penulisan Karya Tulis Ilmiah", "KLASIKAL", 16},
        {"Webinar Kebijakan Satu Data Indonesia", "SEMINAR", 3},
        {"Workshop Penyusunan Standar Pelayanan", "SEMINAR", 8},
    };

    static final String[] REJECTIONS = {
        "Nama pada sertifikat berbeda dengan nama pegawai; unggah sertifikat yang benar.",
        "Jumlah JP tidak tercantum pada sertifikat; lampirkan surat keterangan dari penyelenggara.",
        "Berkas buram dan tidak terbaca; pindai ulang sertifikatnya.",
        "Tanggal pada sertifikat di luar tahun berjalan."};

    // ---------------------------------------------------------------- state of the stage

    private String[] compCode;
    private String[] compName;
    private long[] compId;
    private final Map<String, Integer> compIndex = new HashMap<>();
    /** per position: the standard's competency indexes and levels */
    private int[][] stdComp;
    private int[][] stdLevel;
    /** per competency: the first catalogue offering that develops it (-1 none) */
    private int[] offerFor;
    private long trainingFirst;
    /** gaps found by the assessments: per employee the first gap and how many; gaps packed (competency, required, actual) */
    private int[] gapFirst;
    private byte[] gapCount;
    private int[] gaps = new int[1024];
    private int gapSize;

    @Override
    public void run(DatasetContext c) throws Exception {
        c.annual();
        LocalDate today = c.today();
        String admin = c.empNip[c.admins.get(0)];
        c.exec("INSERT INTO development_setting (agency_id, jp_target, version) VALUES (" + c.agencyId + ", 20, 1)");
        c.counted("development_setting", 1);
        competencies(c);
        standards(c);
        assessments(c, today, admin);
        trainings(c, today, admin);
        plans(c, today);
        mentoring(c, today, admin);
    }

    private void competencies(DatasetContext c) throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (var st = c.con.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, code, name FROM competency WHERE agency_id IS NULL ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                codes.add(rs.getString(2));
                names.add(rs.getString(3));
            }
        }
        long first = c.reserve("competency", TECHNICAL.length);
        try (Copy copy = c.copy("competency", "id, agency_id, kind, code, name, description, level_1, level_2, level_3, level_4,"
                + " level_5")) {
            for (int i = 0; i < TECHNICAL.length; i++) {
                String[] t = TECHNICAL[i];
                copy.add(first + i).add(c.agencyId).add("TEKNIS");
                for (String v : t) {
                    copy.add(v);
                }
                copy.end();
                ids.add(first + i);
                codes.add(t[0]);
                names.add(t[1]);
            }
            c.done("competency", copy);
        }
        compCode = codes.toArray(String[]::new);
        compName = names.toArray(String[]::new);
        compId = ids.stream().mapToLong(Long::longValue).toArray();
        for (int i = 0; i < compCode.length; i++) {
            compIndex.put(compCode[i], i);
        }
        for (String m : MANAGERIAL) {
            if (!compIndex.containsKey(m)) {
                throw new IllegalStateException("the national dictionary lacks " + m);
            }
        }
    }

    /** The standard of a position: competency code to the level it needs. */
    static Map<String, Integer> standard(PositionRow p) {
        Map<String, Integer> m = new LinkedHashMap<>();
        String code = p.code();
        switch (p.kind()) {
            case "JPT" -> {
                for (String k : MANAGERIAL) {
                    m.put(k, 4);
                }
                m.put(SOSIAL, 4);
                m.put(code.equals("DIRRS") ? "PELAYANAN_KESEHATAN" : "PERENCANAAN_PEMBANGUNAN", 4);
            }
            case "ADMINISTRATOR" -> {
                for (String k : MANAGERIAL) {
                    m.put(k, 3);
                }
                m.put(SOSIAL, 3);
                m.put(code.equals("CAMAT") ? "PELAYANAN_ADMINISTRASI" : "PERENCANAAN_PEMBANGUNAN", 3);
            }
            case "PENGAWAS" -> {
                for (String k : MANAGERIAL) {
                    m.put(k, 2);
                }
                m.put("PELAYANAN_PUBLIK", 3);
                m.put(SOSIAL, 2);
                m.put(switch (code) {
                    case "KAPUS" -> "PELAYANAN_KESEHATAN";
                    case "KATU" -> "PENGELOLAAN_KEUANGAN";
                    case "LURAH" -> "PELAYANAN_ADMINISTRASI";
                    default -> "PERENCANAAN_PEMBANGUNAN";
                }, 3);
            }
            case "FUNGSIONAL" -> {
                int level = switch (p.jfLevel()) {
                    case "TERAMPIL" -> 1;
                    case "MAHIR", "AHLI_PERTAMA" -> 2;
                    default -> 3;
                };
                for (int i = 0; i < 6; i++) {
                    m.put(MANAGERIAL[i], level);
                }
                if (code.equals("KEPSEK")) {
                    m.put("PENGAMBILAN_KEPUTUSAN", 3);
                    m.put("MENGELOLA_PERUBAHAN", 3);
                }
                m.put(SOSIAL, Math.max(1, level - 1));
                String technical = code.startsWith("GURU") || code.equals("KEPSEK") ? "PEMBELAJARAN"
                        : code.startsWith("PERAWAT") || code.startsWith("BIDAN") || code.startsWith("DOKTER")
                                || code.startsWith("APOTEKER") ? "PELAYANAN_KESEHATAN"
                        : code.equals("ANALIS") ? "MANAJEMEN_ASN" : code.equals("PERENCANA") ? "PERENCANAAN_PEMBANGUNAN"
                        : code.equals("PRAKOM") ? "TATA_KELOLA_TI" : "PENGELOLAAN_ARSIP";
                m.put(technical, Math.min(5, level + 1));
            }
            default -> {
                for (int i = 0; i < 4; i++) {
                    m.put(MANAGERIAL[i], 1);
                }
                m.put("PELAYANAN_PUBLIK", 2);
                m.put(SOSIAL, 1);
                m.put(switch (code) {
                    case "BENDAHARA" -> "PENGELOLAAN_KEUANGAN";
                    case "PENGDATA" -> "TATA_KELOLA_TI";
                    case "PENATA" -> "PELAYANAN_ADMINISTRASI";
                    default -> "PENGELOLAAN_ARSIP";
                }, code.equals("PENGADM") ? 1 : 2);
            }
        }
        return m;
    }

    private void standards(DatasetContext c) throws Exception {
        int n = c.positions.size();
        stdComp = new int[n][];
        stdLevel = new int[n][];
        try (Copy copy = c.copy("position_competency", "position_id, competency_id, agency_id, required_level")) {
            for (int p = 0; p < n; p++) {
                PositionRow pos = c.positions.get(p);
                Map<String, Integer> m = standard(pos);
                stdComp[p] = new int[m.size()];
                stdLevel[p] = new int[m.size()];
                int i = 0;
                for (var e : m.entrySet()) {
                    int k = compIndex.get(e.getKey());
                    stdComp[p][i] = k;
                    stdLevel[p][i] = e.getValue();
                    copy.add(pos.id()).add(compId[k]).add(c.agencyId).add(e.getValue()).end();
                    i++;
                }
            }
            c.done("position_competency", copy);
        }
    }

    // ---------------------------------------------------------------- assessments

    private void assessments(DatasetContext c, LocalDate today, String admin) throws Exception {
        int year = c.settings.year();
        gapFirst = new int[c.employees];
        gapCount = new byte[c.employees];
        LocalDate[] centres = {LocalDate.of(year - 1, 10, 14), LocalDate.of(year - 1, 11, 18), LocalDate.of(year, 3, 9),
            LocalDate.of(year, 5, 18), LocalDate.of(year, 8, 24)};
        String[] centreBy = {"UPT Penilaian Kompetensi BKD Provinsi", "Assessment Center BKN Kantor Regional",
            "Pusat Penilaian Kompetensi ASN BKN"};
        try (Copy copy = c.copy("competency_assessment", "agency_id, employee_id, competency_id, level, assessed_on, method,"
                + " assessor, note, recorded_by, recorded_at")) {
            for (int e = 0; e < c.employees; e++) {
                gapFirst[e] = gapSize;
                boolean head = c.empHead[e];
                boolean below = c.belowExpectation(e);
                double p = head ? 0.8 : below ? 0.6 : 0.33;
                if (c.random.nextDouble() >= p) {
                    continue;
                }
                int pos = c.empPosition[e];
                LocalDate centre = pick(centres, c);
                if (centre.isAfter(today)) {
                    centre = today.minusDays(1 + c.random.nextInt(30));
                }
                LocalDate test = centre.plusDays(c.random.nextInt(40));
                if (test.isAfter(today)) {
                    test = today.minusDays(1);
                }
                int sup = c.empSuperior[e];
                boolean bySupervisor = !head && sup >= 0 && c.random.nextDouble() < 0.3;
                boolean reassessed = c.random.nextDouble() < 0.06;
                for (int i = 0; i < stdComp[pos].length; i++) {
                    int k = stdComp[pos][i];
                    int required = stdLevel[pos][i];
                    boolean technical = k >= compCode.length - TECHNICAL.length;
                    double r = c.random.nextDouble();
                    int delta = below ? (r < 0.08 ? -2 : r < 0.5 ? -1 : r < 0.9 ? 0 : 1)
                            : (r < 0.02 ? -2 : r < 0.22 ? -1 : r < 0.77 ? 0 : 1);
                    int level = Math.max(1, Math.min(5, required + delta));
                    LocalDate on = technical ? test : centre;
                    String method = technical ? (bySupervisor ? "SUPERVISOR" : "UJI_KOMPETENSI")
                            : bySupervisor ? "SUPERVISOR" : "ASSESSMENT_CENTER";
                    String assessor = switch (method) {
                        case "SUPERVISOR" -> c.empName[sup];
                        case "UJI_KOMPETENSI" -> "Tim Uji Kompetensi " + sectorOffice(c, e);
                        default -> centreBy[(int) ((on.toEpochDay() + e) % centreBy.length)];
                    };
                    if (reassessed && !technical && i < 3) {
                        LocalDate earlier = on.minusYears(2);
                        copy.add(c.agencyId).add(c.empId[e]).add(compId[k]).add(Math.max(1, level - 1)).add(earlier)
                                .add("ASSESSMENT_CENTER").add(centreBy[0]).add("Asesmen sebelumnya").add(admin)
                                .add(c.at(earlier.plusDays(7), 10, 0)).end();
                    }
                    copy.add(c.agencyId).add(c.empId[e]).add(compId[k]).add(level).add(on).add(method).add(assessor)
                            .add(level < required && i == 0 ? "Perlu pengembangan melalui pelatihan dan penugasan" : null)
                            .add(admin).add(c.at(min(on.plusDays(7), today), 10, 0)).end();
                    if (level < required) {
                        addGap(k << 8 | required << 4 | level);
                    }
                }
                gapCount[e] = (byte) Math.min(127, gapSize - gapFirst[e]);
            }
            c.done("competency_assessment", copy);
        }
    }

    private void addGap(int packed) {
        if (gapSize == gaps.length) {
            gaps = Arrays.copyOf(gaps, gaps.length * 2);
        }
        gaps[gapSize++] = packed;
    }

    private static String sectorOffice(DatasetContext c, int e) {
        return switch (c.units.get(c.empUnit[e]).sector()) {
            case "EDUCATION" -> "Dinas Pendidikan";
            case "HEALTH" -> "Dinas Kesehatan";
            default -> "BKPSDM";
        };
    }

    // ---------------------------------------------------------------- trainings

    private boolean fits(DatasetContext c, Audience a, int e, int appointed) {
        PositionRow pos = c.positions.get(c.empPosition[e]);
        String code = pos.code();
        UnitRow unit = c.units.get(c.empUnit[e]);
        return switch (a) {
            case ALL -> true;
            case HEALTH -> unit.sector().equals("HEALTH");
            case CLINICAL -> code.startsWith("PERAWAT") || code.startsWith("BIDAN") || code.startsWith("DOKTER")
                    || code.equals("KAPUS");
            case MIDWIFE -> code.startsWith("BIDAN") || code.startsWith("DOKTER");
            case EDUCATION -> code.startsWith("GURU") || code.equals("KEPSEK");
            case SCHOOL_HEADS -> code.equals("KEPSEK");
            case SUPERVISORS -> pos.kind().equals("PENGAWAS");
            case ADMINISTRATORS -> pos.kind().equals("ADMINISTRATOR");
            case HEADS -> c.empHead[e];
            case NEW -> appointed >= c.settings.year() - 2;
            case FINANCE -> code.equals("BENDAHARA") || code.equals("KATU") || code.equals("KASUBBAG") && e % 3 == 1;
            case CLERKS -> code.equals("PENGADM") || code.equals("ARSIPARIS") || code.equals("PENATA");
            case HR -> code.equals("ANALIS") || unit.name().contains("Kepegawaian") && c.empHead[e];
            case PLANNING -> code.equals("PERENCANA") || code.equals("SEKDIS") || code.equals("KABAG")
                    || unit.kind() == NationalDataset.UnitKind.SUBBAG && c.empHead[e];
            case IT -> code.equals("PRAKOM") || code.equals("PENGDATA");
        };
    }

    private void trainings(DatasetContext c, LocalDate today, String admin) throws Exception {
        int year = c.settings.year();
        int k = OFFERS.length;
        LocalDate[] starts = new LocalDate[k];
        LocalDate[] ends = new LocalDate[k];
        for (int t = 0; t < k; t++) {
            Offer o = OFFERS[t];
            if (o.dated()) {
                starts[t] = LocalDate.of(year, o.fromMonth(), o.fromDay());
                ends[t] = LocalDate.of(year, o.toMonth(), o.toDay());
            }
        }
        offerFor = new int[compCode.length];
        Arrays.fill(offerFor, -1);
        for (int t = k - 1; t >= 0; t--) {
            offerFor[compIndex.get(OFFERS[t].competency())] = t;
        }
        trainingFirst = c.reserve("training", k);
        int[] seats = new int[k];
        LocalDate firstDay = min(LocalDate.of(year, 1, 15), today.minusDays(1));
        int spread = (int) Math.max(1, ChronoUnit.DAYS.between(firstDay, today));
        Integer[] order = new Integer[k];
        double[] key = new double[k];
        try (Copy x = c.spool("training_enrolment", "agency_id, employee_id, training_id, title, kind, jp, status, enrolled_at,"
                + " completed_on, certificate_key, certificate_name, certificate_type, certificate_size, verified_by, verified_at,"
                + " rejection_reason")) {
            for (int e = 0; e < c.employees; e++) {
                int appointed = Integer.parseInt(c.empNip[e].substring(8, 12));
                int sup = c.empSuperior[e];
                // nobody verifies their own: the administrator's completions are verified by their appraiser
                String verifier = sup >= 0 ? c.empNip[sup] : admin;
                boolean self = c.empNip[e].equals(admin);
                double r = c.random.nextDouble();
                int goal = r < 0.06 ? 0 : r < 0.20 ? 4 + c.random.nextInt(13) : 20 + (int) Math.abs(c.random.nextGaussian() * 12);
                boolean meet = goal >= 20;
                for (int t = 0; t < k; t++) {
                    order[t] = t;
                    Offer o = OFFERS[t];
                    // the offerings for the person's own job come first, more often than not
                    key[t] = c.random.nextDouble() - (o.audience() != Audience.ALL ? 0.5 : 0) + (1 - o.take()) * 0.5;
                }
                Arrays.sort(order, (a, b) -> Double.compare(key[a], key[b]));
                long used = 0;
                int sum = 0;
                for (int t : order) {
                    if (sum >= goal) {
                        break;
                    }
                    Offer o = OFFERS[t];
                    boolean over = ends[t] == null || ends[t].isBefore(today);
                    if (!over || !fits(c, o.audience(), e, appointed) || !meet && sum + o.jp() >= 20
                            || c.random.nextDouble() >= o.take()) {
                        continue;
                    }
                    LocalDate on = ends[t] != null ? ends[t] : firstDay.plusDays(c.random.nextInt(spread));
                    verified(c, x, e, t, null, on, admin, verifier, self, today);
                    used |= 1L << t;
                    seats[t]++;
                    sum += o.jp();
                }
                // what the catalogue did not give: trainings elsewhere
                for (int i = 0; sum < goal && i < 4; i++) {
                    Object[] ext = EXTERNAL[(e + i * 3) % EXTERNAL.length];
                    int jp = (int) ext[2];
                    if (!meet && sum + jp >= 20) {
                        continue;
                    }
                    verified(c, x, e, -1, ext, firstDay.plusDays(c.random.nextInt(spread)), admin, verifier, self, today);
                    sum += jp;
                }
                // and, for one in ten, a webinar or course elsewhere anyway
                Object[] extra = EXTERNAL[(e + 1) % EXTERNAL.length];
                if (goal > 0 && c.random.nextDouble() < 0.1 && (meet || sum + (int) extra[2] < 20)) {
                    verified(c, x, e, -1, extra, firstDay.plusDays(c.random.nextInt(spread)), admin, verifier, self, today);
                    sum += (int) extra[2];
                }
                // a certificate waiting for verification; one turned down
                if (sup >= 0 && (e % 16 == 3 || e % 50 == 7)) {
                    boolean rejected = e % 50 == 7;
                    int t = pickOpen(c, e, appointed, used, today, ends, true);
                    LocalDate on = min(today.minusDays(1 + c.random.nextInt(30)), today);
                    if (t >= 0 && ends[t] != null) {
                        on = ends[t];
                    }
                    Object[] ext = t >= 0 ? null : EXTERNAL[e % EXTERNAL.length];
                    if (t >= 0) {
                        used |= 1L << t;
                        seats[t]++;
                    }
                    OffsetDateTime done = c.at(min(on.plusDays(2), today), 14, 10);
                    OffsetDateTime decided = rejected ? c.at(min(on.plusDays(6), today), 16, 0) : null;
                    row(c, x, e, t, ext).add(rejected ? "REJECTED" : "COMPLETED")
                            .add(t >= 0 && starts[t] != null ? c.at(starts[t].minusDays(10), 9, 30) : done.minusMinutes(5))
                            .add(on);
                    certificate(c, x, e, t, ext);
                    x.add(rejected ? verifier : null).add(decided)
                            .add(rejected ? REJECTIONS[(e / 50) % REJECTIONS.length] : null).end();
                }
                // seats in classes still to come, an e-learning under way, a cancelled enrolment
                for (int t = 0; t < k; t++) {
                    if (ends[t] != null && !ends[t].isBefore(today) && (used & 1L << t) == 0
                            && fits(c, OFFERS[t].audience(), e, appointed) && c.random.nextDouble() < OFFERS[t].take() * 0.6) {
                        used |= 1L << t;
                        seats[t]++;
                        LocalDate enrolled = min(starts[t].minusDays(5 + c.random.nextInt(25)), today);
                        row(c, x, e, t, null).add("ENROLLED").add(c.at(enrolled, 10, 15)).add(null);
                        x.add(null).add(null).add(null).add(null).add(null).add(null).add(null).end();
                    }
                }
                if (e % 30 == 11) {
                    int t = pickOpen(c, e, appointed, used, today, ends, false);
                    if (t >= 0) {
                        used |= 1L << t;
                        seats[t]++;
                        row(c, x, e, t, null).add("ENROLLED").add(c.at(today.minusDays(3 + e % 20), 19, 40)).add(null);
                        x.add(null).add(null).add(null).add(null).add(null).add(null).add(null).end();
                    }
                }
                if (e % 97 == 13) {
                    int t = pickOpen(c, e, appointed, used, today, ends, false);
                    if (t >= 0) {
                        row(c, x, e, t, null).add("CANCELLED").add(c.at(today.minusDays(40 + e % 30), 8, 45)).add(null);
                        x.add(null).add(null).add(null).add(null).add(null).add(null).add(null).end();
                    }
                }
            }
            // the catalogue (with the quota the enrolments fit in) first: the enrolments refer to it
            try (Copy copy = c.copy("training", "id, agency_id, code, title, kind, jp, provider, competency_id, starts_on, ends_on,"
                    + " capacity, url")) {
                for (int t = 0; t < k; t++) {
                    Offer o = OFFERS[t];
                    boolean quota = o.kind().equals("KLASIKAL") || o.kind().equals("COACHING");
                    copy.add(trainingFirst + t).add(c.agencyId).add(o.code().replaceFirst("(-I)?$", "-" + year + "$1"))
                            .add(o.title()).add(o.kind()).add(o.jp()).add(o.provider())
                            .add(compId[compIndex.get(o.competency())]).add(starts[t]).add(ends[t])
                            .add(quota ? Integer.valueOf(Math.max(20, (seats[t] * 11 / 10 + 9) / 10 * 10)) : null)
                            .add(o.kind().equals("E_LEARNING") ? url(o) : null).end();
                }
                c.done("training", copy);
            }
            c.done("training_enrolment", x);
        }
    }

    private static String url(Offer o) {
        String p = o.provider();
        return p.contains("Kesehatan") ? "https://lms.kemkes.go.id" : p.contains("Kemendikbud") ? "https://guru.kemdikbud.go.id"
                : p.contains("KPK") ? "https://aclc.kpk.go.id" : p.contains("Kominfo") ? "https://digitalent.komdigi.go.id"
                : p.contains("BSSN") ? "https://elearning.bssn.go.id" : "https://asnunggul.lan.go.id";
    }

    /** An offering the person fits, has not taken, and that is over (or has no dates when {@code over}), or -1. */
    private int pickOpen(DatasetContext c, int e, int appointed, long used, LocalDate today, LocalDate[] ends, boolean over) {
        int k = OFFERS.length;
        int start = c.random.nextInt(k);
        for (int i = 0; i < k; i++) {
            int t = (start + i) % k;
            boolean past = ends[t] == null || ends[t].isBefore(today);
            if ((used & 1L << t) == 0 && (!over || past) && (over || ends[t] == null) && fits(c, OFFERS[t].audience(), e, appointed)) {
                return t;
            }
        }
        return -1;
    }

    /** The columns up to the status: agency, employee, training or the external training's title, kind and JP. */
    private Copy row(DatasetContext c, Copy x, int e, int t, Object[] ext) {
        x.add(c.agencyId).add(c.empId[e]);
        if (t >= 0) {
            x.add(trainingFirst + t).add(null).add(null).add(OFFERS[t].jp());
        } else {
            x.ref(0).add(ext[0]).add(ext[1]).add((int) ext[2]);
        }
        return x;
    }

    private void certificate(DatasetContext c, Copy x, int e, int t, Object[] ext) {
        String title = t >= 0 ? OFFERS[t].title() : (String) ext[0];
        String name = "Sertifikat " + title.replaceAll("[^A-Za-z0-9 ()-]", "-");
        x.add("training/" + c.agencyId + "/" + UUID.nameUUIDFromBytes(("cert" + c.empId[e] + "-" + title).getBytes()))
                .add((name.length() > 200 ? name.substring(0, 200) : name) + ".pdf").add("application/pdf")
                .add(40_000L + c.random.nextInt(400_000));
    }

    /** A verified completion: recorded by the personnel agency (most), or certified and verified by the appraiser. */
    private void verified(DatasetContext c, Copy x, int e, int t, Object[] ext, LocalDate on, String admin, String verifier,
            boolean self, LocalDate today) throws Exception {
        boolean recorded = !self && (c.random.nextDouble() < 0.7 || verifier.equals(admin));
        OffsetDateTime verifiedAt = c.at(min(on.plusDays(1 + c.random.nextInt(10)), today), 8 + c.random.nextInt(9),
                c.random.nextInt(60));
        String source = t >= 0 ? OFFERS[t].source() : null;
        row(c, x, e, t, ext).add("VERIFIED");
        if (recorded) {
            x.add(verifiedAt).add(on).add(null).add(null).add(null).add(null)
                    .add(admin + (source == null ? "" : " (" + source + ")")).add(verifiedAt).add(null).end();
        } else {
            x.add(c.at(on.minusDays(7 + c.random.nextInt(20)), 10, 0)).add(on);
            certificate(c, x, e, t, ext);
            x.add(verifier).add(verifiedAt).add(null).end();
        }
    }

    // ---------------------------------------------------------------- development plans

    private void plans(DatasetContext c, LocalDate today) throws Exception {
        int year = c.settings.year();
        // the results rated below expectation in each annual evaluation, and each appraiser's latest held dialogue
        Map<Long, List<Object[]>> results = new HashMap<>();
        try (PreparedStatement ps = c.con.prepareStatement("""
                SELECT er.evaluation_id, r.id, r.statement FROM evaluation_result er
                JOIN evaluation ev ON ev.id = er.evaluation_id JOIN planned_result r ON r.id = er.result_id
                WHERE ev.agency_id = ? AND ev.period_id = ? AND ev.kind = 'ANNUAL' AND er.rating = 'DIBAWAH_EKSPEKTASI'
                ORDER BY er.evaluation_id, r.kind, r.ordinal, r.id""")) {
            ps.setLong(1, c.agencyId);
            ps.setLong(2, c.periodId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    results.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(new Object[] {rs.getLong(2), rs.getString(3)});
                }
            }
        }
        long[] dialogue = new long[c.employees];
        OffsetDateTime[] held = new OffsetDateTime[c.employees];
        try (PreparedStatement ps = c.con.prepareStatement("SELECT DISTINCT ON (appraiser_id) appraiser_id, id, held_at FROM dialogue"
                + " WHERE agency_id = ? AND status = 'HELD' ORDER BY appraiser_id, held_at DESC, id DESC")) {
            ps.setLong(1, c.agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int a = c.index(rs.getLong(1));
                    dialogue[a] = rs.getLong(2);
                    held[a] = rs.getObject(3, OffsetDateTime.class);
                }
            }
        }
        int planned = 0;
        boolean[] has = new boolean[c.employees];
        for (int e = 0; e < c.employees; e++) {
            if (c.empSuperior[e] >= 0 && (c.belowExpectation(e) || gapCount[e] > 0 && c.random.nextDouble() < 0.04)) {
                has[e] = true;
                planned++;
            }
        }
        long plan = c.reserve("development_plan", planned);
        String[] dropNotes = {"Tidak relevan lagi setelah perubahan tugas", "Diganti dengan penugasan khusus dari atasan"};
        try (Copy p = c.copy("development_plan", "id, agency_id, employee_id, year, status, dialogue_id, agreed_by, agreed_at,"
                + " completed_at, note, created_at, version");
                Copy a = c.spool("development_action", "agency_id, plan_id, source, competency_id, gap, reference, description,"
                        + " training_id, jp, due_on, status, done_on, note, position")) {
            List<Object[]> actions = new ArrayList<>();
            for (int e = 0; e < c.employees; e++) {
                if (!has[e]) {
                    continue;
                }
                int sup = c.empSuperior[e];
                actions.clear();
                // (a) competencies below the standard, with a catalogue training of it when there is one
                for (int g = gapFirst[e]; g < gapFirst[e] + gapCount[e]; g++) {
                    int k = gaps[g] >> 8;
                    int required = gaps[g] >> 4 & 15;
                    int actual = gaps[g] & 15;
                    int t = offerFor[k];
                    String text = "Tingkatkan kompetensi " + compName[k] + " dari level " + actual + " ke level " + required
                            + (t >= 0 ? " melalui pelatihan " + OFFERS[t].title() + "." : ".");
                    actions.add(new Object[] {"COMPETENCY_GAP", compId[k], required - actual,
                        "competency:" + compCode[k] + ":required:" + required + ":actual:" + actual, text,
                        t >= 0 ? trainingFirst + t : 0L, t >= 0 ? OFFERS[t].jp() : null, LocalDate.of(year, 12, 31)});
                }
                // (b) the results rated below expectation
                long evaluation = c.annualEvaluation[e];
                for (Object[] r : results.getOrDefault(evaluation, List.of())) {
                    String statement = (String) r[1];
                    String text = "Perbaiki capaian RHK: " + statement;
                    actions.add(new Object[] {"PERFORMANCE_GAP", 0L, null, "evaluation:" + evaluation + ":year:" + year + ":result:"
                        + r[0], text.length() > 1000 ? text.substring(0, 1000) : text, 0L, null, LocalDate.of(year, 6, 30)});
                }
                // behaviour below expectation
                if (c.annualPredikat[e] >= 4) {
                    actions.add(new Object[] {"OTHER", compId[compIndex.get("INTEGRITAS")], null, null,
                        "Perbaiki perilaku kerja sesuai nilai BerAKHLAK melalui pembinaan rutin oleh atasan langsung.", 0L, null,
                        LocalDate.of(year, 12, 31)});
                }
                if (actions.isEmpty() || c.random.nextDouble() < 0.3) {
                    int t = compIndex.get("PENGEMBANGAN_DIRI");
                    actions.add(new Object[] {"OTHER", 0L, null, null, "Ikuti " + OFFERS[offerFor[t]].title()
                        + " dan bagikan hasilnya dalam rapat unit.", trainingFirst + offerFor[t], OFFERS[offerFor[t]].jp(),
                        LocalDate.of(year, 12, 31)});
                }
                while (actions.size() > 8) {
                    actions.remove(actions.size() - 1);
                }
                double r = c.random.nextDouble();
                boolean canAgree = dialogue[sup] > 0;
                String status = r < 0.45 || !canAgree ? "PROPOSED" : r < 0.85 ? "AGREED" : r < 0.93 ? "COMPLETED" : "CANCELLED";
                LocalDate created = today.minusDays(20 + c.random.nextInt(40));
                LocalDate agreed = today.minusDays(2 + c.random.nextInt(17));
                boolean agreedOnce = status.equals("AGREED") || status.equals("COMPLETED");
                long id = plan++;
                LocalDate lastDone = agreed;
                int n = actions.size();
                int open = 0;
                for (int i = 0; i < n; i++) {
                    Object[] x = actions.get(i);
                    String st = "PLANNED";
                    double s = c.random.nextDouble();
                    if (status.equals("COMPLETED")) {
                        st = s < 0.9 ? "DONE" : "DROPPED";
                    } else if (status.equals("AGREED")) {
                        st = s < 0.35 ? "DONE" : s < 0.4 ? "DROPPED" : "PLANNED";
                        if (i == n - 1 && open == 0) {
                            st = "PLANNED"; // an agreed plan with nothing left to do would be completed
                        }
                    }
                    if (st.equals("PLANNED")) {
                        open++;
                    }
                    LocalDate done = st.equals("PLANNED") ? null
                            : agreed.plusDays(c.random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(agreed, today))));
                    if (done != null && done.isAfter(lastDone)) {
                        lastDone = done;
                    }
                    a.add(c.agencyId).add(id).add(x[0]).ref((long) x[1]).add(x[2]).add(x[3]).add(x[4]).ref((long) x[5]).add(x[6])
                            .add(x[7]).add(st).add(done).add(st.equals("DROPPED") ? dropNotes[i % 2]
                                    : st.equals("DONE") ? "Selesai; bukti dilampirkan." : null).add(i).end();
                }
                p.add(id).add(c.agencyId).add(c.empId[e]).add(year).add(status).ref(agreedOnce ? dialogue[sup] : 0)
                        .add(agreedOnce ? c.empNip[sup] : null).add(agreedOnce ? c.at(agreed, 10, 30) : null)
                        .add(status.equals("COMPLETED") ? c.at(lastDone, 15, 0) : null)
                        .add(switch (status) {
                            case "AGREED", "COMPLETED" -> "Disepakati dalam dialog kinerja: prioritas pada kesenjangan yang paling besar.";
                            case "CANCELLED" -> "Dibatalkan: digabung dengan rencana pembinaan kinerja.";
                            default -> null;
                        }).add(c.at(created, 9, 15)).add(status.equals("PROPOSED") ? 0 : agreedOnce ? 2 + n / 3 : 1).end();
            }
            c.done("development_plan", p);
            c.done("development_action", a);
        }
    }

    // ---------------------------------------------------------------- mentoring

    static final String[][] GOALS = {
        {"GURU", "Menyusun modul ajar berdiferensiasi dan asesmen formatif secara mandiri",
            "Menyusun modul ajar", "Observasi kelas", "Asesmen formatif", "Refleksi pembelajaran", "Komunitas belajar"},
        {"PERAWAT", "Melaksanakan asuhan keperawatan dan dokumentasi sesuai standar tanpa koreksi",
            "Dokumentasi asuhan keperawatan", "Diskusi kasus", "Keselamatan pasien", "Triase", "Evaluasi asuhan"},
        {"BIDAN", "Menangani persalinan normal dan deteksi dini risiko tinggi secara mandiri",
            "Antenatal care terpadu", "Deteksi risiko tinggi", "Diskusi kasus persalinan", "Rujukan", "Evaluasi"},
        {"DOKTER", "Menangani kasus hipertensi dan diabetes di posbindu tanpa rujukan yang tidak perlu",
            "Tata laksana hipertensi", "Diskusi kasus posbindu", "Rujukan berjenjang", "Prolanis", "Evaluasi"},
        {"ANALIS", "Menyusun analisis kebutuhan pengembangan kompetensi (AKPK) unit kerja secara mandiri",
            "Pedoman AKPK", "Wawancara kebutuhan unit", "Draf AKPK", "Telaah draf", "Penyajian hasil"},
        {"", "Menguasai tugas jabatan dan menyelesaikan pekerjaan rutin tanpa bimbingan",
            "Uraian tugas jabatan", "Praktik pekerjaan rutin", "Penyelesaian kendala", "Evaluasi kemajuan", "Rencana lanjutan"},
    };

    private void mentoring(DatasetContext c, LocalDate today, String admin) throws Exception {
        int year = c.settings.year();
        int units = c.units.size();
        // per unit: the staff member in the highest-graded post (a mentor for the juniors), -1 none
        int[] senior = new int[units];
        Arrays.fill(senior, -1);
        int eligible = 0;
        for (int e = 0; e < c.employees; e++) {
            if (c.empHead[e]) {
                continue;
            }
            int u = c.empUnit[e];
            if (senior[u] < 0 || c.positions.get(c.empPosition[e]).grade() > c.positions.get(c.empPosition[senior[u]]).grade()) {
                senior[u] = e;
            }
            if (junior(c, e)) {
                eligible++;
            }
        }
        int target = Math.max(3, c.employees / 80);
        double p = Math.min(1, target / (double) Math.max(1, eligible));
        List<int[]> pairs = new ArrayList<>();
        for (int e = 0; e < c.employees && pairs.size() < target; e++) {
            if (c.empHead[e] || !junior(c, e) || c.random.nextDouble() >= p) {
                continue;
            }
            int u = c.empUnit[e];
            int s = senior[u];
            int mentor = s >= 0 && s != e && c.positions.get(c.empPosition[s]).grade() > c.positions.get(c.empPosition[e]).grade()
                    ? s : c.unitHead[u];
            if (mentor != e) {
                pairs.add(new int[] {mentor, e});
            }
        }
        long pair = c.reserve("mentoring_pair", pairs.size());
        LocalDate first = LocalDate.of(year, 1, 15);
        int span = (int) Math.max(1, ChronoUnit.DAYS.between(first, today) - 30);
        try (Copy m = c.copy("mentoring_pair", "id, agency_id, mentor_id, mentee_id, goal, starts_on, ends_on, status, outcome,"
                + " created_by, version");
                Copy s = c.spool("mentoring_session", "agency_id, pair_id, held_on, minutes, topic, notes, recorded_by, recorded_at")) {
            for (int[] x : pairs) {
                int mentor = x[0];
                int mentee = x[1];
                String code = c.positions.get(c.empPosition[mentee]).code();
                String[] goal = GOALS[GOALS.length - 1];
                for (String[] g : GOALS) {
                    if (!g[0].isEmpty() && code.startsWith(g[0])) {
                        goal = g;
                        break;
                    }
                }
                LocalDate starts = first.plusDays(c.random.nextInt(span));
                if (starts.isAfter(today)) {
                    starts = today;
                }
                LocalDate ends = starts.plusMonths(c.random.nextDouble() < 0.5 ? 3 : 6);
                boolean ended = ends.isBefore(today);
                long id = pair++;
                int sup = c.empSuperior[mentee];
                m.add(id).add(c.agencyId).add(c.empId[mentor]).add(c.empId[mentee]).add(goal[1]).add(starts).add(ends)
                        .add(ended ? "ENDED" : "ACTIVE")
                        .add(ended ? "Tujuan tercapai: mentee " + c.empName[mentee] + " kini mengerjakannya secara mandiri." : null)
                        .add(sup >= 0 && c.random.nextDouble() < 0.7 ? c.empNip[sup] : admin).add(ended ? 2 : 1).end();
                LocalDate last = ended ? ends : today.minusDays(1);
                for (int i = 0; i < 5; i++) {
                    LocalDate on = starts.plusDays(14 + 30L * i);
                    if (on.isAfter(last)) {
                        break;
                    }
                    int by = i % 2 == 0 ? mentee : mentor;
                    s.add(c.agencyId).add(id).add(on).add(new int[] {45, 60, 90, 120}[(i + mentee) % 4]).add(goal[2 + i])
                            .add(i == 0 ? "Mentee menyiapkan pertanyaan; mentor memberi contoh dari pekerjaan sehari-hari." : null)
                            .add(c.empNip[by]).add(c.at(on, 16, 0)).end();
                }
            }
            c.done("mentoring_pair", m);
            c.done("mentoring_session", s);
        }
    }

    /** Someone who benefits from a mentor: a junior functional post or an appointment in the last three years. */
    private static boolean junior(DatasetContext c, int e) {
        PositionRow pos = c.positions.get(c.empPosition[e]);
        String jf = pos.jfLevel();
        int appointed = Integer.parseInt(c.empNip[e].substring(8, 12));
        return "TERAMPIL".equals(jf) || "AHLI_PERTAMA".equals(jf) || appointed >= c.settings.year() - 3;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(T[] values, DatasetContext c) {
        return values[c.random.nextInt(values.length)];
    }
}
