package id.capaian.planning.web;

import java.util.Map;

/** The labels of the planning forms' fields, so that an error summary says which field a message is about. */
final class PlanningLabels {

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("statement", "planPage.statement"),
            Map.entry("link", "planPage.link"), Map.entry("parentResultId", "planPage.link"),
            Map.entry("unitIndicatorId", "planPage.link"), Map.entry("kind", "planPage.kind"),
            Map.entry("aspect", "planPage.aspect"), Map.entry("name", "planPage.indicatorName"),
            Map.entry("targetKind", "planPage.targetKind"), Map.entry("targetValue", "planPage.targetValue"),
            Map.entry("targetMin", "planPage.targetMin"), Map.entry("targetMax", "planPage.targetMax"),
            Map.entry("targetUnit", "planPage.targetUnit"), Map.entry("targetText", "planPage.targetText"),
            Map.entry("direction", "planPage.direction"), Map.entry("approach", "planPage.approach"),
            Map.entry("resourceSupport", "planPage.resourceSupport"), Map.entry("accountability", "planPage.accountability"),
            Map.entry("consequences", "planPage.consequences"), Map.entry("reason", "planPage.reason"),
            Map.entry("special", "planPage.behaviours.special"), Map.entry("iku.goal", "agreementPage.goal"),
            Map.entry("iku.name", "agreementPage.name"), Map.entry("iku.targetValue", "agreementPage.targetValue"),
            Map.entry("iku.targetUnit", "agreementPage.targetUnit"), Map.entry("period.year", "periodPage.yearLabel"),
            Map.entry("period.scheme", "periodPage.scheme"), Map.entry("period.planDeadline", "periodPage.deadline"));

    private PlanningLabels() {
    }
}
