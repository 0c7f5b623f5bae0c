package id.capaian.survey.web;

import id.capaian.survey.IkmPeriod;
import id.capaian.platform.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers shared by the survey pages. */
final class SurveyWebSupport {

    private SurveyWebSupport() {
    }

    /** A confirmation for the next page (arguments always set, see the layout). */
    static void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    static IkmPeriod period(String code) {
        IkmPeriod p = IkmPeriod.parse(code);
        if (p == null) {
            throw new NotFoundException("survey_period", code);
        }
        return p;
    }

    static String base(long agencyId, long surveyId) {
        return "/agencies/" + agencyId + "/surveys/" + surveyId;
    }
}
