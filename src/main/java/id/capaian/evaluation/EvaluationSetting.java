package id.capaian.evaluation;

/**
 * An agency's evaluation settings: the thresholds that suggest RHK ratings, the days an employee has to object
 * to a final predikat, whether the unit results board shows names, and whether the agency's aggregate results are
 * published on the public page.
 */
public record EvaluationSetting(long agencyId, RatingThresholds thresholds, int objectionDays, boolean showNames,
        boolean publicBoard, int version) {
}
