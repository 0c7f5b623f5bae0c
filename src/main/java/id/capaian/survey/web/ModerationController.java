package id.capaian.survey.web;

import static id.capaian.survey.web.SurveyWebSupport.flash;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.survey.Element;
import id.capaian.survey.ResponseManagement;
import id.capaian.survey.ResponseStatus;
import id.capaian.survey.SurveyManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderation of the agency's survey responses (administrators): the flagged ones first, or all recent ones;
 * accepting or rejecting each with a reason; and what was dropped without a response (honeypot, rate limit).
 */
@Controller
@RequestMapping("/agencies/{agencyId}/survey-moderation")
class ModerationController {

    private final ResponseManagement responses;
    private final SurveyManagement surveys;

    ModerationController(ResponseManagement responses, SurveyManagement surveys) {
        this.responses = responses;
        this.surveys = surveys;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(defaultValue = "FLAGGED") String status,
            @RequestParam(required = false) Long survey, @RequestParam(defaultValue = "0") int page, Model model) {
        ResponseStatus s = "ALL".equals(status) ? null : parse(status);
        var result = responses.responses(actor, agencyId, new ResponseManagement.Filter(s, survey, page, 25));
        model.addAttribute("responses", result);
        model.addAttribute("status", s == null ? "ALL" : s.name());
        model.addAttribute("statuses", new String[] {"FLAGGED", "ACCEPTED", "REJECTED", "ALL"});
        model.addAttribute("surveyId", survey);
        model.addAttribute("surveys", surveys.list(actor, agencyId));
        model.addAttribute("drops", responses.drops(actor, agencyId));
        model.addAttribute("elements", Element.values());
        String base = "/agencies/" + agencyId + "/survey-moderation?status=" + (s == null ? "ALL" : s.name())
                + (survey == null ? "" : "&survey=" + survey);
        model.addAttribute("pageBase", base);
        return "survey/moderation";
    }

    @PostMapping("/{responseId}")
    String moderate(Actor actor, @PathVariable long agencyId, @PathVariable long responseId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        ResponseStatus d = parse(decision);
        try {
            responses.moderate(actor, agencyId, responseId, d, reason);
            flash(redirect, d == ResponseStatus.ACCEPTED ? "survey.flash.accepted" : "survey.flash.rejected");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        String back = returnTo != null && returnTo.startsWith("/agencies/" + agencyId + "/survey-moderation")
                && !returnTo.contains("//") && returnTo.chars().noneMatch(c -> c < 0x20) ? returnTo
                : "/agencies/" + agencyId + "/survey-moderation";
        return "redirect:" + back;
    }

    private static ResponseStatus parse(String s) {
        try {
            return s == null ? null : ResponseStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
