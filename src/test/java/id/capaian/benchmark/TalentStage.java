package id.capaian.benchmark;

import id.capaian.benchmark.DatasetContext.PositionRow;
import id.capaian.benchmark.DatasetContext.UnitRow;
import id.capaian.benchmark.NationalDataset.UnitKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Talent management (issue 7): the agency's settings (the defaults, saved); potential assessments for 88% of the
 * employees in the year (the heads by an assessment centre or a psychometric test, the staff mostly by their
 * supervisor, some imported), a few with an older one too, scores that lean a little with the annual rating, so that
 * the 9-box, which the application computes live from the annual evaluation and the latest potential score, spreads
 * over all nine boxes once the evaluations are final; formal education for everyone; critical positions (the regional
 * secretary, the OPD and hospital heads, then puskesmas and kecamatan heads, one per 500 employees at least three) with
 * two to four succession candidates from the level below ranked by potential; and one promotion or transfer proposal
 * per 4,000 employees (at least two) with their candidates, open for ranking.
 */
final class TalentStage implements DatasetStage {

    static final String[] UNIVERSITIES = {"Universitas Sumatera Utara", "Universitas Negeri Medan", "Universitas Andalas",
        "Universitas Gadjah Mada", "Universitas Padjadjaran", "Universitas Hasanuddin", "Universitas Brawijaya",
        "Universitas Sriwijaya", "Universitas Terbuka", "Institut Pemerintahan Dalam Negeri"};

    static final String[] REASONS = {
        "Pemangku jabatan memasuki batas usia pensiun dalam dua tahun; jabatan ini mengelola layanan dan anggaran besar.",
        "Jabatan strategis dengan persyaratan kompetensi teknis khusus yang sulit dipenuhi dari luar unit.",
        "Pemangku jabatan sedang mengikuti seleksi terbuka JPT di instansi lain.",
        "Layanan langsung kepada masyarakat di wilayah yang luas; kekosongan jabatan mengganggu pelayanan."};

    @Override
    public String name() {
        return "talent";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        c.annual();
        LocalDate today = c.today();
        String admin = c.empNip[c.admins.get(0)];
        c.exec("INSERT INTO talent_setting (agency_id, potential_middle, potential_high, pool_boxes, weight_performance,"
                + " weight_competency, weight_training, weight_qualification, version) VALUES (" + c.agencyId
                + ", 60, 80, '7,8,9', 40, 30, 15, 15, 1)");
        c.counted("talent_setting", 1);
        double[] potential = potentials(c, today, admin);
        qualifications(c);
        succession(c, today, admin, potential);
    }

    // ---------------------------------------------------------------- potential

