package id.capaian.benchmark;

import id.capaian.organisation.Nip;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole city government for benchmarks and size tests, written straight into the database with set-based
 * inserts ({@code INSERT ... SELECT FROM unnest(arrays)}, 10,000 rows a statement), not through the services.
 *
 * <p>For 20,000 employees: a Sekretariat Daerah at the top, 40 OPD (Dinas Pendidikan with 720 schools under two
 * bidang, Dinas Kesehatan with 30 puskesmas of 3 sub-units each, 10 kecamatan with 8 kelurahan each, every OPD
 * with a sekretariat and 3 bidang of 3 seksi): 1,481 units. Every unit has a head who reports to the head of the
 * parent unit; staff report to their unit's head. Valid, unique PNS NIPs. One period with a signed agreement and
 * three IKU for the top unit and every OPD; plans for every head and 89% of the staff in mixed statuses, 3-5 RHK
 * each (linked to the own unit's IKU for OPD heads, to a superior's RHK for everyone else, about 3% left unlinked)
 * and 1-2 IKI per RHK. Smaller sizes keep the same shape with fewer and smaller OPD. Deterministic for a size.
 */
public final class PlanningDataset {

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** What was generated, with the ids a benchmark needs. */
    public record Result(long agencyId, long periodId, long rootUnitId, long largestOpdUnitId, String largestOpdName,
            int largestOpdEmployees, long adminEmployeeId, long headOfLargestOpdId, int employees, int units, int plans,
            int results, int indicators, int unitIndicators, long millis) {
    }

    private PlanningDataset() {
    }

    enum Kind {
        ROOT(10), OPD(2), SEKRETARIAT(10), BIDANG(2), SEKSI(6), SCHOOL(11), PUSKESMAS(6), PKM_SUB(10), KELURAHAN(6);

        final int staffWeight;

        Kind(int staffWeight) {
            this.staffWeight = staffWeight;
        }
    }

    static final class U {
        long id;
        Long parent;
        String code;
        String name;
        Kind kind;
        int opd = -1;
        long head;
        boolean agreement;
        List<Long> iku = new ArrayList<>();
        int staff;
    }

    static final class E {
        long id;
        String nip;
        String name;
        String frontTitle;
        String backTitle;
        long position;
        U unit;
        Long superior;
        boolean head;
        Long plan;
        String status;
        List<Long> mainResults = new ArrayList<>();
        int childCursor;
    }

