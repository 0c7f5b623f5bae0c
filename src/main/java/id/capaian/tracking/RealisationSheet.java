package id.capaian.tracking;

import id.capaian.planning.Period;
import id.capaian.planning.Plan;
import java.util.List;

/**
 * Everything of one plan in one sub-period: the entry window and every RHK with its indicators; the plan's period
 * comes along, so that a page needs not load it again.
 */
public record RealisationSheet(Plan plan, int subPeriod, EntryWindow window, List<ResultProgress> results,
        boolean canRecord, boolean canReview, Period period) {
}
