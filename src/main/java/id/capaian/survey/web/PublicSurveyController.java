package id.capaian.survey.web;

import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.FormErrors;
import id.capaian.survey.Element;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.IkmPeriod;
import id.capaian.survey.OfficerFeedbackKind;
import id.capaian.survey.PublicSurvey;
import id.capaian.survey.Respondent;
import id.capaian.survey.ResponseForm;
import id.capaian.survey.ResponseManagement;
import id.capaian.survey.SurveyManagement;
import id.capaian.survey.TooManySubmissionsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public survey of a unit, for citizens without an account: the form (plain HTML that works without JavaScript
 * on a cheap phone), the thank-you page, and the published results with their reports. No session is made and
 * nothing personal is asked; the client's address goes to the service only to be hashed for the rate limit and
 * duplicate detection.
 */
@Controller
@RequestMapping("/public/survey/{token}")
class PublicSurveyController {

    static final String FORM = "form";
    /** Field labels for the error summary ({@link FormErrors}). */
    static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("serviceId", "survey.form.service");
        for (Element e : Element.values()) {
            labels.put(e.field(), e.labelKey());
        }
        labels.put("ageBand", "survey.form.age");
        labels.put("sex", "survey.form.sex");
        labels.put("education", "survey.form.education");
        labels.put("occupation", "survey.form.occupation");
        labels.put("suggestion", "survey.form.suggestion");
        labels.put("officerId", "survey.form.officer");
        labels.put("officerKind", "survey.form.officerKind");
        labels.put("officerText", "survey.form.officerText");
        LABELS = Map.copyOf(labels);
    }

    private final SurveyManagement surveys;
    private final ResponseManagement responses;
    private final IkmManagement ikm;
    private final MessageSource messages;

    PublicSurveyController(SurveyManagement surveys, ResponseManagement responses, IkmManagement ikm, MessageSource messages) {
        this.surveys = surveys;
        this.responses = responses;
        this.ikm = ikm;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAllowedFields("serviceId", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "ageBand", "sex",
                "education", "occupation", "suggestion", "officerId", "officerKind", "officerText", "website");
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        PublicSurvey survey = surveys.publicSurvey(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        fill(model, survey, new ResponseForm(), FormErrors.none());
        noStore(response);
        return "survey/public-form";
    }

    @PostMapping
    String submit(@PathVariable String token, @ModelAttribute("form") ResponseForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        PublicSurvey survey = surveys.publicSurvey(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        try {
            // a value no form option gives (a bot, an edited page) stays empty: a required answer is then asked for
            // like any other missing one, an optional profile value is left out
            responses.submit(token, form, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        } catch (InvalidInputException e) {
            fill(model, survey, form, FormErrors.of(FORM, e, LABELS, messages, locale));
            response.setStatus(422);
            noStore(response);
            return "survey/public-form";
        }
        return "redirect:/public/survey/" + token + "/thanks";
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, Model model) {
        PublicSurvey survey = surveys.publicSurvey(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        model.addAttribute("survey", survey);
        model.addAttribute("published", !ikm.publicPublications(token).isEmpty());
        return "survey/public-thanks";
    }

    @GetMapping("/results")
    String results(@PathVariable String token, Model model) {
        PublicSurvey survey = surveys.publicSurvey(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        model.addAttribute("survey", survey);
        model.addAttribute("publications", ikm.publicPublications(token));
        return "survey/public-results";
    }

    @GetMapping("/results/{period}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String token, @PathVariable String period) {
        IkmPeriod p = IkmPeriod.parse(period);
        if (p == null) {
            throw new NotFoundException("survey_publication", period);
        }
        IkmManagement.Document doc = ikm.publicReport(token, p);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(doc.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(doc.content());
    }

    private static void fill(Model model, PublicSurvey survey, ResponseForm form, FormErrors errors) {
        model.addAttribute("survey", survey);
        model.addAttribute(FORM, form);
        model.addAttribute("errors", errors);
        model.addAttribute("elements", Element.values());
        model.addAttribute("ageBands", Respondent.AgeBand.values());
        model.addAttribute("sexes", Respondent.Sex.values());
        model.addAttribute("educations", Respondent.Education.values());
        model.addAttribute("occupations", Respondent.Occupation.values());
        model.addAttribute("officerKinds", OfficerFeedbackKind.values());
        boolean officerOpen = form.getOfficerId() != null || (form.getOfficerText() != null && !form.getOfficerText().isBlank())
                || errors.has(FORM, "officerId") || errors.has(FORM, "officerKind") || errors.has(FORM, "officerText");
        model.addAttribute("officerOpen", officerOpen);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @ExceptionHandler(TooManySubmissionsException.class)
    String tooMany(TooManySubmissionsException e, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.windowMinutes() * 60));
        model.addAttribute("titleKey", "survey.public.tooMany.title");
        model.addAttribute("messageKey", "survey.public.tooMany");
        model.addAttribute("messageArgs", new Object[] {e.max(), e.windowMinutes()});
        return "survey/public-message";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("titleKey", "survey.public.notFound.title");
        model.addAttribute("messageKey", "survey.public.notFound");
        model.addAttribute("messageArgs", new Object[0]);
        return "survey/public-message";
    }
}
