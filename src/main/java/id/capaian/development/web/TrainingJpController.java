package id.capaian.development.web;

import id.capaian.development.JpBoard;
import id.capaian.development.JpDocuments;
import id.capaian.development.JpMonitoring;
import id.capaian.development.TrainingManagement;
import id.capaian.platform.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The JP compliance dashboard of an agency (one row per top-level unit) and of a unit (its own people, then each
 * sub-unit), with a chart of who met the target and who is behind per unit (drawn from the table, which stays on the
 * page), the list of those behind and their shortfall, and the XLSX and PDF of the same board. Unit heads open the
 * board of their unit; the agency's board is for its administrators, head and national administrators.
 */
@Controller
class TrainingJpController {

    private final JpMonitoring monitoring;
    private final JpDocuments documents;
    private final TrainingManagement trainings;

    TrainingJpController(JpMonitoring monitoring, JpDocuments documents, TrainingManagement trainings) {
        this.monitoring = monitoring;
        this.documents = documents;
        this.trainings = trainings;
    }

    @GetMapping("/agencies/{agencyId}/jp")
    String agency(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String year, Model model) {
        int y = TrainingWebAdvice.year(year, JpMonitoring.currentYear());
        if (!monitoring.canSeeBoard(actor, agencyId, null)) {
            Optional<Long> unit = monitoring.headedUnit(actor, agencyId);
            if (unit.isPresent()) {
                return "redirect:/agencies/" + agencyId + "/units/" + unit.get() + "/jp?year=" + y;
            }
        }
        return page(actor, monitoring.agency(actor, agencyId, y), model);
    }

    @GetMapping("/agencies/{agencyId}/units/{unitId}/jp")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long unitId, @RequestParam(required = false) String year,
            Model model) {
        int y = TrainingWebAdvice.year(year, JpMonitoring.currentYear());
        return page(actor, monitoring.unit(actor, agencyId, unitId, y), model);
    }

    private String page(Actor actor, JpBoard board, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("seesAgency", monitoring.canSeeBoard(actor, board.agencyId(), null));
        model.addAttribute("pendingQueue", trainings.pendingVerifications(actor, board.agencyId()));
        String base = board.unit() == null ? "/agencies/" + board.agencyId() + "/jp"
                : "/agencies/" + board.agencyId() + "/units/" + board.unit().id() + "/jp";
        model.addAttribute("base", base);
        model.addAttribute("exportQuery", "?year=" + board.year() + (board.unit() == null ? "" : "&unit=" + board.unit().id()));
        return "development/training-jp";
    }

    @GetMapping("/agencies/{agencyId}/jp.xlsx")
    void xlsx(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String year,
            @RequestParam(required = false) Long unit, Locale locale, HttpServletResponse response) throws IOException {
        send(documents.workbook(actor, agencyId, unit, TrainingWebAdvice.year(year, JpMonitoring.currentYear()), locale), response);
    }

    @GetMapping("/agencies/{agencyId}/jp.pdf")
    void pdf(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String year,
            @RequestParam(required = false) Long unit, Locale locale, HttpServletResponse response) throws IOException {
        send(documents.pdf(actor, agencyId, unit, TrainingWebAdvice.year(year, JpMonitoring.currentYear()), locale), response);
    }

    /** Always a download, the type as declared, nothing allowed should a browser open it, never cached (personal data). */
    private static void send(JpDocuments.Export export, HttpServletResponse response) throws IOException {
        response.setContentType(export.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, TrainingEnrolmentController.disposition(export.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", TrainingEnrolmentController.POLICY);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        export.writer().writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
