package id.capaian.tracking.web;

import java.util.Map;

/** The labels of the tracking forms' fields, so that an error summary says which field a message is about. */
final class TrackingLabels {

    static final Map<String, String> LABELS = Map.of("value", "trackingPage.field.value",
            "textValue", "trackingPage.field.textValue", "note", "trackingPage.field.note",
            "file", "trackingPage.field.file", "url", "trackingPage.field.url", "date", "trackingPage.field.date",
            "until", "trackingPage.field.until", "reason", "trackingPage.field.reason",
            "status", "trackingPage.field.status");

    private TrackingLabels() {
    }
}
