package id.capaian.talent.web;

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
 * The translated problems of the one form that failed on a page with several forms: templates ask
 * {@code problems.has('candidate', 'nip')} and list {@code problems.all('candidate')} at the top of that form.
 */
public final class TalentProblems {

    private static final TalentProblems NONE = new TalentProblems(null, Map.of(), List.of());

    private final String target;
    private final Map<String, List<String>> byField;
    private final List<String> all;

    private TalentProblems(String target, Map<String, List<String>> byField, List<String> all) {
        this.target = target;
        this.byField = byField;
        this.all = all;
    }

    public static TalentProblems none() {
        return NONE;
    }

    public static TalentProblems of(String target, InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Problem p : e.problems()) {
            String text = messages.getMessage(p.code(), p.args().toArray(), p.code(), locale);
            map.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new ArrayList<>()).add(text);
            if (!all.contains(text)) {
                all.add(text);
            }
        }
        return new TalentProblems(target, map, List.copyOf(all));
    }

    /** Values that could not be read (a letter in a number field, a malformed date): one message per field. */
    public static TalentProblems of(String target, BindingResult binding, MessageSource messages, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (ObjectError e : binding.getAllErrors()) {
            String field = e instanceof FieldError f ? f.getField() : "";
            String label = messages.getMessage("talent.field." + field.replaceAll("\\[.*", ""), null, field, locale);
            String text = messages.getMessage("talent.error.invalidValue", new Object[] {label}, locale);
            map.computeIfAbsent(field, k -> new ArrayList<>()).add(text);
            if (!all.contains(text)) {
                all.add(text);
            }
        }
        return new TalentProblems(target, map, List.copyOf(all));
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
        return is(form) ? all : List.of();
    }
}
