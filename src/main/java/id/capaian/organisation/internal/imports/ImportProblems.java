package id.capaian.organisation.internal.imports;

import java.util.Comparator;

/** Helpers for lists of {@link ImportProblem}. */
final class ImportProblems {

    /** By row (file-wide problems first), then in the order found. */
    static final Comparator<ImportProblem> ORDER = Comparator.comparing(ImportProblem::row,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private ImportProblems() {
    }
}
