package id.capaian.platform.web;

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
 * The translated problems of one form on a page that carries many forms (every RHK, indicator or realisation has
 * its own): which form failed ({@link #target()}), the messages per field, and all messages with their field's label
 * for a summary. Templates ask {@code errors.has('indicator-12', 'name')}; a page without problems gets
 * {@link #none()}. A field's label is looked up as {@code <form kind>.<field>} (the form name up to its first '-'),
 * then as {@code <field>}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null, Map.of(), List.of());

    
    private final String target;
    private final Map<String, List<String>> byField;
    private final List<String> summary;

    private FormErrors(String target, Map<String, List<String>> byField, List<String> summary) {
        this.target = target;
        this.byField = byField;
        this.summary = summary;
    }

    private static FormErrors build(String target, List<Map.Entry<String, String>> problems, Map<String, String> labels,
            MessageSource messages, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> summary = new ArrayList<>();
        String prefix = (target.contains("-") ? target.substring(0, target.indexOf('-')) : target) + ".";
        for (Map.Entry<String, String> p : problems) {
            map.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
            String label = labels.getOrDefault(prefix + p.getKey(), labels.get(p.getKey()));
            summary.add(label == null ? p.getValue() : messages.getMessage(label, null, label, locale) + ": " + p.getValue());
        }
        return new FormErrors(target, map, List.copyOf(summary));
    }

    public static FormErrors none() {
        return NONE;
    }

    /** Type mismatches found while binding the request (a letter in a number field, a malformed date). */
    public static FormErrors of(String target, BindingResult binding, Map<String, String> labels, MessageSource messages,
            Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (ObjectError e : binding.getAllErrors()) {
            problems.add(Map.entry(e instanceof FieldError f ? f.getField() : "", messages.getMessage(e, locale)));
        }
        return build(target, problems, labels, messages, locale);
    }

    /** The problems a service found. */
    public static FormErrors of(String target, InvalidInputException e, Map<String, String> labels, MessageSource messages,
            Locale locale) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            problems.add(Map.entry(p.field() == null ? "" : p.field(),
                    messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
        }
        return build(target, problems, labels, messages, locale);
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
