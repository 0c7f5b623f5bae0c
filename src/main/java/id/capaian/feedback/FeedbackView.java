package id.capaian.feedback;

import id.capaian.tracking.Realisation;
import java.util.List;

/**
 * The feedback on one realisation as the actor sees it: the realisation with its indicator, the threads (oldest
 * first), whether the period counts in quarters (else months), and what the actor may do: write (the plan's owner and appraiser, while the period is open) and ask for
 * more evidence (the appraiser).
 */
public record FeedbackView(long agencyId, long planId, Realisation realisation, String indicatorName,
        String employeeName, String appraiserName, int year, boolean quarterly, List<FeedbackThread> threads, boolean canWrite,
        boolean canAskEvidence) {

    public int count() {
        return threads.stream().mapToInt(t -> 1 + t.replies().size()).sum();
    }
}
