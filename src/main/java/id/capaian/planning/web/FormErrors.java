package id.capaian.planning.web;

import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The translated problems of one form on a page that carries many forms (every RHK has its own edit form, every
 * IKI its own): which form failed ({@link #target()}), the messages per field, and all messages for a summary.
 * Templates ask {@code errors.has('indicator-12', 'name')}; a page without problems gets {@link #none()}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null, Map.of(), List.of());

    /** The labels of the fields, so that the summary says which field a message is about. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("statement", "planPage.statement"),
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

    private final String target;
    private final Map<String, List<String>> byField;
    private final List<String> summary;

    private FormErrors(String target, Map<String, List<String>> byField, List<String> summary) {
        this.target = target;
        this.byField = byField;
        this.summary = summary;
    }

    private static FormErrors build(String target, List<Map.Entry<String, String>> problems, MessageSource messages,
            Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> summary = new ArrayList<>();
        String prefix = target.startsWith("iku") ? "iku." : target.startsWith("period") ? "period." : "";
        for (Map.Entry<String, String> p : problems) {
            map.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
            String label = LABELS.getOrDefault(prefix + p.getKey(), LABELS.get(p.getKey()));
            summary.add(label == null ? p.getValue() : messages.getMessage(label, null, label, locale) + ": " + p.getValue());
        }
        return new FormErrors(target, map, List.copyOf(summary));
    }

    public static FormErrors none() {
        return NONE;
    }

    /** Type mismatches found while binding the request (a letter in a number field, a malformed date). */
    static FormErrors of(String target, BindingResult binding, MessageSource messages, Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (ObjectError e : binding.getAllErrors()) {
            problems.add(Map.entry(e instanceof FieldError f ? f.getField() : "", messages.getMessage(e, locale)));
        }
        return build(target, problems, messages, locale);
    }

    /** The problems a service found. */
    static FormErrors of(String target, InvalidInputException e, MessageSource messages, Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            problems.add(Map.entry(p.field() == null ? "" : p.field(),
                    messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
        }
        return build(target, problems, messages, locale);
    }

    public String target() {
        return target;
    }

    public boolean any() {
        return target != null;
    }

    /** Whether this form is the one that failed. */
    public boolean is(String form) {
        return target != null && target.equals(form);
    }

    public boolean has(String form, String field) {
        return is(form) && byField.containsKey(field);
    }

    public List<String> get(String form, String field) {
        return is(form) ? byField.getOrDefault(field, List.of()) : List.of();
    }

    /** Every message of the form with the label of its field, for the summary at its top. */
    public List<String> all(String form) {
        return is(form) ? summary : List.of();
    }
}
