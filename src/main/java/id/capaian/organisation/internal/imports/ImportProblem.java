package id.capaian.organisation.internal.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One problem of an import file: the row as the user sees it in the spreadsheet (the header is row 1; null for
 * the file as a whole), the column as written in the file's header, the offending value, and a message key with
 * its arguments. Arguments are kept as text so that the problem survives a round trip through JSON unchanged.
 */
public record ImportProblem(Integer row, String column, String value, String code, List<String> args) {

    static final int MAX_VALUE_LENGTH = 200;

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
        }
    }

    public static ImportProblem of(Integer row, String column, String value, String code, Object... args) {
        return new ImportProblem(row, column, value, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments for a message lookup. */
    public Object[] argArray() {
        return args.toArray();
    }
}
