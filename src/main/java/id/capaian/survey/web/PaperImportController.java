package id.capaian.survey.web;

import id.capaian.platform.Actor;
import id.capaian.survey.ImportResult;
import id.capaian.survey.ResponseManagement;
import id.capaian.survey.Survey;
import id.capaian.survey.SurveyManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Paper surveys typed into the XLSX template and imported: all or nothing, with a report of every problem by row
 * and column when anything is wrong (administrators).
 */
@Controller
@RequestMapping("/agencies/{agencyId}/surveys/{surveyId}/import")
class PaperImportController {

    private final SurveyManagement surveys;
    private final ResponseManagement responses;

    PaperImportController(SurveyManagement surveys, ResponseManagement responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @GetMapping
    String page(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, Model model) {
        fill(actor, agencyId, surveyId, model);
        return "survey/import";
    }

    @PostMapping
    String upload(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @RequestParam(required = false) MultipartFile file, Model model) {
        ImportResult result;
        try {
            result = responses.importPaper(actor, agencyId, surveyId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fill(actor, agencyId, surveyId, model);
        model.addAttribute("result", result);
        return "survey/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, Locale locale) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        byte[] content = responses.importTemplate(actor, agencyId, surveyId, locale);
        String unit = s.unitCode() == null ? String.valueOf(s.unitId()) : s.unitCode().replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("SKM-kertas-" + unit + ".xlsx").build().toString())
                .body(content);
    }

    private void fill(Actor actor, long agencyId, long surveyId, Model model) {
        model.addAttribute("survey", surveys.get(actor, agencyId, surveyId));
        model.addAttribute("imports", responses.imports(actor, agencyId, surveyId));
    }
}
