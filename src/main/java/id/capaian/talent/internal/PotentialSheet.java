package id.capaian.talent.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of a potential-assessment workbook (XLSX) into text cells with fastexcel-reader. The first
 * non-empty row is the header; empty rows are skipped; numbers come out plain ("82.5", "45962" for a date cell, which
 * is a day count). Anything that is not an XLSX workbook is refused with a message key: an old .xls, another file,
 * a workbook that expands far beyond its size.
 */
public final class PotentialSheet {

    static final long MAX_EXPANDED_BYTES = 32L * 1024 * 1024;
    static final int MAX_COLUMNS = 20;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private PotentialSheet() {
    }

    /** A data row: its number as the spreadsheet shows it, and its cells. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public record Sheet(List<String> header, List<Line> lines) {
    }

    /** The file as a whole cannot be used; {@code code} is a message key, {@code args} its arguments. */
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

    public static Sheet read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new Unreadable("talent.import.error.empty");
        }
        if (startsWith(content, OLE2)) {
            throw new Unreadable("talent.import.error.legacyExcel");
        }
        if (!startsWith(content, ZIP)) {
            throw new Unreadable("talent.import.error.fileType");
        }
        checkExpandedSize(content);
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int count = Math.min(row.getCellCount(), MAX_COLUMNS);
                List<String> cells = new ArrayList<>(count);
                boolean blank = true;
                for (int i = 0; i < count; i++) {
                    String text = text(row.getCell(i)).strip();
                    blank &= text.isEmpty();
                    cells.add(text);
                }
                if (blank) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (lines.size() >= maxRows) {
                    throw new Unreadable("talent.import.error.tooManyRows", maxRows);
                }
                lines.add(new Line(row.getRowNum(), cells));
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("talent.import.error.unreadable");
        }
        if (header == null || lines.isEmpty()) {
            throw new Unreadable("talent.import.error.noRows");
        }
        return new Sheet(header, lines);
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

    private static void checkExpandedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw new Unreadable("talent.import.error.unreadable");
                    }
                }
            }
        } catch (ZipException e) {
            // a layout this simple check does not follow: the workbook reader decides
        } catch (IOException e) {
            throw new Unreadable("talent.import.error.unreadable");
        }
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.getValue() == null ? "" : cell.getValue().toString();
            case BOOLEAN -> String.valueOf(cell.getValue());
            case NUMBER -> plain(cell.getRawValue());
            case FORMULA -> cell.getValue() instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString()
                    : cell.getValue() == null ? "" : cell.getValue().toString();
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String plain(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            String s = new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        } catch (NumberFormatException e) {
            return raw.trim();
        }
    }
}
