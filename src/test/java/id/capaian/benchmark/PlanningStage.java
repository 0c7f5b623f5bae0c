package id.capaian.benchmark;

import id.capaian.benchmark.DatasetContext.UnitRow;
import id.capaian.benchmark.NationalDataset.UnitKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The year's period; signed agreements with three IKU for the regional secretariat and every OPD, hospital and
 * kecamatan; a plan (SKP) for every head and 97% of the staff (heads all approved, staff 95% approved, the rest
 * submitted, draft or returned); 3-4 RHK per plan, the main ones linked to the unit's IKU (heads of agreement
 * units) or to a main RHK of the superior (everyone else; 3% left unlinked), 1-2 IKI per RHK with targets, four
 * rencana aksi per RHK, the seven BerAKHLAK expectations and the plan's history.
 */
final class PlanningStage implements DatasetStage {

    /** goal, IKU name, target, unit */
    static final String[][] IKU = {
        {"Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "82", "indeks"},
        {"Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "75", "nilai"},
        {"Terlaksananya program prioritas daerah", "Persentase program prioritas yang terlaksana", "100", "%"},
    };

    /** RHK statements per sector ({@code %s}: the unit) */
    static final Map<String, String[]> RESULTS = Map.of(
            "EDUCATION", new String[] {"Meningkatnya capaian hasil belajar peserta didik di %s",
                "Terlaksananya pembelajaran sesuai rencana di %s", "Terlaksananya bimbingan dan konseling peserta didik di %s",
                "Termutakhirkannya data pokok pendidikan %s", "Meningkatnya mutu pembelajaran di %s",
                "Terlaksananya pengembangan keprofesian guru di %s"},
            "HEALTH", new String[] {"Terlaksananya pelayanan kesehatan perorangan di %s",
                "Tercapainya cakupan imunisasi dasar lengkap di wilayah %s", "Terlaksananya pemeriksaan kehamilan sesuai standar di %s",
                "Meningkatnya kepuasan pasien %s", "Terlaksananya penyuluhan kesehatan oleh %s",
                "Tersusunnya laporan bulanan pelayanan %s"},
            "POPULATION", new String[] {"Terbitnya dokumen kependudukan tepat waktu oleh %s",
                "Meningkatnya perekaman KTP elektronik oleh %s", "Terjaganya kualitas basis data kependudukan %s",
                "Meningkatnya pemanfaatan identitas kependudukan digital di %s", "Terlayaninya permohonan akta di %s",
                "Tersusunnya laporan kinerja %s"},
            "PUBLIC_SERVICE", new String[] {"Terlayaninya permohonan layanan sesuai standar di %s",
                "Tertanganinya pengaduan masyarakat di %s", "Meningkatnya kepuasan masyarakat terhadap layanan %s",
                "Terlaksananya pemberdayaan masyarakat di %s", "Terjaganya ketenteraman dan ketertiban di %s",
                "Tersusunnya laporan penyelenggaraan pemerintahan %s"},
            "ADMINISTRATION", new String[] {"Tersusunnya dokumen perencanaan dan anggaran %s",
                "Terlaksananya penatausahaan keuangan %s sesuai ketentuan", "Tersusunnya laporan kinerja %s tepat waktu",
                "Terkelolanya administrasi persuratan dan kearsipan %s", "Tertatanya barang milik daerah pada %s",
                "Terlaksananya pengelolaan kinerja pegawai %s"});

    /** aspect, IKI name, target, unit, direction */
    static final Map<String, String[][]> INDICATORS = Map.of(
            "EDUCATION", new String[][] {{"KUALITAS", "Rata-rata capaian hasil belajar peserta didik", "78", "nilai", "HIGHER"},
                {"KUANTITAS", "Jumlah jam pembelajaran yang terlaksana", "864", "JP", "HIGHER"},
                {"KUANTITAS", "Jumlah peserta didik yang memperoleh layanan konseling", "150", "peserta didik", "HIGHER"},
                {"KUALITAS", "Persentase peserta didik yang tuntas belajar", "85", "%", "HIGHER"},
                {"WAKTU", "Waktu pemutakhiran data setelah akhir semester", "10", "hari", "LOWER"}},
            "HEALTH", new String[][] {{"KUANTITAS", "Jumlah kunjungan pasien yang dilayani", "6000", "kunjungan", "HIGHER"},
                {"KUANTITAS", "Jumlah bayi yang mendapat imunisasi dasar lengkap", "240", "bayi", "HIGHER"},
                {"KUALITAS", "Persentase pasien yang menyatakan puas", "85", "%", "HIGHER"},
                {"KUALITAS", "Cakupan kunjungan ibu hamil (K6)", "90", "%", "HIGHER"},
                {"WAKTU", "Waktu penyampaian laporan bulanan", "5", "hari kerja", "LOWER"}},
            "POPULATION", new String[][] {{"KUANTITAS", "Jumlah dokumen kependudukan yang diterbitkan", "3000", "dokumen", "HIGHER"},
                {"KUANTITAS", "Jumlah perekaman KTP-el yang dilayani", "1500", "perekaman", "HIGHER"},
                {"KUALITAS", "Persentase data ganda yang ditindaklanjuti", "100", "%", "HIGHER"},
                {"WAKTU", "Waktu penyelesaian dokumen kependudukan", "1", "hari", "LOWER"}},
            "PUBLIC_SERVICE", new String[][] {{"KUANTITAS", "Jumlah permohonan layanan yang diselesaikan", "1000", "permohonan", "HIGHER"},
                {"KUALITAS", "Persentase pengaduan yang ditindaklanjuti", "100", "%", "HIGHER"},
                {"WAKTU", "Rata-rata waktu tindak lanjut pengaduan", "5", "hari kerja", "LOWER"},
                {"KUANTITAS", "Jumlah kegiatan pemberdayaan masyarakat", "24", "kegiatan", "HIGHER"}},
            "ADMINISTRATION", new String[][] {{"KUANTITAS", "Jumlah dokumen yang disusun", "12", "dokumen", "HIGHER"},
                {"KUALITAS", "Persentase dokumen yang sesuai ketentuan", "95", "%", "HIGHER"},
                {"WAKTU", "Ketepatan waktu penyampaian laporan", "100", "%", "HIGHER"},
                {"BIAYA", "Persentase realisasi anggaran terhadap pagu", "95", "%", "HIGHER"},
                {"KUANTITAS", "Jumlah layanan administrasi yang diselesaikan", "1200", "layanan", "HIGHER"}});

    static final String[] BERAKHLAK = {"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF",
        "KOLABORATIF"};

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        int year = c.settings.year();
        LocalDate today = c.today();
        c.subPeriods = c.settings.monthly() ? 12 : 4;
        c.currentSub = year < today.getYear() ? c.subPeriods + 1
                : c.settings.monthly() ? today.getMonthValue() : (today.getMonthValue() - 1) / 3 + 1;
        c.periodId = c.reserve("performance_period", 1);
        c.exec("INSERT INTO performance_period (id, agency_id, year, scheme, plan_deadline, status, opened_by, opened_at) VALUES ("
                + c.periodId + ", " + c.agencyId + ", " + year + ", '" + (c.settings.monthly() ? "MONTHLY" : "QUARTERLY")
                + "', '" + LocalDate.of(year, 1, 31) + "', 'OPEN', 'dataset', '" + c.at(LocalDate.of(year, 1, 2), 8, 0) + "')");
        c.counted("performance_period", 1);
        agreements(c);
        plans(c);
    }

    private static boolean hasAgreement(UnitKind k) {
        return k == UnitKind.ROOT || k == UnitKind.OPD || k == UnitKind.RSUD || k == UnitKind.KECAMATAN;
    }

    private void agreements(DatasetContext c) throws Exception {
        int units = c.units.size();
        c.unitAgreement = new long[units];
        c.unitIku = new long[units][];
        int count = (int) c.units.stream().filter(u -> hasAgreement(u.kind())).count();
        long agreement = c.reserve("unit_agreement", count);
        long iku = c.reserve("unit_indicator", count * (long) IKU.length);
        OffsetDateTime signed = c.at(LocalDate.of(c.settings.year(), 1, 20), 10, 0);
        try (Copy a = c.copy("unit_agreement", "id, agency_id, period_id, unit_id, status, signed_by, signed_at");
                Copy i = c.spool("unit_indicator", "id, agency_id, agreement_id, goal, name, target_value, target_unit, direction, ordinal")) {
            for (UnitRow u : c.units) {
                if (!hasAgreement(u.kind())) {
                    continue;
                }
                long id = agreement++;
                c.unitAgreement[u.index()] = id;
                c.unitIku[u.index()] = new long[IKU.length];
                a.add(id).add(c.agencyId).add(c.periodId).add(u.id()).add("SIGNED").add(c.empId[c.unitHead[u.index()]]).add(signed).end();
                for (int k = 0; k < IKU.length; k++) {
                    long ikuId = iku++;
                    c.unitIku[u.index()][k] = ikuId;
                    i.add(ikuId).add(c.agencyId).add(id).add(IKU[k][0]).add(IKU[k][1] + " " + u.name()).add(IKU[k][2])
                            .add(IKU[k][3]).add("HIGHER").add(k + 1).end();
                }
            }
            c.done("unit_agreement", a);
            c.done("unit_indicator", i);
        }
    }

    private void plans(DatasetContext c) throws Exception {
        int n = c.employees;
        c.planId = new long[n];
        c.planStatus = new byte[n];
        c.firstResult = new int[n];
        c.resultCount = new int[n];
        int planned = 0;
        int resultTotal = 0;
        for (int e = 0; e < n; e++) {
            if (c.empHead[e] || c.random.nextDouble() < 0.97) {
                planned++;
                double r = c.random.nextDouble();
                c.planStatus[e] = c.empHead[e] || r < 0.95 ? DatasetContext.APPROVED : r < 0.97 ? (byte) 2 : r < 0.99 ? (byte) 1 : (byte) 4;
                c.firstResult[e] = resultTotal;
                c.resultCount[e] = 3 + (c.random.nextDouble() < 0.5 ? 1 : 0);
                resultTotal += c.resultCount[e];
            }
        }
        c.results = resultTotal;
        c.resultId = new long[resultTotal];
        c.resultMain = new boolean[resultTotal];
        long planFirst = c.reserve("performance_plan", planned);
        long resultFirst = c.reserve("planned_result", resultTotal);
        // IKI: 1-2 per RHK, decided now so that ids can be reserved in one go
        byte[] perResult = new byte[resultTotal];
        int indicatorTotal = 0;
        for (int r = 0; r < resultTotal; r++) {
            perResult[r] = (byte) (1 + (c.random.nextDouble() < 0.5 ? 1 : 0));
            indicatorTotal += perResult[r];
        }
        c.indicators = indicatorTotal;
        c.indicatorId = new long[indicatorTotal];
        c.indicatorEmp = new int[indicatorTotal];
        c.indicatorAspect = new byte[indicatorTotal];
        c.indicatorTarget = new double[indicatorTotal];
        c.indicatorName = new String[indicatorTotal];
        c.firstIndicator = new int[n];
        c.indicatorCount = new int[n];
        long indicatorFirst = c.reserve("result_indicator", indicatorTotal);
        int[] cursor = new int[n];
        int year = c.settings.year();
        OffsetDateTime created = c.at(LocalDate.of(year, 1, 6), 9, 0);
        OffsetDateTime submitted = c.at(LocalDate.of(year, 1, 24), 14, 0);
        OffsetDateTime approved = c.at(LocalDate.of(year, 1, 30), 10, 0);
        String[] actionVerbs = {"Menyusun rencana kerja", "Melaksanakan kegiatan", "Memantau pelaksanaan", "Menyusun laporan"};
        int[] actionSubs = c.subPeriods == 12 ? new int[] {3, 6, 9, 12} : new int[] {1, 2, 3, 4};
        long plan = planFirst;
        int ind = 0;
        try (Copy plans = c.copy("performance_plan", "id, agency_id, period_id, employee_id, unit_id, position_id, appraiser_id,"
                + " status, returned_reason, submitted_at, approved_at, approved_by, created_at, updated_at");
                Copy results = c.spool("planned_result", "id, agency_id, plan_id, kind, statement, parent_result_id, unit_indicator_id, ordinal");
                Copy indicators = c.spool("result_indicator", "id, agency_id, result_id, aspect, name, target_kind, target_value,"
                        + " target_unit, direction, ordinal");
                Copy actions = c.spool("action_plan", "agency_id, result_id, sub_period, description");
                Copy behaviours = c.spool("behaviour_expectation", "plan_id, value_code");
                Copy events = c.spool("plan_event", "agency_id, plan_id, occurred_at, actor, action, reason, revision")) {
            for (int e = 0; e < n; e++) {
                if (c.planStatus[e] == 0) {
                    continue;
                }
                long id = plan++;
                c.planId[e] = id;
                String status = DatasetContext.PLAN_STATUS[c.planStatus[e]];
                int sup = c.empSuperior[e];
                long appraiser = sup < 0 ? 0 : c.empId[sup];
                boolean isApproved = c.planStatus[e] == DatasetContext.APPROVED;
                boolean wasSubmitted = c.planStatus[e] != 1;
                UnitRow unit = c.units.get(c.empUnit[e]);
                plans.add(id).add(c.agencyId).add(c.periodId).add(c.empId[e]).add(unit.id()).add(c.positions.get(c.empPosition[e]).id())
                        .ref(appraiser).add(status).add(c.planStatus[e] == 4 ? "Indikator kinerja belum terukur, mohon diperbaiki" : null)
                        .add(wasSubmitted ? submitted : null).add(isApproved ? approved : null).ref(isApproved ? appraiser : 0)
                        .add(created).add(isApproved ? approved : wasSubmitted ? submitted : created).end();
                for (String v : BERAKHLAK) {
                    behaviours.add(id).add(v).end();
                }
                String nip = c.empNip[e];
                events.add(c.agencyId).add(id).add(created).add(nip).add("CREATED").add(null).add(0).end();
                if (wasSubmitted) {
                    events.add(c.agencyId).add(id).add(submitted).add(nip).add("SUBMITTED").add(null).add(0).end();
                }
                if (isApproved || c.planStatus[e] == 4) {
                    events.add(c.agencyId).add(id).add(approved).add(sup < 0 ? "dataset" : c.empNip[sup])
                            .add(isApproved ? "APPROVED" : "RETURNED").add(isApproved ? null : "Indikator kinerja belum terukur, mohon diperbaiki")
                            .add(0).end();
                }
                // RHK and IKI
                String sector = unit.sector();
                String[] statements = RESULTS.get(sector);
                String[][] ikis = INDICATORS.get(sector);
                String place = shortName(unit.name());
                boolean agreementHead = c.empHead[e] && c.unitIku[unit.index()] != null;
                c.firstIndicator[e] = ind;
                for (int j = 0; j < c.resultCount[e]; j++) {
                    int r = c.firstResult[e] + j;
                    long rid = resultFirst + r;
                    c.resultId[r] = rid;
                    boolean main = j < 3 || c.random.nextDouble() < 0.5;
                    c.resultMain[r] = main;
                    long parent = 0;
                    long iku = 0;
                    if (main && c.random.nextDouble() >= 0.03) {
                        if (agreementHead) {
                            iku = c.unitIku[unit.index()][j % IKU.length];
                        } else if (sup >= 0 && c.planId[sup] != 0) {
                            parent = parentResult(c, sup, cursor);
                        }
                    }
                    results.add(rid).add(c.agencyId).add(id).add(main ? "UTAMA" : "TAMBAHAN")
                            .add(String.format(statements[(e + j) % statements.length], place)).ref(parent).ref(iku).add(j + 1).end();
                    for (int k = 0; k < perResult[r]; k++) {
                        String[] t = ikis[(e + j * 2 + k) % ikis.length];
                        long iid = indicatorFirst + ind;
                        c.indicatorId[ind] = iid;
                        c.indicatorEmp[ind] = e;
                        c.indicatorAspect[ind] = aspect(t[0]);
                        c.indicatorTarget[ind] = Double.parseDouble(t[2]);
                        c.indicatorName[ind] = t[1];
                        indicators.add(iid).add(c.agencyId).add(rid).add(t[0]).add(t[1]).add("NUMBER").add(t[2]).add(t[3]).add(t[4])
                                .add(k + 1).end();
                        ind++;
                    }
                    for (int a = 0; a < actionSubs.length; a++) {
                        actions.add(c.agencyId).add(rid).add(actionSubs[a]).add(actionVerbs[a] + " " + (j + 1) + " " + place).end();
                    }
                }
                c.indicatorCount[e] = ind - c.firstIndicator[e];
            }
            c.done("performance_plan", plans);
            c.done("planned_result", results);
            c.done("result_indicator", indicators);
            c.done("action_plan", actions);
            c.done("behaviour_expectation", behaviours);
            c.done("plan_event", events);
        }
    }

    /** The superior's next main RHK (round robin); one superior in six leaves their last main RHK to nobody. */
    private static long parentResult(DatasetContext c, int sup, int[] cursor) {
        int from = c.firstResult[sup];
        int count = c.resultCount[sup];
        int mains = 0;
        for (int j = 0; j < count; j++) {
            if (c.resultMain[from + j]) {
                mains++;
            }
        }
        if (mains == 0) {
            return 0;
        }
        int usable = sup % 6 == 0 && mains > 1 ? mains - 1 : mains;
        int pick = cursor[sup]++ % usable;
        for (int j = 0; j < count; j++) {
            if (c.resultMain[from + j] && pick-- == 0) {
                return c.resultId[from + j];
            }
        }
        return 0;
    }

    static byte aspect(String a) {
        for (byte i = 0; i < DatasetContext.ASPECTS.length; i++) {
            if (DatasetContext.ASPECTS[i].equals(a)) {
                return i;
            }
        }
        throw new IllegalArgumentException(a);
    }

    static String shortName(String unit) {
        return unit.replaceFirst("^(Dinas|Badan|UPTD|Satuan) ", "");
    }
}