    private static final String[] OPD = {
        "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Kependudukan dan Pencatatan Sipil",
        "Badan Kepegawaian dan Pengembangan SDM", "Badan Perencanaan Pembangunan Daerah",
        "Badan Pengelolaan Keuangan dan Aset Daerah", "Inspektorat Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas Sosial", "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Penanaman Modal dan PTSP",
        "Dinas Koperasi, UKM dan Perdagangan", "Dinas Pertanian dan Pangan", "Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Komunikasi dan Informatika", "Dinas Pemuda dan Olahraga", "Dinas Pariwisata", "Dinas Tenaga Kerja",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Pengendalian Penduduk dan KB",
        "Dinas Kearsipan dan Perpustakaan", "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah",
        "Badan Kesatuan Bangsa dan Politik", "Sekretariat DPRD", "Dinas Perikanan", "Dinas Pemadam Kebakaran",
        "Rumah Sakit Umum Daerah", "Badan Pendapatan Daerah"};
    private static final String[] KECAMATAN = {"Siantar Barat", "Siantar Timur", "Siantar Utara", "Siantar Selatan",
        "Siantar Marihat", "Siantar Martoba", "Siantar Sitalasari", "Siantar Marimbun", "Pariaman Tengah", "Pariaman Utara"};
    private static final String[] FIRST = {"Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nur", "Hendra", "Rina", "Agus",
        "Sri", "Yusuf", "Fitri", "Andi", "Lestari", "Joko", "Ratna", "Hasan", "Maya", "Rudi", "Indah", "Fajar", "Wulan",
        "Taufik", "Yuni", "Irwan", "Putri", "Doni", "Ayu", "Heru", "Novi", "Rizki", "Sari", "Bambang", "Desi", "Arif",
        "Mega", "Eko", "Tuti", "Ilham", "Rosmawati"};
    private static final String[] LAST = {"Siregar", "Nasution", "Harahap", "Lubis", "Sitorus", "Simanjuntak", "Saragih",
        "Damanik", "Purba", "Sinaga", "Putra", "Wijaya", "Hidayat", "Santoso", "Pratama", "Saputra", "Rahayu", "Kurniawan",
        "Syahputra", "Batubara", "Tanjung", "Pohan", "Hutagalung", "Panjaitan", "Manurung", "Situmorang", "Ginting",
        "Tarigan", "Sembiring", "Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Caniago", "Rangkuti",
        "Daulay", "Matondang", "Hasibuan"};
    private static final String[][] IKU = {
        {"Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "82", "indeks"},
        {"Meningkatnya akuntabilitas kinerja", "Nilai SAKIP perangkat daerah", "75", "nilai"},
        {"Terlaksananya program prioritas daerah", "Persentase program prioritas yang terlaksana", "100", "%"},
    };
    private static final String[][] IKI = {
        {"KUANTITAS", "Jumlah layanan yang diselesaikan", "1200", "layanan"},
        {"KUALITAS", "Persentase layanan sesuai standar", "95", "%"},
        {"WAKTU", "Rata-rata waktu penyelesaian", "3", "hari"},
        {"KUANTITAS", "Jumlah laporan yang disusun", "12", "laporan"},
        {"KUALITAS", "Indeks kepuasan pengguna layanan", "82", "indeks"},
        {"KUANTITAS", "Jumlah kegiatan yang terlaksana", "24", "kegiatan"},
    };
    private static final String[] RESULT = {"Terlaksananya pelayanan %s sesuai standar",
        "Tersusunnya laporan kinerja %s tepat waktu", "Meningkatnya kualitas layanan %s",
        "Terkelolanya administrasi %s", "Tercapainya target program %s", "Terlaksananya pembinaan %s"};

    /** Generates the agency; {@code employees} from 10 up (the shape is that of a city from about 2,000 on). */
    public static Result generate(JdbcTemplate jdbc, int employees, int year) {
        return jdbc.execute((ConnectionCallback<Result>) con -> {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false);
            try {
                Result r = new Generator(con, employees, year, RUNS.getAndIncrement()).run();
                con.commit();
                try (Statement st = con.createStatement()) {
                    con.setAutoCommit(true);
                    for (String t : List.of("org_unit", "position", "employee", "performance_period", "unit_agreement",
                            "unit_indicator", "performance_plan", "planned_result", "result_indicator",
                            "behaviour_expectation", "plan_event")) {
                        st.execute("ANALYZE " + t);
                    }
                }
                return r;
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(auto);
            }
        });
    }

    private static final class Generator {
        final Connection con;
        final int n;
        final int year;
        final int salt;
        final Random random;
        final List<U> units = new ArrayList<>();
        final List<E> people = new ArrayList<>();
        final Map<String, Long> positions = new HashMap<>();
        long agency;
        long period;

        Generator(Connection con, int n, int year, int salt) {
            this.con = con;
            this.n = n;
            this.year = year;
            this.salt = salt;
            this.random = new Random(n * 31L + salt);
        }

        Result run() throws SQLException {
            long start = System.nanoTime();
            agency = single("INSERT INTO agency (code, name, kind) VALUES ('BM" + salt + "-" + (System.nanoTime() % 1_000_000_000L)
                    + "', 'Pemerintah Kota Tolok Ukur " + n + "', 'CITY') RETURNING id");
            period = single("INSERT INTO performance_period (agency_id, year, scheme, plan_deadline, opened_by) VALUES ("
                    + agency + ", " + year + ", 'QUARTERLY', '" + LocalDate.of(year, 1, 31) + "', 'benchmark') RETURNING id");
            positions();
            tree();
            staffing();
            storeUnitsAndPeople();
            agreements();
            int[] counts = plans();
            U largest = null;
            int largestSize = -1;
            Map<Long, Integer> perOpd = new HashMap<>();
            Map<Long, U> byId = new HashMap<>();
            units.forEach(u -> byId.put(u.id, u));
            for (E e : people) {
                U u = e.unit;
                while (u != null && u.kind != Kind.OPD) {
                    u = u.parent == null ? null : byId.get(u.parent);
                }
                if (u != null) {
                    perOpd.merge(u.id, 1, Integer::sum);
                }
            }
            for (U u : units) {
                if (u.kind == Kind.OPD && perOpd.getOrDefault(u.id, 0) > largestSize) {
                    largest = u;
                    largestSize = perOpd.get(u.id);
                }
            }
            // the administrator: someone on the staff of the BKPSDM (or of the top unit in small datasets)
            U hr = units.stream().filter(u -> u.kind == Kind.OPD && u.opd == 3).findFirst().orElse(units.get(0));
            E admin = people.stream().filter(e -> !e.head && isBelow(e.unit, hr, byId)).findFirst()
                    .orElse(people.stream().filter(e -> !e.head).findFirst().orElseThrow());
            U top = largest == null ? units.get(0) : largest;
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(agency, period, units.get(0).id, top.id, top.name, largest == null ? n : largestSize, admin.id,
                    top.head, people.size(), units.size(), counts[0], counts[1], counts[2], counts[3], millis);
        }

