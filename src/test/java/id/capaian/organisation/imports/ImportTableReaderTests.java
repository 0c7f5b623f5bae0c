package id.capaian.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.organisation.internal.imports.ImportFileException;
import id.capaian.organisation.internal.imports.SourceTable;
import id.capaian.organisation.internal.imports.TableReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ImportTableReaderTests {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvWithByteOrderMarkSemicolonsQuotesAndBlankRows() {
        byte[] csv = utf8("\uFEFFcode;name;parent_code\r\nA;\"Dinas; Kesehatan\";\r\n;;\r\nB;\"Say \"\"hi\"\"\nsecond line\";A\n");
        assertThat(TableReader.detect(csv)).isEqualTo(TableReader.Format.CSV);

        SourceTable table = TableReader.read(csv, 100);

        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.header()).containsExactly("code", "name", "parent_code");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("A", "Dinas; Kesehatan", "");
        assertThat(table.rows().get(1).number()).as("the blank row 3 is skipped but still counted").isEqualTo(4);
        assertThat(table.rows().get(1).cells()).containsExactly("B", "Say \"hi\"\nsecond line", "A");
    }

    @Test
    void readsCommaSeparatedCsvAndTrimsCells() {
        SourceTable table = TableReader.read(utf8("nip,name\n 19860926 201505 1 001 , Budi \n"), 10);
        assertThat(table.rows().get(0).cells()).containsExactly("19860926 201505 1 001", "Budi");
        assertThat(table.rows().get(0).cell(5)).as("a missing cell is empty").isEmpty();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithExactLongNumbersAndRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("data");
        ws.value(0, 0, "nip");
        ws.value(0, 1, "name");
        ws.value(0, 2, "count");
        ws.value(1, 0, 198609262015051001L);
        ws.value(1, 1, "Budi");
        ws.value(1, 2, 3.0);
        // row index 2 (spreadsheet row 3) left empty
        ws.value(3, 0, 1.98609262015051E17);
        ws.value(3, 1, "Siti");
        wb.newWorksheet("other").value(0, 0, "ignored");
        wb.finish();

        byte[] xlsx = out.toByteArray();
        assertThat(TableReader.detect(xlsx)).isEqualTo(TableReader.Format.XLSX);
        SourceTable table = TableReader.read(xlsx, 10);

        assertThat(table.header()).containsExactly("nip", "name", "count");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("198609262015051001", "Budi", "3");
        assertThat(table.rows().get(0).isLossy(0)).isFalse();
        assertThat(table.rows().get(1).number()).isEqualTo(4);
        assertThat(table.rows().get(1).isLossy(0)).as("a NIP that a spreadsheet stored as a rounded number").isTrue();
    }

    @Test
    void tellsTheTypeByContentAndRefusesWhatItCannotRead() {
        assertCode(new byte[0], "import.error.emptyFile");
        assertCode(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "import.error.fileType");
        assertCode(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "import.error.legacyExcel");
        assertCode("code;name\nA;Dinas Kesehatan Kota Bogor \u00e9".getBytes(StandardCharsets.ISO_8859_1),
                "import.error.encoding");
        assertCode(utf8("   \n\n"), "import.error.emptyFile");
        assertCode(utf8("code,name\n"), "import.error.noRows");
        assertCode(utf8("code,name\nA,\"unclosed\n"), "import.error.csvQuote");
        assertCode(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "import.error.unreadable");
    }

    @Test
    void refusesMoreRowsThanAllowed() {
        assertThatThrownBy(() -> TableReader.read(utf8("code,name\nA,a\nB,b\nC,c\n"), 2))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("import.error.tooManyRows");
                    assertThat(e.args()).containsExactly("2");
                });
    }

    private static void assertCode(byte[] content, String code) {
        assertThatThrownBy(() -> TableReader.read(content, 100))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
