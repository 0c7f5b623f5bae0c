package id.capaian.demo;

import static id.capaian.demo.DemoPeople.Education.D3;
import static id.capaian.demo.DemoPeople.Education.PROFESSION;
import static id.capaian.demo.DemoPeople.Education.S1;
import static id.capaian.demo.DemoPeople.Education.SMA;
import static id.capaian.demo.DemoPeople.profile;
import static id.capaian.demo.DemoPeople.rank;
import static id.capaian.demo.DemoPeople.titles;

import id.capaian.demo.DemoPeople.Person;
import id.capaian.demo.DemoPeople.Profile;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.JfLevel;
import id.capaian.organisation.PositionKind;
import id.capaian.platform.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the demo data consists of, worked out in memory before anything is stored: the agency Pemerintah Kota
 * Pematangsiantar with its unit tree, positions and about 300 employees with their reporting lines and roles,
 * plus one national administrator at BKN. The same plan comes out on every run (fixed seed), so the loader can
 * tell which people to print when the data is already there.
 */
final class DemoPlan {

    /** The BPS/Kemendagri code of Kota Pematangsiantar. */
    static final String AGENCY_CODE = "1273";
    static final String AGENCY_NAME = "Pemerintah Kota Pematangsiantar";
    static final String NATIONAL_AGENCY_CODE = "BKN";
    static final String NATIONAL_AGENCY_NAME = "Badan Kepegawaian Negara";
    private static final long SEED = 1273L;

    record UnitSpec(String code, String name, String parentCode, String headPositionCode) {
    }

    /**
     * @param rankLo lowest PNS rank (golongan/ruang) the post is held at
     * @param rankHi highest PNS rank the post is held at
     * @param profile who typically holds it (titles, share of women)
     */
    record PositionSpec(String code, String name, PositionKind kind, JfLevel level, int classGrade, int rankLo,
            int rankHi, Profile profile) {
    }

    record PlannedEmployee(String nip, AsnType asnType, String name, String frontTitle, String backTitle,
            String rankGrade, String email, String positionCode, String unitCode, String superiorNip,
            String appraiserNip, Set<Role> roles) {
    }

    /** An agency to load; units parents first, employees superiors first; the head of each unit by unit code. */
    record AgencyPlan(String code, String name, AgencyKind kind, List<UnitSpec> units, List<PositionSpec> positions,
            List<PlannedEmployee> employees, Map<String, String> unitHeads) {
    }

    /** The people whose sign-ins are printed, in the order printed. */
    enum Featured {
        AGENCY_ADMIN("Agency administrator"), AGENCY_HEAD("Agency head"), SUPERVISOR("Supervisor"),
        EMPLOYEE("Employee"), NATIONAL_ADMIN("National administrator");

        final String label;

        Featured(String label) {
            this.label = label;
        }
    }

    private final AgencyPlan city;
    private final AgencyPlan national;
    private final Map<Featured, String> featured;

    private DemoPlan(AgencyPlan city, AgencyPlan national, Map<Featured, String> featured) {
        this.city = city;
        this.national = national;
        this.featured = featured;
    }

    AgencyPlan city() {
        return city;
    }

    AgencyPlan national() {
        return national;
    }

    /** NIP of each featured person. */
    Map<Featured, String> featured() {
        return featured;
    }

    // ---------------------------------------------------------------- who holds which kind of post

