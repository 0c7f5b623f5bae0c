package id.capaian.development;

import static id.capaian.development.TrainingScenario.today;
import static id.capaian.development.TrainingScenario.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.organisation.UnitManagement;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** JP compliance as XLSX (read back: every employee, the units, what it is about) and as PDF (its text read back). */
@IntegrationTest
class TrainingExportIntegrationTests {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired TrainingManagement trainings;
    @Autowired JpDocuments documents;

    TrainingScenario s;

    @BeforeEach
    void setUp() {
        s = new TrainingScenario(data, units, users);
        Training t12 = s.training(trainings, "T12", TrainingKind.KLASIKAL, 12, null);
        Training t8 = s.training(trainings, "T8", TrainingKind.E_LEARNING, 8, null);
        s.verified(trainings, s.sari(), t12, today());
        s.verified(trainings, s.sari(), t8, today());
        s.verified(trainings, s.budi(), t8, today());
        TrainingEnrolment x = trainings.enrol(s.budi(), s.id(), t12.id(), s.budi().employeeId());
        trainings.complete(s.budi(), s.id(), x.id(), today(), new TrainingCertificate("b.pdf", TrainingScenario.PDF));
    }

    @Test
    void theWorkbookListsEveryEmployeeTheUnitsAndWhatItIsAbout() throws Exception {
        JpDocuments.Export export = documents.workbook(s.rina(), s.id(), s.dinkes.id(), year(), ID);
        assertThat(export.contentType()).isEqualTo(JpDocuments.XLSX);
        assertThat(export.fileName()).startsWith("jp-" + s.agency.code().replaceAll("[^A-Za-z0-9.-]", "_")).endsWith("-" + year() + ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writer().writeTo(out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Pegawai", "Unit", "Keterangan");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("NIP");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("JP terverifikasi");
            Map<String, Row> byName = rows.stream().skip(1).collect(Collectors.toMap(r -> r.getCellText(1), Function.identity()));
            // the Dinas and everything below it: the Kadis, the Kapus, the two nurses and Tono; nobody else
            assertThat(byName.keySet()).containsExactlyInAnyOrder("dr. Kepala Dinas", "dr. Kepala Puskesmas", "Sari Perawat",
                    "Budi Perawat", "Tono Pengadministrasi");
            Row sari = byName.get("Sari Perawat");
            assertThat(sari.getCellText(0)).isEqualTo(s.sari.nip());
            assertThat(sari.getCellText(4)).isEqualTo("UPTD Puskesmas Kesatria");
            assertThat(sari.getCellAsNumber(5)).contains(new BigDecimal("20"));
            assertThat(sari.getCellAsNumber(7)).contains(BigDecimal.ZERO);
            assertThat(sari.getCellText(8)).isEqualTo("Memenuhi");
            Row budi = byName.get("Budi Perawat");
            assertThat(budi.getCellAsNumber(5)).contains(new BigDecimal("8"));
            assertThat(budi.getCellAsNumber(6)).contains(new BigDecimal("20"));
            assertThat(budi.getCellAsNumber(7)).contains(new BigDecimal("12"));
            assertThat(budi.getCellText(8)).isEqualTo("Belum memenuhi");
            assertThat(budi.getCellAsNumber(9)).contains(new BigDecimal("12"));

            List<Row> unitRows = sheets.get(1).read();
            assertThat(unitRows.get(0).getCellText(0)).isEqualTo("Unit kerja");
            Map<String, Row> unitsByName = unitRows.stream().skip(1).collect(Collectors.toMap(r -> r.getCellText(0), Function.identity()));
            assertThat(unitsByName.keySet()).containsExactlyInAnyOrder("Dinas Kesehatan (pegawai langsung)", "Sekretariat Dinas Kesehatan",
                    "UPTD Puskesmas Kesatria", "Jumlah");
            Row pkm = unitsByName.get("UPTD Puskesmas Kesatria");
            assertThat(pkm.getCellAsNumber(1)).contains(new BigDecimal("3"));
            assertThat(pkm.getCellAsNumber(2)).contains(new BigDecimal("1"));
            assertThat(pkm.getCellAsNumber(3)).contains(new BigDecimal("2"));
            assertThat(pkm.getCellAsNumber(6)).contains(new BigDecimal("1"));
            Row total = unitsByName.get("Jumlah");
            assertThat(total.getCellAsNumber(1)).contains(new BigDecimal("5"));
            assertThat(total.getCellAsNumber(2)).contains(new BigDecimal("1"));

            List<Row> about = sheets.get(2).read();
            Map<String, String> facts = about.stream().collect(Collectors.toMap(r -> r.getCellText(0), r -> r.getCellText(1)));
            assertThat(facts).containsEntry("Instansi", s.agency.name()).containsEntry("Unit kerja", "Dinas Kesehatan")
                    .containsEntry("Tahun", String.valueOf(year())).containsEntry("Target JP", "20").containsEntry("Jumlah pegawai", "5");
        }

        // the agency's workbook: everyone active
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        documents.workbook(s.sekda(), s.id(), null, year(), Locale.ENGLISH).writer().writeTo(all);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(all.toByteArray()))) {
            Sheet employees = wb.getFirstSheet();
            assertThat(employees.getName()).isEqualTo("Employees");
            assertThat(employees.read()).hasSize(1 + 7);
        }
    }

    @Test
    void thePdfShowsTheBoardAndWhoIsBehind() throws Exception {
        JpDocuments.Export export = documents.pdf(s.kadis(), s.id(), s.dinkes.id(), year(), ID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writer().writeTo(out);
        assertThat(export.fileName()).endsWith(".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Kepatuhan JP: Dinas Kesehatan", s.agency.name(), "Target 20 JP",
                "5 pegawai aktif: 1 memenuhi target, 4 belum", "UPTD Puskesmas Kesatria", "Belum mencapai target (4 pegawai)",
                "Budi Perawat", s.budi.nip(), s.tono.nip(), "Tahun " + year())
                .doesNotContain("Rina Analis SDM");
        assertThat(documents.pdfHtml(s.kadis(), s.id(), s.dinkes.id(), year(), ID)).contains("<meta charset=\"UTF-8\"/>", "Budi Perawat");

        assertThatThrownBy(() -> documents.pdf(s.kapus(), s.id(), s.dinkes.id(), year(), ID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.workbook(s.sari(), s.id(), null, year(), ID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.workbook(s.outsider(), s.id(), null, year(), ID)).isInstanceOf(AccessDeniedException.class);
    }
}
