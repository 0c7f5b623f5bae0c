package id.capaian.organisation.web;

import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The org chart as a collapsible tree: units, their heads and staff counts. */
@Controller
class OrgChartController {

    private final UnitManagement units;

    OrgChartController(UnitManagement units) {
        this.units = units;
    }

    @GetMapping("/agencies/{agencyId}/org-chart")
    String chart(Actor actor, @PathVariable long agencyId, Model model) {
        model.addAttribute("roots", units.orgChart(actor, agencyId));
        return "organisation/org-chart";
    }
}
