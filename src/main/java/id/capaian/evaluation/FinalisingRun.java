package id.capaian.evaluation;

import java.time.Instant;

/** An agency-wide finalising of annual evaluations: its progress and its report (what was done or what blocks). */
public record FinalisingRun(long id, long agencyId, long periodId, Status status, int total, int done, String report,
        String startedBy, Instant startedAt, Instant finishedAt) {

    public enum Status {
        RUNNING, DONE, BLOCKED, FAILED;

        public String messageKey() {
            return "evaluation.run.status." + name();
        }
    }

    public int percent() {
        return total == 0 ? (status == Status.RUNNING ? 0 : 100) : Math.min(100, done * 100 / total);
    }
}
