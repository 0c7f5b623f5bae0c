package id.capaian.evaluation.web;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.CalibrationManagement.HighPerformer;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import id.capaian.platform.web.FormErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recognition list (penghargaan) of a period: the high performers (final SANGAT_BAIK), for everyone in the agency;
 * the agency head and administrators record the award given to each.
 */
@Controller
class FollowUpController {

    static final Map<String, String> LABELS = Map.of("award", "followup.recognition.award",
            "evaluation", "followup.recognition.employee");

    private final CalibrationManagement calibration;
    private final ResultsBoard board;
    private final PeriodManagement periods;
    private final MessageSource messages;

    FollowUpController(CalibrationManagement calibration, ResultsBoard board, PeriodManagement periods, MessageSource messages) {
        this.calibration = calibration;
        this.board = board;
        this.periods = periods;
        this.messages = messages;
    }

    /** The recognition list of the newest period with final results. */
    @GetMapping("/agencies/{agencyId}/recognition")
    String start(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        Optional<ResultsBoard.PeriodResults> p = period != null
                ? board.periods(actor, agencyId).stream().filter(x -> x.periodId() == period).findFirst()
                : board.defaultPeriod(actor, agencyId);
        if (p.isEmpty()) {
            model.addAttribute("period", null);
            model.addAttribute("periods", List.of());
            model.addAttribute("list", List.of());
            model.addAttribute("canRecognise", false);
            model.addAttribute("formErrors", FormErrors.none());
            model.addAttribute("awards", Map.of());
            model.addAttribute("otherErrors", List.of());
            return "evaluation/recognition";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + p.get().periodId() + "/recognition";
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/recognition")
    String list(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        return page(actor, agencyId, periodId, FormErrors.none(), Map.of(), model);
    }

    @PostMapping("/agencies/{agencyId}/periods/{periodId}/recognition/{evaluationId}")
    String recognise(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long evaluationId,
            @RequestParam(required = false) String award, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            calibration.recognise(actor, agencyId, evaluationId, award);
        } catch (InvalidInputException e) {
            String target = "award-" + evaluationId;
            Map<Long, String> typed = new HashMap<>();
            typed.put(evaluationId, award);
            return page(actor, agencyId, periodId, FormErrors.of(target, e, LABELS, messages, locale), typed, model);
        }
        redirect.addFlashAttribute("flash", "followup.recognition.saved");
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/agencies/" + agencyId + "/periods/" + periodId + "/recognition#award-" + evaluationId;
    }

    private String page(Actor actor, long agencyId, long periodId, FormErrors errors, Map<Long, String> typed, Model model) {
        Period period = periods.get(actor, agencyId, periodId);
        List<HighPerformer> list = calibration.recognitionList(actor, agencyId, periodId, null);
        Map<Long, String> awards = new HashMap<>();
        list.forEach(h -> awards.put(h.evaluationId(), h.award()));
        awards.putAll(typed);
        model.addAttribute("period", period);
        model.addAttribute("periods", board.periods(actor, agencyId));
        model.addAttribute("list", list);
        model.addAttribute("awards", awards);
        model.addAttribute("recognised", list.stream().filter(h -> h.award() != null).count());
        model.addAttribute("canRecognise", canRecognise(actor, agencyId));
        model.addAttribute("formErrors", errors);
        // problems of an evaluation not on the list (no longer, or never, a high performer) go above it
        boolean onList = list.stream().anyMatch(h -> errors.is("award-" + h.evaluationId()));
        model.addAttribute("otherErrors", errors.any() && !onList ? errors.all(errors.target()) : List.of());
        return "evaluation/recognition";
    }

    static boolean canRecognise(Actor actor, long agencyId) {
        return actor.canAdminister(agencyId) || (actor.has(Role.AGENCY_HEAD) && actor.canRead(agencyId));
    }
}
