package id.capaian.development.web;

import id.capaian.development.CompetencyManagement;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Position standards: the positions of the agency with the size of their standard, and per position the level
 * required of each competency (administrators change it; everyone of the agency reads it).
 */
@Controller
@RequestMapping("/agencies/{agencyId}/development/standards")
class StandardController {

    private final CompetencyManagement competencies;
    private final PositionManagement positions;
    private final MessageSource messages;

    StandardController(CompetencyManagement competencies, PositionManagement positions, MessageSource messages) {
        this.competencies = competencies;
        this.positions = positions;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) PositionKind kind, Model model) {
        model.addAttribute("positions", positions.list(actor, agencyId, q, kind, false));
        model.addAttribute("sizes", competencies.standardSizes(actor, agencyId));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PositionKind.values());
        return "development/standards";
    }

    @GetMapping("/{positionId}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long positionId, Model model) {
        return page(actor, agencyId, positionId, null, model);
    }

    @PostMapping("/{positionId}")
    String save(Actor actor, @PathVariable long agencyId, @PathVariable long positionId,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdminister(agencyId);
        Map<Long, Integer> levels = new HashMap<>();
        Map<Long, String> entered = new HashMap<>();
        InvalidInputException.Collector unreadable = new InvalidInputException.Collector();
        params.forEach((name, values) -> {
            if (!name.startsWith("level-") || values.isEmpty()) {
                return;
            }
            try {
                long id = Long.parseLong(name.substring(6));
                String v = values.get(0) == null ? "" : values.get(0).strip();
                entered.put(id, v);
                if (!v.isEmpty()) {
                    levels.put(id, Integer.valueOf(v));
                }
            } catch (NumberFormatException e) {
                unreadable.add("levels", "development.standard.error.unreadable");
            }
        });
        try {
            unreadable.throwIfAny();
            competencies.setStandard(actor, agencyId, positionId, levels);
            DevelopmentWebAdvice.flash(redirect, "development.standard.saved");
            return "redirect:/agencies/" + agencyId + "/development/standards/" + positionId;
        } catch (InvalidInputException e) {
            model.addAttribute("formErrors", FormErrors.of("standard", e, DevelopmentWebAdvice.LABELS, messages, locale));
            return page(actor, agencyId, positionId, entered, model);
        }
    }

    private String page(Actor actor, long agencyId, long positionId, Map<Long, String> entered, Model model) {
        model.addAttribute("position", positions.get(actor, agencyId, positionId));
        model.addAttribute("lines", competencies.standard(actor, agencyId, positionId));
        model.addAttribute("entered", entered);
        model.addAttribute("canAdminister", actor.canAdminister(agencyId));
        return "development/standard";
    }
}
