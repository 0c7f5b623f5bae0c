package id.capaian.tracking.web;

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
 * The translated problems of one form on a page with many (every indicator has its own realisation, evidence and
 * progress forms): which form failed, the messages per field, and all of them with their field's label for the
 * summary. Templates ask {@code formErrors.has('value-12', 'value')}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null, Map.of(), List.of());

    private static final Map<String, String> LABELS = Map.of("value", "trackingPage.field.value",
            "textValue", "trackingPage.field.textValue", "note", "trackingPage.field.note",
            "file", "trackingPage.field.file", "url", "trackingPage.field.url", "date", "trackingPage.field.date",
            "until", "trackingPage.field.until", "reason", "trackingPage.field.reason",
            "status", "trackingPage.field.status");

    private final String target;
    private final Map<String, List<String>> byField;
    private final List<String> summary;

    private FormErrors(String target, Map<String, List<String>> byField, List<String> summary) {
        this.target = target;
        this.byField = byField;
        this.summary = summary;
    }

    public static FormErrors none() {
        return NONE;
    }

    private static FormErrors build(String target, List<Map.Entry<String, String>> problems, MessageSource messages,
            Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> summary = new ArrayList<>();
        for (Map.Entry<String, String> p : problems) {
            map.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
            String label = LABELS.get(p.getKey());
            summary.add(label == null ? p.getValue() : messages.getMessage(label, null, label, locale) + ": " + p.getValue());
        }
        return new FormErrors(target, map, List.copyOf(summary));
    }

    static FormErrors of(String target, BindingResult binding, MessageSource messages, Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (ObjectError e : binding.getAllErrors()) {
            problems.add(Map.entry(e instanceof FieldError f ? f.getField() : "", messages.getMessage(e, locale)));
        }
        return build(target, problems, messages, locale);
    }

    static FormErrors of(String target, InvalidInputException e, MessageSource messages, Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            problems.add(Map.entry(p.field() == null ? "" : p.field(),
                    messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
        }
        return build(target, problems, messages, locale);
    }

    public boolean any() {
        return target != null;
    }

    public boolean is(String form) {
        return target != null && target.equals(form);
    }

    public boolean has(String form, String field) {
        return is(form) && byField.containsKey(field);
    }

    public List<String> get(String form, String field) {
        return is(form) ? byField.getOrDefault(field, List.of()) : List.of();
    }

    public List<String> all(String form) {
        return is(form) ? summary : List.of();
    }
}
