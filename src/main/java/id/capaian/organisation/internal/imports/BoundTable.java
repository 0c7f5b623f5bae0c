package id.capaian.organisation.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SourceTable} read against the columns of an {@link ImportKind}: which file column holds which import
 * column. Header problems (a required column missing, an unknown or repeated column) are listed, not thrown.
 */
public final class BoundTable {

    private final ImportKind kind;
    private final SourceTable table;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> headerText = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    public BoundTable(ImportKind kind, SourceTable table) {
        this.kind = kind;
        this.table = table;
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            var column = kind.column(text);
            if (column.isEmpty()) {
                problems.add(ImportProblem.of(table.headerRow(), text, text, "import.error.unknownColumn", text));
            } else if (index.containsKey(column.get().name())) {
                problems.add(ImportProblem.of(table.headerRow(), text, text, "import.error.duplicateColumn",
                        headerText.get(column.get().name())));
            } else {
                index.put(column.get().name(), i);
                headerText.put(column.get().name(), text);
            }
        }
        for (ImportColumn c : kind.columns()) {
            if (c.required() && !index.containsKey(c.name())) {
                problems.add(ImportProblem.of(table.headerRow(), c.name(), null, "import.error.missingColumn", c.name()));
            }
        }
    }

    public ImportKind kind() {
        return kind;
    }

    public List<ImportProblem> headerProblems() {
        return problems;
    }

    public List<SourceTable.SourceRow> rows() {
        return table.rows();
    }

    /** Whether the file has the column at all (a column left out leaves existing values alone). */
    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The header as written in the file, for reports; the template name if the file lacks the column. */
    String header(String column) {
        return headerText.getOrDefault(column, column);
    }

    /** The trimmed text of a cell; empty when blank or when the file lacks the column. */
    String value(SourceTable.SourceRow row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    boolean isLossy(SourceTable.SourceRow row, String column) {
        Integer i = index.get(column);
        return i != null && row.isLossy(i);
    }
}
