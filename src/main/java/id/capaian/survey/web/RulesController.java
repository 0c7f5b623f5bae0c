package id.capaian.survey.web;

import static id.capaian.survey.web.SurveyWebSupport.flash;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import id.capaian.survey.Element;
import id.capaian.survey.Grade;
import id.capaian.survey.IkmRules;
import id.capaian.survey.SurveyManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's IKM rules: the weights of the nine elements and the grade bands (the regulation's by default). */
@Controller
@RequestMapping("/agencies/{agencyId}/survey-rules")
class RulesController {

    static final String FORM = "rules";

    private final SurveyManagement surveys;
    private final MessageSource messages;

    RulesController(SurveyManagement surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping
    String page(Actor actor, @PathVariable long agencyId, Model model) {
        IkmRules rules = surveys.rules(actor, agencyId);
        List<String> weights = new ArrayList<>();
        rules.weights().forEach(w -> weights.add(w.stripTrailingZeros().toPlainString()));
        fill(actor, agencyId, model, weights, rules.minA().toPlainString(), rules.minB().toPlainString(),
                rules.minC().toPlainString(), surveys.rulesVersion(actor, agencyId), FormErrors.none());
        return "survey/rules";
    }

    @PostMapping
    String save(Actor actor, @PathVariable long agencyId, @RequestParam Map<String, String> params,
            RedirectAttributes redirect, Model model, Locale locale) {
        List<String> weights = new ArrayList<>();
        var problems = new InvalidInputException.Collector();
        List<BigDecimal> values = new ArrayList<>();
        for (Element e : Element.values()) {
            String w = params.getOrDefault("w" + e.number(), "").strip();
            weights.add(w);
            values.add(number(w, "w" + e.number(), problems));
        }
        String a = params.getOrDefault("minA", "").strip();
        String b = params.getOrDefault("minB", "").strip();
        String c = params.getOrDefault("minC", "").strip();
        BigDecimal minA = number(a, "minA", problems);
        BigDecimal minB = number(b, "minB", problems);
        BigDecimal minC = number(c, "minC", problems);
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            problems.throwIfAny();
            surveys.saveRules(actor, agencyId, values, minA, minB, minC, version);
        } catch (InvalidInputException e) {
            fill(actor, agencyId, model, weights, a, b, c, version, FormErrors.of(FORM, e, labels(), messages, locale));
            return "survey/rules";
        }
        flash(redirect, "survey.flash.rulesSaved");
        return "redirect:/agencies/" + agencyId + "/survey-rules";
    }

    /** A number as people type it here: 1, 0.5, 1,5 or 88,31. */
    private static BigDecimal number(String text, String field, InvalidInputException.Collector problems) {
        if (text.isEmpty()) {
            problems.add(field, "validation.required");
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(field, "survey.rules.error.number");
            return null;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element e : Element.values()) {
            labels.put("w" + e.number(), e.labelKey());
        }
        labels.put("minA", "survey.rules.minA");
        labels.put("minB", "survey.rules.minB");
        labels.put("minC", "survey.rules.minC");
        return labels;
    }

    private void fill(Actor actor, long agencyId, Model model, List<String> weights, String minA, String minB, String minC,
            int version, FormErrors errors) {
        model.addAttribute("rules", surveys.rules(actor, agencyId));
        model.addAttribute("weights", weights);
        model.addAttribute("minA", minA);
        model.addAttribute("minB", minB);
        model.addAttribute("minC", minC);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("elements", Element.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("canManage", surveys.canManage(actor, agencyId));
    }
}
