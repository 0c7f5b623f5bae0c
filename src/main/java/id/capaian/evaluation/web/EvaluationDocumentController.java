package id.capaian.evaluation.web;

import id.capaian.evaluation.EvaluationDocuments;
import id.capaian.evaluation.EvaluationDocuments.DocumentFile;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluation documents: the PDF of an evaluation and a unit's Penetapan (stored when rendered, rendered on demand
 * otherwise), the agency's queue with its progress (a long job one can leave and come back to; the progress part
 * reloads itself with htmx while documents wait), and a unit's list of documents with their status.
 */
@Controller
class EvaluationDocumentController {

    static final String BASE = "/agencies/{agencyId}/periods/{periodId}";

    private final EvaluationDocuments documents;
    private final PeriodManagement periods;
    private final UnitManagement units;

    EvaluationDocumentController(EvaluationDocuments documents, PeriodManagement periods, UnitManagement units) {
        this.documents = documents;
        this.periods = periods;
        this.units = units;
    }

    static String agencyUrl(long agencyId, long periodId) {
        return "/agencies/" + agencyId + "/periods/" + periodId + "/evaluation-documents";
    }

    static String unitUrl(long agencyId, long periodId, long unitId) {
        return "/agencies/" + agencyId + "/periods/" + periodId + "/units/" + unitId + "/evaluation-documents";
    }

    // ---------------------------------------------------------------- downloads

    @GetMapping("/agencies/{agencyId}/evaluations/{evaluationId}/document.pdf")
    ResponseEntity<byte[]> evaluation(Actor actor, @PathVariable long agencyId, @PathVariable long evaluationId) {
        return download(documents.evaluationPdf(actor, agencyId, evaluationId));
    }

    @GetMapping(BASE + "/units/{unitId}/penetapan.pdf")
    ResponseEntity<byte[]> penetapan(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @PathVariable long unitId) {
        return download(documents.penetapanPdf(actor, agencyId, periodId, unitId));
    }

    private static ResponseEntity<byte[]> download(DocumentFile file) {
        return EvaluationDocumentDownloads.of(file.fileName(), file.contentType(), file.content());
    }

    // ---------------------------------------------------------------- the agency's documents and their progress

    /** The documents of the agency's current (or latest) period. */
    @GetMapping("/agencies/{agencyId}/evaluation-documents")
    String home(Actor actor, @PathVariable long agencyId) {
        Optional<Period> current = periods.current(actor, agencyId);
        return current.map(p -> "redirect:" + agencyUrl(agencyId, p.id())).orElse("redirect:/agencies/" + agencyId + "/periods");
    }

    @GetMapping(BASE + "/evaluation-documents")
    String agency(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model, Locale locale) {
        Period period = periods.get(actor, agencyId, periodId);
        model.addAttribute("view", "agency");
        model.addAttribute("docs", documents.agency(actor, agencyId, periodId));
        model.addAttribute("period", period);
        model.addAttribute("periods", periods.list(actor, agencyId));
        model.addAttribute("unitTree", units.tree(actor, agencyId, false));
        model.addAttribute("subLabels", documents.subPeriodLabels(period, locale));
        return "evaluation/documents";
    }

    /** The period picker without JavaScript. */
    @GetMapping("/agencies/{agencyId}/evaluation-documents/period")
    String pickPeriod(Actor actor, @PathVariable long agencyId, @RequestParam long period) {
        periods.get(actor, agencyId, period);
        return "redirect:" + agencyUrl(agencyId, period);
    }

    /** The progress part alone (htmx polls it while documents wait in the queue). */
    @GetMapping(BASE + "/evaluation-documents/progress")
    String progress(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        model.addAttribute("docs", documents.agency(actor, agencyId, periodId));
        model.addAttribute("period", periods.get(actor, agencyId, periodId));
        return "evaluation/documents :: progress";
    }

    @PostMapping(BASE + "/evaluation-documents/retry")
    String retry(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, RedirectAttributes redirect) {
        int n = documents.retryFailed(actor, agencyId, periodId);
        redirect.addFlashAttribute("flash", "evaldoc.flash.retried");
        redirect.addFlashAttribute("flashArgs", new Object[] {n});
        return "redirect:" + agencyUrl(agencyId, periodId);
    }

    // ---------------------------------------------------------------- one unit

    @GetMapping(BASE + "/units/{unitId}/evaluation-documents")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @RequestParam(defaultValue = "0") String sub, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        Period period = periods.get(actor, agencyId, periodId);
        int subPeriod = parseSub(sub);
        try {
            model.addAttribute("unitDocs", documents.unit(actor, agencyId, periodId, unitId, subPeriod, page, 50));
        } catch (InvalidInputException e) {
            // a sub-period the period does not have: the annual documents instead
            return "redirect:" + unitUrl(agencyId, periodId, unitId);
        }
        model.addAttribute("view", "unit");
        model.addAttribute("period", period);
        model.addAttribute("subLabels", documents.subPeriodLabels(period, locale));
        model.addAttribute("seesAgency", documents.seesAgency(actor, agencyId));
        return "evaluation/documents";
    }

    static int parseSub(String sub) {
        try {
            return Integer.parseInt(sub.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