    private static final Profile JPT = profile(0.25, titles(S1, "|S.STP, M.Si.", "|S.H., M.H.", "|S.E., M.M.",
            "|S.Sos., M.AP", "|S.IP, M.Si.", "Dr.|S.STP, M.Si.", "|S.T., M.T."));
    private static final Profile JPT_HR = profile(0.35, titles(S1, "|S.STP, M.AP", "|S.Psi., M.Psi.",
            "Dr.|S.Sos., M.Si."));
    private static final Profile JPT_HEALTH = profile(0.5, titles(PROFESSION, "dr.|M.K.M.", "dr.|M.Kes."));
    private static final Profile JPT_EDU = profile(0.4, titles(S1, "|S.Pd., M.Pd.", "Dr.|S.Pd., M.Pd."));
    private static final Profile ADM = profile(0.4, titles(S1, "|S.STP, M.Si.", "|S.E., M.Si.", "|S.Sos., M.AP",
            "|S.T., M.T.", "|S.IP, M.Si.", "|S.Kom., M.Kom.", "|S.AP, M.AP", "|S.E., M.M."));
    private static final Profile ADM_LAW = profile(0.4, titles(S1, "|S.H., M.H.", "|S.H., M.Kn."));
    private static final Profile ADM_HR = profile(0.5, titles(S1, "|S.Psi., M.Psi.", "|S.STP, M.AP",
            "|S.Sos., M.Si.", "|S.E., M.M."));
    private static final Profile ADM_HEALTH = profile(0.55, titles(S1, "|S.K.M., M.Kes.", "|S.K.M., M.K.M."),
            titles(PROFESSION, "dr.|M.Kes.", "dr.|"));
    private static final Profile ADM_EDU = profile(0.45, titles(S1, "|S.Pd., M.Pd.", "|S.Pd., M.Si."));
    private static final Profile SPV = profile(0.45, titles(S1, "|S.E.", "|S.Sos.", "|S.STP", "|S.AP", "|S.Kom.",
            "|S.IP", "|S.Ak.", "|S.E., M.Si."));
    private static final Profile SPV_LAW = profile(0.45, titles(S1, "|S.H.", "|S.H., M.H."));
    private static final Profile SPV_HEALTH = profile(0.6, titles(S1, "|S.K.M.", "|S.K.M., M.Kes.", "|S.Kep., Ns.",
            "|S.Gz."));
    private static final Profile SPV_PHARMACY = profile(0.6, titles(PROFESSION, "apt.|S.Farm.",
            "apt.|S.Farm., M.Farm."));
    private static final Profile PUSKESMAS_HEAD = profile(0.55, titles(PROFESSION, "dr.|", "dr.|M.K.M.", "drg.|"));
    private static final Profile CLERK = profile(0.5, titles(SMA, "|", "|", "|"), titles(D3, "|A.Md."));
    private static final Profile OFFICER = profile(0.5, titles(D3, "|A.Md.", "|A.Md.Kom."),
            titles(S1, "|S.E.", "|S.Sos.", "|S.Kom.", "|S.AP"));
    private static final Profile ANALYST = profile(0.5, titles(S1, "|S.E.", "|S.Sos.", "|S.H.", "|S.Kom.", "|S.AP",
            "|S.Ak.", "|S.IP"));
    private static final Profile DOCTOR = profile(0.6, titles(PROFESSION, "dr.|", "dr.|", "dr.|M.Kes."));
    private static final Profile DOCTOR_SENIOR = profile(0.55, titles(PROFESSION, "dr.|Sp.PD", "dr.|Sp.KKLP",
            "dr.|M.Kes.", "dr.|M.K.M."));
    private static final Profile DENTIST = profile(0.7, titles(PROFESSION, "drg.|", "drg.|M.Kes."));
    private static final Profile NURSE_D3 = profile(0.75, titles(D3, "|A.Md.Kep."));
    private static final Profile NURSE = profile(0.75, titles(S1, "|S.Kep., Ns."));
    private static final Profile NURSE_SENIOR = profile(0.7, titles(S1, "|S.Kep., Ns.", "|S.Kep., Ns., M.Kep."));
    private static final Profile MIDWIFE_D3 = profile(1.0, titles(D3, "|A.Md.Keb."));
    private static final Profile MIDWIFE = profile(1.0, titles(S1, "|S.Tr.Keb.", "|S.Keb., Bd."));
    private static final Profile PHARMACIST = profile(0.75, titles(PROFESSION, "apt.|S.Farm."));
    private static final Profile PHARMACY_ASSISTANT = profile(0.8, titles(D3, "|A.Md.Farm."));
    private static final Profile LAB = profile(0.7, titles(D3, "|A.Md.AK"));
    private static final Profile NUTRITION_D3 = profile(0.85, titles(D3, "|A.Md.Gz."));
    private static final Profile NUTRITION = profile(0.85, titles(S1, "|S.Gz."));
    private static final Profile SANITATION = profile(0.5, titles(D3, "|A.Md.KL"));
    private static final Profile PUBLIC_HEALTH = profile(0.6, titles(S1, "|S.K.M.", "|S.K.M., M.K.M.",
            "|S.K.M., M.Kes."));
    private static final Profile TEACHER_SD = profile(0.75, titles(S1, "|S.Pd.", "|S.Pd.", "|S.Pd.", "|S.Pd.SD",
            "M:|S.Pd.I", "C:|S.Pd.K"));
    private static final Profile TEACHER_SMP = profile(0.65, titles(S1, "|S.Pd.", "|S.Pd.", "|S.Pd.", "|S.Si.",
            "|S.S.", "|S.Or.", "M:|S.Ag.", "C:|S.Th."));
    private static final Profile TEACHER_SENIOR = profile(0.65, titles(S1, "|S.Pd.", "|S.Pd.", "|S.Pd., M.Pd."));
    private static final Profile SCHOOL_HEAD = profile(0.55, titles(S1, "|S.Pd., M.Pd.", "|S.Pd.",
            "|S.Pd., M.Si."));
    private static final Profile SCHOOL_SUPERVISOR = profile(0.5, titles(S1, "|S.Pd., M.Pd."));
    private static final Profile HR_ANALYST = profile(0.55, titles(S1, "|S.Psi.", "|S.STP", "|S.AP", "|S.Sos.",
            "|S.E."));
    private static final Profile HR_ANALYST_SENIOR = profile(0.55, titles(S1, "|S.Psi., M.Psi.", "|S.STP, M.Si.",
            "|S.AP, M.AP", "|S.Sos., M.Si."));
    private static final Profile IT_D3 = profile(0.4, titles(D3, "|A.Md.Kom.", "|A.Md.T."));
    private static final Profile IT = profile(0.4, titles(S1, "|S.Kom.", "|S.T.", "|S.Kom."));
    private static final Profile IT_SENIOR = profile(0.4, titles(S1, "|S.Kom., M.Kom.", "|S.T., M.Kom."));
    private static final Profile POLICY = profile(0.5, titles(S1, "|S.IP", "|S.Sos.", "|S.AP"));
    private static final Profile POLICY_SENIOR = profile(0.5, titles(S1, "|S.Sos., M.Si.", "|S.STP, M.Si.",
            "|S.IP, M.AP"));
    private static final Profile LAW = profile(0.5, titles(S1, "|S.H."));
    private static final Profile LAW_SENIOR = profile(0.5, titles(S1, "|S.H., M.H."));
    private static final Profile ARCHIVIST = profile(0.6, titles(D3, "|A.Md."));
    private static final Profile PLANNER = profile(0.5, titles(S1, "|S.E.", "|S.T.", "|S.P.", "|S.Si."));

    /** The positions and the unit tree with its staffing, written down as data. */
    private static final class Catalogue {

        private final Map<String, PositionSpec> positions = new LinkedHashMap<>();

        private void jpt(String code, String name, int grade, String lo, String hi, Profile p) {
            positions.put(code, new PositionSpec(code, name, PositionKind.JPT, null, grade, rank(lo), rank(hi), p));
        }

        private void administrator(String code, String name, int grade, Profile p) {
            positions.put(code, new PositionSpec(code, name, PositionKind.ADMINISTRATOR, null, grade, rank("III/d"),
                    rank("IV/b"), p));
        }