    private double[] potentials(DatasetContext c, LocalDate today, String admin) throws Exception {
        int year = c.settings.year();
        double[] score = new double[c.employees];
        Arrays.fill(score, Double.NaN);
        LocalDate from = LocalDate.of(year, 2, 1);
        LocalDate to = min(LocalDate.of(year, 10, 31), today.minusDays(1));
        int span = (int) Math.max(1, ChronoUnit.DAYS.between(from, to));
        try (Copy copy = c.copy("potential_assessment", "agency_id, employee_id, score, method, assessed_on, assessor, note,"
                + " recorded_by, recorded_at")) {
            for (int e = 0; e < c.employees; e++) {
                boolean head = c.empHead[e];
                if (c.random.nextDouble() >= (head ? 0.95 : 0.86)) {
                    continue;
                }
                PositionRow pos = c.positions.get(c.empPosition[e]);
                double lean = switch (c.annualPredikat[e]) {
                    case 1 -> 7;
                    case 2 -> 1;
                    case 3 -> -3;
                    case 4, 5 -> -6;
                    default -> 0;
                };
                double s = Math.max(25, Math.min(97, 66 + lean + (head ? 3 : 0) + c.random.nextGaussian() * 11));
                s = Math.round(s * 2) / 2.0;
                score[e] = s;
                String method;
                String assessor;
                String note = null;
                int sup = c.empSuperior[e];
                if (head && (pos.kind().equals("JPT") || pos.kind().equals("ADMINISTRATOR"))) {
                    method = "ASSESSMENT_CENTER";
                    assessor = "UPT Penilaian Kompetensi BKD Provinsi";
                } else if (head) {
                    method = "PSIKOMETRI";
                    assessor = "Biro Psikologi " + UNIVERSITIES[e % 3];
                } else {
                    double r = c.random.nextDouble();
                    method = r < 0.55 && sup >= 0 ? "SUPERVISOR" : r < 0.85 ? "PSIKOMETRI" : "IMPORT";
                    assessor = switch (method) {
                        case "SUPERVISOR" -> c.empName[sup];
                        case "PSIKOMETRI" -> "Biro Psikologi " + UNIVERSITIES[e % 3];
                        default -> "Sistem CAT BKN";
                    };
                    note = method.equals("IMPORT") ? "Impor hasil tes potensi" : null;
                }
                LocalDate on = from.plusDays(c.random.nextInt(span));
                if (on.isAfter(today)) {
                    on = today;
                }
                if (c.random.nextDouble() < 0.05) {
                    LocalDate earlier = on.minusYears(2);
                    double old = Math.max(20, Math.min(95, s - 6 + c.random.nextInt(9)));
                    copy.add(c.agencyId).add(c.empId[e]).decimal(old).add("ASSESSMENT_CENTER").add(earlier)
                            .add("UPT Penilaian Kompetensi BKD Provinsi").add("Asesmen sebelumnya").add(admin)
                            .add(c.at(earlier.plusDays(5), 10, 0)).end();
                }
                copy.add(c.agencyId).add(c.empId[e]).decimal(s).add(method).add(on).add(assessor).add(note).add(admin)
                        .add(c.at(min(on.plusDays(3), today), 11, 20)).end();
            }
            c.done("potential_assessment", copy);
        }
        return score;
    }

    // ---------------------------------------------------------------- formal education

    private void qualifications(DatasetContext c) throws Exception {
        try (Copy copy = c.copy("employee_qualification", "agency_id, employee_id, level, field, institution, year")) {
            for (int e = 0; e < c.employees; e++) {
                PositionRow pos = c.positions.get(c.empPosition[e]);
                String code = pos.code();
                int born = Integer.parseInt(c.empNip[e].substring(0, 4));
                String uni = UNIVERSITIES[(e * 7) % UNIVERSITIES.length];
                String level;
                String field;
                if (code.startsWith("GURU") || code.equals("KEPSEK")) {
                    level = "S1";
                    field = e % 3 == 0 ? "Pendidikan Matematika" : e % 3 == 1 ? "Pendidikan Guru Sekolah Dasar" : "Pendidikan Bahasa Indonesia";
                } else if (code.startsWith("DOKTER") || code.equals("DIRRS")) {
                    level = "S1";
                    field = "Pendidikan Dokter";
                } else if (code.startsWith("PERAWAT")) {
                    level = code.equals("PERAWAT1") ? "D3" : "S1";
                    field = level.equals("D3") ? "Keperawatan" : "Ilmu Keperawatan (Ners)";
                } else if (code.equals("BIDAN")) {
                    level = "D3";
                    field = "Kebidanan";
                } else if (code.equals("APOTEKER")) {
                    level = "S1";
                    field = "Farmasi (Apoteker)";
                } else if (code.equals("PRAKOM")) {
                    level = "D3";
                    field = "Teknik Informatika";
                } else if (code.equals("ARSIPARIS")) {
                    level = "D3";
                    field = "Kearsipan";
                } else if (pos.kind().equals("PELAKSANA")) {
                    level = e % 3 == 0 ? "SMA" : e % 3 == 1 ? "D3" : "S1";
                    field = level.equals("SMA") ? "IPS" : level.equals("D3") ? "Administrasi Perkantoran" : "Manajemen";
                } else {
                    level = "S1";
                    field = e % 2 == 0 ? "Ilmu Administrasi Negara" : "Ilmu Pemerintahan";
                }
                int graduated = born + (level.equals("SMA") ? 18 : level.equals("D3") ? 21 : 23);
                copy.add(c.agencyId).add(c.empId[e]).add(level).add(field)
                        .add(level.equals("SMA") ? "SMA Negeri " + (1 + e % 5) : uni).add(graduated).end();
                // heads and senior functional posts hold a master's degree as well
                boolean master = pos.kind().equals("JPT") || pos.kind().equals("ADMINISTRATOR")
                        || c.empHead[e] && e % 2 == 0 || "AHLI_MADYA".equals(pos.jfLevel()) && e % 3 == 0 || code.equals("PERENCANA");
                if (master && !level.equals("SMA")) {
                    String m = code.startsWith("DOKTER") || code.equals("DIRRS") || code.equals("KAPUS") ? "Magister Kesehatan Masyarakat"
                            : code.startsWith("GURU") || code.equals("KEPSEK") ? "Magister Pendidikan"
                            : code.equals("PERENCANA") ? "Magister Perencanaan Wilayah" : "Magister Administrasi Publik";
                    copy.add(c.agencyId).add(c.empId[e]).add("S2").add(m).add(UNIVERSITIES[(e * 3 + 1) % UNIVERSITIES.length])
                            .add(Math.min(c.settings.year() - 1, graduated + 8 + e % 6)).end();
                }
            }
            c.done("employee_qualification", copy);
        }
    }

