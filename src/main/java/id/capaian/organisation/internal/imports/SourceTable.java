package id.capaian.organisation.internal.imports;

import java.util.BitSet;
import java.util.List;

/**
 * The cells of a file as text, before any meaning is given to them.
 *
 * @param headerRow the spreadsheet row number of the header (the first non-empty row)
 * @param header the header cells as written
 * @param rows the non-empty data rows below the header
 */
public record SourceTable(int headerRow, List<String> header, List<SourceRow> rows) {

    public SourceTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row number as the user sees it in a spreadsheet (the header of a typical file is row 1)
     * @param cells the cell texts, trimmed; missing cells are empty
     * @param lossy the cells that held a number too long for a spreadsheet to keep exactly (e.g. an 18-digit NIP
     *     typed as a number)
     */
    public record SourceRow(int number, List<String> cells, BitSet lossy) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        public boolean isLossy(int index) {
            return lossy != null && index >= 0 && lossy.get(index);
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
