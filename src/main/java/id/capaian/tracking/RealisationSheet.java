package id.capaian.tracking;

import id.capaian.planning.Plan;
import java.util.List;

/** Everything of one plan in one sub-period: the entry window and every RHK with its indicators. */
public record RealisationSheet(Plan plan, int subPeriod, EntryWindow window, List<ResultProgress> results,
        boolean canRecord, boolean canReview) {
}