        private static boolean isBelow(U u, U ancestor, Map<Long, U> byId) {
            for (U x = u; x != null; x = x.parent == null ? null : byId.get(x.parent)) {
                if (x == ancestor) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ organisation

        void positions() throws SQLException {
            String[][] list = {
                {"SEKDA", "Sekretaris Daerah", "JPT", null, "16"}, {"KADIS", "Kepala Perangkat Daerah", "JPT", null, "14"},
                {"CAMAT", "Camat", "ADMINISTRATOR", null, "11"}, {"SEKDIS", "Sekretaris Dinas", "ADMINISTRATOR", null, "11"},
                {"KABID", "Kepala Bidang", "ADMINISTRATOR", null, "11"}, {"KASI", "Kepala Seksi", "PENGAWAS", null, "9"},
                {"LURAH", "Lurah", "PENGAWAS", null, "9"}, {"KAPUS", "Kepala Puskesmas", "PENGAWAS", null, "9"},
                {"KATU", "Kepala Subbagian Tata Usaha Puskesmas", "PENGAWAS", null, "9"},
                {"KEPSEK", "Guru Ahli Madya (Kepala Sekolah)", "FUNGSIONAL", "AHLI_MADYA", "11"},
                {"GURU1", "Guru Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
                {"GURU2", "Guru Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "9"},
                {"PERAWAT", "Perawat Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
                {"BIDAN", "Bidan Terampil", "FUNGSIONAL", "TERAMPIL", "7"},
                {"DOKTER", "Dokter Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "9"},
                {"ANALIS", "Analis SDM Aparatur Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
                {"PERENCANA", "Perencana Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
                {"ADMINDUK", "Administrator Database Kependudukan Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
                {"PENGADM", "Pengadministrasi Perkantoran", "PELAKSANA", null, "6"},
                {"PENATA", "Penata Layanan Operasional", "PELAKSANA", null, "7"},
                {"PENGDATA", "Pengelola Data dan Informasi", "PELAKSANA", null, "6"},
                {"OPERATOR", "Operator Layanan Operasional", "PELAKSANA", null, "5"},
            };
            List<Object[]> rows = new ArrayList<>();
            for (String[] p : list) {
                long id = nextIds("position", 1)[0];
                positions.put(p[0], id);
                rows.add(new Object[] {id, agency, p[0], p[1], p[2], p[3], Integer.valueOf(p[4])});
            }
            insert("position", new String[] {"id", "agency_id", "code", "name", "kind", "jf_level", "class_grade"},
                    new String[] {"int8", "int8", "varchar", "varchar", "varchar", "varchar", "int4"}, rows);
        }

        U unit(Long parent, String code, String name, Kind kind, int opd) {
            U u = new U();
            u.parent = parent;
            u.code = code;
            u.name = name;
            u.kind = kind;
            u.opd = opd;
            units.add(u);
            return u;
        }

        void tree() throws SQLException {
            double scale = n / 20_000.0;
            boolean city = n >= 2_000;
            int opds = Math.max(1, Math.min(40, (int) Math.round(n / 500.0)));
            int kecamatan = city ? Math.min(10, opds / 4) : 0;
            int bidang = city ? 3 : 1;
            int seksi = city ? 3 : 1;
            U root = unit(null, "1", "Sekretariat Daerah", Kind.ROOT, -1);
            root.agreement = true;
            int nonKecamatan = opds - kecamatan;
            for (int o = 0; o < opds; o++) {
                boolean isKecamatan = o >= nonKecamatan;
                String name = isKecamatan ? "Kecamatan " + KECAMATAN[(o - nonKecamatan) % KECAMATAN.length]
                        : OPD[o % OPD.length] + (o >= OPD.length ? " " + (o / OPD.length + 1) : "");
                String code = "1." + String.format("%02d", o + 1);
                U opd = unit(null, code, name, Kind.OPD, o);
                opd.agreement = true;
                unit(null, code + ".01", "Sekretariat " + shortName(name), Kind.SEKRETARIAT, o);
                for (int b = 0; b < bidang; b++) {
                    String bcode = code + "." + String.format("%02d", b + 2);
                    String bname = bidangName(o, b, isKecamatan) + " " + shortName(name);
                    unit(null, bcode, bname, Kind.BIDANG, o);
                    for (int s = 0; s < seksi; s++) {
                        unit(null, bcode + "." + String.format("%02d", s + 1), "Seksi " + (s + 1) + " " + bname, Kind.SEKSI, o);
                    }
                    if (o == 0 && opds > 1 && b < 2) {
                        int schools = (int) Math.round((b == 0 ? 560 : 160) * scale);
                        for (int s = 0; s < schools; s++) {
                            unit(null, bcode + "." + String.format("%03d", s + 10),
                                    (b == 0 ? "SD Negeri " : "SMP Negeri ") + (s + 1), Kind.SCHOOL, o);
                        }
                    }
                    if (o == 1 && opds > 1 && b == 0) {
                        int puskesmas = (int) Math.round(30 * scale);
                        for (int p = 0; p < puskesmas; p++) {
                            String pcode = bcode + "." + String.format("%03d", p + 10);
                            String pname = "Puskesmas " + (p + 1);
                            unit(null, pcode, pname, Kind.PUSKESMAS, o);
                            if (city) {
                                unit(null, pcode + ".1", "Tata Usaha " + pname, Kind.PKM_SUB, o);
                                unit(null, pcode + ".2", "Upaya Kesehatan Perorangan " + pname, Kind.PKM_SUB, o);
                                unit(null, pcode + ".3", "Upaya Kesehatan Masyarakat " + pname, Kind.PKM_SUB, o);
                            }
                        }
                    }
                }
                if (isKecamatan && city) {
                    for (int k = 0; k < 8; k++) {
                        unit(null, code + "." + String.format("%02d", k + 50), "Kelurahan " + (k + 1) + " " + name.substring(10),
                                Kind.KELURAHAN, o);
                    }
                }
            }
            // ids and parents: a unit's parent is the nearest earlier unit whose code is a prefix of its code
            long[] ids = nextIds("org_unit", units.size());
            Map<String, U> byCode = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                U u = units.get(i);
                u.id = ids[i];
                if (i > 0) {
                    String parentCode = u.code.substring(0, u.code.lastIndexOf('.'));
                    u.parent = byCode.get(parentCode).id;
                }
                byCode.put(u.code, u);
            }
            if (units.size() * 2 > n) {
                throw new IllegalArgumentException(n + " employees are too few for " + units.size() + " units");
            }
        }

        private static String shortName(String name) {
            return name.replaceFirst("^(Dinas|Badan|Kecamatan|Satuan|Sekretariat|Rumah Sakit Umum|Inspektorat) ", "");
        }

        private static String bidangName(int opd, int b, boolean kecamatan) {
            if (kecamatan) {
                return new String[] {"Seksi Pemerintahan", "Seksi Pelayanan Umum", "Seksi Pemberdayaan Masyarakat"}[b % 3];
            }
            if (opd == 0) {
                return new String[] {"Bidang Pembinaan SD", "Bidang Pembinaan SMP", "Bidang GTK"}[b % 3];
            }
            if (opd == 1) {
                return new String[] {"Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat", "Bidang P2P"}[b % 3];
            }
            return "Bidang " + (b + 1);
        }

        void staffing() throws SQLException {
            int staff = n - units.size();
            int total = units.stream().mapToInt(u -> u.kind.staffWeight).sum();
            int given = 0;
            for (U u : units) {
                u.staff = (int) ((long) staff * u.kind.staffWeight / total);
                given += u.staff;
            }
            for (int i = 0; given < staff; i = (i + 1) % units.size()) {
                units.get(i).staff++;
                given++;
            }
            Map<Long, U> byId = new HashMap<>();
            units.forEach(u -> byId.put(u.id, u));
            long[] ids = nextIds("employee", n);
            int next = 0;
            // heads first, in tree order, so that every superior is stored before the people reporting to them
            Map<Long, E> heads = new HashMap<>();
            for (U u : units) {
                E e = person(ids[next++], u, true);
                e.position = positions.get(headPosition(u));
                e.superior = u.parent == null ? null : heads.get(u.parent).id;
                u.head = e.id;
                heads.put(u.id, e);
            }
            for (U u : units) {
                for (int s = 0; s < u.staff; s++) {
                    E e = person(ids[next++], u, false);
                    e.position = positions.get(staffPosition(u, s));
                    e.superior = u.head;
                }
            }
        }

        private E person(long id, U unit, boolean head) {
            int i = people.size();
            E e = new E();
            e.id = id;
            e.unit = unit;
            e.head = head;
            e.name = FIRST[(i * 7 + i / 40) % FIRST.length] + " " + LAST[(i * 13 + i / 1600) % LAST.length];
            if (unit.kind == Kind.PUSKESMAS || unit.kind == Kind.PKM_SUB) {
                e.frontTitle = i % 5 == 0 ? "dr." : null;
                e.backTitle = i % 5 == 0 ? null : "A.Md.Kep.";
            } else if (unit.kind == Kind.SCHOOL) {
                e.backTitle = "S.Pd.";
            } else if (head) {
                e.backTitle = i % 2 == 0 ? "S.E., M.Si." : "S.Sos.";
            }
            // PNS NIP: birth yyyymmdd, appointment yyyymm, sex, sequence; unique per dataset through the birth date
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(salt * 100L + i / 999);
            LocalDate appointed = birth.plusYears(23).plusMonths(i % 7);
            e.nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                    appointed.getYear(), appointed.getMonthValue(), 1 + i % 2, 1 + i % 999);
            if (!Nip.check(e.nip).valid()) {
                throw new IllegalStateException("invalid NIP " + e.nip + ": " + Nip.check(e.nip).errorCode());
            }
            people.add(e);
            return e;
        }

        private static String headPosition(U u) {
            return switch (u.kind) {
                case ROOT -> "SEKDA";
                case OPD -> u.name.startsWith("Kecamatan") ? "CAMAT" : "KADIS";
                case SEKRETARIAT -> "SEKDIS";
                case BIDANG -> u.name.startsWith("Seksi") ? "KASI" : "KABID";
                case SEKSI -> "KASI";
                case SCHOOL -> "KEPSEK";
                case PUSKESMAS -> "KAPUS";
                case PKM_SUB -> "KATU";
                case KELURAHAN -> "LURAH";
            };
        }

        private static String staffPosition(U u, int s) {
            return switch (u.kind) {
                case SCHOOL -> s % 10 == 9 ? "OPERATOR" : s % 3 == 0 ? "GURU2" : "GURU1";
                case PUSKESMAS, PKM_SUB -> new String[] {"PERAWAT", "BIDAN", "PERAWAT", "DOKTER", "PENGADM"}[s % 5];
                default -> u.opd == 2 && s % 3 == 0 ? "ADMINDUK" : u.opd == 3 && s % 3 == 0 ? "ANALIS"
                        : u.opd == 4 && s % 3 == 0 ? "PERENCANA"
                        : new String[] {"PENGADM", "PENATA", "PENGDATA", "OPERATOR"}[s % 4];
            };
        }

        void storeUnitsAndPeople() throws SQLException {
            List<Object[]> unitRows = new ArrayList<>();
            for (U u : units) {
                unitRows.add(new Object[] {u.id, agency, u.parent, u.code, u.name});
            }
            insert("org_unit", new String[] {"id", "agency_id", "parent_id", "code", "name"},
                    new String[] {"int8", "int8", "int8", "varchar", "varchar"}, unitRows);
            List<Object[]> rows = new ArrayList<>();
            for (E e : people) {
                rows.add(new Object[] {e.id, agency, e.nip, e.name, e.frontTitle, e.backTitle, "PNS",
                        e.head ? "IV/a" : "III/b", e.position, e.unit.id, e.superior});
            }
            insert("employee", new String[] {"id", "agency_id", "nip", "name", "front_title", "back_title", "asn_type",
                "rank_grade", "position_id", "unit_id", "superior_id"},
                    new String[] {"int8", "int8", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "int8",
                        "int8", "int8"}, rows);
            try (PreparedStatement ps = con.prepareStatement(
                    "UPDATE org_unit u SET head_employee_id = x.h FROM unnest(?::int8[], ?::int8[]) AS x(id, h) WHERE u.id = x.id")) {
                ps.setArray(1, con.createArrayOf("int8", units.stream().map(u -> u.id).toArray()));
                ps.setArray(2, con.createArrayOf("int8", units.stream().map(u -> u.head).toArray()));
                ps.executeUpdate();
            }
        }

        void agreements() throws SQLException {
            List<U> signed = units.stream().filter(u -> u.agreement).toList();
            long[] ids = nextIds("unit_agreement", signed.size());
            long[] ikuIds = nextIds("unit_indicator", signed.size() * IKU.length);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> ikus = new ArrayList<>();
            for (int i = 0; i < signed.size(); i++) {
                U u = signed.get(i);
                rows.add(new Object[] {ids[i], agency, period, u.id, "SIGNED", u.head});
                for (int k = 0; k < IKU.length; k++) {
                    long id = ikuIds[i * IKU.length + k];
                    u.iku.add(id);
                    ikus.add(new Object[] {id, agency, ids[i], IKU[k][0], IKU[k][1] + " " + shortName(u.name),
                            new BigDecimal(IKU[k][2]), IKU[k][3], k + 1});
                }
            }
            insert("unit_agreement", new String[] {"id", "agency_id", "period_id", "unit_id", "status", "signed_by"},
                    new String[] {"int8", "int8", "int8", "int8", "varchar", "int8"}, rows);
            insert("unit_indicator", new String[] {"id", "agency_id", "agreement_id", "goal", "name", "target_value",
                "target_unit", "ordinal"},
                    new String[] {"int8", "int8", "int8", "varchar", "varchar", "numeric", "varchar", "int4"}, ikus);
        }

        // ------------------------------------------------------------ plans

        int[] plans() throws SQLException {
            Map<Long, E> byId = new HashMap<>();
            people.forEach(e -> byId.put(e.id, e));
            List<E> planned = new ArrayList<>();
            for (E e : people) {
                if (e.head || random.nextDouble() < 0.89) {
                    planned.add(e);
                }
            }
            long[] planIds = nextIds("performance_plan", planned.size());
            List<Object[]> planRows = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                E e = planned.get(i);
                e.plan = planIds[i];
                double r = random.nextDouble();
                e.status = r < 0.62 ? "APPROVED" : r < 0.78 ? "SUBMITTED" : r < 0.94 ? "DRAFT" : "RETURNED";
                planRows.add(new Object[] {e.plan, agency, period, e.id, e.unit.id, e.position, e.superior, e.status});
            }
            insert("performance_plan", new String[] {"id", "agency_id", "period_id", "employee_id", "unit_id", "position_id",
                "appraiser_id", "status"}, new String[] {"int8", "int8", "int8", "int8", "int8", "int8", "int8", "varchar"},
                    planRows);
            exec("UPDATE performance_plan SET submitted_at = now() - interval '300 days',"
                    + " approved_at = CASE WHEN status = 'APPROVED' THEN now() - interval '290 days' END,"
                    + " approved_by = CASE WHEN status = 'APPROVED' THEN appraiser_id END"
                    + " WHERE agency_id = " + agency + " AND status IN ('APPROVED', 'SUBMITTED')");
            exec("INSERT INTO behaviour_expectation (plan_id, value_code) SELECT p.id, v FROM performance_plan p CROSS JOIN"
                    + " unnest(ARRAY['BERORIENTASI_PELAYANAN','AKUNTABEL','KOMPETEN','HARMONIS','LOYAL','ADAPTIF','KOLABORATIF']) v"
                    + " WHERE p.agency_id = " + agency);
            exec("INSERT INTO plan_event (agency_id, plan_id, actor, action, revision) SELECT agency_id, id, 'benchmark',"
                    + " 'CREATED', 0 FROM performance_plan WHERE agency_id = " + agency);

            // RHK: heads of units with an agreement link to their IKU, everyone else to a superior's RHK
            int resultCount = 0;
            int[] perPlan = new int[planned.size()];
            for (int i = 0; i < planned.size(); i++) {
                perPlan[i] = 3 + random.nextInt(3);
                resultCount += perPlan[i];
            }
            long[] resultIds = nextIds("planned_result", resultCount);
            List<Object[]> results = new ArrayList<>(resultCount);
            List<Object[]> indicators = new ArrayList<>(resultCount * 2);
            int next = 0;
            for (int i = 0; i < planned.size(); i++) {
                E e = planned.get(i);
                E superior = e.superior == null ? null : byId.get(e.superior);
                boolean headOfAgreementUnit = e.head && e.unit.agreement;
                // units whose third IKU nobody takes up, for realistic gaps
                int ikuUsed = e.unit.opd % 7 == 3 ? 2 : IKU.length;
                for (int j = 0; j < perPlan[i]; j++) {
                    long id = resultIds[next++];
                    boolean main = j < 3 || random.nextDouble() < 0.7;
                    Long parent = null;
                    Long iku = null;
                    if (main && random.nextDouble() >= 0.03) {
                        if (headOfAgreementUnit) {
                            iku = e.unit.iku.get(j % ikuUsed);
                        } else if (superior != null && superior.plan != null && !superior.mainResults.isEmpty()) {
                            // one superior in six leaves their last main RHK to nobody: a realistic gap
                            int targets = superior.id % 6 == 0 && superior.mainResults.size() > 1
                                    ? superior.mainResults.size() - 1 : superior.mainResults.size();
                            parent = superior.mainResults.get(superior.childCursor++ % targets);
                        }
                    }
                    if (main) {
                        e.mainResults.add(id);
                    }
                    String what = shortName(e.unit.name);
                    results.add(new Object[] {id, agency, e.plan, main ? "UTAMA" : "TAMBAHAN",
                            String.format(RESULT[(i + j) % RESULT.length], what), parent, iku, j + 1});
                    int iki = 1 + random.nextInt(2);
                    for (int k = 0; k < iki; k++) {
                        String[] t = IKI[(i + j + k) % IKI.length];
                        indicators.add(new Object[] {agency, id, t[0], t[1], "NUMBER", new BigDecimal(t[2]), t[3],
                                t[0].equals("WAKTU") ? "LOWER" : "HIGHER", k + 1});
                    }
                }
            }
            insert("planned_result", new String[] {"id", "agency_id", "plan_id", "kind", "statement", "parent_result_id",
                "unit_indicator_id", "ordinal"},
                    new String[] {"int8", "int8", "int8", "varchar", "varchar", "int8", "int8", "int4"}, results);
            insert("result_indicator", new String[] {"agency_id", "result_id", "aspect", "name", "target_kind",
                "target_value", "target_unit", "direction", "ordinal"},
                    new String[] {"int8", "int8", "varchar", "varchar", "varchar", "numeric", "varchar", "varchar", "int4"},
                    indicators);
            int ikuCount = (int) units.stream().filter(u -> u.agreement).count() * IKU.length;
            return new int[] {planned.size(), results.size(), indicators.size(), ikuCount};
        }

        // ------------------------------------------------------------ SQL helpers

        long single(String sql) throws SQLException {
            try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void exec(String sql) throws SQLException {
            try (Statement st = con.createStatement()) {
                st.execute(sql);
            }
        }

        /** Reserves ids from the table's own sequence, so that rows can refer to each other before they are stored. */
        long[] nextIds(String table, int count) throws SQLException {
            long[] ids = new long[count];
            if (count == 0) {
                return ids;
            }
            try (PreparedStatement ps = con.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                ps.setString(1, table);
                ps.setInt(2, count);
                try (ResultSet rs = ps.executeQuery()) {
                    int i = 0;
                    while (rs.next()) {
                        ids[i++] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }

        /** {@code INSERT INTO table (columns) SELECT * FROM unnest(array per column)}, 10,000 rows a statement. */
        void insert(String table, String[] columns, String[] types, List<Object[]> rows) throws SQLException {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns)).append(") SELECT * FROM unnest(");
            for (int c = 0; c < columns.length; c++) {
                sql.append(c == 0 ? "" : ", ").append("?::").append(types[c]).append("[]");
            }
            sql.append(")");
            int chunk = 10_000;
            try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
                for (int from = 0; from < rows.size(); from += chunk) {
                    List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
                    for (int c = 0; c < columns.length; c++) {
                        Object[] values = new Object[part.size()];
                        for (int r = 0; r < part.size(); r++) {
                            Object v = part.get(r)[c];
                            values[r] = v instanceof BigDecimal d ? d.toPlainString() : v;
                        }
                        // numbers travel as text and are cast by the statement
                        Array array = con.createArrayOf(types[c].equals("numeric") ? "varchar" : types[c], values);
                        ps.setArray(c + 1, array);
                    }
                    ps.executeUpdate();
                }
            }
        }
    }
}
