package id.capaian.evaluation.web;

import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.EvaluationSetting;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.UnitGrade;
import id.capaian.evaluation.internal.documents.SettingsEditing;
import id.capaian.organisation.JfLevel;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.platform.web.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's evaluation settings for its administrators: the thresholds that suggest ratings, the objection
 * window, the results board and public page switches; the distribution curve per unit grade; the credit point
 * percentages and coefficients. Each form says which values are the national defaults and which the agency's own,
 * shows its problems next to the fields, and refuses a change made over someone else's (version or fingerprint).
 * The services record every change in the audit trail.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/evaluation/settings")
class EvaluationSettingsController {

    private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)]\\.(\\w+)");

    /** Field -> label key, for the summary above a form. */
    static final Map<String, String> LABELS;

    static {
        Map<String, String> m = new HashMap<>();
        m.put("settings.above", "evaldoc.settings.above");
        m.put("settings.below", "evaldoc.settings.below");
        m.put("settings.objectionDays", "evaldoc.settings.objectionDays");
        for (Predikat p : Predikat.values()) {
            m.put("credit.percent." + p.name(), p.messageKey());
        }
        for (JfLevel l : JfLevel.values()) {
            m.put("credit.coefficient." + l.name(), "position.jfLevel." + l.name());
        }
        LABELS = Map.copyOf(m);
    }

    private final EvaluationSettings settings;
    private final SettingsEditing editing;
    private final MessageSource messages;

    EvaluationSettingsController(EvaluationSettings settings, SettingsEditing editing, MessageSource messages) {
        this.settings = settings;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String page(Actor actor, @PathVariable long agencyId, Model model, Locale locale) {
        actor.requireAdminister(agencyId);
        return show(agencyId, model, null, null, null, FormErrors.none(), locale);
    }

    // ---------------------------------------------------------------- thresholds, window, switches

    @PostMapping
    String save(Actor actor, @PathVariable long agencyId, @ModelAttribute("settingsForm") EvaluationSettingsForm form,
            Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        try {
            settings.update(actor, agencyId, number(form.getAbove()), number(form.getBelow()), whole(form.getObjectionDays()),
                    form.isShowNames(), form.isPublicBoard(), form.getVersion());
        } catch (InvalidInputException e) {
            return show(agencyId, model, form, null, null, FormErrors.of("settings", e, LABELS, messages, locale), locale);
        } catch (ConcurrentChangeException e) {
            return show(agencyId, model, null, null, null, conflict("settings", locale), locale);
        }
        return done(redirect, agencyId, "evaldoc.settings.saved", "general");
    }

    // ---------------------------------------------------------------- the distribution curve

    @PostMapping("/curve")
    String saveCurve(Actor actor, @PathVariable long agencyId, @ModelAttribute("curveForm") EvaluationSettingsCurveForm form,
            Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        List<DistributionRule> rules = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Map<UnitGrade, Integer> numbers = new EnumMap<>(UnitGrade.class);
        for (int i = 0; i < form.getRules().size(); i++) {
            EvaluationSettingsCurveForm.Row row = form.getRules().get(i);
            UnitGrade grade = parse(UnitGrade.class, row.getGrade());
            if (row.isRemove() || row.empty() || grade == null) {
                continue;
            }
            int number = numbers.merge(grade, 1, Integer::sum);
            Object gradeName = new DefaultMessageSourceResolvable(grade.messageKey());
            DistributionRule.Kind kind = parse(DistributionRule.Kind.class, row.getKind());
            Set<Predikat> predikats = new LinkedHashSet<>();
            for (String p : row.getPredikats() == null ? List.<String>of() : row.getPredikats()) {
                Predikat x = parse(Predikat.class, p);
                if (x != null) {
                    predikats.add(x);
                }
            }
            BigDecimal value = number(row.getValue());
            String at = "rules[" + i + "].";
            if (kind == null) {
                problems.add(at + "kind", "evaldoc.curve.error.kind", gradeName, number);
            }
            if (predikats.isEmpty()) {
                problems.add(at + "predikats", "evaldoc.curve.error.predikats", gradeName, number);
            }
            if (value == null || value.signum() < 0) {
                problems.add(at + "value", "evaldoc.curve.error.value", gradeName, number);
            } else if (kind == DistributionRule.Kind.MIN_COUNT
                    && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(10000)) > 0)) {
                problems.add(at + "value", "evaldoc.curve.error.count", gradeName, number);
            } else if (kind != null && kind != DistributionRule.Kind.MIN_COUNT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(at + "value", "evaldoc.curve.error.percent", gradeName, number);
            }
            if (kind != null && !predikats.isEmpty() && value != null && value.signum() >= 0) {
                rules.add(new DistributionRule(grade, predikats, kind, value));
                rows.add(i);
            }
        }
        try {
            problems.throwIfAny();
            editing.replaceRules(actor, agencyId, form.getFingerprint(), SettingsEditing.sorted(rules));
        } catch (InvalidInputException e) {
            return show(agencyId, model, null, form, null, FormErrors.of("curve", remap(e, rules, rows), LABELS, messages, locale), locale);
        } catch (ConcurrentChangeException e) {
            return show(agencyId, model, null, null, null, conflict("curve", locale), locale);
        }
        return done(redirect, agencyId, "evaldoc.settings.curveSaved", "curve");
    }

    /** Back to the national curve: the agency's own rules are removed. */
    @PostMapping("/curve/reset")
    String resetCurve(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String fingerprint, Model model,
            RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        try {
            editing.replaceRules(actor, agencyId, fingerprint, List.of());
        } catch (ConcurrentChangeException e) {
            return show(agencyId, model, null, null, null, conflict("curve", locale), locale);
        }
        return done(redirect, agencyId, "evaldoc.settings.curveReset", "curve");
    }

    /** The service numbers the rules it was given; the page numbers the rows it showed. */
    private static InvalidInputException remap(InvalidInputException e, List<DistributionRule> rules, List<Integer> rows) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            String field = p.field();
            Matcher m = field == null ? null : RULE_FIELD.matcher(field);
            if (m != null && m.matches() && p.code().startsWith("evaluation.")) {
                int k = Integer.parseInt(m.group(1));
                field = k < rows.size() ? "rules[" + rows.get(k) + "]." + m.group(2) : field;
            }
            out.add(new Problem(field, p.code(), p.args()));
        }
        return new InvalidInputException(out);
    }

    // ---------------------------------------------------------------- credit points

    @PostMapping("/credit")
    String saveCredit(Actor actor, @PathVariable long agencyId, @ModelAttribute("creditForm") EvaluationSettingsCreditForm form,
            Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        Map<Predikat, BigDecimal> percent = new EnumMap<>(Predikat.class);
        Map<JfLevel, BigDecimal> coefficient = new EnumMap<>(JfLevel.class);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (Predikat p : Predikat.values()) {
            String typed = form.getPercent().get(p.name());
            BigDecimal v = number(typed);
            if (typed != null && !inRange(v)) {
                problems.add("percent." + p.name(), "evaluation.error.creditPercent");
            } else if (v != null) {
                percent.put(p, v);
            }
        }
        for (JfLevel l : JfLevel.values()) {
            String typed = form.getCoefficient().get(l.name());
            BigDecimal v = number(typed);
            if (typed != null && !inRange(v)) {
                problems.add("coefficient." + l.name(), "evaluation.error.creditCoefficient");
            } else if (v != null) {
                coefficient.put(l, v);
            }
        }
        try {
            problems.throwIfAny();
            editing.updateCredit(actor, agencyId, form.getFingerprint(), percent, coefficient);
        } catch (InvalidInputException e) {
            return show(agencyId, model, null, null, form, FormErrors.of("credit", e, LABELS, messages, locale), locale);
        } catch (ConcurrentChangeException e) {
            return show(agencyId, model, null, null, null, conflict("credit", locale), locale);
        }
        return done(redirect, agencyId, "evaldoc.settings.creditSaved", "credit");
    }

    @PostMapping("/credit/reset")
    String resetCredit(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String fingerprint, Model model,
            RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        try {
            editing.resetCredit(actor, agencyId, fingerprint);
        } catch (ConcurrentChangeException e) {
            return show(agencyId, model, null, null, null, conflict("credit", locale), locale);
        }
        return done(redirect, agencyId, "evaldoc.settings.creditReset", "credit");
    }

    // ---------------------------------------------------------------- the page

    /** The page with the stored values, or with what was typed into the form that failed. */
    private String show(long agencyId, Model model, EvaluationSettingsForm settingsForm, EvaluationSettingsCurveForm curveForm,
            EvaluationSettingsCreditForm creditForm, FormErrors errors, Locale locale) {
        EvaluationSetting setting = settings.get(agencyId);
        List<DistributionRule> rules = SettingsEditing.sorted(settings.rules(agencyId));
        Map<Predikat, BigDecimal> percent = settings.creditPercentages(agencyId);
        Map<JfLevel, BigDecimal> coefficient = settings.creditCoefficients(agencyId);
        SettingsEditing.Origins origins = editing.origins(agencyId);
        model.addAttribute("setting", setting);
        model.addAttribute("origins", origins);
        model.addAttribute("settingsForm", settingsForm != null ? settingsForm : EvaluationSettingsForm.of(setting));
        model.addAttribute("curveForm", curveForm != null ? curveForm
                : EvaluationSettingsCurveForm.of(rules, SettingsEditing.fingerprint(rules)));
        model.addAttribute("creditForm", creditForm != null ? creditForm
                : EvaluationSettingsCreditForm.of(percent, coefficient, SettingsEditing.fingerprint(percent, coefficient)));
        model.addAttribute("curveFingerprint", SettingsEditing.fingerprint(rules));
        model.addAttribute("creditFingerprint", SettingsEditing.fingerprint(percent, coefficient));
        model.addAttribute("grades", UnitGrade.values());
        model.addAttribute("kinds", DistributionRule.Kind.values());
        model.addAttribute("predikats", Predikat.values());
        model.addAttribute("levels", JfLevel.values());
        model.addAttribute("nationalRules", byGrade(origins.nationalRules(), locale));
        model.addAttribute("errors", errors);
        return "evaluation/settings";
    }

    /** The national curve worded, grade by grade ("Paling banyak 70% Baik"). */
    private Map<UnitGrade, List<String>> byGrade(List<DistributionRule> rules, Locale locale) {
        Map<UnitGrade, List<String>> m = new LinkedHashMap<>();
        for (UnitGrade g : UnitGrade.values()) {
            m.put(g, rules.stream().filter(r -> r.grade() == g).map(r -> {
                List<String> names = r.predikats().stream().sorted().map(p -> messages.getMessage(p.messageKey(), null, locale)).toList();
                String predikats = names.size() == 1 ? names.get(0)
                        : messages.getMessage("evaluation.predikats." + names.size(), names.toArray(), locale);
                return messages.getMessage(r.messageKey(), new Object[] {r.value().stripTrailingZeros().toPlainString(), predikats}, locale);
            }).toList());
        }
        return m;
    }

    private FormErrors conflict(String form, Locale locale) {
        return FormErrors.of(form, InvalidInputException.of("", "evaldoc.settings.conflict"), LABELS, messages, locale);
    }

    private static String done(RedirectAttributes redirect, long agencyId, String key, String anchor) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/agencies/" + agencyId + "/evaluation/settings#" + anchor;
    }

    /** A number as typed ("12,5" too); null when blank or not a number. */
    static BigDecimal number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A credit percentage or coefficient as the service accepts it: 0 to 1000. */
    private static boolean inRange(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(1000)) <= 0;
    }

    private static Integer whole(String s) {
        BigDecimal n = number(s);
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(100000)) > 0) {
            return null;
        }
        return n.intValue();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
