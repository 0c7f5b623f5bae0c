package id.capaian.survey;

import java.util.List;

/**
 * The outcome of a paper-survey import: every response stored ({@code stored}), or, when any row is wrong, nothing
 * stored and every problem listed by row and column.
 */
public record ImportResult(String fileName, int rows, int stored, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
