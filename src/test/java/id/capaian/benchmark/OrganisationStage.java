package id.capaian.benchmark;

import id.capaian.benchmark.DatasetContext.PositionRow;
import id.capaian.benchmark.DatasetContext.UnitRow;
import id.capaian.benchmark.NationalDataset.UnitKind;
import id.capaian.organisation.Nip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The agency, its unit tree, positions, employees with their reporting lines, and their appointment history. */
final class OrganisationStage implements DatasetStage {

    static final String[] OPD = {
        "Badan Kepegawaian dan Pengembangan SDM", "Dinas Kependudukan dan Pencatatan Sipil",
        "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah", "Inspektorat Daerah",
        "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial", "Dinas Perhubungan", "Dinas Lingkungan Hidup",
        "Dinas Penanaman Modal dan PTSP", "Dinas Koperasi, UKM dan Perdagangan", "Dinas Pertanian dan Pangan",
        "Dinas Perumahan dan Kawasan Permukiman", "Dinas Komunikasi dan Informatika", "Dinas Pemuda dan Olahraga",
        "Dinas Pariwisata", "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        "Dinas Pengendalian Penduduk dan KB", "Dinas Kearsipan dan Perpustakaan", "Satuan Polisi Pamong Praja",
        "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik", "Sekretariat DPRD", "Dinas Perikanan",
        "Dinas Pemadam Kebakaran", "Badan Pendapatan Daerah", "Dinas Ketahanan Pangan", "Dinas Perindustrian",
        "Dinas Energi dan Sumber Daya Mineral"};
    static final String[] BAGIAN = {"Bagian Tata Pemerintahan", "Bagian Hukum", "Bagian Organisasi",
        "Bagian Perekonomian", "Bagian Umum", "Bagian Pengadaan Barang dan Jasa"};
    static final String[] BIDANG = {"Bidang Perencanaan dan Program", "Bidang Pelayanan", "Bidang Pengendalian dan Evaluasi"};
    static final String[] SUBBAG = {"Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan"};
    static final String[] PLACES = {"Siantar", "Pariaman", "Sukamaju", "Sumber Rejo", "Tanjung", "Air Hitam", "Batu Ampar",
        "Sungai Baru", "Koto Tangah", "Lubuk Begalung", "Bukit Raya", "Tebing Tinggi", "Padang Sidempuan", "Mekar Jaya",
        "Karang Anyar", "Sidomulyo", "Talang Kelapa", "Muara Enim", "Rantau Prapat", "Kampung Baru"};
    static final String[] FIRST = {"Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nur", "Hendra", "Rina", "Agus", "Sri", "Yusuf",
        "Fitri", "Andi", "Lestari", "Joko", "Ratna", "Hasan", "Maya", "Rudi", "Indah", "Fajar", "Wulan", "Taufik", "Yuni",
        "Irwan", "Putri", "Doni", "Ayu", "Heru", "Novi", "Rizki", "Sari", "Bambang", "Desi", "Arif", "Mega", "Eko", "Tuti",
        "Ilham", "Rosmawati", "Made", "Ketut", "Wayan", "Nyoman", "Yohanes", "Maria", "Samuel", "Agnes", "Muhammad", "Aisyah"};
    static final String[] LAST = {"Siregar", "Nasution", "Harahap", "Lubis", "Sitorus", "Simanjuntak", "Saragih", "Damanik",
        "Purba", "Sinaga", "Putra", "Wijaya", "Hidayat", "Santoso", "Pratama", "Saputra", "Rahayu", "Kurniawan", "Syahputra",
        "Batubara", "Tanjung", "Pohan", "Hutagalung", "Panjaitan", "Manurung", "Situmorang", "Ginting", "Tarigan",
        "Sembiring", "Chaniago", "Piliang", "Koto", "Sikumbang", "Jambak", "Rangkuti", "Daulay", "Matondang", "Hasibuan",
        "Suparman", "Wibowo", "Setiawan", "Gunawan", "Susanto", "Halim", "Mahendra", "Sudirman", "Pangaribuan", "Tambunan"};

