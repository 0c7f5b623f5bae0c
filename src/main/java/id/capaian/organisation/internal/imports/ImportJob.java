package id.capaian.organisation.internal.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * An import as the user follows it: its file, where it stands, how far it got, and its outcome once finished.
 *
 * @param processed rows checked while VALIDATING, records stored while STORING
 * @param outcome null until finished; in job lists without the problem list itself
 */
public record ImportJob(UUID id, long agencyId, ImportKind kind, String fileName, ImportStatus status, int totalRows,
        int processed, int storedRows, String createdBy, Instant createdAt, Instant finishedAt, ImportOutcome outcome) {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public boolean finished() {
        return status.finished();
    }

    /** How far the current phase is, 0-100. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        if (totalRows <= 0) {
            return 0;
        }
        return (int) Math.min(100, Math.round(100.0 * processed / totalRows));
    }

    /** Whether the job stopped on problems of the file (then a report can be downloaded). */
    public boolean hasProblems() {
        return outcome != null && outcome.problemCount() > 0;
    }

    public ZonedDateTime createdAtLocal() {
        return createdAt == null ? null : createdAt.atZone(JAKARTA);
    }

    public ZonedDateTime finishedAtLocal() {
        return finishedAt == null ? null : finishedAt.atZone(JAKARTA);
    }
}
