package id.capaian.development;

import java.util.List;

/**
 * The outcome of importing a file of assessment results: all rows stored, or none and every problem found with its
 * row (as the spreadsheet numbers it), column and a message key with arguments.
 */
public record AssessmentImport(boolean stored, int rows, int employees, List<Issue> issues) {

    public record Issue(int row, String column, String code, List<Object> args) {
    }

    public static AssessmentImport failed(int rows, List<Issue> issues) {
        return new AssessmentImport(false, rows, 0, List.copyOf(issues));
    }
}