    /** code, name, kind, JF level, class grade */
    static final String[][] POSITIONS = {
        {"SEKDA", "Sekretaris Daerah", "JPT", null, "16"},
        {"KADIS", "Kepala Perangkat Daerah", "JPT", null, "14"},
        {"DIRRS", "Direktur Rumah Sakit Umum Daerah", "JPT", null, "14"},
        {"KABAG", "Kepala Bagian", "ADMINISTRATOR", null, "11"},
        {"SEKDIS", "Sekretaris Perangkat Daerah", "ADMINISTRATOR", null, "11"},
        {"KABID", "Kepala Bidang", "ADMINISTRATOR", null, "11"},
        {"CAMAT", "Camat", "ADMINISTRATOR", null, "11"},
        {"KASI", "Kepala Seksi", "PENGAWAS", null, "9"},
        {"KASUBBAG", "Kepala Subbagian", "PENGAWAS", null, "9"},
        {"LURAH", "Lurah", "PENGAWAS", null, "9"},
        {"KAPUS", "Kepala Puskesmas", "PENGAWAS", null, "9"},
        {"KATU", "Kepala Subbagian Tata Usaha Puskesmas", "PENGAWAS", null, "9"},
        {"KEPSEK", "Guru Ahli Madya (Kepala Sekolah)", "FUNGSIONAL", "AHLI_MADYA", "11"},
        {"GURU1", "Guru Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
        {"GURU2", "Guru Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "9"},
        {"GURU3", "Guru Ahli Madya", "FUNGSIONAL", "AHLI_MADYA", "11"},
        {"PERAWAT1", "Perawat Terampil", "FUNGSIONAL", "TERAMPIL", "7"},
        {"PERAWAT2", "Perawat Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
        {"BIDAN", "Bidan Terampil", "FUNGSIONAL", "TERAMPIL", "7"},
        {"DOKTER1", "Dokter Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "9"},
        {"DOKTER2", "Dokter Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "11"},
        {"APOTEKER", "Apoteker Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
        {"ANALIS", "Analis SDM Aparatur Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "8"},
        {"PERENCANA", "Perencana Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "9"},
        {"PRAKOM", "Pranata Komputer Mahir", "FUNGSIONAL", "MAHIR", "7"},
        {"ARSIPARIS", "Arsiparis Terampil", "FUNGSIONAL", "TERAMPIL", "6"},
        {"PENGADM", "Pengadministrasi Perkantoran", "PELAKSANA", null, "5"},
        {"PENATA", "Penata Layanan Operasional", "PELAKSANA", null, "7"},
        {"PENGDATA", "Pengelola Data dan Informasi", "PELAKSANA", null, "6"},
        {"BENDAHARA", "Pengelola Keuangan", "PELAKSANA", null, "7"},
    };

    private final Map<String, Integer> positionIndex = new HashMap<>();

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        int n = c.settings.employees();
        String kind = n >= 50_000 ? "PROVINCE" : n >= 10_000 ? "REGENCY" : "CITY";
        String label = n >= 50_000 ? "Pemerintah Provinsi" : n >= 10_000 ? "Pemerintah Kabupaten" : "Pemerintah Kota";
        c.agencyId = c.reserve("agency", 1);
        c.exec("INSERT INTO agency (id, code, name, kind) VALUES (" + c.agencyId + ", 'NAS" + c.agencyId + "', '" + label
                + " Skala Nasional " + c.agencyId + " (" + n + " pegawai)', '" + kind + "')");
        c.counted("agency", 1);
        positions(c);
        List<Proto> tree = tree(n);
        storeUnits(c, tree);
        people(c, tree);
    }

    // ---------------------------------------------------------------- positions

    private void positions(DatasetContext c) throws Exception {
        long first = c.reserve("position", POSITIONS.length);
        try (Copy copy = c.copy("position", "id, agency_id, code, name, kind, jf_level, class_grade")) {
            for (int i = 0; i < POSITIONS.length; i++) {
                String[] p = POSITIONS[i];
                PositionRow row = new PositionRow(first + i, p[0], p[1], p[2], p[3], Integer.parseInt(p[4]));
                c.positions.add(row);
                positionIndex.put(p[0], i);
                copy.add(row.id()).add(c.agencyId).add(p[0]).add(p[1]).add(p[2]).add(p[3]).add(row.grade()).end();
            }
            c.done("position", copy);
        }
    }

    // ---------------------------------------------------------------- the unit tree

    /** A unit before it is stored. */
    static final class Proto {
        int index;
        int parent = -1;
        String code;
        String name;
        UnitKind kind;
        int opd = -1;
        String sector;
        int staff;
    }

    private static Proto unit(List<Proto> all, int parent, String code, String name, UnitKind kind, int opd, String sector) {
        Proto u = new Proto();
        u.index = all.size();
        u.parent = parent;
        u.code = code;
        u.name = name;
        u.kind = kind;
        u.opd = opd;
        u.sector = sector;
        all.add(u);
        return u;
    }

    /** The tree for n employees; parents always come before their children. */
    static List<Proto> tree(int n) {
        boolean big = n >= 2_000;
        int regular = big ? Math.min(OPD.length, Math.max(8, n / 800)) : Math.max(1, n / 400);
        int bidang = big ? 3 : 1;
        int seksi = big ? 3 : 1;
        int subbag = big ? 3 : 0;
        int schools = Math.max(1, (int) Math.round(n * 0.40 / 17));
        int puskesmas = Math.max(1, (int) Math.round(n * 0.10 / 40));
        int hospitals = n >= 5_000 ? Math.max(1, n / 25_000) : 0;
        int kecamatan = Math.max(1, (int) Math.round(n / 2_500.0));
        int kelurahan = big ? 7 : 1;
        int kecSeksi = big ? 4 : 1;

        List<Proto> all = new ArrayList<>();
        Proto root = unit(all, -1, "SETDA", "Sekretariat Daerah", UnitKind.ROOT, -1, "ADMINISTRATION");
        for (int b = 0; b < (big ? BAGIAN.length : 1); b++) {
            unit(all, root.index, "SETDA." + (b + 1), BAGIAN[b], UnitKind.BAGIAN, -1, "ADMINISTRATION");
        }
        int opd = 0;
        // the education and health offices first, then the rest
        List<Proto> disdikBidang = office(all, root, opd++, "DISDIK", "Dinas Pendidikan dan Kebudayaan", "EDUCATION", bidang, seksi, subbag);
        for (int s = 0; s < schools; s++) {
            Proto parent = disdikBidang.get(s % Math.min(2, disdikBidang.size()));
            boolean sd = s % 3 != 2;
            String name = (sd ? "SD Negeri " : "SMP Negeri ") + (s / 3 + 1) + " " + PLACES[s % PLACES.length];
            unit(all, parent.index, "DISDIK.S" + (s + 1), name, UnitKind.SCHOOL, parent.opd, "EDUCATION");
        }
        List<Proto> dinkesBidang = office(all, root, opd++, "DINKES", "Dinas Kesehatan", "HEALTH", bidang, seksi, subbag);
        for (int p = 0; p < puskesmas; p++) {
            Proto parent = dinkesBidang.get(p % dinkesBidang.size());
            Proto pkm = unit(all, parent.index, "DINKES.P" + (p + 1), "UPTD Puskesmas " + PLACES[p % PLACES.length]
                    + (p >= PLACES.length ? " " + (p / PLACES.length + 1) : ""), UnitKind.PUSKESMAS, parent.opd, "HEALTH");
            unit(all, pkm.index, pkm.code + ".TU", "Subbagian Tata Usaha " + pkm.name.substring(5), UnitKind.PKM_SUB, pkm.opd, "HEALTH");
            unit(all, pkm.index, pkm.code + ".YAN", "Unit Pelayanan " + pkm.name.substring(5), UnitKind.PKM_SUB, pkm.opd, "HEALTH");
        }
        for (int h = 0; h < hospitals; h++) {
            int o = opd++;
            Proto rs = unit(all, root.index, "RSUD" + (h + 1), "Rumah Sakit Umum Daerah " + PLACES[(h * 7) % PLACES.length],
                    UnitKind.RSUD, o, "HEALTH");
            String[] parts = {"Bidang Pelayanan Medik", "Bidang Keperawatan", "Bidang Penunjang", "Bagian Umum dan Keuangan"};
            for (int b = 0; b < parts.length; b++) {
                unit(all, rs.index, rs.code + "." + (b + 1), parts[b] + " " + rs.name.substring(24), UnitKind.RSUD_BIDANG, o, "HEALTH");
            }
        }
        for (int r = 0; r < regular; r++) {
            String name = OPD[r % OPD.length] + (r >= OPD.length ? " " + (r / OPD.length + 1) : "");
            String sector = r == 1 ? "POPULATION" : r == 9 ? "PUBLIC_SERVICE" : "ADMINISTRATION";
            office(all, root, opd++, "OPD" + (r + 1), name, sector, bidang, seksi, subbag);
        }
        for (int k = 0; k < kecamatan; k++) {
            int o = opd++;
            String place = PLACES[k % PLACES.length] + (k >= PLACES.length ? " " + (k / PLACES.length + 1) : "");
            Proto kec = unit(all, root.index, "KEC" + (k + 1), "Kecamatan " + place, UnitKind.KECAMATAN, o, "PUBLIC_SERVICE");
            String[] seksiNames = {"Seksi Pemerintahan", "Seksi Pelayanan Umum", "Seksi Ketenteraman dan Ketertiban",
                "Seksi Pemberdayaan Masyarakat"};
            for (int s = 0; s < kecSeksi; s++) {
                unit(all, kec.index, kec.code + ".S" + (s + 1), seksiNames[s] + " Kecamatan " + place, UnitKind.KEC_SEKSI, o, "PUBLIC_SERVICE");
            }
            for (int l = 0; l < kelurahan; l++) {
                unit(all, kec.index, kec.code + ".K" + (l + 1), "Kelurahan " + PLACES[(k * 3 + l + 5) % PLACES.length] + " "
                        + (char) ('A' + l) + " " + (k + 1), UnitKind.KELURAHAN, o, "PUBLIC_SERVICE");
            }
        }
        // staff: everyone who is not a head, spread by the weight of the unit's kind (largest remainder)
        int staff = n - all.size();
        if (staff < all.size() / 2) {
            throw new IllegalStateException("too few employees for the tree: " + n);
        }
        long weights = all.stream().mapToLong(u -> u.kind.staffWeight).sum();
        int given = 0;
        for (Proto u : all) {
            u.staff = (int) (staff * (long) u.kind.staffWeight / weights);
            given += u.staff;
        }
        for (int i = 0; given < staff; i = (i + 1) % all.size()) {
            all.get(i).staff++;
            given++;
        }
        return all;
    }

    /** An OPD with its sekretariat (and subbagian) and bidang (with seksi); returns the bidang. */
    private static List<Proto> office(List<Proto> all, Proto root, int o, String code, String name, String sector, int bidang,
            int seksi, int subbag) {
        Proto opd = unit(all, root.index, code, name, UnitKind.OPD, o, sector);
        String shortName = name.replaceFirst("^(Dinas|Badan|Satuan|Sekretariat|Inspektorat) ", "");
        Proto sek = unit(all, opd.index, code + ".SEK", "Sekretariat " + shortName, UnitKind.SEKRETARIAT, o, "ADMINISTRATION");
        for (int s = 0; s < subbag; s++) {
            unit(all, sek.index, sek.code + "." + (s + 1), SUBBAG[s] + " " + shortName, UnitKind.SUBBAG, o, "ADMINISTRATION");
        }
        List<Proto> bidangs = new ArrayList<>();
        for (int b = 0; b < bidang; b++) {
            String bname = (sector.equals("EDUCATION") ? new String[] {"Bidang Pembinaan SD", "Bidang Pembinaan SMP",
                "Bidang Guru dan Tenaga Kependidikan"}[b] : sector.equals("HEALTH") ? new String[] {"Bidang Kesehatan Masyarakat",
                "Bidang Pelayanan Kesehatan", "Bidang Pencegahan dan Pengendalian Penyakit"}[b] : BIDANG[b] + " " + shortName);
            Proto bid = unit(all, opd.index, code + ".B" + (b + 1), bname, UnitKind.BIDANG, o, sector);
            bidangs.add(bid);
            for (int s = 0; s < seksi; s++) {
                unit(all, bid.index, bid.code + "." + (s + 1), "Seksi " + (s + 1) + " " + bname, UnitKind.SEKSI, o, sector);
            }
        }
        return bidangs;
    }

    private void storeUnits(DatasetContext c, List<Proto> tree) throws Exception {
        long first = c.reserve("org_unit", tree.size());
        try (Copy copy = c.copy("org_unit", "id, agency_id, parent_id, code, name")) {
            for (Proto u : tree) {
                long id = first + u.index;
                c.units.add(new UnitRow(u.index, id, u.parent, u.code, u.name, u.kind, u.opd, u.sector));
                copy.add(id).add(c.agencyId).ref(u.parent < 0 ? 0 : first + u.parent).add(u.code).add(u.name).end();
            }
            c.done("org_unit", copy);
        }
    }

    // ---------------------------------------------------------------- people

    private void people(DatasetContext c, List<Proto> tree) throws Exception {
        int n = c.settings.employees();
        c.employees = n;
        c.empId = new long[n];
        c.empUnit = new int[n];
        c.empSuperior = new int[n];
        c.empHead = new boolean[n];
        c.empPosition = new int[n];
        c.empNip = new String[n];
        c.empName = new String[n];
        c.unitHead = new int[tree.size()];
        long first = c.reserve("employee", n);
        int e = 0;
        // heads first, in tree order: a head's superior (the parent unit's head) always comes before them
        for (Proto u : tree) {
            c.unitHead[u.index] = e;
            c.empUnit[e] = u.index;
            c.empHead[e] = true;
            c.empSuperior[e] = u.parent < 0 ? -1 : c.unitHead[u.parent];
            c.empPosition[e] = positionIndex.get(headPosition(u));
            e++;
        }
        for (Proto u : tree) {
            for (int s = 0; s < u.staff; s++) {
                c.empUnit[e] = u.index;
                c.empSuperior[e] = c.unitHead[u.index];
                c.empPosition[e] = positionIndex.get(staffPosition(u, s));
                e++;
            }
        }
        // NIPs unique in the database: each agency its own 70-day window of birth dates (1962-1979), 1,998 people a
        // day (sex x sequence); appointed at 28 years, apart from the other generators' and the tests' NIPs
        LocalDate base = LocalDate.of(1962, 1, 1).plusDays((c.agencyId % 90) * 70);
        int bkpsdm = -1;
        for (UnitRow u : c.units) {
            if (u.kind() == UnitKind.OPD && u.name().startsWith("Badan Kepegawaian")) {
                bkpsdm = u.index();
            }
        }
        try (Copy emp = c.copy("employee", "id, agency_id, nip, name, front_title, back_title, asn_type, rank_grade, email,"
                + " position_id, unit_id, superior_id, created_at");
                Copy history = c.spool("employee_history", "agency_id, employee_id, kind, detail, effective_on, recorded_by")) {
            for (int i = 0; i < n; i++) {
                c.empId[i] = first + i;
                Proto u = tree.get(c.empUnit[i]);
                PositionRow pos = c.positions.get(c.empPosition[i]);
                boolean pppk = !c.empHead[i] && "FUNGSIONAL".equals(pos.kind()) && i % 5 == 0;
                LocalDate birth = base.plusDays(i / 1998);
                int sex = 1 + (i / 999) % 2;
                int seq = 1 + i % 999;
                LocalDate appointed = pppk ? LocalDate.of(2021 + i % 4, 1, 1) : birth.plusYears(28).plusMonths(i % 12);
                String nip = pppk
                        ? String.format("%04d%02d%02d%04d2%d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                                appointed.getYear(), 1 + i % 9, sex, seq)
                        : String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                                appointed.getYear(), appointed.getMonthValue(), sex, seq);
                if (i < 3 && !Nip.check(nip).valid()) {
                    throw new IllegalStateException("invalid NIP " + nip + ": " + Nip.check(nip).errorCode());
                }
                String name = FIRST[(i * 7 + i / 50) % FIRST.length] + " " + LAST[(i * 13 + i / 2500) % LAST.length];
                String front = null;
                String back;
                switch (u.kind) {
                    case PUSKESMAS, PKM_SUB, RSUD, RSUD_BIDANG -> {
                        boolean doctor = pos.code().startsWith("DOKTER") || c.empHead[i] && i % 2 == 0;
                        front = doctor ? "dr." : null;
                        back = doctor ? (i % 3 == 0 ? "M.Kes." : null) : pos.code().equals("BIDAN") ? "A.Md.Keb." : "S.Kep., Ns.";
                    }
                    case SCHOOL -> back = i % 4 == 0 ? "S.Pd., M.Pd." : "S.Pd.";
                    default -> back = c.empHead[i] ? (i % 2 == 0 ? "S.E., M.Si." : "S.Sos., M.AP.") : i % 3 == 0 ? "S.Kom." : i % 3 == 1 ? "A.Md." : null;
                }
                String grade = pppk ? "IX" : c.empHead[i] ? (pos.grade() >= 14 ? "IV/c" : pos.grade() >= 11 ? "IV/a" : "III/d")
                        : new String[] {"II/c", "III/a", "III/b", "III/c", "III/d"}[i % 5];
                c.empNip[i] = nip;
                c.empName[i] = (front == null ? "" : front + " ") + name + (back == null ? "" : ", " + back);
                int sup = c.empSuperior[i];
                emp.add(c.empId[i]).add(c.agencyId).add(nip).add(name).add(front).add(back).add(pppk ? "PPPK" : "PNS").add(grade)
                        .add(name.toLowerCase().replace(' ', '.') + "." + (i + 1) + "@pegawai.example.go.id")
                        .add(pos.id()).add(c.units.get(c.empUnit[i]).id()).ref(sup < 0 ? 0 : first + sup)
                        .add(c.at(LocalDate.of(c.settings.year(), 1, 2), 8, 0)).end();
                history.add(c.agencyId).add(c.empId[i]).add("APPOINTED").add(pos.name() + " - " + u.name)
                        .add(appointed.isAfter(c.today()) ? c.today() : appointed).add("dataset").end();
                if (u.index == bkpsdm && !c.empHead[i] && c.admins.size() < 3) {
                    c.admins.add(i);
                }
            }
            c.done("employee", emp);
            c.done("employee_history", history);
        }
        if (c.admins.isEmpty()) {
            for (int i = 0; i < n && c.admins.size() < 3; i++) {
                if (!c.empHead[i]) {
                    c.admins.add(i);
                }
            }
        }
        // unit heads
        try (var ps = c.con.prepareStatement(
                "UPDATE org_unit u SET head_employee_id = x.h FROM unnest(?::int8[], ?::int8[]) AS x(id, h) WHERE u.id = x.id")) {
            Long[] ids = new Long[tree.size()];
            Long[] heads = new Long[tree.size()];
            for (int i = 0; i < tree.size(); i++) {
                ids[i] = c.units.get(i).id();
                heads[i] = c.empId[c.unitHead[i]];
            }
            ps.setArray(1, c.con.createArrayOf("int8", ids));
            ps.setArray(2, c.con.createArrayOf("int8", heads));
            ps.executeUpdate();
        }
    }

    private static String headPosition(Proto u) {
        return switch (u.kind) {
            case ROOT -> "SEKDA";
            case BAGIAN -> "KABAG";
            case OPD -> "KADIS";
            case RSUD -> "DIRRS";
            case SEKRETARIAT -> "SEKDIS";
            case SUBBAG -> "KASUBBAG";
            case BIDANG, RSUD_BIDANG -> "KABID";
            case SEKSI, KEC_SEKSI -> "KASI";
            case SCHOOL -> "KEPSEK";
            case PUSKESMAS -> "KAPUS";
            case PKM_SUB -> "KATU";
            case KECAMATAN -> "CAMAT";
            case KELURAHAN -> "LURAH";
        };
    }

    private static String staffPosition(Proto u, int s) {
        return switch (u.kind) {
            case SCHOOL -> s % 10 == 9 ? "PENGADM" : s % 4 == 0 ? "GURU2" : s % 7 == 0 ? "GURU3" : "GURU1";
            case PUSKESMAS, PKM_SUB -> new String[] {"PERAWAT1", "BIDAN", "PERAWAT2", "DOKTER1", "APOTEKER", "PENGADM"}[s % 6];
            case RSUD, RSUD_BIDANG -> new String[] {"PERAWAT1", "PERAWAT2", "PERAWAT1", "DOKTER1", "DOKTER2", "BIDAN", "APOTEKER",
                "PENGADM"}[s % 8];
            default -> u.name.contains("Kepegawaian") && s % 3 == 0 ? "ANALIS"
                    : u.name.contains("Perencanaan") && s % 3 == 0 ? "PERENCANA"
                    : s % 9 == 4 ? "PRAKOM" : s % 9 == 7 ? "ARSIPARIS"
                    : new String[] {"PENGADM", "PENATA", "PENGDATA", "BENDAHARA"}[s % 4];
        };
    }
}
