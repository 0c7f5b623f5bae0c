package id.capaian.organisation.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded file into a {@link SourceTable}. The type is told by the content, never by the name: an XLSX
 * file is a ZIP archive (it starts with {@code PK}); anything else must be UTF-8 text (an optional byte order
 * mark is skipped) with comma- or semicolon-separated values, the separator taken from the header line.
 */
public final class TableReader {

    /** At most this many columns are read from a row; import files have about a dozen. */
    static final int MAX_COLUMNS = 200;
    /** A workbook of 50,000 employees expands to about 15 MB; far more is not a genuine import file. */
    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;

    public enum Format { XLSX, CSV }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private TableReader() {
    }

    /** The format of the content, or an {@link ImportFileException} saying why it cannot be imported. */
    public static Format detect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("import.error.emptyFile");
        }
        if (startsWith(content, ZIP)) {
            return Format.XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw new ImportFileException("import.error.legacyExcel");
        }
        if (startsWith(content, new byte[] {'P', 'K'}) || looksBinary(content)) {
            throw new ImportFileException("import.error.fileType");
        }
        decodeText(content);
        return Format.CSV;
    }

    /**
     * Reads the table of the content: the first sheet of a workbook, or the CSV text.
     *
     * @param maxRows the most data rows accepted; more is refused as a whole
     */
    public static SourceTable read(byte[] content, int maxRows) {
        return switch (detect(content)) {
            case XLSX -> readXlsx(content, maxRows);
            case CSV -> readCsv(decodeText(content), maxRows);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Control bytes that no text file holds (images, PDFs, executables), within the first 8 KB. */
    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The text of a CSV file: strict UTF-8, the byte order mark removed, no binary control characters. */
    static String decodeText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new ImportFileException("import.error.fileType");
            }
        }
        if (text.isBlank()) {
            throw new ImportFileException("import.error.emptyFile");
        }
        return text;
    }

    // ---------------------------------------------------------------- CSV

    /** The separator of the first line: whichever of comma and semicolon occurs more often outside quotes. */
    static char separator(String text) {
        text = text.stripLeading();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static SourceTable readCsv(String text, int maxRows) {
        char sep = separator(text);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = text.length();
        Collector collector = new Collector(maxRows);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == sep) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                collector.add(record, null);
                record = new ArrayList<>();
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new ImportFileException("import.error.csvQuote", collector.nextNumber);
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            collector.add(record, null);
        }
        return collector.table();
    }

    // ---------------------------------------------------------------- XLSX

    static SourceTable readXlsx(byte[] content, int maxRows) {
        checkExpandedSize(content);
        Collector collector = new Collector(maxRows);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int count = Math.min(row.getCellCount(), MAX_COLUMNS);
                List<String> cells = new ArrayList<>(count);
                BitSet lossy = new BitSet();
                for (int i = 0; i < count; i++) {
                    cells.add(text(row.getCell(i), lossy, i));
                }
                collector.addAt(row.getRowNum(), cells, lossy);
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("import.error.unreadable");
        }
        return collector.table();
    }

    /**
     * Refuses a workbook that expands to more than {@link #MAX_EXPANDED_BYTES} (a "zip bomb"), before any part of
     * it is parsed.
     */
    static void checkExpandedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw new ImportFileException("import.error.unreadable");
                    }
                }
            }
        } catch (ZipException e) {
            // A layout this simple reader does not follow (e.g. stored entries with data descriptors): the
            // workbook reader decides.
        } catch (IOException e) {
            throw new ImportFileException("import.error.unreadable");
        }
    }

    /** The text of a cell; numbers in plain notation (no exponent, no trailing ".0"). */
    static String text(Cell cell, BitSet lossy, int index) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.getValue() == null ? "" : cell.getValue().toString();
            case BOOLEAN -> String.valueOf(cell.getValue()).toUpperCase();
            case NUMBER -> number(cell.getRawValue(), lossy, index);
            case FORMULA -> cell.getValue() instanceof BigDecimal b ? plain(b)
                    : cell.getValue() == null ? "" : cell.getValue().toString();
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String number(String raw, BitSet lossy, int index) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            // A spreadsheet keeps 15 significant digits; a longer whole number written with an exponent lost digits.
            if (raw.contains("E") || raw.contains("e")) {
                lossy.set(index);
            }
            return plain(value);
        } catch (NumberFormatException e) {
            return raw.trim();
        }
    }

    private static String plain(BigDecimal value) {
        String s = value.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Gathers rows: the first non-empty one is the header; empty rows are skipped; the row count is capped. */
    private static final class Collector {
        private final int maxRows;
        private int nextNumber = 1;
        private Integer headerRow;
        private List<String> header;
        private final List<SourceTable.SourceRow> rows = new ArrayList<>();

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(List<String> cells, BitSet lossy) {
            addAt(nextNumber, cells, lossy);
        }

        void addAt(int number, List<String> cells, BitSet lossy) {
            nextNumber = number + 1;
            List<String> trimmed = new ArrayList<>(Math.min(cells.size(), MAX_COLUMNS));
            for (int i = 0; i < cells.size() && i < MAX_COLUMNS; i++) {
                String c = cells.get(i);
                trimmed.add(c == null ? "" : c.strip());
            }
            var row = new SourceTable.SourceRow(number, trimmed, lossy);
            if (row.isBlank()) {
                return;
            }
            if (header == null) {
                headerRow = number;
                header = trimmed;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new ImportFileException("import.error.tooManyRows", maxRows);
            }
            rows.add(row);
        }

        SourceTable table() {
            if (header == null) {
                throw new ImportFileException("import.error.emptyFile");
            }
            if (rows.isEmpty()) {
                throw new ImportFileException("import.error.noRows");
            }
            return new SourceTable(headerRow, header, rows);
        }
    }
}
