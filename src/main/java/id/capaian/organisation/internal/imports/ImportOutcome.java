package id.capaian.organisation.internal.imports;

import java.util.List;

/**
 * What a finished job produced: how many records it created, updated and left unchanged, or the problems that
 * stopped it (then nothing was stored). Kept as JSON in {@code import_job.problems}.
 *
 * @param problemCount every problem found; {@code problems} may hold fewer (see {@link #MAX_PROBLEMS})
 */
public record ImportOutcome(int created, int updated, int unchanged, int problemCount, List<ImportProblem> problems) {

    /** The most problems kept with a job; a file this wrong has to be fixed at the source anyway. */
    public static final int MAX_PROBLEMS = 20_000;

    public ImportOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static ImportOutcome stored(int created, int updated, int unchanged) {
        return new ImportOutcome(created, updated, unchanged, 0, List.of());
    }

    static ImportOutcome rejected(List<ImportProblem> problems) {
        List<ImportProblem> kept = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        return new ImportOutcome(0, 0, 0, problems.size(), kept);
    }

    public boolean truncated() {
        return problemCount > problems.size();
    }
}