        private void supervisor(String code, String name, Profile p) {
            positions.put(code, new PositionSpec(code, name, PositionKind.PENGAWAS, null, 9, rank("III/c"),
                    rank("IV/a"), p));
        }

        private void staff(String code, String name, int grade, String lo, String hi, Profile p) {
            positions.put(code, new PositionSpec(code, name, PositionKind.PELAKSANA, null, grade, rank(lo), rank(hi),
                    p));
        }

        private void functional(String code, String name, JfLevel level, Profile p) {
            int grade;
            String lo;
            String hi;
            switch (level) {
                case PEMULA -> { grade = 5; lo = "II/a"; hi = "II/b"; }
                case TERAMPIL -> { grade = 6; lo = "II/c"; hi = "II/d"; }
                case MAHIR -> { grade = 7; lo = "III/a"; hi = "III/b"; }
                case PENYELIA -> { grade = 8; lo = "III/c"; hi = "III/d"; }
                case AHLI_PERTAMA -> { grade = 8; lo = "III/a"; hi = "III/b"; }
                case AHLI_MUDA -> { grade = 9; lo = "III/c"; hi = "III/d"; }
                case AHLI_MADYA -> { grade = 11; lo = "IV/a"; hi = "IV/c"; }
                case AHLI_UTAMA -> { grade = 13; lo = "IV/d"; hi = "IV/e"; }
                default -> throw new IllegalStateException();
            }
            positions.put(code, new PositionSpec(code, name, PositionKind.FUNGSIONAL, level, grade, rank(lo),
                    rank(hi), p));
        }

