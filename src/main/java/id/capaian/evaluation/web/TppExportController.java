package id.capaian.evaluation.web;

import id.capaian.evaluation.EvaluationDocuments;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The final results of a period as XLSX for allowance (TPP) processing, for the agency's administrators and head.
 * Access is checked before anything is sent; the workbook is then streamed straight into the response.
 */
@Controller
class TppExportController {

    private final EvaluationDocuments documents;

    TppExportController(EvaluationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/tpp.xlsx")
    String export(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @RequestParam(defaultValue = "0") String sub, @RequestParam(required = false) String unit, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Long unitId = unit == null || unit.isBlank() ? null : parseLong(unit);
        EvaluationDocuments.Export export;
        try {
            export = documents.tppExport(actor, agencyId, periodId, EvaluationDocumentController.parseSub(sub), unitId, locale);
        } catch (InvalidInputException e) {
            // (not the layout's flashError: platform's Problem is not Serializable, and flash attributes live in the JDBC session)
            var p = e.problems().get(0);
            redirect.addFlashAttribute("tppProblem", p.code());
            redirect.addFlashAttribute("tppProblemArgs", p.args().stream().map(String::valueOf).toArray(String[]::new));
            return "redirect:" + EvaluationDocumentController.agencyUrl(agencyId, periodId) + "#tpp";
        }
        EvaluationDocumentDownloads.headers(response, export.fileName(), export.contentType());
        export.writer().writeTo(response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
