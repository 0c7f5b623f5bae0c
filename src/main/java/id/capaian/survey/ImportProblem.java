package id.capaian.survey;

import java.util.Arrays;
import java.util.List;

/**
 * One problem of a paper-survey import file: the row as the spreadsheet shows it (null for the file as a whole),
 * the column as written in the file's header, the offending value, and a message key with its arguments.
 */
public record ImportProblem(Integer row, String column, String value, String code, List<String> args) {

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
        if (value != null && value.length() > 100) {
            value = value.substring(0, 99) + "…";
        }
    }

    public static ImportProblem of(Integer row, String column, String value, String code, Object... args) {
        return new ImportProblem(row, column, value, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