    // ---------------------------------------------------------------- succession and careers

    private void succession(DatasetContext c, LocalDate today, String admin, double[] potential) throws Exception {
        int n = c.units.size();
        List<List<Integer>> children = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            children.add(new ArrayList<>());
        }
        for (UnitRow u : c.units) {
            if (u.parent() >= 0) {
                children.get(u.parent()).add(u.index());
            }
        }
        // the critical posts: the top, the OPD and hospital heads, then puskesmas and kecamatan alternately
        int target = Math.max(3, c.employees / 500);
        List<Integer> critical = new ArrayList<>();
        List<Integer> pkm = new ArrayList<>();
        List<Integer> kec = new ArrayList<>();
        for (UnitRow u : c.units) {
            switch (u.kind()) {
                case ROOT, OPD, RSUD -> critical.add(u.index());
                case PUSKESMAS -> pkm.add(u.index());
                case KECAMATAN -> kec.add(u.index());
                default -> {
                }
            }
        }
        for (int i = 0; critical.size() < target && (i < pkm.size() || i < kec.size()); i++) {
            if (i < pkm.size()) {
                critical.add(pkm.get(i));
            }
            if (i < kec.size() && critical.size() < target) {
                critical.add(kec.get(i));
            }
        }
        while (critical.size() > target) {
            critical.remove(critical.size() - 1);
        }
        Comparator<Integer> best = Comparator.comparingDouble((Integer e) -> Double.isNaN(potential[e]) ? -1 : potential[e])
                .reversed().thenComparing(e -> e);
        long cp = c.reserve("critical_position", critical.size());
        int year = c.settings.year();
        try (Copy p = c.copy("critical_position", "id, agency_id, position_id, unit_id, reason, vacancy_risk, created_by, version");
                Copy s = c.spool("succession_candidate", "critical_position_id, employee_id, agency_id, readiness, note, added_by,"
                        + " added_at")) {
            for (int i = 0; i < critical.size(); i++) {
                int u = critical.get(i);
                int incumbent = c.unitHead[u];
                int age = year - Integer.parseInt(c.empNip[incumbent].substring(0, 4));
                String risk = age >= 57 ? "HIGH" : i % 3 == 0 ? "MEDIUM" : i % 3 == 1 ? "LOW" : "MEDIUM";
                String reason = age >= 57 ? REASONS[0] : REASONS[1 + i % 3];
                long id = cp + i;
                p.add(id).add(c.agencyId).add(c.positions.get(c.empPosition[incumbent]).id()).add(c.units.get(u).id()).add(reason)
                        .add(risk).add(admin).add(1).end();
                List<Integer> pool = new ArrayList<>();
                for (int ch : children.get(u)) {
                    pool.add(c.unitHead[ch]);
                }
                if (pool.size() < 2) {
                    for (int e = 0; e < c.employees; e++) {
                        if (c.empUnit[e] == u && !c.empHead[e]) {
                            pool.add(e);
                        }
                    }
                }
                pool.sort(best);
                OffsetDateTime added = c.at(today.minusDays(10 + i % 40), 13, 0);
                for (int k = 0; k < Math.min(2 + i % 3, pool.size()); k++) {
                    int e = pool.get(k);
                    double score = potential[e];
                    boolean good = c.annualPredikat[e] == 1 || c.annualPredikat[e] == 2;
                    String readiness = score >= 80 && good ? "READY_NOW" : score >= 65 ? "READY_1_2_YEARS" : "READY_3_YEARS";
                    s.add(id).add(c.empId[e]).add(c.agencyId).add(readiness)
                            .add(switch (readiness) {
                                case "READY_NOW" -> "Potensi tinggi dan kinerja baik; dapat mengisi jabatan bila lowong mendadak.";
                                case "READY_1_2_YEARS" -> "Perlu Pelatihan Kepemimpinan dan penugasan lintas bidang.";
                                default -> Double.isNaN(score) ? "Belum ada penilaian potensi." : "Perlu pengembangan kompetensi manajerial.";
                            }).add(admin).add(added.plusMinutes(k * 7)).end();
                }
            }
            c.done("critical_position", p);
            c.done("succession_candidate", s);
        }

