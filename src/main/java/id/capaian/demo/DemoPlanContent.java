package id.capaian.demo;

import static id.capaian.planning.Aspect.KUALITAS;
import static id.capaian.planning.Aspect.KUANTITAS;
import static id.capaian.planning.Aspect.WAKTU;

import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.ResultKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the demo plans say, written down as data: the key indicators (IKU) of the units' performance agreements,
 * and the planned results (RHK) with their indicators (IKI) and actions for the head of every unit and for every
 * kind of post. Pure data, no Spring; the same on every run.
 *
 * <p>The cascade is described with tags: an RHK {@linkplain Rhk#offers() offers} tags, and an appraisee's RHK
 * names the tag it contributes to in {@linkplain Rhk#up() up}. The heads of the OPD contribute to their unit's
 * IKU instead ({@code IKU1} is the first). The loader picks the appraiser's first RHK that offers the tag, falling
 * back to {@code CORE}, then {@code SUPPORT}, then the first RHK, so that every main result is linked.
 */
final class DemoPlanContent {

    private DemoPlanContent() {
    }

    /** An IKU with its targets in the current and the previous year. */
    record Iku(String goal, String name, BigDecimal target, BigDecimal previousTarget, String unit,
            Direction direction) {

        BigDecimal target(boolean previousYear) {
            return previousYear ? previousTarget : target;
        }
    }

    /** An IKI: a number with unit and direction, or (qualitative plans) a written expectation. */
    record Iki(Aspect aspect, String name, BigDecimal value, String unit, Direction direction, String text) {

        boolean written() {
            return text != null;
        }
    }

    /**
     * An RHK.
     *
     * @param up the tag of the appraiser's RHK (or {@code IKU<n>}) it contributes to; {@code null} for TAMBAHAN
     * @param offers the tags appraisees may contribute to
     * @param actions planned actions for the first sub-periods
     */
    record Rhk(ResultKind kind, String up, Set<String> offers, String statement, List<Iki> indicators,
            List<String> actions) {
    }

    /** The results of one plan. */
    record Work(List<Rhk> results) {

        boolean qualitative() {
            return results.stream().flatMap(r -> r.indicators().stream()).anyMatch(Iki::written);
        }
    }

    // ---------------------------------------------------------------- little builders

    private static Iki more(Aspect aspect, String name, double value, String unit) {
        return new Iki(aspect, name, decimal(value), unit, Direction.HIGHER, null);
    }

    private static Iki less(Aspect aspect, String name, double value, String unit) {
        return new Iki(aspect, name, decimal(value), unit, Direction.LOWER, null);
    }

    private static Iki words(Aspect aspect, String name, String expectation) {
        return new Iki(aspect, name, null, null, Direction.EXACT, expectation);
    }

    /** An RHK utama; {@code actions} separated by {@code ;}. */
    private static Rhk rhk(String up, String offers, String statement, String actions, Iki... indicators) {
        return new Rhk(ResultKind.UTAMA, up, offers == null ? Set.of() : Set.of(offers.split(",")), statement,
                List.of(indicators), actions == null ? List.of() : Arrays.stream(actions.split(";")).map(String::trim)
                        .toList());
    }

    private static Rhk extra(String statement, String action, Iki... indicators) {
        return new Rhk(ResultKind.TAMBAHAN, null, Set.of(), statement, List.of(indicators), List.of(action));
    }

    private static Work work(Rhk... results) {
        List<Rhk> list = new ArrayList<>(List.of(results));
        if (list.stream().filter(r -> r.kind() == ResultKind.UTAMA).count() < 2) {
            list.add(REPORTS);
        }
        return new Work(List.copyOf(list));
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private static Iku iku(String goal, String name, double target, double previous, String unit,
            Direction direction) {
        return new Iku(goal, name, decimal(target), decimal(previous), unit, direction);
    }

    /** The second main result of posts whose work is one thing: reporting on it. */
    private static final Rhk REPORTS = rhk("SUPPORT", null, "Tersusunnya laporan pelaksanaan tugas bulanan",
            "Menghimpun data pelaksanaan tugas; Menyusun laporan bulanan",
            more(KUANTITAS, "Laporan bulanan yang disusun", 12, "laporan"),
            more(WAKTU, "Laporan yang disampaikan paling lambat tanggal 5 bulan berikutnya", 100, "%"));

    // ---------------------------------------------------------------- unit agreements (Perjanjian Kinerja)

    /** The IKU of the OPD, signed by their heads: by unit code. */
    static Map<String, List<Iku>> agreements() {
        Map<String, List<Iku>> m = new LinkedHashMap<>();
        String governance = "Meningkatnya akuntabilitas kinerja dan kualitas tata kelola pemerintahan daerah";
        m.put("SETDA", List.of(
                iku(governance, "Nilai evaluasi SAKIP Pemerintah Kota Pematangsiantar", 72, 68, "nilai",
                        Direction.HIGHER),
                iku(governance, "Indeks Reformasi Birokrasi", 70, 66, "indeks", Direction.HIGHER),
                iku("Meningkatnya kualitas produk hukum daerah",
                        "Persentase produk hukum daerah yang ditetapkan tepat waktu", 90, 85, "%", Direction.HIGHER)));
        String merit = "Terwujudnya manajemen ASN yang profesional berbasis sistem merit";
        m.put("BKPSDM", List.of(
                iku(merit, "Persentase ASN yang SKP-nya ditetapkan tepat waktu", 100, 95, "%", Direction.HIGHER),
                iku(merit, "Nilai penerapan sistem merit", 300, 280, "nilai", Direction.HIGHER),
                iku("Meningkatnya kompetensi ASN",
                        "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, 70, "%", Direction.HIGHER),
                iku("Meningkatnya kompetensi ASN", "Indeks Profesionalitas ASN", 72, 70, "indeks",
                        Direction.HIGHER)));
        String health = "Meningkatnya derajat kesehatan masyarakat";
        m.put("DINKES", List.of(
                iku(health, "Cakupan imunisasi dasar lengkap", 95, 93, "%", Direction.HIGHER),
                iku("Meningkatnya mutu pelayanan kesehatan", "Indeks kepuasan masyarakat puskesmas", 82, 80,
                        "indeks", Direction.HIGHER),
                iku("Meningkatnya mutu pelayanan kesehatan", "Persentase puskesmas terakreditasi", 100, 100, "%",
                        Direction.HIGHER),
                iku(health, "Prevalensi stunting pada balita", 14, 16, "%", Direction.LOWER)));
        String education = "Meningkatnya mutu dan pemerataan pendidikan dasar";
        m.put("DISDIK", List.of(
                iku(education, "Rata-rata nilai asesmen nasional jenjang SD dan SMP", 70, 67, "nilai",
                        Direction.HIGHER),
                iku(education, "Angka partisipasi murni SMP", 85, 84, "%", Direction.HIGHER),
                iku("Meningkatnya profesionalitas pendidik", "Persentase guru bersertifikat pendidik", 85, 80, "%",
                        Direction.HIGHER),
                iku(education, "Angka putus sekolah jenjang SMP", 0.2, 0.3, "%", Direction.LOWER)));
        String population = "Meningkatnya kualitas pelayanan administrasi kependudukan";
        m.put("DUKCAPIL", List.of(
                iku(population, "Rata-rata waktu penyelesaian dokumen kependudukan", 1, 2, "hari", Direction.LOWER),
                iku(population, "Persentase penduduk wajib KTP-el yang telah merekam", 99, 98.5, "%",
                        Direction.HIGHER),
                iku(population, "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun", 97, 95, "%",
                        Direction.HIGHER),
                iku(population, "Indeks kepuasan masyarakat layanan administrasi kependudukan", 85, 83, "indeks",
                        Direction.HIGHER)));
        return m;
    }

    /** Agreements of sub-units still being drafted: by unit code. */
    static Map<String, List<Iku>> draftAgreements() {
        Map<String, List<Iku>> m = new LinkedHashMap<>();
        String primary = "Meningkatnya mutu pelayanan kesehatan dasar di wilayah kerja puskesmas";
        for (String pkm : List.of("DINKES.PKM-KESATRIA", "DINKES.PKM-BANE")) {
            m.put(pkm, List.of(
                    iku(primary, "Cakupan imunisasi dasar lengkap wilayah kerja", 95, 93, "%", Direction.HIGHER),
                    iku(primary, "Indeks kepuasan masyarakat puskesmas", 82, 80, "indeks", Direction.HIGHER),
                    iku(primary, "Rasio rujukan rawat jalan kasus non-spesialistik", 2, 3, "%", Direction.LOWER)));
        }
        m.put("DUKCAPIL.DAFDUK", List.of(
                iku("Meningkatnya kecepatan pelayanan pendaftaran penduduk", "Rata-rata waktu penerbitan KTP-el", 1,
                        2, "hari", Direction.LOWER),
                iku("Meningkatnya cakupan pendaftaran penduduk",
                        "Persentase penduduk wajib KTP-el yang telah merekam", 99, 98.5, "%", Direction.HIGHER)));
        return m;
    }

    // ---------------------------------------------------------------- heads of units

    /** The plan of the head of a unit (by unit code). */
    static Work headOf(String unitCode) {
        Work w = HEADS.get(unitCode);
        if (w != null) {
            return w;
        }
        if (unitCode.endsWith(".SEKRETARIAT")) {
            return secretariat(unitCode.substring(0, unitCode.indexOf('.')));
        }
        if (unitCode.endsWith(".UMPEG")) {
            return GENERAL_AFFAIRS;
        }
        if (unitCode.contains(".PKM-")) {
            return PUSKESMAS;
        }
        if (unitCode.contains(".SDN-") || unitCode.contains(".SMPN-")) {
            return SCHOOL;
        }
        throw new IllegalArgumentException("No demo plan for the head of " + unitCode);
    }

    private static final Map<String, Work> HEADS = new LinkedHashMap<>();

    static {
        HEADS.put("SETDA", work(
                rhk("IKU1", "GOV,CORE", "Meningkatnya akuntabilitas kinerja Pemerintah Kota Pematangsiantar",
                        "Memimpin rapat evaluasi rencana aksi kinerja; Menetapkan perjanjian kinerja perangkat daerah",
                        more(KUALITAS, "Nilai evaluasi SAKIP Pemerintah Kota", 72, "nilai"),
                        more(KUANTITAS, "Perangkat daerah yang menandatangani perjanjian kinerja tepat waktu", 36,
                                "perangkat daerah")),
                rhk("IKU2", "RB", "Meningkatnya kualitas pelaksanaan reformasi birokrasi",
                        "Menetapkan rencana aksi reformasi birokrasi; Memantau pembangunan zona integritas",
                        more(KUALITAS, "Indeks Reformasi Birokrasi", 70, "indeks")),
                rhk("IKU3", "LAW", "Meningkatnya kualitas produk hukum daerah",
                        "Mengoordinasikan program pembentukan perda; Memimpin rapat harmonisasi",
                        more(KUALITAS, "Persentase produk hukum daerah yang ditetapkan tepat waktu", 90, "%")),
                rhk("IKU2", "ADMIN,SUPPORT", "Terselenggaranya pelayanan administrasi pimpinan yang tertib",
                        "Menetapkan standar pelayanan administrasi pimpinan; Mengevaluasi tata naskah dinas",
                        less(WAKTU, "Rata-rata waktu penyelesaian naskah dinas pimpinan", 2, "hari"))));
        HEADS.put("SETDA.AS1", work(
                rhk("LAW", "LAW", "Terkoordinasinya penyusunan produk hukum daerah",
                        "Memimpin rapat koordinasi program pembentukan perda; Memantau harmonisasi rancangan",
                        words(KUALITAS, "Kualitas koordinasi penyusunan produk hukum",
                                "Seluruh rancangan peraturan daerah prioritas dibahas lintas perangkat daerah "
                                        + "sebelum diajukan ke DPRD")),
                rhk("GOV", "GOV,CORE,ADMIN", "Terkoordinasinya penyelenggaraan pemerintahan kecamatan dan kelurahan",
                        "Memimpin rapat koordinasi camat; Mengevaluasi laporan penyelenggaraan pemerintahan",
                        words(KUALITAS, "Tindak lanjut evaluasi penyelenggaraan pemerintahan",
                                "Rekomendasi hasil evaluasi kinerja kecamatan ditindaklanjuti oleh seluruh camat")),
                rhk("GOV", "WELFARE", "Terkoordinasinya program kesejahteraan rakyat lintas perangkat daerah",
                        "Menyusun peta program kesejahteraan rakyat; Memimpin rapat koordinasi lintas sektor",
                        words(KUALITAS, "Keterpaduan program kesejahteraan rakyat",
                                "Program pengentasan kemiskinan dan stunting terpadu dalam satu rencana aksi"))));
        HEADS.put("SETDA.AS1.TAPEM", work(
                rhk("GOV", "CORE", "Terlaksananya evaluasi penyelenggaraan pemerintahan kecamatan dan kelurahan",
                        "Menyusun instrumen evaluasi; Melaksanakan evaluasi ke kecamatan",
                        more(KUANTITAS, "Kecamatan yang dievaluasi", 8, "kecamatan"),
                        more(KUALITAS, "Persentase rekomendasi evaluasi yang ditindaklanjuti", 80, "%")),
                rhk("GOV", "SUPPORT", "Tersusunnya Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)",
                        "Menghimpun data LPPD dari perangkat daerah; Menyusun rancangan LPPD",
                        more(KUANTITAS, "Dokumen LPPD yang disusun", 1, "dokumen"),
                        more(WAKTU, "Ketepatan waktu penyampaian LPPD kepada Gubernur", 100, "%"))));
        HEADS.put("SETDA.AS1.HUKUM", work(
                rhk("LAW", "CORE", "Tersusunnya rancangan produk hukum daerah sesuai kaidah penyusunan",
                        "Menyusun program pembentukan perda; Memfasilitasi pembahasan rancangan",
                        more(KUANTITAS, "Rancangan perda dan perwali yang difasilitasi", 40, "dokumen"),
                        more(KUALITAS, "Persentase rancangan yang lolos harmonisasi tanpa perbaikan mayor", 85, "%")),
                rhk("LAW", "QUALITY", "Terlaksananya bantuan hukum dan penanganan perkara pemerintah daerah",
                        "Menginventarisasi perkara; Mendampingi persidangan",
                        more(KUANTITAS, "Perkara yang didampingi", 12, "perkara"),
                        more(KUALITAS, "Persentase perkara yang dimenangkan atau diselesaikan damai", 80, "%")),
                rhk("LAW", "SUPPORT", "Terdokumentasinya produk hukum daerah dalam JDIH",
                        "Memverifikasi produk hukum yang diunggah; Memutakhirkan laman JDIH",
                        more(KUALITAS, "Persentase produk hukum yang diunggah ke JDIH", 100, "%"))));
        HEADS.put("SETDA.AS1.HUKUM.PUU", work(
                rhk("CORE", "CORE", "Terlaksananya penyusunan dan harmonisasi rancangan peraturan daerah dan "
                        + "peraturan wali kota", "Menelaah rancangan dari perangkat daerah; Memimpin rapat harmonisasi",
                        more(KUANTITAS, "Rancangan peraturan yang diharmonisasi", 40, "dokumen"),
                        less(WAKTU, "Rata-rata waktu harmonisasi rancangan peraturan wali kota", 7, "hari")),
                rhk("SUPPORT", "SUPPORT", "Tersedianya dokumentasi dan informasi hukum yang mutakhir",
                        "Menghimpun produk hukum yang ditetapkan; Mengunggah ke JDIH",
                        more(KUANTITAS, "Produk hukum yang dipublikasikan di JDIH", 60, "dokumen"))));
        HEADS.put("SETDA.AS1.HUKUM.BANKUM", work(
                rhk("QUALITY", "CORE", "Terlaksananya pendampingan hukum perkara perdata dan tata usaha negara",
                        "Menyusun jawaban gugatan; Menghadiri persidangan",
                        more(KUANTITAS, "Perkara yang didampingi", 12, "perkara"),
                        more(KUALITAS, "Persentase perkara yang diselesaikan", 80, "%")),
                rhk("QUALITY", "SUPPORT", "Terlaksananya penyuluhan hukum kepada masyarakat",
                        "Menyusun jadwal penyuluhan; Melaksanakan penyuluhan di kelurahan",
                        more(KUANTITAS, "Kegiatan penyuluhan hukum", 8, "kegiatan"))));
        HEADS.put("SETDA.AS3", work(
                rhk("ADMIN", "ADMIN,SUPPORT,CORE",
                        "Terkoordinasinya pelayanan administrasi umum dan keprotokolan pimpinan",
                        "Memimpin rapat koordinasi bagian; Mengevaluasi layanan administrasi pimpinan",
                        words(KUALITAS, "Kualitas layanan administrasi pimpinan",
                                "Agenda dan naskah pimpinan tersedia tepat waktu tanpa keluhan dari pimpinan")),
                rhk("RB", "RB", "Terkoordinasinya pelaksanaan reformasi birokrasi dan penataan kelembagaan",
                        "Memantau rencana aksi reformasi birokrasi; Mengoordinasikan penataan kelembagaan",
                        words(KUALITAS, "Kemajuan reformasi birokrasi",
                                "Seluruh rencana aksi reformasi birokrasi tahun berjalan terlaksana sesuai jadwal"))));
        HEADS.put("SETDA.AS3.UMUM", work(
                rhk("ADMIN", "CORE", "Terselenggaranya pelayanan tata usaha pimpinan yang tertib",
                        "Menata alur naskah dinas pimpinan; Mengevaluasi waktu layanan naskah",
                        more(KUANTITAS, "Naskah dinas pimpinan yang diproses", 2400, "naskah"),
                        less(WAKTU, "Rata-rata waktu pemrosesan naskah dinas", 2, "hari")),
                rhk("ADMIN", "SUPPORT", "Terpeliharanya sarana dan prasarana kantor Sekretariat Daerah",
                        "Menyusun rencana pemeliharaan; Memeriksa kondisi sarana prasarana",
                        more(KUALITAS, "Persentase sarana dan prasarana dalam kondisi baik", 90, "%"))));
        HEADS.put("SETDA.AS3.UMUM.TUPIM", work(
                rhk("CORE", "CORE,ADMIN", "Tertatanya administrasi surat masuk dan surat keluar pimpinan",
                        "Mengagendakan surat masuk; Mendistribusikan disposisi pimpinan",
                        more(KUANTITAS, "Surat yang diagendakan dan didistribusikan", 2400, "surat"),
                        less(WAKTU, "Rata-rata waktu distribusi surat masuk", 1, "hari")),
                rhk("CORE", "SUPPORT", "Terkelolanya arsip dinamis Sekretariat Daerah",
                        "Menata arsip aktif; Mengalihmediakan arsip",
                        more(KUANTITAS, "Berkas arsip yang ditata dan dialihmediakan", 1500, "berkas"))));
        HEADS.put("SETDA.AS3.UMUM.RT", work(
                rhk("CORE", "CORE", "Terselenggaranya pelayanan rumah tangga pimpinan",
                        "Menyusun jadwal layanan rumah tangga; Mengawasi pelaksanaan layanan",
                        more(KUALITAS, "Persentase permintaan layanan rumah tangga yang dipenuhi", 95, "%")),
                rhk("SUPPORT", "SUPPORT", "Terpeliharanya kendaraan dinas dan gedung kantor",
                        "Menyusun jadwal servis berkala; Memeriksa kondisi kendaraan dinas",
                        more(KUANTITAS, "Kendaraan dinas yang diservis berkala", 24, "unit"),
                        more(KUALITAS, "Persentase kendaraan dinas layak jalan", 95, "%"))));
        HEADS.put("SETDA.AS3.ORG", work(
                rhk("RB", "CORE", "Tersusunnya analisis jabatan dan analisis beban kerja perangkat daerah",
                        "Menyusun jadwal verifikasi anjab-ABK; Memverifikasi dokumen perangkat daerah",
                        more(KUANTITAS, "Perangkat daerah yang anjab dan ABK-nya dimutakhirkan", 36,
                                "perangkat daerah")),
                rhk("RB", "QUALITY", "Meningkatnya kualitas implementasi SAKIP dan reformasi birokrasi perangkat "
                        + "daerah", "Mendampingi penyusunan perjanjian kinerja; Mengevaluasi AKIP perangkat daerah",
                        more(KUALITAS, "Nilai rata-rata evaluasi AKIP perangkat daerah", 70, "nilai"))));
        HEADS.put("SETDA.AS3.ORG.KELEMBAGAAN", work(
                rhk("CORE", "CORE", "Termutakhirnya peta jabatan dan analisis beban kerja",
                        "Mengumpulkan usulan peta jabatan; Memverifikasi anjab dan ABK",
                        more(KUANTITAS, "Dokumen anjab dan ABK yang diverifikasi", 36, "dokumen")),
                rhk("CORE", "SUPPORT", "Tersusunnya kajian penataan kelembagaan perangkat daerah",
                        "Menghimpun data kelembagaan; Menyusun rancangan kajian",
                        more(KUANTITAS, "Kajian kelembagaan yang disusun", 2, "kajian"))));
        HEADS.put("SETDA.AS3.ORG.RB", work(
                rhk("QUALITY", "CORE", "Terlaksananya evaluasi akuntabilitas kinerja internal perangkat daerah",
                        "Menyusun jadwal evaluasi AKIP; Melaksanakan evaluasi ke perangkat daerah",
                        more(KUANTITAS, "Perangkat daerah yang dievaluasi", 36, "perangkat daerah"),
                        more(WAKTU, "Ketepatan waktu penyampaian laporan hasil evaluasi AKIP", 100, "%")),
                rhk("QUALITY", "SUPPORT", "Terpantaunya rencana aksi reformasi birokrasi",
                        "Menghimpun capaian rencana aksi; Menyusun laporan pemantauan",
                        more(KUANTITAS, "Laporan pemantauan rencana aksi reformasi birokrasi", 4, "laporan"))));

        HEADS.put("BKPSDM", work(
                rhk("IKU1", "PK", "Meningkatnya ketepatan waktu penetapan dan penilaian kinerja ASN",
                        "Menetapkan jadwal penyusunan SKP; Memantau penetapan SKP seluruh perangkat daerah",
                        more(KUALITAS, "Persentase ASN yang SKP-nya ditetapkan tepat waktu", 100, "%")),
                rhk("IKU2", "MUTASI", "Terwujudnya manajemen karier ASN berbasis sistem merit",
                        "Menetapkan rencana seleksi jabatan; Memantau penilaian mandiri sistem merit",
                        more(KUALITAS, "Nilai penerapan sistem merit", 300, "nilai")),
                rhk("IKU3", "PSDM", "Meningkatnya kompetensi ASN melalui pengembangan paling sedikit 20 JP",
                        "Menetapkan rencana pengembangan kompetensi; Memantau capaian JP perangkat daerah",
                        more(KUALITAS, "Persentase ASN yang memenuhi 20 JP", 80, "%")),
                rhk("IKU4", "SUPPORT", "Meningkatnya profesionalitas ASN dan tata kelola internal BKPSDM",
                        "Menetapkan rencana kerja BKPSDM; Mengevaluasi capaian kinerja bidang",
                        more(KUALITAS, "Indeks Profesionalitas ASN", 72, "indeks"))));
        HEADS.put("BKPSDM.MUTASI", work(
                rhk("MUTASI", "CORE,HR", "Terlaksananya layanan kenaikan pangkat dan mutasi ASN tepat waktu",
                        "Menetapkan jadwal usulan kenaikan pangkat periode April; Memverifikasi usulan mutasi",
                        more(KUANTITAS, "Usulan kenaikan pangkat yang diproses", 850, "usulan"),
                        less(WAKTU, "Rata-rata waktu penyelesaian usulan kenaikan pangkat", 14, "hari")),
                rhk("MUTASI", "QUALITY", "Terlaksananya seleksi terbuka dan promosi jabatan berbasis merit",
                        "Menyusun rencana seleksi terbuka; Memfasilitasi panitia seleksi",
                        more(KUANTITAS, "Jabatan yang diisi melalui seleksi terbuka atau uji kompetensi", 12, "jabatan"),
                        more(KUALITAS, "Persentase pengisian jabatan sesuai rekomendasi kelompok rencana suksesi",
                                80, "%")),
                rhk("MUTASI", "DATA", "Termutakhirnya data kepegawaian ASN pada SIASN",
                        "Memetakan data ASN yang belum mutakhir; Memverifikasi pemutakhiran data",
                        more(KUALITAS, "Persentase data ASN yang dimutakhirkan", 100, "%"))));
        HEADS.put("BKPSDM.PSDM", work(
                rhk("PSDM", "CORE", "Terlaksananya pengembangan kompetensi ASN",
                        "Menyusun analisis kebutuhan pelatihan; Mengoordinasikan pelatihan klasikal dan e-learning",
                        more(KUANTITAS, "ASN yang mengikuti pengembangan kompetensi", 1800, "orang"),
                        more(KUALITAS, "Persentase ASN yang memenuhi 20 JP", 80, "%")),
                rhk("PSDM", "QUALITY", "Terlaksananya uji kompetensi dan pemetaan talenta ASN",
                        "Menyusun jadwal uji kompetensi; Mengolah hasil pemetaan talenta",
                        more(KUANTITAS, "ASN yang dipetakan kompetensinya", 300, "orang"))));
        HEADS.put("BKPSDM.PK", work(
                rhk("PK", "CORE", "Terlaksananya penetapan SKP ASN tepat waktu",
                        "Membuka periode SKP dan melaksanakan sosialisasi; Memantau penetapan SKP per perangkat daerah",
                        more(KUALITAS, "Persentase SKP ASN yang ditetapkan paling lambat 31 Januari", 100, "%"),
                        more(KUANTITAS, "Perangkat daerah yang didampingi penyusunan SKP", 36, "perangkat daerah")),
                rhk("PK", "QUALITY", "Terlaksananya evaluasi kinerja ASN periodik dan tahunan",
                        "Menyusun jadwal evaluasi bulanan; Memantau umpan balik pejabat penilai",
                        more(KUALITAS, "Persentase ASN yang dievaluasi kinerjanya setiap bulan", 95, "%"),
                        more(WAKTU, "Ketepatan waktu penetapan predikat kinerja tahunan", 100, "%")),
                rhk("PK", "DATA", "Tersedianya sistem informasi kinerja ASN yang andal",
                        "Menetapkan standar layanan aplikasi; Memantau tiket gangguan",
                        more(KUALITAS, "Ketersediaan aplikasi kinerja", 99, "%"),
                        less(WAKTU, "Rata-rata waktu penyelesaian tiket gangguan", 2, "hari")),
                extra("Terlaksananya pemberian penghargaan kepada ASN berprestasi",
                        "Menyusun kriteria ASN berprestasi",
                        more(KUANTITAS, "ASN berprestasi yang diusulkan mendapat penghargaan", 10, "orang"))));

        HEADS.put("DINKES", work(
                rhk("IKU1", "IMUN,KESMAS,CORE", "Meningkatnya cakupan imunisasi dan kesehatan ibu dan anak",
                        "Menetapkan target imunisasi per puskesmas; Memimpin rapat evaluasi program KIA",
                        more(KUALITAS, "Cakupan imunisasi dasar lengkap", 95, "%")),
                rhk("IKU2", "YANKES,QUALITY", "Meningkatnya mutu dan kepuasan pelayanan kesehatan di puskesmas",
                        "Menetapkan standar pelayanan puskesmas; Menindaklanjuti hasil survei kepuasan",
                        more(KUALITAS, "Indeks kepuasan masyarakat puskesmas", 82, "indeks")),
                rhk("IKU3", "ACCRED,SUPPORT", "Meningkatnya mutu fasilitas dan tata kelola pelayanan kesehatan",
                        "Menetapkan tim pendamping akreditasi; Memantau tindak lanjut rekomendasi survei",
                        more(KUALITAS, "Persentase puskesmas terakreditasi", 100, "%")),
                rhk("IKU4", "STUNTING", "Menurunnya prevalensi stunting pada balita",
                        "Memimpin rembuk stunting kota; Memantau intervensi gizi spesifik",
                        less(KUALITAS, "Prevalensi stunting pada balita", 14, "%"))));
        HEADS.put("DINKES.SEKRETARIAT.KEUANGAN", work(
                rhk("SUPPORT", "CORE", "Tersusunnya laporan keuangan Dinas Kesehatan yang tepat waktu dan akuntabel",
                        "Merekonsiliasi belanja bulanan; Menyusun laporan keuangan",
                        more(KUANTITAS, "Laporan keuangan yang disusun", 13, "laporan"),
                        more(WAKTU, "Ketepatan waktu penyampaian laporan keuangan", 100, "%")),
                rhk("SUPPORT", "SUPPORT", "Terkelolanya penatausahaan aset Dinas Kesehatan",
                        "Menginventarisasi barang milik daerah; Melabel aset baru",
                        more(KUALITAS, "Persentase aset yang tercatat dan berlabel", 100, "%")),
                rhk("SUPPORT", "BUDGET", "Meningkatnya realisasi anggaran Dinas Kesehatan",
                        "Memantau realisasi anggaran per kegiatan; Menyusun laporan realisasi",
                        more(KUANTITAS, "Persentase realisasi anggaran", 95, "%"))));
        HEADS.put("DINKES.YANKES", work(
                rhk("YANKES", "CORE,QUALITY", "Meningkatnya akses dan mutu pelayanan kesehatan primer dan rujukan",
                        "Menyusun standar pelayanan puskesmas; Mengevaluasi rujukan puskesmas",
                        more(KUALITAS, "Persentase puskesmas dengan nilai IKM kategori baik", 100, "%"),
                        less(KUALITAS, "Rasio rujukan rawat jalan kasus non-spesialistik", 2, "%")),
                rhk("YANKES", "PHARMA", "Terjaminnya ketersediaan obat dan perbekalan kesehatan",
                        "Menyusun rencana kebutuhan obat; Memantau ketersediaan obat di puskesmas",
                        more(KUALITAS, "Persentase ketersediaan obat esensial di puskesmas", 95, "%")),
                rhk("ACCRED", "ACCRED", "Terlaksananya pendampingan akreditasi puskesmas",
                        "Menyusun jadwal pendampingan; Melaksanakan survei simulasi",
                        more(KUANTITAS, "Puskesmas yang didampingi akreditasi", 2, "puskesmas"))));
        HEADS.put("DINKES.YANKES.PRIMER", work(
                rhk("CORE", "CORE", "Meningkatnya akses pelayanan kesehatan primer",
                        "Memetakan wilayah dengan akses rendah; Menyusun jadwal pelayanan luar gedung",
                        more(KUANTITAS, "Kunjungan rawat jalan puskesmas", 60000, "kunjungan")),
                rhk("QUALITY", "QUALITY", "Terlaksananya pembinaan mutu pelayanan puskesmas",
                        "Menyusun instrumen pembinaan mutu; Melaksanakan kunjungan pembinaan",
                        more(KUANTITAS, "Kegiatan pembinaan mutu ke puskesmas", 8, "kegiatan"),
                        more(KUALITAS, "Persentase rekomendasi pembinaan yang ditindaklanjuti", 90, "%"))));
        HEADS.put("DINKES.YANKES.FARMALKES", work(
                rhk("PHARMA", "CORE", "Terkelolanya perencanaan dan distribusi obat ke puskesmas",
                        "Memverifikasi LPLPO puskesmas; Menyusun rencana distribusi obat",
                        more(KUANTITAS, "LPLPO puskesmas yang diverifikasi", 24, "laporan"),
                        more(KUALITAS, "Persentase ketersediaan obat esensial", 95, "%")),
                rhk("PHARMA", "QUALITY", "Terlaksananya pengawasan sarana kefarmasian",
                        "Menyusun jadwal pengawasan; Melaksanakan pembinaan apotek dan toko obat",
                        more(KUANTITAS, "Sarana kefarmasian yang dibina", 30, "sarana"))));
        HEADS.put("DINKES.KESMAS", work(
                rhk("IMUN", "CORE,MCH", "Meningkatnya cakupan imunisasi dan pelayanan kesehatan keluarga",
                        "Memantau PWS imunisasi per puskesmas; Melaksanakan sweeping imunisasi",
                        more(KUALITAS, "Cakupan imunisasi dasar lengkap", 95, "%"),
                        more(KUALITAS, "Cakupan kunjungan ibu hamil K6", 90, "%")),
                rhk("STUNTING", "GIZI", "Menurunnya prevalensi stunting melalui intervensi gizi spesifik",
                        "Memantau data e-PPGBM; Mengoordinasikan pemberian makanan tambahan",
                        less(KUALITAS, "Prevalensi stunting pada balita", 14, "%")),
                rhk("IMUN", "PROMKES", "Meningkatnya perilaku hidup bersih dan sehat masyarakat",
                        "Menyusun rencana promosi kesehatan; Memantau posyandu aktif",
                        more(KUALITAS, "Persentase rumah tangga ber-PHBS", 70, "%"))));
        HEADS.put("DINKES.KESMAS.KESGA", work(
                rhk("MCH", "MCH,CORE", "Terlaksananya pelayanan kesehatan ibu dan anak sesuai standar",
                        "Memantau kohort ibu dan bayi; Melaksanakan audit maternal perinatal",
                        more(KUALITAS, "Cakupan persalinan di fasilitas pelayanan kesehatan", 98, "%")),
                rhk("GIZI", "GIZI", "Terlaksananya intervensi gizi pada balita stunting dan ibu hamil KEK",
                        "Memverifikasi data balita stunting; Mendistribusikan makanan tambahan",
                        more(KUALITAS, "Persentase balita stunting yang mendapat intervensi gizi", 100, "%"))));
        HEADS.put("DINKES.KESMAS.PROMKES", work(
                rhk("PROMKES", "CORE", "Terlaksananya promosi kesehatan dan pemberdayaan masyarakat",
                        "Menyusun materi penyuluhan; Membina kader posyandu",
                        more(KUANTITAS, "Kegiatan penyuluhan kesehatan", 48, "kegiatan"),
                        more(KUALITAS, "Persentase posyandu aktif (purnama dan mandiri)", 80, "%"))));

        HEADS.put("DISDIK", work(
                rhk("IKU1", "LEARN,CORE", "Meningkatnya mutu hasil belajar peserta didik",
                        "Menetapkan program peningkatan literasi dan numerasi; Mengevaluasi rapor pendidikan",
                        more(KUALITAS, "Rata-rata nilai asesmen nasional jenjang SD dan SMP", 70, "nilai")),
                rhk("IKU2", "ACCESS", "Meningkatnya akses pendidikan dasar",
                        "Menetapkan zonasi penerimaan peserta didik baru; Memantau anak tidak sekolah",
                        more(KUALITAS, "Angka partisipasi murni SMP", 85, "%")),
                rhk("IKU3", "TEACHER,SUPPORT", "Meningkatnya kompetensi dan profesionalitas pendidik",
                        "Mengusulkan guru mengikuti PPG; Memantau pengembangan keprofesian berkelanjutan",
                        more(KUALITAS, "Persentase guru bersertifikat pendidik", 85, "%")),
                rhk("IKU4", "DROPOUT", "Menurunnya angka putus sekolah",
                        "Memetakan peserta didik rawan putus sekolah; Menyalurkan bantuan pendidikan",
                        less(KUALITAS, "Angka putus sekolah jenjang SMP", 0.2, "%"))));
        HEADS.put("DISDIK.SD", work(
                rhk("LEARN", "LEARN,CORE", "Meningkatnya mutu pembelajaran di sekolah dasar",
                        "Menganalisis rapor pendidikan SD; Melaksanakan pendampingan literasi",
                        more(KUALITAS, "Persentase SD dengan kemampuan literasi minimal kategori sedang", 80, "%")),
                rhk("TEACHER", "SUPERVISION", "Terlaksananya pembinaan dan supervisi sekolah dasar",
                        "Menyusun jadwal supervisi; Melaksanakan supervisi bersama pengawas",
                        more(KUANTITAS, "SD yang disupervisi", 60, "sekolah"))));
        HEADS.put("DISDIK.SMP", work(
                rhk("LEARN", "LEARN,CORE", "Meningkatnya mutu pembelajaran di sekolah menengah pertama",
                        "Menganalisis rapor pendidikan SMP; Melaksanakan pendampingan numerasi",
                        more(KUALITAS, "Persentase SMP dengan kemampuan numerasi minimal kategori sedang", 75, "%")),
                rhk("ACCESS", "ACCESS", "Meningkatnya partisipasi dan menurunnya putus sekolah jenjang SMP",
                        "Memantau peserta didik tidak hadir; Mengoordinasikan penerimaan peserta didik baru",
                        more(KUALITAS, "Angka partisipasi murni SMP", 85, "%"),
                        less(KUALITAS, "Angka putus sekolah SMP", 0.2, "%"))));

        HEADS.put("DUKCAPIL", work(
                rhk("IKU1", "SPEED,CORE", "Meningkatnya kecepatan pelayanan dokumen kependudukan",
                        "Menetapkan standar pelayanan satu hari jadi; Memantau antrean layanan",
                        less(WAKTU, "Rata-rata waktu penyelesaian dokumen kependudukan", 1, "hari")),
                rhk("IKU2", "KTP", "Meningkatnya cakupan perekaman KTP-el",
                        "Menetapkan jadwal perekaman jemput bola; Memantau penduduk belum rekam",
                        more(KUALITAS, "Persentase penduduk wajib KTP-el yang telah merekam", 99, "%")),
                rhk("IKU3", "CAPIL", "Meningkatnya cakupan kepemilikan akta pencatatan sipil",
                        "Menetapkan kerja sama dengan fasilitas kesehatan; Memantau penerbitan akta",
                        more(KUALITAS, "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun", 97, "%")),
                rhk("IKU4", "QUALITY,SUPPORT", "Meningkatnya kepuasan masyarakat terhadap layanan administrasi "
                        + "kependudukan", "Menindaklanjuti hasil survei kepuasan; Mengevaluasi pengaduan masyarakat",
                        more(KUALITAS, "Indeks kepuasan masyarakat layanan administrasi kependudukan", 85,
                                "indeks"))));
        HEADS.put("DUKCAPIL.DAFDUK", work(
                rhk("KTP", "CORE", "Terlaksananya perekaman dan pencetakan KTP-el",
                        "Menyusun jadwal perekaman di sekolah; Memantau stok blangko",
                        more(KUANTITAS, "KTP-el yang dicetak", 18000, "keping"),
                        more(KUALITAS, "Persentase penduduk wajib KTP-el yang telah merekam", 99, "%")),
                rhk("SPEED", "SPEED", "Terlaksananya pelayanan pindah datang penduduk tepat waktu",
                        "Menata alur layanan pindah datang; Memantau waktu layanan",
                        more(KUANTITAS, "Dokumen pindah datang yang diterbitkan", 4000, "dokumen"),
                        less(WAKTU, "Rata-rata waktu penerbitan SKPWNI", 1, "hari"))));
        HEADS.put("DUKCAPIL.CAPIL", work(
                rhk("CAPIL", "CORE", "Terlaksananya penerbitan akta pencatatan sipil",
                        "Memverifikasi berkas akta; Menandatangani akta secara elektronik",
                        more(KUANTITAS, "Akta kelahiran yang diterbitkan", 6000, "akta"),
                        less(WAKTU, "Rata-rata waktu penerbitan akta", 1, "hari")),
                rhk("CAPIL", "QUALITY", "Meningkatnya cakupan akta kelahiran anak melalui layanan jemput bola",
                        "Menyusun jadwal layanan di sekolah dan kelurahan; Melaksanakan layanan jemput bola",
                        more(KUANTITAS, "Kegiatan layanan jemput bola di sekolah dan kelurahan", 24, "kegiatan"))));
        HEADS.put("DUKCAPIL.PIAK", work(
                rhk("KTP", "DATA", "Tersedianya database kependudukan yang akurat dan mutakhir",
                        "Menganalisis data ganda; Melaksanakan konsolidasi data",
                        more(KUALITAS, "Persentase data ganda yang diselesaikan", 100, "%")),
                rhk("QUALITY", "CORE", "Terlaksananya pemanfaatan data kependudukan oleh perangkat daerah dan "
                        + "lembaga", "Memfasilitasi perjanjian kerja sama; Memantau hak akses",
                        more(KUANTITAS, "Perjanjian kerja sama pemanfaatan data", 10, "perjanjian")),
                rhk("SPEED", "DIGITAL", "Tersedianya layanan administrasi kependudukan daring yang andal",
                        "Memantau kinerja aplikasi layanan daring; Menindaklanjuti gangguan",
                        more(KUALITAS, "Ketersediaan layanan daring", 99, "%"))));
    }

    private static Work secretariat(String opd) {
        String name = switch (opd) {
            case "BKPSDM" -> "BKPSDM";
            case "DINKES" -> "Dinas Kesehatan";
            case "DISDIK" -> "Dinas Pendidikan";
            case "DUKCAPIL" -> "Dinas Kependudukan dan Pencatatan Sipil";
            default -> opd;
        };
        return work(
                rhk("SUPPORT", "PLAN", "Tersusunnya dokumen perencanaan dan laporan kinerja " + name,
                        "Menyusun rencana kerja dan perjanjian kinerja; Mengompilasi capaian kinerja triwulan",
                        more(KUANTITAS, "Dokumen perencanaan dan pelaporan kinerja yang disusun", 6, "dokumen"),
                        more(WAKTU, "Ketepatan waktu penyampaian dokumen perencanaan dan pelaporan", 100, "%")),
                rhk("SUPPORT", "SUPPORT,ADMIN", "Terselenggaranya administrasi umum, kepegawaian dan keuangan "
                        + name + " yang tertib", "Mengendalikan administrasi umum; Memantau tindak lanjut temuan",
                        more(KUALITAS, "Persentase temuan pemeriksaan yang ditindaklanjuti", 100, "%"),
                        more(KUANTITAS, "Persentase realisasi anggaran", 95, "%")));
    }

    private static final Work GENERAL_AFFAIRS = work(
            rhk("ADMIN", "ADMIN,CORE", "Terselenggaranya administrasi persuratan dan kearsipan",
                    "Mengendalikan agenda surat; Menata arsip aktif",
                    more(KUANTITAS, "Surat masuk dan keluar yang diproses", 1200, "surat"),
                    less(WAKTU, "Rata-rata waktu pengagendaan surat", 1, "hari")),
            rhk("SUPPORT", "SUPPORT,HR", "Terkelolanya administrasi kepegawaian pegawai",
                    "Menyusun daftar usulan kenaikan pangkat dan berkala; Memutakhirkan data pegawai",
                    more(KUANTITAS, "Usulan layanan kepegawaian yang diproses", 120, "usulan"),
                    more(WAKTU, "Persentase usulan kenaikan pangkat dan gaji berkala yang diajukan tepat waktu", 100,
                            "%")));

    private static final Work PUSKESMAS = work(
            rhk("YANKES", "CORE", "Meningkatnya cakupan dan mutu pelayanan kesehatan dasar di wilayah kerja "
                    + "puskesmas", "Menyusun rencana usulan kegiatan; Memimpin lokakarya mini bulanan",
                    more(KUANTITAS, "Kunjungan rawat jalan", 28000, "kunjungan"),
                    more(KUALITAS, "Indeks kepuasan masyarakat puskesmas", 82, "indeks")),
            rhk("IMUN", "MCH", "Meningkatnya cakupan imunisasi dan pelayanan kesehatan ibu dan anak",
                    "Memantau PWS KIA dan imunisasi; Melaksanakan sweeping imunisasi",
                    more(KUALITAS, "Cakupan imunisasi dasar lengkap wilayah kerja", 95, "%")),
            rhk("ACCRED", "QUALITY,SUPPORT", "Terpenuhinya standar akreditasi puskesmas",
                    "Menetapkan tim mutu; Melaksanakan audit internal",
                    more(KUALITAS, "Capaian elemen penilaian akreditasi", 90, "%")),
            rhk("STUNTING", "GIZI", "Menurunnya balita stunting di wilayah kerja",
                    "Memantau penimbangan balita di posyandu; Mengoordinasikan PMT balita",
                    less(KUALITAS, "Prevalensi stunting wilayah kerja", 14, "%")));

    private static final Work SCHOOL = work(
            rhk("LEARN", "LEARN,CORE", "Meningkatnya mutu pembelajaran dan hasil belajar peserta didik",
                    "Menganalisis rapor pendidikan sekolah; Menyusun program literasi dan numerasi",
                    more(KUALITAS, "Rata-rata nilai literasi pada rapor pendidikan", 70, "nilai"),
                    more(KUALITAS, "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran",
                            85, "%")),
            rhk("TEACHER", "TEACHER", "Terlaksananya supervisi akademik guru",
                    "Menyusun jadwal supervisi; Melaksanakan observasi kelas",
                    more(KUALITAS, "Persentase guru yang disupervisi akademik", 100, "%")),
            rhk("ACCESS", "SUPPORT", "Terkelolanya sekolah sesuai standar nasional pendidikan",
                    "Menyusun RKAS; Melaporkan penggunaan dana BOS",
                    more(KUANTITAS, "Laporan penggunaan dana BOS yang disampaikan tepat waktu", 2, "laporan")));

    // ---------------------------------------------------------------- staff by post

    /** The plan of a holder of a post who heads no unit, by position code and the unit placed in. */
    static Work staff(String positionCode, String unitCode) {
        boolean school = unitCode.contains(".SDN-") || unitCode.contains(".SMPN-");
        boolean puskesmas = unitCode.contains(".PKM-");
        boolean dukcapil = unitCode.startsWith("DUKCAPIL");
        return switch (positionCode) {
            case "PL-PENGADMINISTRASI" -> school ? SCHOOL_CLERK : puskesmas ? REGISTRATION : CLERK;
            case "PL-OPERATOR" -> dukcapil ? POPULATION_OPERATOR : puskesmas ? REGISTRATION
                    : unitCode.endsWith(".RT") ? DRIVER : OFFICE_OPERATOR;
            case "PL-PENGELOLA" -> dukcapil ? POPULATION_VERIFIER : school ? DAPODIK
                    : unitCode.endsWith(".KEUANGAN") ? TREASURY : OFFICER;
            case "PL-PENATA" -> unitCode.endsWith(".KEUANGAN") ? ACCOUNTANT : ANALYST;
            case "JF-ARSIPARIS-T" -> ARCHIVIST;
            case "JF-PERENCANA-AP" -> PLANNER;
            case "JF-ANALIS-KEBIJAKAN-AP" -> POLICY_ANALYST;
            case "JF-ANALIS-KEBIJAKAN-AM" -> POLICY_ANALYST_SENIOR;
            case "JF-PERANCANG-PUU-AM" -> LEGAL_DRAFTER;
            case "JF-ANALIS-HUKUM-AP" -> LEGAL_ANALYST;
            case "JF-ANALIS-SDMA-AP", "JF-ANALIS-SDMA-AM" -> unitCode.endsWith(".MUTASI") ? HR_CAREER
                    : unitCode.endsWith(".PSDM") ? HR_DEVELOPMENT : HR_PERFORMANCE;
            case "JF-PRAKOM-AP", "JF-PRAKOM-T" -> dukcapil ? POPULATION_IT : PERFORMANCE_IT;
            case "JF-ADB-KEPENDUDUKAN-AP", "JF-ADB-KEPENDUDUKAN-AM" -> POPULATION_DATABASE;
            case "JF-DOKTER-AP", "JF-DOKTER-AM" -> DOCTOR;
            case "JF-DOKTER-AMD" -> puskesmas ? DOCTOR : MEDICAL_QUALITY;
            case "JF-DOKTER-GIGI-AP", "JF-DOKTER-GIGI-AM" -> DENTIST;
            case "JF-PERAWAT-T", "JF-PERAWAT-M", "JF-PERAWAT-P", "JF-PERAWAT-AP", "JF-PERAWAT-AM" -> NURSE;
            case "JF-BIDAN-T", "JF-BIDAN-M", "JF-BIDAN-AP" -> puskesmas ? MIDWIFE : MCH_PROGRAMME;
            case "JF-APOTEKER-AP" -> puskesmas ? PHARMACIST : PHARMACY_PROGRAMME;
            case "JF-ASISTEN-APOTEKER-T" -> PHARMACY_ASSISTANT;
            case "JF-PRANATA-LAB-T" -> LAB;
            case "JF-NUTRISIONIS-T" -> NUTRITIONIST;
            case "JF-NUTRISIONIS-AP" -> NUTRITION_SURVEILLANCE;
            case "JF-SANITASI-T" -> SANITARIAN;
            case "JF-PENYULUH-KESMAS-AM" -> HEALTH_PROMOTER;
            case "JF-EPIDEMIOLOG-AP" -> EPIDEMIOLOGIST;
            case "JF-ADMINKES-AM" -> HEALTH_ADMINISTRATOR;
            case "JF-GURU-AP", "JF-GURU-AM", "JF-GURU-AMD" -> TEACHER;
            case "JF-PENGAWAS-SEKOLAH-AMD" -> SCHOOL_SUPERVISOR;
            default -> throw new IllegalArgumentException("No demo plan for " + positionCode);
        };
    }

    private static final Work CLERK = work(
            rhk("ADMIN", null, "Terlaksananya pengadministrasian surat masuk dan surat keluar",
                    "Mengagendakan surat masuk; Mengirim surat keluar",
                    more(KUANTITAS, "Surat yang diagendakan", 600, "surat"),
                    less(WAKTU, "Rata-rata waktu pengagendaan surat", 1, "hari")),
            rhk("SUPPORT", null, "Tertatanya arsip dinamis unit kerja",
                    "Memberkaskan arsip aktif; Menyusun daftar arsip",
                    more(KUANTITAS, "Berkas arsip yang ditata", 400, "berkas")));
    private static final Work SCHOOL_CLERK = work(
            rhk("SUPPORT", null, "Terkelolanya administrasi kesiswaan dan persuratan sekolah",
                    "Memutakhirkan buku induk siswa; Mengagendakan surat sekolah",
                    more(KUALITAS, "Persentase data siswa yang dimutakhirkan", 100, "%"),
                    more(KUANTITAS, "Surat yang diproses", 300, "surat")),
            rhk("SUPPORT", null, "Terkelolanya administrasi kepegawaian guru dan tenaga kependidikan",
                    "Memutakhirkan daftar hadir guru; Menyiapkan usulan kenaikan gaji berkala",
                    more(KUANTITAS, "Layanan administrasi kepegawaian sekolah", 60, "layanan")));
    private static final Work REGISTRATION = work(
            rhk("CORE", null, "Terlaksananya pendaftaran pasien dan pengelolaan rekam medis",
                    "Melayani pendaftaran pasien; Menata berkas rekam medis",
                    more(KUANTITAS, "Pasien yang didaftarkan", 9000, "pasien"),
                    less(WAKTU, "Rata-rata waktu tunggu pendaftaran", 10, "menit")),
            rhk("SUPPORT", null, "Tertatanya berkas rekam medis pasien",
                    "Menyimpan berkas rekam medis; Menyusun laporan kunjungan",
                    more(KUALITAS, "Persentase berkas rekam medis yang lengkap", 95, "%")));
    private static final Work OFFICE_OPERATOR = work(
            rhk("SUPPORT", null, "Terlaksananya layanan operasional kantor",
                    "Menyiapkan ruang rapat dan peralatan; Melayani permintaan operasional",
                    more(KUANTITAS, "Permintaan layanan operasional yang diselesaikan", 240, "permintaan"),
                    less(WAKTU, "Rata-rata waktu penyelesaian permintaan", 1, "hari")),
            rhk("ADMIN", null, "Terpeliharanya peralatan kantor unit kerja",
                    "Memeriksa peralatan kantor; Melaporkan kerusakan",
                    more(KUALITAS, "Persentase peralatan kantor yang berfungsi baik", 95, "%")));
    private static final Work DRIVER = work(
            rhk("CORE", null, "Terlaksananya layanan kendaraan dan rumah tangga pimpinan",
                    "Melayani perjalanan dinas pimpinan; Menyiapkan kendaraan",
                    more(KUANTITAS, "Layanan antar jemput dan perjalanan dinas", 240, "layanan"),
                    more(KUALITAS, "Persentase layanan tanpa keterlambatan", 95, "%")),
            rhk("SUPPORT", null, "Terpeliharanya kendaraan dinas yang menjadi tanggung jawab",
                    "Memeriksa kendaraan harian; Mengantar kendaraan servis berkala",
                    more(KUALITAS, "Persentase hari kendaraan layak jalan", 95, "%")));
    private static final Work POPULATION_OPERATOR = work(
            rhk("CORE", null, "Terlayaninya penerbitan dokumen kependudukan",
                    "Melayani permohonan dokumen di loket; Mencetak dokumen kependudukan",
                    more(KUANTITAS, "Dokumen kependudukan yang diterbitkan", 3600, "dokumen"),
                    less(WAKTU, "Rata-rata waktu layanan per pemohon", 30, "menit"),
                    more(KUALITAS, "Persentase dokumen terbit tanpa kesalahan data", 99, "%")),
            rhk("QUALITY", null, "Terlaksananya layanan jemput bola perekaman KTP-el",
                    "Menyiapkan peralatan perekaman keliling; Melayani perekaman di sekolah",
                    more(KUANTITAS, "Kegiatan jemput bola yang dilayani", 12, "kegiatan")));
    private static final Work POPULATION_VERIFIER = work(
            rhk("CORE", null, "Terkelolanya verifikasi berkas permohonan dokumen kependudukan",
                    "Memverifikasi kelengkapan berkas; Mengembalikan berkas tidak lengkap dengan penjelasan",
                    more(KUANTITAS, "Berkas permohonan yang diverifikasi", 3000, "berkas"),
                    less(WAKTU, "Rata-rata waktu verifikasi berkas", 15, "menit")),
            rhk("SUPPORT", null, "Tersusunnya laporan layanan harian bidang",
                    "Merekap layanan harian; Menyusun laporan bulanan",
                    more(KUANTITAS, "Laporan layanan yang disusun", 12, "laporan")));
    private static final Work OFFICER = work(
            rhk("SUPPORT", null, "Terkelolanya layanan operasional dan administrasi unit kerja",
                    "Menyiapkan bahan rapat; Menghimpun data kegiatan",
                    more(KUANTITAS, "Kegiatan yang difasilitasi", 24, "kegiatan"),
                    more(KUALITAS, "Persentase kegiatan terlaksana sesuai jadwal", 90, "%")),
            rhk("CORE", null, "Tersusunnya laporan capaian kinerja unit kerja",
                    "Menghimpun capaian kinerja; Menyusun laporan bulanan",
                    more(KUANTITAS, "Laporan capaian kinerja yang disusun", 12, "laporan"),
                    more(WAKTU, "Ketepatan waktu penyampaian laporan", 100, "%")));
    private static final Work DAPODIK = work(
            rhk("SUPPORT", null, "Terkelolanya data pokok pendidikan (Dapodik) sekolah",
                    "Memutakhirkan data peserta didik; Sinkronisasi Dapodik",
                    more(KUALITAS, "Persentase data Dapodik yang valid", 100, "%"),
                    more(KUANTITAS, "Sinkronisasi Dapodik", 12, "kali")),
            rhk("SUPPORT", null, "Terkelolanya sarana dan prasarana sekolah",
                    "Menginventarisasi barang sekolah; Melaporkan kerusakan",
                    more(KUANTITAS, "Barang inventaris yang dicatat", 400, "barang")));
    private static final Work TREASURY = work(
            rhk("CORE", null, "Terkelolanya penatausahaan keuangan",
                    "Memverifikasi SPJ; Mencatat buku kas umum",
                    more(KUANTITAS, "SPJ yang diverifikasi", 480, "SPJ"),
                    less(WAKTU, "Rata-rata waktu verifikasi SPJ", 2, "hari")),
            rhk("SUPPORT", null, "Tersusunnya laporan pertanggungjawaban bendahara",
                    "Merekonsiliasi kas; Menyusun laporan bulanan",
                    more(KUANTITAS, "Laporan pertanggungjawaban yang disusun", 12, "laporan")));
    private static final Work ACCOUNTANT = work(
            rhk("CORE", null, "Tersusunnya laporan keuangan dan aset",
                    "Menyusun jurnal dan neraca saldo; Merekonsiliasi aset",
                    more(KUANTITAS, "Laporan keuangan yang disusun", 12, "laporan"),
                    more(KUALITAS, "Persentase aset yang tercatat pada sistem barang milik daerah", 100, "%")),
            rhk("SUPPORT", null, "Terlaksananya rekonsiliasi belanja dengan BPKAD",
                    "Menyiapkan data rekonsiliasi; Menghadiri rekonsiliasi",
                    more(KUANTITAS, "Rekonsiliasi yang dilaksanakan", 12, "kali")));
    private static final Work ANALYST = work(
            rhk("CORE", null, "Tersusunnya bahan analisis dan telaahan pelaksanaan tugas unit",
                    "Mengumpulkan dan mengolah data; Menyusun telaahan staf",
                    more(KUANTITAS, "Telaahan yang disusun", 12, "dokumen"),
                    more(KUALITAS, "Persentase telaahan yang diterima tanpa perbaikan", 80, "%")),
            rhk("QUALITY", null, "Terlaksananya verifikasi data dan dokumen unit kerja",
                    "Memverifikasi dokumen masuk; Mencatat hasil verifikasi",
                    more(KUANTITAS, "Dokumen yang diverifikasi", 300, "dokumen")));
    private static final Work ARCHIVIST = work(
            rhk("SUPPORT", null, "Terkelolanya arsip dinamis aktif dan inaktif",
                    "Mendeskripsikan arsip inaktif; Menata arsip di record center",
                    more(KUANTITAS, "Berkas arsip yang dideskripsi dan ditata", 1200, "berkas"),
                    less(WAKTU, "Rata-rata waktu penemuan kembali arsip", 5, "menit")),
            rhk("ADMIN", null, "Terlaksananya alih media arsip",
                    "Memindai arsip vital; Mengunggah ke aplikasi kearsipan",
                    more(KUANTITAS, "Arsip yang dialihmediakan", 500, "berkas")));
    private static final Work PLANNER = work(
            rhk("PLAN", null, "Tersusunnya dokumen perencanaan dan penganggaran",
                    "Menyusun rancangan Renja; Menyusun RKA",
                    more(KUANTITAS, "Dokumen perencanaan dan penganggaran yang disusun", 4, "dokumen"),
                    more(WAKTU, "Ketepatan waktu penyampaian dokumen perencanaan", 100, "%")),
            rhk("PLAN", null, "Tersusunnya laporan kinerja dan monitoring capaian",
                    "Menghimpun capaian triwulan; Menyusun laporan monitoring",
                    more(KUANTITAS, "Laporan monitoring capaian kinerja", 4, "laporan"),
                    more(KUANTITAS, "Dokumen LKjIP yang disusun", 1, "dokumen")));
    private static final Work POLICY_ANALYST = work(
            rhk("CORE", null, "Tersusunnya kajian dan rekomendasi kebijakan",
                    "Mengumpulkan data kajian; Menyusun rekomendasi kebijakan",
                    more(KUANTITAS, "Kajian kebijakan yang disusun", 4, "kajian"),
                    more(KUANTITAS, "Ringkasan kebijakan (policy brief)", 2, "dokumen")),
            rhk("SUPPORT", null, "Terlaksananya fasilitasi forum kebijakan",
                    "Menyiapkan bahan diskusi; Menyusun notula",
                    more(KUANTITAS, "Forum kebijakan yang difasilitasi", 6, "forum")));
    private static final Work POLICY_ANALYST_SENIOR = work(
            rhk("CORE", null, "Tersusunnya rekomendasi kebijakan penataan organisasi perangkat daerah",
                    "Menelaah usulan perubahan kelembagaan; Menyusun rekomendasi",
                    words(KUALITAS, "Mutu rekomendasi kebijakan",
                            "Rekomendasi berbasis data beban kerja dan diterima pimpinan sebagai dasar keputusan")),
            rhk("QUALITY", null, "Terlaksananya pendampingan penyusunan peta proses bisnis perangkat daerah",
                    "Menyusun panduan peta proses bisnis; Mendampingi perangkat daerah",
                    words(KUALITAS, "Kualitas pendampingan",
                            "Perangkat daerah yang didampingi memiliki peta proses bisnis yang ditetapkan"),
                    more(KUANTITAS, "Perangkat daerah yang didampingi", 10, "perangkat daerah")));
    private static final Work LEGAL_DRAFTER = work(
            rhk("CORE", null, "Tersusunnya rancangan peraturan daerah dan peraturan wali kota",
                    "Menyusun naskah rancangan; Membahas rancangan dengan perangkat daerah pemrakarsa",
                    more(KUANTITAS, "Rancangan peraturan yang disusun", 20, "dokumen"),
                    words(KUALITAS, "Mutu rancangan peraturan",
                            "Rancangan sesuai teknik penyusunan peraturan perundang-undangan dan lolos "
                                    + "harmonisasi")),
            rhk("QUALITY", null, "Terlaksananya telaahan hukum atas rancangan dari perangkat daerah",
                    "Menelaah rancangan; Memberikan catatan perbaikan",
                    words(KUALITAS, "Manfaat telaahan hukum",
                            "Setiap rancangan mendapat catatan tertulis paling lambat satu minggu setelah diterima")));
    private static final Work LEGAL_ANALYST = work(
            rhk("QUALITY", null, "Terlaksananya analisis dan pertimbangan hukum",
                    "Menelaah permasalahan hukum; Menyusun pendapat hukum",
                    more(KUANTITAS, "Telaahan dan pertimbangan hukum yang disusun", 24, "dokumen")),
            rhk("CORE", null, "Terlaksananya pendampingan perkara pemerintah daerah",
                    "Menyusun jawaban dan duplik; Menghadiri persidangan",
                    more(KUANTITAS, "Perkara yang didampingi", 6, "perkara")));
    private static final Work HR_CAREER = work(
            rhk("CORE", null, "Terlaksananya layanan kepegawaian kenaikan pangkat dan mutasi ASN",
                    "Memverifikasi berkas usulan kenaikan pangkat; Menyusun nota usul",
                    more(KUANTITAS, "Usulan kenaikan pangkat dan mutasi yang diverifikasi", 300, "usulan"),
                    less(WAKTU, "Rata-rata waktu verifikasi usulan", 3, "hari")),
            rhk("DATA", null, "Termutakhirnya data ASN pada SIASN",
                    "Memverifikasi usulan pemutakhiran data; Menyelesaikan data tidak sinkron",
                    more(KUANTITAS, "Data ASN yang dimutakhirkan", 500, "data")));
    private static final Work HR_DEVELOPMENT = work(
            rhk("CORE", null, "Terlaksananya fasilitasi pengembangan kompetensi ASN",
                    "Menyusun analisis kebutuhan pelatihan; Memfasilitasi pendaftaran pelatihan",
                    more(KUANTITAS, "ASN yang difasilitasi pengembangan kompetensinya", 400, "orang"),
                    more(KUANTITAS, "Laporan analisis kebutuhan pelatihan", 1, "dokumen")),
            rhk("QUALITY", null, "Terlaksananya uji kompetensi dan pemetaan talenta ASN",
                    "Menyiapkan instrumen uji kompetensi; Mengolah hasil asesmen",
                    more(KUANTITAS, "ASN yang mengikuti uji kompetensi", 100, "orang")));
    private static final Work HR_PERFORMANCE = work(
            rhk("CORE", null, "Terlaksananya layanan kepegawaian pendampingan penyusunan dan penetapan SKP",
                    "Memberikan bimbingan teknis penyusunan SKP; Memverifikasi SKP perangkat daerah",
                    more(KUANTITAS, "Perangkat daerah yang didampingi", 12, "perangkat daerah"),
                    more(KUALITAS, "Persentase SKP yang diverifikasi sesuai kaidah", 95, "%")),
            rhk("QUALITY", null, "Tersusunnya rekapitulasi evaluasi kinerja bulanan ASN",
                    "Menghimpun hasil evaluasi bulanan; Menyusun rekapitulasi",
                    more(KUANTITAS, "Rekapitulasi evaluasi kinerja bulanan", 12, "laporan"),
                    less(WAKTU, "Waktu penyusunan rekapitulasi setelah akhir bulan", 5, "hari")));
    private static final Work PERFORMANCE_IT = work(
            rhk("DATA", null, "Tersedianya aplikasi kinerja ASN yang andal",
                    "Memantau ketersediaan server; Memperbarui aplikasi",
                    more(KUALITAS, "Ketersediaan aplikasi kinerja", 99, "%"),
                    more(KUANTITAS, "Tiket gangguan yang diselesaikan", 120, "tiket"),
                    less(WAKTU, "Rata-rata waktu penyelesaian tiket", 1, "hari")),
            rhk("DATA", null, "Terlaksananya integrasi data kinerja dengan sistem nasional",
                    "Memetakan data yang dikirim; Menguji integrasi",
                    more(KUALITAS, "Persentase data kinerja yang terkirim tanpa galat", 98, "%")));
    private static final Work POPULATION_IT = work(
            rhk("DIGITAL", null, "Terpeliharanya jaringan dan perangkat layanan administrasi kependudukan",
                    "Memeriksa jaringan komunikasi data; Memelihara perangkat perekaman",
                    more(KUALITAS, "Ketersediaan jaringan komunikasi data SIAK", 99, "%"),
                    more(KUANTITAS, "Perangkat yang dipelihara", 40, "unit")),
            rhk("DATA", null, "Terlaksananya pencadangan database kependudukan",
                    "Melaksanakan pencadangan harian; Menguji pemulihan data",
                    more(KUANTITAS, "Pencadangan data yang berhasil", 365, "kali")));
    private static final Work POPULATION_DATABASE = work(
            rhk("DATA", null, "Termutakhirnya database kependudukan",
                    "Menganalisis data ganda; Melaksanakan konsolidasi data",
                    more(KUANTITAS, "Data ganda yang diselesaikan", 500, "data"),
                    more(KUALITAS, "Persentase data penduduk yang konsisten", 99, "%")),
            rhk("CORE", null, "Terlaksananya layanan pemanfaatan data kependudukan",
                    "Memproses permintaan hak akses; Menyusun laporan pemanfaatan",
                    more(KUANTITAS, "Permintaan hak akses yang diproses", 40, "permintaan"),
                    less(WAKTU, "Rata-rata waktu pemberian hak akses", 3, "hari")));
    private static final Work DOCTOR = work(
            rhk("CORE", null, "Terlaksananya pelayanan medis pasien rawat jalan",
                    "Melayani pasien poli umum; Melaksanakan pelayanan gawat darurat",
                    more(KUANTITAS, "Kunjungan pasien yang dilayani", 4800, "pasien"),
                    more(KUALITAS, "Persentase pelayanan medis sesuai SOP", 100, "%")),
            rhk("QUALITY", null, "Terlaksananya pelayanan medis sesuai standar mutu dan keselamatan pasien",
                    "Melaksanakan audit rekam medis; Membahas kasus sulit",
                    less(KUALITAS, "Rasio rujukan rawat jalan kasus non-spesialistik", 2, "%"),
                    more(KUALITAS, "Persentase rekam medis yang diisi lengkap", 100, "%")),
            rhk("MCH", null, "Terlaksananya pelayanan kesehatan luar gedung",
                    "Melaksanakan pelayanan di posyandu lansia; Melaksanakan pemeriksaan anak sekolah",
                    more(KUANTITAS, "Kegiatan pelayanan luar gedung", 24, "kegiatan")));
    private static final Work MEDICAL_QUALITY = work(
            rhk("QUALITY", null, "Terlaksananya pembinaan mutu pelayanan medis puskesmas",
                    "Menyusun panduan praktik klinis; Melaksanakan audit medis",
                    more(KUANTITAS, "Audit medis yang dilaksanakan", 4, "kegiatan"),
                    more(KUALITAS, "Persentase puskesmas yang menerapkan panduan praktik klinis", 100, "%")),
            rhk("CORE", null, "Terlaksananya telaah rujukan dan kasus kematian",
                    "Menelaah rujukan; Melaksanakan audit maternal perinatal",
                    more(KUANTITAS, "Telaahan kasus yang disusun", 12, "dokumen")));
    private static final Work DENTIST = work(
            rhk("CORE", null, "Terlaksananya pelayanan kesehatan gigi dan mulut",
                    "Melayani pasien poli gigi; Melaksanakan tindakan konservasi gigi",
                    more(KUANTITAS, "Kunjungan pasien gigi yang dilayani", 1800, "pasien"),
                    more(KUALITAS, "Persentase tindakan sesuai SOP", 100, "%")),
            rhk("MCH", null, "Terlaksananya usaha kesehatan gigi sekolah",
                    "Menyusun jadwal UKGS; Memeriksa gigi murid SD",
                    more(KUANTITAS, "Sekolah yang dilayani UKGS", 10, "sekolah")));
    private static final Work NURSE = work(
            rhk("CORE", null, "Terlaksananya asuhan keperawatan pasien",
                    "Melaksanakan pengkajian dan asuhan keperawatan; Mendokumentasikan asuhan",
                    more(KUANTITAS, "Pasien yang diberikan asuhan keperawatan", 2400, "pasien"),
                    more(KUALITAS, "Persentase dokumentasi asuhan keperawatan lengkap", 95, "%")),
            rhk("QUALITY", null, "Terlaksananya perawatan kesehatan masyarakat (Perkesmas)",
                    "Mengunjungi keluarga rawan; Menyusun laporan Perkesmas",
                    more(KUANTITAS, "Keluarga rawan yang dikunjungi", 60, "keluarga")));
    private static final Work MIDWIFE = work(
            rhk("MCH", null, "Terlaksananya pelayanan kesehatan ibu dan anak (KIA)",
                    "Melaksanakan pemeriksaan kehamilan; Melaksanakan kunjungan nifas dan neonatus",
                    more(KUANTITAS, "Ibu hamil yang mendapat pelayanan antenatal K6", 180, "orang"),
                    more(KUALITAS, "Persentase persalinan yang ditolong di fasilitas kesehatan", 100, "%")),
            rhk("MCH", null, "Terlaksananya pelayanan keluarga berencana",
                    "Melaksanakan konseling KB; Melayani akseptor KB",
                    more(KUANTITAS, "Akseptor KB yang dilayani", 120, "orang")),
            rhk("GIZI", null, "Terlaksananya imunisasi dan pemantauan tumbuh kembang balita di posyandu",
                    "Melaksanakan imunisasi di posyandu; Memantau pertumbuhan balita",
                    more(KUANTITAS, "Bayi yang mendapat imunisasi dasar lengkap", 150, "bayi")));
    private static final Work MCH_PROGRAMME = work(
            rhk("MCH", null, "Terlaksananya pembinaan pelayanan KIA di puskesmas",
                    "Menganalisis kohort ibu; Membina bidan puskesmas",
                    more(KUANTITAS, "Kegiatan pembinaan KIA ke puskesmas", 12, "kegiatan"),
                    more(KUALITAS, "Persentase puskesmas yang melaporkan PWS KIA tepat waktu", 100, "%")),
            rhk("MCH", null, "Terlaksananya audit maternal perinatal",
                    "Menghimpun kasus; Memfasilitasi pengkajian kasus",
                    more(KUANTITAS, "Kasus yang dikaji", 6, "kasus")));
    private static final Work PHARMACIST = work(
            rhk("CORE", null, "Terlaksananya pelayanan kefarmasian sesuai standar",
                    "Melayani resep; Memberikan konseling obat",
                    more(KUANTITAS, "Resep yang dilayani", 20000, "lembar"),
                    less(WAKTU, "Rata-rata waktu tunggu pelayanan resep non racikan", 15, "menit")),
            rhk("QUALITY", null, "Terkelolanya persediaan obat puskesmas",
                    "Menyusun LPLPO; Melaksanakan stock opname",
                    more(KUALITAS, "Persentase kesesuaian stok dengan kartu stok", 100, "%")));
    private static final Work PHARMACY_PROGRAMME = work(
            rhk("CORE", null, "Tersusunnya rencana kebutuhan obat dan bahan medis habis pakai",
                    "Menghimpun pemakaian obat; Menyusun rencana kebutuhan obat",
                    more(KUANTITAS, "Dokumen rencana kebutuhan obat", 1, "dokumen"),
                    more(KUALITAS, "Persentase kesesuaian perencanaan dengan pemakaian", 90, "%")),
            rhk("QUALITY", null, "Terlaksananya pembinaan sarana kefarmasian",
                    "Memeriksa apotek dan toko obat; Menyusun laporan pembinaan",
                    more(KUANTITAS, "Sarana kefarmasian yang diperiksa", 15, "sarana")));
    private static final Work PHARMACY_ASSISTANT = work(
            rhk("CORE", null, "Terlaksananya penyiapan dan penyerahan obat",
                    "Menyiapkan obat sesuai resep; Menyerahkan obat dengan informasi",
                    more(KUANTITAS, "Resep yang disiapkan", 18000, "lembar"),
                    more(KUALITAS, "Persentase penyerahan obat tanpa kesalahan", 100, "%")),
            rhk("QUALITY", null, "Tertatanya gudang obat puskesmas",
                    "Mencatat kartu stok; Memeriksa obat kedaluwarsa",
                    more(KUALITAS, "Persentase kesesuaian stok dengan kartu stok", 100, "%")));
    private static final Work LAB = work(
            rhk("CORE", null, "Terlaksananya pemeriksaan laboratorium kesehatan",
                    "Mengambil dan memeriksa spesimen; Mencatat hasil pemeriksaan",
                    more(KUANTITAS, "Pemeriksaan laboratorium", 3600, "pemeriksaan"),
                    less(WAKTU, "Rata-rata waktu tunggu hasil pemeriksaan", 60, "menit")),
            rhk("QUALITY", null, "Terlaksananya pemantapan mutu internal laboratorium",
                    "Mengkalibrasi alat; Mengikuti pemantapan mutu eksternal",
                    more(KUANTITAS, "Kegiatan pemantapan mutu", 12, "kegiatan")));
    private static final Work NUTRITIONIST = work(
            rhk("GIZI", null, "Terlaksananya pelayanan gizi dan pemantauan status gizi balita",
                    "Memantau penimbangan di posyandu; Memberikan konseling gizi",
                    more(KUANTITAS, "Balita yang dipantau pertumbuhannya", 1200, "balita"),
                    more(KUALITAS, "Persentase balita gizi kurang yang mendapat makanan tambahan", 100, "%")),
            rhk("GIZI", null, "Terlaksananya konseling gizi ibu hamil kurang energi kronis",
                    "Mengidentifikasi ibu hamil KEK; Memberikan konseling gizi",
                    more(KUANTITAS, "Ibu hamil KEK yang mendapat konseling", 40, "orang")));
    private static final Work NUTRITION_SURVEILLANCE = work(
            rhk("GIZI", null, "Terlaksananya surveilans gizi dan intervensi stunting",
                    "Memvalidasi data e-PPGBM; Menyusun laporan surveilans gizi",
                    more(KUANTITAS, "Laporan surveilans gizi", 12, "laporan"),
                    more(KUALITAS, "Persentase data balita yang valid", 95, "%")),
            rhk("GIZI", null, "Terlaksananya pendampingan tim percepatan penurunan stunting",
                    "Menyiapkan bahan rembuk stunting; Mendampingi kelurahan lokus",
                    more(KUANTITAS, "Kelurahan lokus yang didampingi", 10, "kelurahan")));
    private static final Work SANITARIAN = work(
            rhk("CORE", null, "Terlaksananya inspeksi kesehatan lingkungan",
                    "Menginspeksi tempat dan fasilitas umum; Memeriksa sarana air minum",
                    more(KUANTITAS, "Tempat dan fasilitas umum yang diinspeksi", 120, "TFU"),
                    more(KUANTITAS, "Sarana air minum yang diperiksa", 40, "sarana")),
            rhk("QUALITY", null, "Terlaksananya pemicuan sanitasi total berbasis masyarakat",
                    "Melaksanakan pemicuan di kelurahan; Memantau rumah tangga ber-jamban",
                    more(KUANTITAS, "Kegiatan pemicuan STBM", 8, "kegiatan")));
    private static final Work HEALTH_PROMOTER = work(
            rhk("PROMKES", null, "Terlaksananya penyuluhan kesehatan dan pemberdayaan masyarakat",
                    "Melaksanakan penyuluhan di posyandu; Membina kader kesehatan",
                    more(KUANTITAS, "Kegiatan penyuluhan", 48, "kegiatan"),
                    more(KUANTITAS, "Posyandu yang dibina", 20, "posyandu")),
            rhk("GIZI", null, "Terlaksananya kampanye gizi seimbang dan pencegahan stunting",
                    "Menyusun materi kampanye; Melaksanakan kampanye di kelurahan",
                    more(KUANTITAS, "Kampanye yang dilaksanakan", 12, "kegiatan")));
    private static final Work EPIDEMIOLOGIST = work(
            rhk("CORE", null, "Terlaksananya surveilans penyakit dan imunisasi",
                    "Mengolah laporan mingguan; Menganalisis PWS imunisasi",
                    more(KUANTITAS, "Laporan surveilans mingguan", 52, "laporan"),
                    more(WAKTU, "Persentase kejadian luar biasa yang direspons kurang dari 24 jam", 100, "%")),
            rhk("MCH", null, "Tersusunnya analisis kesehatan masyarakat",
                    "Menghimpun data program; Menyusun profil kesehatan",
                    more(KUANTITAS, "Dokumen analisis yang disusun", 4, "dokumen")));
    private static final Work HEALTH_ADMINISTRATOR = work(
            rhk("CORE", null, "Terlaksananya analisis dan pembinaan mutu pelayanan kesehatan",
                    "Menganalisis indikator mutu puskesmas; Melaksanakan kunjungan pembinaan",
                    more(KUANTITAS, "Laporan analisis mutu pelayanan", 4, "laporan"),
                    more(KUANTITAS, "Kegiatan pembinaan", 12, "kegiatan")),
            rhk("QUALITY", null, "Terlaksananya pengelolaan survei kepuasan masyarakat puskesmas",
                    "Menyusun kuesioner; Mengolah hasil survei",
                    more(KUANTITAS, "Survei kepuasan yang diolah", 2, "survei")));
    private static final Work TEACHER = work(
            rhk("LEARN", null, "Terlaksananya pembelajaran yang berpusat pada peserta didik",
                    "Melaksanakan pembelajaran sesuai modul ajar; Melaksanakan asesmen formatif",
                    more(KUANTITAS, "Jam tatap muka per minggu", 24, "jam pelajaran"),
                    more(KUALITAS, "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan "
                            + "pembelajaran", 80, "%")),
            rhk("LEARN", null, "Meningkatnya hasil belajar siswa",
                    "Melaksanakan remedial dan pengayaan; Menganalisis hasil asesmen",
                    more(KUALITAS, "Rata-rata nilai hasil belajar", 78, "nilai")),
            rhk("TEACHER", null, "Tersusunnya perangkat pembelajaran",
                    "Menyusun modul ajar semester genap; Menyusun instrumen asesmen",
                    more(KUANTITAS, "Modul ajar yang disusun", 12, "modul")));
    private static final Work SCHOOL_SUPERVISOR = work(
            rhk("LEARN", null, "Terlaksananya pendampingan peningkatan mutu pembelajaran di sekolah binaan",
                    "Menganalisis rapor pendidikan sekolah binaan; Mendampingi penyusunan rencana peningkatan mutu",
                    more(KUANTITAS, "Sekolah binaan yang didampingi", 10, "sekolah"),
                    words(KUALITAS, "Mutu pendampingan",
                            "Sekolah binaan menyusun dan melaksanakan rencana peningkatan mutu berbasis rapor "
                                    + "pendidikan")),
            rhk("SUPERVISION", null, "Terlaksananya supervisi manajerial kepala sekolah",
                    "Melaksanakan supervisi manajerial; Memberikan umpan balik tertulis",
                    words(KUALITAS, "Tindak lanjut supervisi",
                            "Seluruh kepala sekolah binaan mendapat umpan balik tertulis setiap semester")));

    // ---------------------------------------------------------------- additional results (tambahan)

    /** An additional result that fits the unit. */
    static Rhk additional(String unitCode, int pick) {
        List<Rhk> pool;
        if (unitCode.startsWith("DINKES")) {
            pool = List.of(
                    extra("Terlaksananya tugas sebagai anggota tim mutu dan keselamatan pasien",
                            "Mengikuti rapat tim mutu",
                            more(KUANTITAS, "Rapat dan audit mutu yang diikuti", 12, "kegiatan")),
                    extra("Terlaksananya pendampingan kegiatan posyandu di wilayah binaan",
                            "Mendampingi posyandu binaan",
                            more(KUANTITAS, "Kegiatan posyandu yang didampingi", 12, "kegiatan")));
        } else if (unitCode.startsWith("DISDIK")) {
            pool = List.of(
                    extra("Terlaksananya pembinaan kegiatan ekstrakurikuler", "Membina latihan ekstrakurikuler",
                            more(KUANTITAS, "Pertemuan ekstrakurikuler yang dibina", 32, "pertemuan")),
                    extra("Terlaksananya tugas sebagai wali kelas", "Menyusun catatan perkembangan peserta didik",
                            more(KUANTITAS, "Laporan perkembangan peserta didik", 2, "laporan")));
        } else if (unitCode.startsWith("DUKCAPIL")) {
            pool = List.of(
                    extra("Terlaksananya layanan administrasi kependudukan pada hari libur",
                            "Melayani pada layanan akhir pekan",
                            more(KUANTITAS, "Layanan akhir pekan yang diikuti", 6, "kegiatan")),
                    extra("Terlaksananya tugas sebagai anggota Tim Pembangunan Zona Integritas",
                            "Mengikuti rapat tim zona integritas",
                            more(KUANTITAS, "Kegiatan tim yang diikuti", 6, "kegiatan")));
        } else {
            pool = List.of(
                    extra("Terlaksananya tugas sebagai anggota Tim Pembangunan Zona Integritas",
                            "Mengikuti rapat tim zona integritas",
                            more(KUANTITAS, "Kegiatan tim yang diikuti", 6, "kegiatan")),
                    extra("Terkelolanya konten informasi publik unit kerja di media sosial",
                            "Menyusun konten informasi layanan",
                            more(KUANTITAS, "Konten informasi publik yang diunggah", 48, "konten")),
                    extra("Terlaksananya tugas sebagai narasumber kegiatan internal", "Menyiapkan materi",
                            more(KUANTITAS, "Kegiatan sebagai narasumber", 2, "kegiatan")));
        }
        return pool.get(Math.floorMod(pick, pool.size()));
    }
}
