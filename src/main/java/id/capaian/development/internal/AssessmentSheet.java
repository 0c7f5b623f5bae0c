package id.capaian.development.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
 * Reads the first sheet of an uploaded workbook of assessment results: the first non-empty row is the header, empty
 * rows are skipped, every cell is read as text (numbers in plain notation, a number written with an exponent marked
 * as lossy, so that a NIP typed as a number is caught). The file type is told by its content, never by its name.
 */
public final class AssessmentSheet {

    /** Beyond this a file is not a genuine list of results. */
    public static final int MAX_ROWS = 5000;
    static final int MAX_COLUMNS = 50;
    static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** A file that cannot be read at all; the message key says why. */
    public static final class Unreadable extends RuntimeException {
        private final String code;
        private final transient Object[] args;

        Unreadable(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args;
        }
    }

    /** A data row as the spreadsheet numbers it (1-based), its cells, and which cells lost digits. */
    public record Line(int number, List<String> cells, BitSet lossy) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean lossy(int index) {
            return lossy.get(index);
        }
    }

    public record Table(int headerRow, List<String> header, List<Line> lines) {
    }

    private AssessmentSheet() {
    }

    public static Table read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new Unreadable("development.import.error.empty");
        }
        if (starts(content, OLE2)) {
            throw new Unreadable("development.import.error.legacy");
        }
        if (!starts(content, ZIP)) {
            throw new Unreadable("development.import.error.type");
        }
        checkExpandedSize(content);
        Integer headerRow = null;
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int count = Math.min(row.getCellCount(), MAX_COLUMNS);
                List<String> cells = new ArrayList<>(count);
                BitSet lossy = new BitSet();
                boolean blank = true;
                for (int i = 0; i < count; i++) {
                    String text = text(row.getCell(i), lossy, i).strip();
                    cells.add(text);
                    blank &= text.isEmpty();
                }
                if (blank) {
                    continue;
                }
                if (header == null) {
                    headerRow = row.getRowNum();
                    header = cells;
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw new Unreadable("development.import.error.tooManyRows", MAX_ROWS);
                }
                lines.add(new Line(row.getRowNum(), cells, lossy));
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("development.import.error.unreadable");
        }
        if (header == null || lines.isEmpty()) {
            throw new Unreadable("development.import.error.noRows");
        }
        return new Table(headerRow, header, lines);
    }

    private static boolean starts(byte[] content, byte[] prefix) {
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

    /** Refuses a workbook that expands to far more than any list of results (a "zip bomb") before parsing it. */
    static void checkExpandedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw new Unreadable("development.import.error.unreadable");
                    }
                }
            }
        } catch (ZipException e) {
            // a layout this simple check does not follow: the workbook reader decides
        } catch (IOException e) {
            throw new Unreadable("development.import.error.unreadable");
        }
    }

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
}