        // promotions to head of a field (from the heads of its sections) and transfers between puskesmas
        List<Integer> bidang = new ArrayList<>();
        for (UnitRow u : c.units) {
            if (u.kind() == UnitKind.BIDANG && children.get(u.index()).size() >= 1) {
                bidang.add(u.index());
            }
        }
        int proposals = Math.max(2, c.employees / 4000);
        List<int[]> made = new ArrayList<>();
        List<List<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            boolean promotion = i % 2 == 0 || pkm.size() < 2;
            List<Integer> pool = new ArrayList<>();
            int u;
            if (promotion && !bidang.isEmpty()) {
                u = bidang.get((i / 2 * 7) % bidang.size());
                for (int ch : children.get(u)) {
                    pool.add(c.unitHead[ch]);
                }
                // and the heads of the sections of another field
                int other = bidang.get((i / 2 * 7 + 1) % bidang.size());
                if (other != u) {
                    for (int ch : children.get(other)) {
                        pool.add(c.unitHead[ch]);
                    }
                }
            } else {
                promotion = false;
                u = pkm.get((i / 2 * 5) % pkm.size());
                for (int o : pkm) {
                    if (o != u) {
                        pool.add(c.unitHead[o]);
                    }
                }
                for (int ch : children.get(u)) {
                    pool.add(c.unitHead[ch]);
                }
            }
            pool.sort(best);
            candidates.add(new ArrayList<>(pool.subList(0, Math.min(2 + i % 3, pool.size()))));
            made.add(new int[] {u, promotion ? 1 : 0});
        }
        long proposal = c.reserve("career_proposal", made.size());
        try (Copy p = c.copy("career_proposal", "id, agency_id, kind, position_id, unit_id, title, status, weights, created_by,"
                + " created_at, version");
                Copy k = c.spool("career_candidate", "proposal_id, employee_id, agency_id")) {
            for (int i = 0; i < made.size(); i++) {
                int u = made.get(i)[0];
                boolean promotion = made.get(i)[1] == 1;
                UnitRow unit = c.units.get(u);
                long id = proposal + i;
                p.add(id).add(c.agencyId).add(promotion ? "PROMOTION" : "TRANSFER")
                        .add(c.positions.get(c.empPosition[c.unitHead[u]]).id()).add(unit.id())
                        .add((promotion ? "Promosi Kepala " : "Mutasi Kepala ") + unit.name() + " " + year)
                        .add("OPEN").add("40,30,15,15").add(admin).add(c.at(today.minusDays(5 + i), 9, 0)).add(candidates.get(i).size())
                        .end();
                for (int e : candidates.get(i)) {
                    k.add(id).add(c.empId[e]).add(c.agencyId).end();
                }
            }
            c.done("career_proposal", p);
            c.done("career_candidate", k);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