        private void definePositions() {
            jpt("JPT-SEKDA", "Sekretaris Daerah", 15, "IV/c", "IV/d", JPT);
            jpt("JPT-ASISTEN-PEMKESRA", "Asisten Pemerintahan dan Kesejahteraan Rakyat", 14, "IV/b", "IV/c", JPT);
            jpt("JPT-ASISTEN-ADMUM", "Asisten Administrasi Umum", 14, "IV/b", "IV/c", JPT);
            jpt("JPT-KABAN-BKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 14, "IV/b", "IV/c",
                    JPT_HR);
            jpt("JPT-KADIS-KESEHATAN", "Kepala Dinas Kesehatan", 14, "IV/b", "IV/c", JPT_HEALTH);
            jpt("JPT-KADIS-PENDIDIKAN", "Kepala Dinas Pendidikan", 14, "IV/b", "IV/c", JPT_EDU);
            jpt("JPT-KADIS-DUKCAPIL", "Kepala Dinas Kependudukan dan Pencatatan Sipil", 14, "IV/b", "IV/c", JPT);

            administrator("ADM-KABAG-TAPEM", "Kepala Bagian Tata Pemerintahan", 12, ADM);
            administrator("ADM-KABAG-HUKUM", "Kepala Bagian Hukum", 12, ADM_LAW);
            administrator("ADM-KABAG-UMUM", "Kepala Bagian Umum", 12, ADM);
            administrator("ADM-KABAG-ORGANISASI", "Kepala Bagian Organisasi", 12, ADM);
            administrator("ADM-SEKRETARIS-BKPSDM", "Sekretaris BKPSDM", 12, ADM);
            administrator("ADM-KABID-MUTASI", "Kepala Bidang Mutasi dan Promosi", 11, ADM_HR);
            administrator("ADM-KABID-PSDM", "Kepala Bidang Pengembangan Sumber Daya Manusia", 11, ADM_HR);
            administrator("ADM-KABID-PK", "Kepala Bidang Penilaian Kinerja dan Penghargaan", 11, ADM_HR);
            administrator("ADM-SEKRETARIS-DINKES", "Sekretaris Dinas Kesehatan", 12, ADM_HEALTH);
            administrator("ADM-KABID-YANKES", "Kepala Bidang Pelayanan Kesehatan", 11, ADM_HEALTH);
            administrator("ADM-KABID-KESMAS", "Kepala Bidang Kesehatan Masyarakat", 11, ADM_HEALTH);
            administrator("ADM-SEKRETARIS-DISDIK", "Sekretaris Dinas Pendidikan", 12, ADM_EDU);
            administrator("ADM-KABID-SD", "Kepala Bidang Pembinaan Sekolah Dasar", 11, ADM_EDU);
            administrator("ADM-KABID-SMP", "Kepala Bidang Pembinaan Sekolah Menengah Pertama", 11, ADM_EDU);
            administrator("ADM-SEKRETARIS-DUKCAPIL", "Sekretaris Dinas Kependudukan dan Pencatatan Sipil", 12, ADM);
            administrator("ADM-KABID-DAFDUK", "Kepala Bidang Pelayanan Pendaftaran Penduduk", 11, ADM);
            administrator("ADM-KABID-CAPIL", "Kepala Bidang Pelayanan Pencatatan Sipil", 11, ADM);
            administrator("ADM-KABID-PIAK", "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan", 11, ADM);

            supervisor("SPV-KASUBBAG-PUU", "Kepala Subbagian Peraturan Perundang-undangan", SPV_LAW);
            supervisor("SPV-KASUBBAG-BANKUM", "Kepala Subbagian Bantuan Hukum", SPV_LAW);
            supervisor("SPV-KASUBBAG-TUPIM", "Kepala Subbagian Tata Usaha Pimpinan", SPV);
            supervisor("SPV-KASUBBAG-RT", "Kepala Subbagian Rumah Tangga", SPV);
            supervisor("SPV-KASUBBAG-KELEMBAGAAN", "Kepala Subbagian Kelembagaan dan Analisis Jabatan", SPV);
            supervisor("SPV-KASUBBAG-RB", "Kepala Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja", SPV);
            supervisor("SPV-KASUBBAG-UMPEG-BKPSDM", "Kepala Subbagian Umum dan Kepegawaian BKPSDM", SPV);
            supervisor("SPV-KASUBBAG-UMPEG-DINKES", "Kepala Subbagian Umum dan Kepegawaian Dinas Kesehatan", SPV);
            supervisor("SPV-KASUBBAG-KEU-DINKES", "Kepala Subbagian Keuangan dan Aset Dinas Kesehatan", SPV);
            supervisor("SPV-KASI-YANKES-PRIMER", "Kepala Seksi Pelayanan Kesehatan Primer", SPV_HEALTH);
            supervisor("SPV-KASI-FARMALKES", "Kepala Seksi Kefarmasian dan Alat Kesehatan", SPV_PHARMACY);
            supervisor("SPV-KASI-KESGA-GIZI", "Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat", SPV_HEALTH);
            supervisor("SPV-KASI-PROMKES", "Kepala Seksi Promosi dan Pemberdayaan Masyarakat", SPV_HEALTH);
            supervisor("SPV-KAPUSKESMAS-KESATRIA", "Kepala UPTD Puskesmas Kesatria", PUSKESMAS_HEAD);
            supervisor("SPV-KAPUSKESMAS-BANE", "Kepala UPTD Puskesmas Bane", PUSKESMAS_HEAD);
            supervisor("SPV-KASUBBAG-UMPEG-DISDIK", "Kepala Subbagian Umum dan Kepegawaian Dinas Pendidikan", SPV);
            supervisor("SPV-KASUBBAG-UMPEG-DUKCAPIL",
                    "Kepala Subbagian Umum dan Kepegawaian Dinas Kependudukan dan Pencatatan Sipil", SPV);

            staff("PL-PENGADMINISTRASI", "Pengadministrasi Perkantoran", 5, "II/a", "III/b", CLERK);
            staff("PL-OPERATOR", "Operator Layanan Operasional", 6, "II/a", "III/a", CLERK);
            staff("PL-PENGELOLA", "Pengelola Layanan Operasional", 7, "II/c", "III/c", OFFICER);
            staff("PL-PENATA", "Penata Layanan Operasional", 8, "III/a", "III/d", ANALYST);

            functional("JF-DOKTER-AP", "Dokter Ahli Pertama", JfLevel.AHLI_PERTAMA, DOCTOR);
            functional("JF-DOKTER-AM", "Dokter Ahli Muda", JfLevel.AHLI_MUDA, DOCTOR);
            functional("JF-DOKTER-AMD", "Dokter Ahli Madya", JfLevel.AHLI_MADYA, DOCTOR_SENIOR);
            functional("JF-DOKTER-GIGI-AP", "Dokter Gigi Ahli Pertama", JfLevel.AHLI_PERTAMA, DENTIST);
            functional("JF-DOKTER-GIGI-AM", "Dokter Gigi Ahli Muda", JfLevel.AHLI_MUDA, DENTIST);
            functional("JF-PERAWAT-T", "Perawat Terampil", JfLevel.TERAMPIL, NURSE_D3);
            functional("JF-PERAWAT-M", "Perawat Mahir", JfLevel.MAHIR, NURSE_D3);
            functional("JF-PERAWAT-P", "Perawat Penyelia", JfLevel.PENYELIA, NURSE_D3);
            functional("JF-PERAWAT-AP", "Perawat Ahli Pertama", JfLevel.AHLI_PERTAMA, NURSE);
            functional("JF-PERAWAT-AM", "Perawat Ahli Muda", JfLevel.AHLI_MUDA, NURSE_SENIOR);
            functional("JF-BIDAN-T", "Bidan Terampil", JfLevel.TERAMPIL, MIDWIFE_D3);
            functional("JF-BIDAN-M", "Bidan Mahir", JfLevel.MAHIR, MIDWIFE_D3);
            functional("JF-BIDAN-AP", "Bidan Ahli Pertama", JfLevel.AHLI_PERTAMA, MIDWIFE);
            functional("JF-APOTEKER-AP", "Apoteker Ahli Pertama", JfLevel.AHLI_PERTAMA, PHARMACIST);
            functional("JF-ASISTEN-APOTEKER-T", "Asisten Apoteker Terampil", JfLevel.TERAMPIL, PHARMACY_ASSISTANT);
            functional("JF-PRANATA-LAB-T", "Pranata Laboratorium Kesehatan Terampil", JfLevel.TERAMPIL, LAB);
            functional("JF-NUTRISIONIS-T", "Nutrisionis Terampil", JfLevel.TERAMPIL, NUTRITION_D3);
            functional("JF-NUTRISIONIS-AP", "Nutrisionis Ahli Pertama", JfLevel.AHLI_PERTAMA, NUTRITION);
            functional("JF-SANITASI-T", "Tenaga Sanitasi Lingkungan Terampil", JfLevel.TERAMPIL, SANITATION);
            functional("JF-PENYULUH-KESMAS-AM", "Penyuluh Kesehatan Masyarakat Ahli Muda", JfLevel.AHLI_MUDA,
                    PUBLIC_HEALTH);
            functional("JF-EPIDEMIOLOG-AP", "Epidemiolog Kesehatan Ahli Pertama", JfLevel.AHLI_PERTAMA, PUBLIC_HEALTH);
            functional("JF-ADMINKES-AM", "Administrator Kesehatan Ahli Muda", JfLevel.AHLI_MUDA, PUBLIC_HEALTH);
            functional("JF-GURU-AP", "Guru Ahli Pertama", JfLevel.AHLI_PERTAMA, TEACHER_SD);
            functional("JF-GURU-AM", "Guru Ahli Muda", JfLevel.AHLI_MUDA, TEACHER_SD);
            functional("JF-GURU-AMD", "Guru Ahli Madya", JfLevel.AHLI_MADYA, TEACHER_SENIOR);
            functional("JF-GURU-KEPSEK", "Guru Ahli Madya (tugas tambahan Kepala Sekolah)", JfLevel.AHLI_MADYA,
                    SCHOOL_HEAD);
            functional("JF-PENGAWAS-SEKOLAH-AMD", "Pengawas Sekolah Ahli Madya", JfLevel.AHLI_MADYA, SCHOOL_SUPERVISOR);
            functional("JF-ANALIS-SDMA-AP", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", JfLevel.AHLI_PERTAMA,
                    HR_ANALYST);
            functional("JF-ANALIS-SDMA-AM", "Analis Sumber Daya Manusia Aparatur Ahli Muda", JfLevel.AHLI_MUDA,
                    HR_ANALYST_SENIOR);
            functional("JF-PRAKOM-T", "Pranata Komputer Terampil", JfLevel.TERAMPIL, IT_D3);
            functional("JF-PRAKOM-AP", "Pranata Komputer Ahli Pertama", JfLevel.AHLI_PERTAMA, IT);
            functional("JF-ANALIS-KEBIJAKAN-AP", "Analis Kebijakan Ahli Pertama", JfLevel.AHLI_PERTAMA, POLICY);
            functional("JF-ANALIS-KEBIJAKAN-AM", "Analis Kebijakan Ahli Muda", JfLevel.AHLI_MUDA, POLICY_SENIOR);
            functional("JF-PERANCANG-PUU-AM", "Perancang Peraturan Perundang-undangan Ahli Muda", JfLevel.AHLI_MUDA,
                    LAW_SENIOR);
            functional("JF-ANALIS-HUKUM-AP", "Analis Hukum Ahli Pertama", JfLevel.AHLI_PERTAMA, LAW);
            functional("JF-ARSIPARIS-T", "Arsiparis Terampil", JfLevel.TERAMPIL, ARCHIVIST);
            functional("JF-PERENCANA-AP", "Perencana Ahli Pertama", JfLevel.AHLI_PERTAMA, PLANNER);
            functional("JF-ADB-KEPENDUDUKAN-AP", "Administrator Database Kependudukan Ahli Pertama",
                    JfLevel.AHLI_PERTAMA, IT);
            functional("JF-ADB-KEPENDUDUKAN-AM", "Administrator Database Kependudukan Ahli Muda", JfLevel.AHLI_MUDA,
                    IT_SENIOR);
        }

