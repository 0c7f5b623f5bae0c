package id.capaian.planning.web;

import id.capaian.planning.CascadeOverview;
import id.capaian.planning.CascadeView;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.UnitCascade;
import id.capaian.platform.Actor;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cascade: the agency's units with completion and gaps, and the cascade inside one unit (loaded into the page
 * with htmx, or as a page of its own without JavaScript).
 */
@Controller
class CascadeController {

    /** Above this many units the overview starts with the top levels only. */
    static final int FULL_TREE_LIMIT = 300;
    static final int DEFAULT_DEPTH = 2;
    /** How many entries of each gap list a unit page shows (the totals are always shown). */
    static final int LIST_LIMIT = 50;
    /** Above this many RHK a unit is not shown in full on one page (the link is not offered either). */
    static final int FULL_RESULT_LIMIT = 3000;

    private final CascadeView cascade;
    private final PeriodManagement periods;

    CascadeController(CascadeView cascade, PeriodManagement periods) {
        this.cascade = cascade;
        this.periods = periods;
    }

    /** The cascade of the current period (the open one of the latest year). */
    @GetMapping("/agencies/{agencyId}/cascade")
    String current(Actor actor, @PathVariable long agencyId, Model model) {
        return periods.current(actor, agencyId)
                .map(p -> "redirect:/agencies/" + agencyId + "/periods/" + p.id() + "/cascade")
                .orElseGet(() -> {
                    model.addAttribute("noPeriod", true);
                    return "planning/cascade-none";
                });
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/cascade")
    String overview(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean gaps,
            @RequestParam(required = false) Integer depth, Model model) {
        CascadeOverview overview = cascade.overview(actor, agencyId, periodId);
        int maxDepth = depth != null ? depth : overview.units().size() > FULL_TREE_LIMIT ? DEFAULT_DEPTH : Integer.MAX_VALUE;
        String query = q == null || q.isBlank() ? null : q.trim().toLowerCase();
        List<CascadeOverview.UnitRow> rows = overview.units().stream()
                .filter(r -> query != null || r.depth() <= maxDepth)
                .filter(r -> query == null || r.name().toLowerCase().contains(query) || r.code().toLowerCase().contains(query))
                .filter(r -> !gaps || r.withSubUnits().hasGaps())
                .toList();
        model.addAttribute("overview", overview);
        model.addAttribute("rows", rows);
        model.addAttribute("q", q);
        model.addAttribute("gaps", gaps);
        model.addAttribute("depth", maxDepth == Integer.MAX_VALUE ? null : maxDepth);
        model.addAttribute("maxTreeDepth", overview.units().stream().mapToInt(CascadeOverview.UnitRow::depth).max().orElse(0));
        model.addAttribute("periods", periods.list(actor, agencyId));
        return "planning/cascade";
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/cascade/units/{unitId}")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        // a page shows the unit's own people and the heads and staff of its direct sub-units in full, deeper
        // contributions folded into counts that link to their unit's own cascade; everything on request
        UnitCascade unit = all ? cascade.unit(actor, agencyId, periodId, unitId)
                : cascade.unitSummary(actor, agencyId, periodId, unitId, LIST_LIMIT);
        if (all && unit.resultCount() > FULL_RESULT_LIMIT) {
            unit = cascade.unitSummary(actor, agencyId, periodId, unitId, LIST_LIMIT);
        }
        model.addAttribute("c", unit);
        model.addAttribute("all", all);
        model.addAttribute("fullLimit", FULL_RESULT_LIMIT);
        model.addAttribute("fragment", htmx != null);
        return htmx != null ? "planning/cascade-unit :: detail" : "planning/cascade-unit";
    }
}
