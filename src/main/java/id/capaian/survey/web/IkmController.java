package id.capaian.survey.web;

import static id.capaian.survey.web.SurveyWebSupport.base;
import static id.capaian.survey.web.SurveyWebSupport.flash;
import static id.capaian.survey.web.SurveyWebSupport.period;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.survey.Element;
import id.capaian.survey.Grade;
import id.capaian.survey.IkmFigures;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.IkmPeriod;
import id.capaian.survey.IkmPoint;
import id.capaian.survey.PublishResult;
import id.capaian.survey.Respondent;
import id.capaian.survey.Survey;
import id.capaian.survey.SurveyLabels;
import id.capaian.survey.SurveyManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * A unit's IKM over time (a line chart fed by the page itself, the same numbers in a table), one period in detail
 * with every element's NRR and the formula with its inputs, publishing it, and its report as PDF.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/surveys/{surveyId}/ikm")
class IkmController {

    private final SurveyManagement surveys;
    private final IkmManagement ikm;
    private final SurveyLabels labels;
    private final ObjectMapper json;

    IkmController(SurveyManagement surveys, IkmManagement ikm, SurveyLabels labels, ObjectMapper json) {
        this.surveys = surveys;
        this.ikm = ikm;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping
    String dashboard(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @RequestParam(defaultValue = "QUARTER") IkmPeriod.Kind kind, @RequestParam(required = false) Integer year,
            Model model) {
        Survey survey = surveys.get(actor, agencyId, surveyId);
        LocalDate today = LocalDate.now(SurveyManagement.JAKARTA);
        int y = year == null || year < 2000 || year > 2100 ? today.getYear() : year;
        List<IkmPoint> points = ikm.series(actor, agencyId, surveyId, kind, y);
        model.addAttribute("survey", survey);
        model.addAttribute("points", points);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", IkmPeriod.Kind.values());
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("rules", surveys.rules(actor, agencyId));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("canManage", surveys.canManage(actor, agencyId));
        model.addAttribute("chartLabels", json.writeValueAsString(points.stream().map(p -> labels.period(p.period())).toList()));
        model.addAttribute("chartValues", json.writeValueAsString(points.stream().map(p -> p.index() == null ? null
                : p.index().doubleValue()).toList()));
        model.addAttribute("chartCounts", json.writeValueAsString(points.stream().map(IkmPoint::respondents).toList()));
        return "survey/dashboard";
    }

    @GetMapping("/{code}")
    String detail(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @PathVariable String code,
            Model model) {
        IkmPeriod p = period(code);
        IkmFigures figures = ikm.figures(actor, agencyId, surveyId, p);
        model.addAttribute("survey", figures.survey());
        model.addAttribute("f", figures);
        model.addAttribute("period", p);
        model.addAttribute("elements", Element.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("rules", figures.hasData() ? figures.ikm().rules() : surveys.rules(actor, agencyId));
        model.addAttribute("canManage", surveys.canManage(actor, agencyId));
        model.addAttribute("future", p.startsAfter(LocalDate.now(SurveyManagement.JAKARTA)));
        model.addAttribute("ageBands", Respondent.AgeBand.values());
        model.addAttribute("sexes", Respondent.Sex.values());
        model.addAttribute("educations", Respondent.Education.values());
        model.addAttribute("occupations", Respondent.Occupation.values());
        model.addAttribute("links", ikm.links(actor, agencyId, surveyId));
        return "survey/period";
    }

    @PostMapping("/{code}/publish")
    String publish(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @PathVariable String code,
            RedirectAttributes redirect, Locale locale) {
        IkmPeriod p = period(code);
        try {
            PublishResult result = ikm.publish(actor, agencyId, surveyId, p);
            flash(redirect, "survey.flash.published", labels.period(p, locale),
                    labels.decimal(result.publication().ikm().index(), 2, locale));
            redirect.addFlashAttribute("recorded", result.recorded());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:" + base(agencyId, surveyId) + "/ikm/" + p.code();
    }

    @GetMapping("/{code}/report.pdf")
    ResponseEntity<byte[]> report(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @PathVariable String code, Locale locale) {
        IkmManagement.Document doc;
        try {
            doc = ikm.report(actor, agencyId, surveyId, period(code), locale);
        } catch (InvalidInputException e) {
            throw new id.capaian.platform.NotFoundException("survey_publication", code); // nothing to report yet
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(doc.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(doc.content());
    }
}