        // ---------------------------------------------------------------- units and who works there

        private final List<UnitDraft> units = new ArrayList<>();

        private static Staffing s(String position, int pns) {
            return new Staffing(position, pns, 0, null);
        }

        private static Staffing s(String position, int pns, int pppk) {
            return new Staffing(position, pns, pppk, null);
        }

        private static Staffing s(String position, int pns, int pppk, Profile profile) {
            return new Staffing(position, pns, pppk, profile);
        }

        private void unit(String code, String name, String parent, String head, Staffing... staffing) {
            units.add(new UnitDraft(new UnitSpec(code, name, parent, head), List.of(staffing)));
        }

        private void defineUnits() {
            unit("SETDA", "Sekretariat Daerah", null, "JPT-SEKDA",
                    s("PL-PENGADMINISTRASI", 1), s("PL-PENGELOLA", 1));
            unit("SETDA.AS1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "SETDA", "JPT-ASISTEN-PEMKESRA",
                    s("PL-PENGADMINISTRASI", 1));
            unit("SETDA.AS1.TAPEM", "Bagian Tata Pemerintahan", "SETDA.AS1", "ADM-KABAG-TAPEM",
                    s("JF-ANALIS-KEBIJAKAN-AP", 1), s("PL-PENGELOLA", 2), s("PL-PENGADMINISTRASI", 1, 1));
            unit("SETDA.AS1.HUKUM", "Bagian Hukum", "SETDA.AS1", "ADM-KABAG-HUKUM",
                    s("JF-PERANCANG-PUU-AM", 1), s("JF-ANALIS-HUKUM-AP", 1));
            unit("SETDA.AS1.HUKUM.PUU", "Subbagian Peraturan Perundang-undangan", "SETDA.AS1.HUKUM", "SPV-KASUBBAG-PUU",
                    s("PL-PENATA", 1), s("PL-PENGADMINISTRASI", 1));
            unit("SETDA.AS1.HUKUM.BANKUM", "Subbagian Bantuan Hukum", "SETDA.AS1.HUKUM", "SPV-KASUBBAG-BANKUM",
                    s("JF-ANALIS-HUKUM-AP", 1), s("PL-PENGELOLA", 1));
            unit("SETDA.AS3", "Asisten Administrasi Umum", "SETDA", "JPT-ASISTEN-ADMUM",
                    s("PL-PENGADMINISTRASI", 1));
            unit("SETDA.AS3.UMUM", "Bagian Umum", "SETDA.AS3", "ADM-KABAG-UMUM",
                    s("PL-PENGELOLA", 1));
            unit("SETDA.AS3.UMUM.TUPIM", "Subbagian Tata Usaha Pimpinan", "SETDA.AS3.UMUM", "SPV-KASUBBAG-TUPIM",
                    s("PL-PENGADMINISTRASI", 2), s("PL-OPERATOR", 0, 1), s("JF-ARSIPARIS-T", 1));
            unit("SETDA.AS3.UMUM.RT", "Subbagian Rumah Tangga", "SETDA.AS3.UMUM", "SPV-KASUBBAG-RT",
                    s("PL-OPERATOR", 2, 2), s("PL-PENGELOLA", 1));
            unit("SETDA.AS3.ORG", "Bagian Organisasi", "SETDA.AS3", "ADM-KABAG-ORGANISASI",
                    s("JF-ANALIS-KEBIJAKAN-AM", 1));
            unit("SETDA.AS3.ORG.KELEMBAGAAN", "Subbagian Kelembagaan dan Analisis Jabatan", "SETDA.AS3.ORG",
                    "SPV-KASUBBAG-KELEMBAGAAN", s("JF-ANALIS-KEBIJAKAN-AP", 1), s("PL-PENATA", 1));
            unit("SETDA.AS3.ORG.RB", "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja", "SETDA.AS3.ORG",
                    "SPV-KASUBBAG-RB", s("JF-ANALIS-KEBIJAKAN-AP", 1), s("PL-PENGELOLA", 1));

            unit("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", null, "JPT-KABAN-BKPSDM");
            unit("BKPSDM.SEKRETARIAT", "Sekretariat BKPSDM", "BKPSDM", "ADM-SEKRETARIS-BKPSDM",
                    s("JF-PERENCANA-AP", 1), s("PL-PENGELOLA", 1));
            unit("BKPSDM.SEKRETARIAT.UMPEG", "Subbagian Umum dan Kepegawaian BKPSDM", "BKPSDM.SEKRETARIAT",
                    "SPV-KASUBBAG-UMPEG-BKPSDM",
                    s("PL-PENGADMINISTRASI", 2, 1), s("JF-ARSIPARIS-T", 1), s("PL-OPERATOR", 0, 1));
            unit("BKPSDM.MUTASI", "Bidang Mutasi dan Promosi", "BKPSDM", "ADM-KABID-MUTASI",
                    s("JF-ANALIS-SDMA-AM", 1), s("JF-ANALIS-SDMA-AP", 2), s("PL-PENGELOLA", 1), s("PL-PENATA", 1));
            unit("BKPSDM.PSDM", "Bidang Pengembangan Sumber Daya Manusia", "BKPSDM", "ADM-KABID-PSDM",
                    s("JF-ANALIS-SDMA-AM", 1), s("JF-ANALIS-SDMA-AP", 1), s("PL-PENGELOLA", 1),
                    s("PL-PENGADMINISTRASI", 1));
            unit("BKPSDM.PK", "Bidang Penilaian Kinerja dan Penghargaan", "BKPSDM", "ADM-KABID-PK",
                    s("JF-ANALIS-SDMA-AM", 2), s("JF-PRAKOM-AP", 1, 1), s("PL-PENATA", 1));

            unit("DINKES", "Dinas Kesehatan", null, "JPT-KADIS-KESEHATAN");
            unit("DINKES.SEKRETARIAT", "Sekretariat Dinas Kesehatan", "DINKES", "ADM-SEKRETARIS-DINKES",
                    s("JF-PERENCANA-AP", 1), s("PL-PENGELOLA", 1));
            unit("DINKES.SEKRETARIAT.UMPEG", "Subbagian Umum dan Kepegawaian Dinas Kesehatan", "DINKES.SEKRETARIAT",
                    "SPV-KASUBBAG-UMPEG-DINKES",
                    s("PL-PENGADMINISTRASI", 2, 1), s("JF-ARSIPARIS-T", 1), s("PL-OPERATOR", 0, 1));
            unit("DINKES.SEKRETARIAT.KEUANGAN", "Subbagian Keuangan dan Aset Dinas Kesehatan", "DINKES.SEKRETARIAT",
                    "SPV-KASUBBAG-KEU-DINKES", s("PL-PENATA", 2), s("PL-PENGELOLA", 1));
            unit("DINKES.YANKES", "Bidang Pelayanan Kesehatan", "DINKES", "ADM-KABID-YANKES",
                    s("JF-ADMINKES-AM", 1), s("JF-DOKTER-AMD", 1));
            unit("DINKES.YANKES.PRIMER", "Seksi Pelayanan Kesehatan Primer", "DINKES.YANKES", "SPV-KASI-YANKES-PRIMER",
                    s("JF-ADMINKES-AM", 1), s("PL-PENGELOLA", 1));
            unit("DINKES.YANKES.FARMALKES", "Seksi Kefarmasian dan Alat Kesehatan", "DINKES.YANKES",
                    "SPV-KASI-FARMALKES", s("JF-APOTEKER-AP", 1), s("JF-ASISTEN-APOTEKER-T", 1));
            unit("DINKES.KESMAS", "Bidang Kesehatan Masyarakat", "DINKES", "ADM-KABID-KESMAS",
                    s("JF-EPIDEMIOLOG-AP", 1), s("PL-PENGELOLA", 1));
            unit("DINKES.KESMAS.KESGA", "Seksi Kesehatan Keluarga dan Gizi Masyarakat", "DINKES.KESMAS",
                    "SPV-KASI-KESGA-GIZI", s("JF-NUTRISIONIS-AP", 1), s("JF-BIDAN-AP", 1));
            unit("DINKES.KESMAS.PROMKES", "Seksi Promosi dan Pemberdayaan Masyarakat", "DINKES.KESMAS",
                    "SPV-KASI-PROMKES", s("JF-PENYULUH-KESMAS-AM", 1), s("PL-PENGELOLA", 1));
            unit("DINKES.PKM-KESATRIA", "UPTD Puskesmas Kesatria", "DINKES", "SPV-KAPUSKESMAS-KESATRIA",
                    s("JF-DOKTER-AMD", 1), s("JF-DOKTER-AM", 1), s("JF-DOKTER-AP", 2), s("JF-DOKTER-GIGI-AM", 1),
                    s("JF-PERAWAT-AM", 1), s("JF-PERAWAT-AP", 2, 1), s("JF-PERAWAT-P", 2), s("JF-PERAWAT-M", 3),
                    s("JF-PERAWAT-T", 2, 3), s("JF-BIDAN-AP", 1), s("JF-BIDAN-M", 2), s("JF-BIDAN-T", 2, 2),
                    s("JF-APOTEKER-AP", 1), s("JF-ASISTEN-APOTEKER-T", 1), s("JF-PRANATA-LAB-T", 1),
                    s("JF-NUTRISIONIS-T", 1), s("JF-SANITASI-T", 1), s("JF-PENYULUH-KESMAS-AM", 1),
                    s("PL-PENGADMINISTRASI", 2, 1), s("PL-OPERATOR", 0, 1));
            unit("DINKES.PKM-BANE", "UPTD Puskesmas Bane", "DINKES", "SPV-KAPUSKESMAS-BANE",
                    s("JF-DOKTER-AM", 1), s("JF-DOKTER-AP", 2), s("JF-DOKTER-GIGI-AP", 1),
                    s("JF-PERAWAT-AM", 1), s("JF-PERAWAT-AP", 1, 2), s("JF-PERAWAT-P", 1), s("JF-PERAWAT-M", 2),
                    s("JF-PERAWAT-T", 2, 2), s("JF-BIDAN-AP", 1), s("JF-BIDAN-M", 1), s("JF-BIDAN-T", 2, 2),
                    s("JF-APOTEKER-AP", 1), s("JF-ASISTEN-APOTEKER-T", 1), s("JF-PRANATA-LAB-T", 1),
                    s("JF-NUTRISIONIS-T", 1), s("JF-SANITASI-T", 1),
                    s("PL-PENGADMINISTRASI", 1, 1), s("PL-OPERATOR", 1, 1));

            unit("DISDIK", "Dinas Pendidikan", null, "JPT-KADIS-PENDIDIKAN");
            unit("DISDIK.SEKRETARIAT", "Sekretariat Dinas Pendidikan", "DISDIK", "ADM-SEKRETARIS-DISDIK",
                    s("JF-PERENCANA-AP", 1), s("PL-PENGELOLA", 1));
            unit("DISDIK.SEKRETARIAT.UMPEG", "Subbagian Umum dan Kepegawaian Dinas Pendidikan", "DISDIK.SEKRETARIAT",
                    "SPV-KASUBBAG-UMPEG-DISDIK", s("PL-PENGADMINISTRASI", 2, 1), s("PL-PENATA", 1));
            unit("DISDIK.SD", "Bidang Pembinaan Sekolah Dasar", "DISDIK", "ADM-KABID-SD",
                    s("JF-PENGAWAS-SEKOLAH-AMD", 2), s("PL-PENGELOLA", 1));
            unit("DISDIK.SMP", "Bidang Pembinaan Sekolah Menengah Pertama", "DISDIK", "ADM-KABID-SMP",
                    s("JF-PENGAWAS-SEKOLAH-AMD", 1), s("PL-PENGELOLA", 1), s("PL-PENATA", 1));
            for (String school : List.of("122350", "122361", "122378", "124401")) {
                unit("DISDIK.SDN-" + school, "SD Negeri " + school, "DISDIK", "JF-GURU-KEPSEK",
                        s("JF-GURU-AMD", 1), s("JF-GURU-AM", 2), s("JF-GURU-AP", 2, 4), s("PL-PENGADMINISTRASI", 0, 1));
            }
            for (int school = 1; school <= 2; school++) {
                unit("DISDIK.SMPN-" + school, "SMP Negeri " + school + " Pematangsiantar", "DISDIK", "JF-GURU-KEPSEK",
                        s("JF-GURU-AMD", 3), s("JF-GURU-AM", 4, 0, TEACHER_SMP), s("JF-GURU-AP", 3, 6, TEACHER_SMP),
                        s("PL-PENGADMINISTRASI", 1, 1), s("PL-PENGELOLA", 1));
            }

            unit("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", null, "JPT-KADIS-DUKCAPIL");
            unit("DUKCAPIL.SEKRETARIAT", "Sekretariat Dinas Kependudukan dan Pencatatan Sipil", "DUKCAPIL",
                    "ADM-SEKRETARIS-DUKCAPIL", s("JF-PERENCANA-AP", 1));
            unit("DUKCAPIL.SEKRETARIAT.UMPEG", "Subbagian Umum dan Kepegawaian Dinas Kependudukan dan Pencatatan Sipil",
                    "DUKCAPIL.SEKRETARIAT", "SPV-KASUBBAG-UMPEG-DUKCAPIL",
                    s("PL-PENGADMINISTRASI", 2, 1), s("PL-PENGELOLA", 1));
            unit("DUKCAPIL.DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk", "DUKCAPIL", "ADM-KABID-DAFDUK",
                    s("JF-ADB-KEPENDUDUKAN-AM", 1), s("JF-ADB-KEPENDUDUKAN-AP", 1), s("PL-OPERATOR", 3, 2),
                    s("PL-PENGELOLA", 1));
            unit("DUKCAPIL.CAPIL", "Bidang Pelayanan Pencatatan Sipil", "DUKCAPIL", "ADM-KABID-CAPIL",
                    s("JF-ADB-KEPENDUDUKAN-AP", 1), s("PL-OPERATOR", 2, 2), s("PL-PENATA", 1), s("PL-PENGELOLA", 1));
            unit("DUKCAPIL.PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan", "DUKCAPIL",
                    "ADM-KABID-PIAK",
                    s("JF-PRAKOM-AP", 1), s("JF-PRAKOM-T", 1, 1), s("JF-ADB-KEPENDUDUKAN-AM", 1),
                    s("JF-ADB-KEPENDUDUKAN-AP", 1));
        }

    }

