package id.capaian.survey.web;

import id.capaian.platform.Actor;
import id.capaian.survey.ResponseManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What citizens said about the signed-in employee and about the people they appraise. */
@Controller
class CitizenFeedbackController {

    private final ResponseManagement responses;

    CitizenFeedbackController(ResponseManagement responses) {
        this.responses = responses;
    }

    @GetMapping("/agencies/{agencyId}/citizen-feedback")
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        model.addAttribute("feedback", responses.citizenFeedback(actor, agencyId));
        return "survey/feedback";
    }
}
