package id.capaian.planning.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanDocuments;
import id.capaian.planning.PlanHeaderForm;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.UnitIndicator;
import id.capaian.planning.UnitIndicatorForm;
import id.capaian.planning.AgreementManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The SKP form as PDF and a unit's plans as XLSX: content, draft marking and who may download them. */
@IntegrationTest
class PlanDocumentIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;
    @Autowired PlanDocuments documents;

    Agency agency;
    Unit dinkes;
    Unit puskesmas;
    Employee head;
    Employee staff;
    Employee colleague;
    Employee nurse;
    Employee pkmHead;
    Actor headActor;
    Actor staffActor;
    Actor colleagueActor;
    Actor admin;
    Employee adminEmployee;
    Period period;
    Plan staffPlan;
    PlannedResult headResult;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        puskesmas = data.unit(agency, dinkes.id(), "Puskesmas Kahean");
        head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "Ronald Sitorus");
        staff = data.employee(agency, dinkes, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog Ahli Pertama"), head, "Maria Tambunan");
        colleague = data.employee(agency, dinkes, null, head, "Tono Sirait");
        pkmHead = data.employee(agency, puskesmas, null, head, "Kepala Puskesmas Kahean");
        nurse = data.employee(agency, puskesmas, null, pkmHead, "Rina Perawat");
        setHead(dinkes, head);
        setHead(puskesmas, pkmHead);
        adminEmployee = data.employee(agency, dinkes, null, head, "Admin BKPSDM");
        data.account(adminEmployee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        for (Employee e : List.of(head, staff, colleague, pkmHead, nurse)) {
            data.account(e);
        }
        admin = actor(adminEmployee);
        headActor = actor(head);
        staffActor = actor(staff);
        colleagueActor = actor(colleague);
        period = periods.open(admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, null));

        UnitIndicator iku = agreements.addIndicator(headActor, agency.id(),
                agreements.open(headActor, agency.id(), period.id(), dinkes.id()).id(),
                new UnitIndicatorForm("Meningkatnya derajat kesehatan", "Cakupan imunisasi dasar lengkap",
                        new BigDecimal("95"), "%", Direction.HIGHER));
        Plan headPlan = plans.create(headActor, agency.id(), period.id(), head.id());
        headResult = plans.addResult(headActor, agency.id(), headPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Terlaksananya imunisasi dasar lengkap di seluruh puskesmas", null, iku.id()));

        staffPlan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlannedResult main = plans.addResult(staffActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Tersusunnya laporan surveilans imunisasi", headResult.id(), null));
        plans.addIndicator(staffActor, agency.id(), main.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Jumlah laporan surveilans", new BigDecimal("12"), "laporan", Direction.HIGHER));
        IndicatorForm range = IndicatorForm.number(Aspect.WAKTU, "Waktu penyampaian laporan", null, "hari", Direction.LOWER);
        range.setTargetKind(id.capaian.planning.TargetKind.RANGE);
        range.setTargetMin(new BigDecimal("3"));
        range.setTargetMax(new BigDecimal("5"));
        plans.addIndicator(staffActor, agency.id(), main.id(), range);
        plans.setActions(staffActor, agency.id(), main.id(), Map.of(1, "Mengumpulkan data imunisasi", 4, "Menyusun laporan tahunan"));
        PlannedResult extra = plans.addResult(staffActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.TAMBAHAN,
                "Terlaksananya penyuluhan posyandu", null, null));
        plans.addIndicator(staffActor, agency.id(), extra.id(), IndicatorForm.number(Aspect.KUALITAS,
                "Peserta penyuluhan", new BigDecimal("40"), "orang", Direction.HIGHER));
        PlanHeaderForm header = PlanHeaderForm.of(plans.get(staffActor, agency.id(), staffPlan.id()));
        header.setResourceSupport("Aplikasi pencatatan imunisasi\nKendaraan dinas untuk kunjungan");
        header.setAccountability("Laporan bulanan kepada Kepala Bidang P2P");
        header.setConsequences("Teguran tertulis bila laporan terlambat");
        plans.updateHeader(staffActor, agency.id(), staffPlan.id(), header);
        plans.setSpecialExpectation(headActor, agency.id(), staffPlan.id(), BerakhlakValue.KOMPETEN,
                "Mengikuti pelatihan analisis data surveilans");
    }

    private void setHead(Unit unit, Employee employee) {
        UnitForm f = UnitForm.of(units.get(Actor.system(), agency.id(), unit.id()));
        f.setHeadEmployeeId(employee.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
    }

    private Actor actor(Employee e) {
        return (Actor) users.loadUserByUsername(e.nip());
    }

    private UserDetails login(Employee e) {
        return users.loadUserByUsername(e.nip());
    }

    private Plan approve() {
        plans.submit(staffActor, agency.id(), staffPlan.id());
        return plans.approve(headActor, agency.id(), staffPlan.id());
    }

    /** The PDF's text with every run of white space made one space: table cells wrap their lines. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theSkpShowsTheOfficialFormWithEveryPartOfThePlan() throws Exception {
        Plan approved = approve();
        byte[] pdf = documents.skpPdf(staffActor, agency.id(), staffPlan.id(), Locale.ENGLISH);
        preview(pdf, "skp-approved");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(2);
        String text = text(pdf);
        // heading and identity, in Indonesian whatever the reader's language
        assertThat(text).contains("SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL", agency.name().toUpperCase(Locale.ROOT),
                "1 Januari – 31 Desember 2026", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
                "Maria Tambunan", staff.nipFormatted(), "Penata Muda, III/a", "Epidemiolog Ahli Pertama",
                "Ronald Sitorus", head.nipFormatted(), "Kepala Dinas Kesehatan", "Dinas Kesehatan");
        // results: A. Utama then B. Tambahan, with the superior's RHK, the IKI and their targets
        assertThat(text).contains("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "INDIKATOR KINERJA INDIVIDU");
        int utama = text.indexOf("A. Utama");
        int tambahan = text.indexOf("B. Tambahan");
        assertThat(utama).isPositive();
        assertThat(tambahan).isGreaterThan(utama);
        int mainResult = text.indexOf("Tersusunnya laporan surveilans imunisasi");
        int extraResult = text.indexOf("Terlaksananya penyuluhan posyandu");
        assertThat(mainResult).isBetween(utama, tambahan);
        assertThat(extraResult).isGreaterThan(tambahan);
        assertThat(text).contains("Terlaksananya imunisasi dasar lengkap di seluruh puskesmas",
                "Jumlah laporan surveilans", "12 laporan", "Waktu penyampaian laporan", "3 - 5 hari",
                "Peserta penyuluhan", "40 orang", "Kuantitas", "Waktu", "Kualitas");
        // behaviour: the seven values with their guides, and the leader's special expectation
        assertThat(text).contains("PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "Berorientasi Pelayanan", "Akuntabel",
                "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif", "Membantu orang lain belajar",
                "Mengikuti pelatihan analisis data surveilans");
        // signatures: place and date of approval, both names
        assertThat(text).contains("Pegawai yang Dinilai", "Pejabat Penilai Kinerja", "Uji " + agency.name().replaceAll("\\D", "") + ",");
        assertThat(text.indexOf("Pejabat Penilai Kinerja", text.indexOf("Pegawai yang Dinilai"))).isPositive();
        // the attachment
        assertThat(text).contains("LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA", "Aplikasi pencatatan imunisasi",
                "Kendaraan dinas untuk kunjungan", "SKEMA PERTANGGUNGJAWABAN", "Laporan bulanan kepada Kepala Bidang P2P",
                "KONSEKUENSI", "Teguran tertulis bila laporan terlambat", "RENCANA AKSI", "Triwulan I",
                "Mengumpulkan data imunisasi", "Triwulan IV", "Menyusun laporan tahunan");
        assertThat(text.indexOf("Mengumpulkan data imunisasi")).isGreaterThan(text.indexOf("LAMPIRAN SASARAN KINERJA PEGAWAI"));
        // approved: no draft marking, no revision
        assertThat(approved.revision()).isZero();
        assertThat(text).doesNotContain("DRAF", "belum ditetapkan", "Revisi ke-");
    }

    @Test
    void aPlanNotYetApprovedIsMarkedAsDraftAndARevisionIsNumbered() throws Exception {
        String draft = text(documents.skpPdf(staffActor, agency.id(), staffPlan.id(), Locale.forLanguageTag("id")));
        assertThat(draft).contains("DRAF — belum ditetapkan", "Status: Draf.");
        preview(documents.skpPdf(staffActor, agency.id(), staffPlan.id(), Locale.forLanguageTag("id")), "skp-draft");

        approve();
        plans.revise(staffActor, agency.id(), staffPlan.id(), "Target disesuaikan");
        String revising = text(documents.skpPdf(headActor, agency.id(), staffPlan.id(), Locale.forLanguageTag("id")));
        assertThat(revising).contains("DRAF — belum ditetapkan", "Revisi ke-1");
        plans.submit(staffActor, agency.id(), staffPlan.id());
        plans.approve(headActor, agency.id(), staffPlan.id());
        String approvedAgain = text(documents.skpPdf(admin, agency.id(), staffPlan.id(), Locale.forLanguageTag("id")));
        assertThat(approvedAgain).contains("Revisi ke-1").doesNotContain("DRAF");
    }

    @Test
    void anEmptyPlanAndUnusualTextStillMakeAForm() throws Exception {
        Plan empty = plans.create(colleagueActor, agency.id(), period.id(), colleague.id());
        byte[] pdf = documents.skpPdf(colleagueActor, agency.id(), empty.id(), Locale.forLanguageTag("id"));
        String text = text(pdf);
        assertThat(text).contains("A. Utama", "B. Tambahan", "Tono Sirait", "LAMPIRAN SASARAN KINERJA PEGAWAI");

        PlannedResult odd = plans.addResult(colleagueActor, agency.id(), empty.id(), new ResultForm(ResultKind.UTAMA,
                "Capaian ≥ 95% <lengkap> & \"tepat\" \u0007waktu", headResult.id(), null));
        assertThat(odd.id()).isPositive();
        byte[] odder = documents.skpPdf(colleagueActor, agency.id(), empty.id(), Locale.forLanguageTag("id"));
        preview(odder, "skp-odd");
        assertThat(text(odder)).contains("Capaian ≥ 95% <lengkap> & \"tepat\" waktu");
    }

    @Test
    void theSkpDownloadIsForWhoeverMayReadThePlan() throws Exception {
        approve();
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", agency.id(), staffPlan.id()).with(user(login(staff))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"SKP-" + staff.nip() + "-2026.pdf\""))
                .andExpect(r -> assertThat(new String(r.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF"));
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", agency.id(), staffPlan.id()).with(user(login(head))))
                .andExpect(status().isOk());
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", agency.id(), staffPlan.id()).with(user(login(colleague))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> documents.skpPdf(colleagueActor, agency.id(), staffPlan.id(), Locale.ROOT))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", agency.id(), staffPlan.id()))
                .andExpect(status().is3xxRedirection());
        // another agency's administrator: not even told whether the plan exists
        Agency other = data.agency();
        Employee outsider = data.employee(other, null, null, null, "Admin Lain");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", agency.id(), staffPlan.id()).with(user(login(outsider))))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(get("/agencies/{a}/plans/{p}/pdf", other.id(), staffPlan.id()).with(user(login(outsider))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theUnitExportHasOneRowPerIndicatorAndASummaryPerEmployee() throws Exception {
        approve();
        plans.create(colleagueActor, agency.id(), period.id(), colleague.id());
        mvc.perform(get("/agencies/{a}/periods/{p}/units/{u}/plans.xlsx", agency.id(), period.id(), dinkes.id())
                        .with(user(login(staff))))
                .andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/agencies/{a}/periods/{p}/units/{u}/plans.xlsx", agency.id(), period.id(), dinkes.id())
                        .with(user(login(adminEmployee))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, PlanDocuments.XLSX))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"SKP-" + dinkes.code() + "-2026.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Hasil Kerja", "Ringkasan");
            List<List<String>> rows = cells(sheets.get(0), 12);
            assertThat(rows.get(0)).containsExactly("NIP", "Nama", "Jabatan", "Unit", "Status SKP", "Jenis RHK",
                    "RHK atasan yang diintervensi", "RHK", "Aspek", "IKI", "Target", "Arah");
            List<List<String>> maria = rows.stream().filter(r -> r.get(0).equals(staff.nip())).toList();
            assertThat(maria).containsExactly(
                    List.of(staff.nip(), "Maria Tambunan", "Epidemiolog Ahli Pertama", "Dinas Kesehatan", "Ditetapkan",
                            "Utama", "Terlaksananya imunisasi dasar lengkap di seluruh puskesmas",
                            "Tersusunnya laporan surveilans imunisasi", "Kuantitas", "Jumlah laporan surveilans",
                            "12 laporan", "Makin tinggi makin baik"),
                    List.of(staff.nip(), "Maria Tambunan", "Epidemiolog Ahli Pertama", "Dinas Kesehatan", "Ditetapkan",
                            "Utama", "Terlaksananya imunisasi dasar lengkap di seluruh puskesmas",
                            "Tersusunnya laporan surveilans imunisasi", "Waktu", "Waktu penyampaian laporan",
                            "3 - 5 hari", "Makin rendah makin baik"),
                    List.of(staff.nip(), "Maria Tambunan", "Epidemiolog Ahli Pertama", "Dinas Kesehatan", "Ditetapkan",
                            "Tambahan", "", "Terlaksananya penyuluhan posyandu", "Kualitas", "Peserta penyuluhan",
                            "40 orang", "Makin tinggi makin baik"));
            // the head's RHK has no IKI yet, the colleague's plan no RHK: both still get a row
            assertThat(rows.stream().filter(r -> r.get(0).equals(head.nip())).toList()).singleElement()
                    .satisfies(r -> assertThat(r.get(7)).isEqualTo("Terlaksananya imunisasi dasar lengkap di seluruh puskesmas"))
                    .satisfies(r -> assertThat(r.get(6)).isEqualTo("Cakupan imunisasi dasar lengkap"));
            assertThat(rows.stream().filter(r -> r.get(0).equals(colleague.nip())).toList()).singleElement()
                    .satisfies(r -> assertThat(r.get(4)).isEqualTo("Draf"));
            assertThat(rows).hasSize(1 + 3 + 1 + 1);

            List<List<String>> summary = cells(sheets.get(1), 13);
            assertThat(summary.get(0)).startsWith("NIP", "Nama", "Jabatan", "Unit", "Pejabat penilai", "Status SKP");
            List<String> mariaSummary = summary.stream().filter(r -> r.get(0).equals(staff.nip())).findFirst().orElseThrow();
            assertThat(mariaSummary.subList(4, 11)).containsExactly("Ronald Sitorus", "Ditetapkan", "0", "2", "1", "1", "3");
            assertThat(mariaSummary.get(12)).isNotBlank();
            // those in the unit and its sub-units without a plan are listed too
            assertThat(summary.stream().filter(r -> r.get(0).equals(nurse.nip())).findFirst().orElseThrow().get(5))
                    .isEqualTo("Belum ada SKP");
        }
    }

    @Test
    void theUnitExportIsForAdministratorsTheHeadOfTheAgencyAndHeadsOfTheUnitOrAbove() throws Exception {
        String path = "/agencies/{a}/periods/{p}/units/{u}/plans.xlsx";
        mvc.perform(get(path, agency.id(), period.id(), dinkes.id()).with(user(login(head)))).andExpect(status().isOk());
        mvc.perform(get(path, agency.id(), period.id(), puskesmas.id()).with(user(login(head)))).andExpect(status().isOk());
        mvc.perform(get(path, agency.id(), period.id(), puskesmas.id()).with(user(login(pkmHead)))).andExpect(status().isOk());
        mvc.perform(get(path, agency.id(), period.id(), dinkes.id()).with(user(login(pkmHead)))).andExpect(status().isForbidden());
        mvc.perform(get(path, agency.id(), period.id(), dinkes.id()).with(user(login(staff)))).andExpect(status().isForbidden());
        mvc.perform(get(path, agency.id(), period.id(), puskesmas.id()).with(user(login(nurse)))).andExpect(status().isForbidden());
        Employee leader = data.employee(agency, null, null, null, "Wali Kota");
        data.account(leader, Role.EMPLOYEE, Role.AGENCY_HEAD);
        mvc.perform(get(path, agency.id(), period.id(), dinkes.id()).with(user(login(leader)))).andExpect(status().isOk());
        Agency other = data.agency();
        Employee outsider = data.employee(other, null, null, null, "Admin Lain");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        mvc.perform(get(path, agency.id(), period.id(), dinkes.id()).with(user(login(outsider))))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
    }

    /** Every row of the sheet as the texts of its first {@code width} cells ("" for an empty one). */
    private static List<List<String>> cells(Sheet sheet, int width) throws IOException {
        return sheet.read().stream().map((Row r) -> java.util.stream.IntStream.range(0, width)
                .mapToObj(c -> c < r.getCellCount() && r.getCell(c) != null && r.getCell(c).getText() != null
                        ? r.getCell(c).getText() : "")
                .toList()).toList();
    }

    /** With SKP_PREVIEW_DIR set, keeps the PDF and a picture of each page there for a person to look at. */
    private static void preview(byte[] pdf, String name) throws IOException {
        String dir = System.getenv("SKP_PREVIEW_DIR");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Files.write(Path.of(dir, name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", Path.of(dir, name + "-page" + (i + 1) + ".png").toFile());
            }
        }
    }
}