    /** So many PNS and PPPK holders of a position in a unit, optionally with another profile than the post's. */
    private record Staffing(String positionCode, int pns, int pppk, Profile profile) {
    }

    private record UnitDraft(UnitSpec spec, List<Staffing> staffing) {
    }

    // ---------------------------------------------------------------- people and reporting lines

    /** The mutable form of a planned employee while the plan is being worked out. */
    private static final class Draft {
        Person person;
        String positionCode;
        String unitCode;
        String superiorNip;
        String appraiserNip;
        String email;
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

        PlannedEmployee freeze() {
            return new PlannedEmployee(person.nip(), person.type(), person.name(), person.frontTitle(),
                    person.backTitle(), person.rankGrade(), email, positionCode, unitCode, superiorNip, appraiserNip,
                    Set.copyOf(roles));
        }
    }

    static DemoPlan create() {
        Random random = new Random(SEED);
        DemoPeople people = new DemoPeople(random, "pematangsiantar.example");
        Catalogue plan = new Catalogue();
        plan.definePositions();
        plan.defineUnits();

        Map<String, String> headOf = new LinkedHashMap<>();
        Map<String, List<Draft>> staffOf = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        String sekda = null;
        for (UnitDraft unit : plan.units) {
            UnitSpec spec = unit.spec();
            String parent = spec.parentCode();
            // heads of the top-level units (the OPD) report to the Sekretaris Daerah; other heads to the parent's head
            String headSuperior = parent != null ? headOf.get(parent) : sekda;
            Draft head = draft(people, plan.positions.get(spec.headPositionCode()), null, AsnType.PNS, spec.code(),
                    headSuperior);
            head.email = people.email(head.person.name());
            drafts.add(head);
            headOf.put(spec.code(), head.person.nip());
            if (sekda == null) {
                sekda = head.person.nip();
            }
            List<Draft> staff = new ArrayList<>();
            for (Staffing st : unit.staffing()) {
                PositionSpec position = plan.positions.get(st.positionCode());
                for (int i = 0; i < st.pns() + st.pppk(); i++) {
                    AsnType type = i < st.pns() ? AsnType.PNS : AsnType.PPPK;
                    Draft d = draft(people, position, st.profile(), type, spec.code(), head.person.nip());
                    if (random.nextInt(100) < 35) {
                        d.email = people.email(d.person.name());
                    }
                    staff.add(d);
                }
            }
            drafts.addAll(staff);
            staffOf.put(spec.code(), staff);
        }

        Map<Featured, String> featured = new EnumMap<>(Featured.class);
        Draft agencyHead = find(drafts, headOf.get("SETDA"));
        agencyHead.roles.add(Role.AGENCY_HEAD);
        featured.put(Featured.AGENCY_HEAD, agencyHead.person.nip());

        Draft admin = first(staffOf.get("BKPSDM.PK"), "JF-ANALIS-SDMA-AM");
        admin.roles.add(Role.AGENCY_ADMIN);
        featured.put(Featured.AGENCY_ADMIN, admin.person.nip());
        featured.put(Featured.SUPERVISOR, headOf.get("BKPSDM.PK"));
        Draft employee = first(staffOf.get("BKPSDM.PK"), "JF-PRAKOM-AP");
        featured.put(Featured.EMPLOYEE, employee.person.nip());
        for (Draft d : List.of(admin, employee)) {
            if (d.email == null) {
                d.email = people.email(d.person.name());
            }
        }

        // one appraiser override, to show the feature: a senior school supervisor is appraised by the head of
        // the department rather than by the head of the division they are placed in
        Draft schoolSupervisor = first(staffOf.get("DISDIK.SD"), "JF-PENGAWAS-SEKOLAH-AMD");
        schoolSupervisor.appraiserNip = headOf.get("DISDIK");

        AgencyPlan city = new AgencyPlan(AGENCY_CODE, AGENCY_NAME, AgencyKind.CITY,
                plan.units.stream().map(UnitDraft::spec).toList(), List.copyOf(plan.positions.values()),
                drafts.stream().map(Draft::freeze).toList(), Map.copyOf(headOf));

        // the national administrator: an officer of BKN's directorate for civil service performance
        DemoPeople bknPeople = new DemoPeople(random, "bkn.example");
        PositionSpec analyst = new PositionSpec("JF-ANALIS-SDMA-AMD", "Analis Sumber Daya Manusia Aparatur Ahli Madya",
                PositionKind.FUNGSIONAL, JfLevel.AHLI_MADYA, 11, rank("IV/a"), rank("IV/b"), HR_ANALYST_SENIOR);
        UnitSpec directorate = new UnitSpec("DIT-KINERJA-ASN", "Direktorat Kinerja Aparatur Sipil Negara", null, null);
        Draft officer = draft(bknPeople, analyst, null, AsnType.PNS, directorate.code(), null);
        while (clashes(city, officer.person)) {
            // someone else than anyone in the city (each generator keeps its own names and numbers unique)
            officer = draft(bknPeople, analyst, null, AsnType.PNS, directorate.code(), null);
        }
        officer.email = bknPeople.email(officer.person.name());
        officer.roles.add(Role.NATIONAL_ADMIN);
        featured.put(Featured.NATIONAL_ADMIN, officer.person.nip());
        AgencyPlan national = new AgencyPlan(NATIONAL_AGENCY_CODE, NATIONAL_AGENCY_NAME, AgencyKind.AGENCY,
                List.of(directorate), List.of(analyst), List.of(officer.freeze()), Map.of());

        return new DemoPlan(city, national, Map.copyOf(featured));
    }

    private static Draft draft(DemoPeople people, PositionSpec position, Profile profile, AsnType type,
            String unitCode, String superiorNip) {
        Draft d = new Draft();
        d.person = people.make(profile != null ? profile : position.profile(), type, position.rankLo(),
                position.rankHi(), position.level());
        d.positionCode = position.code();
        d.unitCode = unitCode;
        d.superiorNip = superiorNip;
        return d;
    }

    private static boolean clashes(AgencyPlan plan, Person person) {
        return plan.employees().stream().anyMatch(e -> e.name().equals(person.name()) || e.nip().equals(person.nip()));
    }

    private static Draft find(List<Draft> drafts, String nip) {
        return drafts.stream().filter(d -> d.person.nip().equals(nip)).findFirst().orElseThrow();
    }

    private static Draft first(List<Draft> staff, String positionCode) {
        return staff.stream().filter(d -> d.positionCode.equals(positionCode) && d.person.type() == AsnType.PNS)
                .findFirst().orElseThrow();
    }
}
