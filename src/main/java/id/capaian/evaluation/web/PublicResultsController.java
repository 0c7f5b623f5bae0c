package id.capaian.evaluation.web;

import id.capaian.evaluation.PublicResults;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agency's published results for anyone, without an account: aggregates only (no name, no NIP, no group smaller
 * than {@link ResultsBoard#MINIMUM}), when the agency publishes them; otherwise 404. A light page without scripts that
 * shared caches may keep for a few minutes.
 */
@Controller
class PublicResultsController {

    static final String CACHE = "public, max-age=300";

    private final ResultsBoard board;

    PublicResultsController(ResultsBoard board) {
        this.board = board;
    }

    @GetMapping("/public/agencies/{agencyCode}/results")
    String show(@PathVariable String agencyCode, @RequestParam(required = false) String year, Model model,
            HttpServletResponse response) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw new NotFoundException("agency", agencyCode);
            }
        }
        PublicResults results = board.published(agencyCode, y).orElseThrow(() -> new NotFoundException("agency", agencyCode));
        model.addAttribute("results", results);
        model.addAttribute("minimum", ResultsBoard.MINIMUM);
        model.addAttribute("yearParam", y);
        // the language is chosen with ?lang= and remembered in a cookie: caches keep one copy per cookie
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("Vary", "Cookie");
        return "evaluation/public-results";
    }
}
