package id.capaian.tracking.web;

import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Realisasi" in the menu: the signed-in employee's realisations of the current period, or their plan page if there is none yet. */
@Controller
class MyRealisationController {

    private final PeriodManagement periods;
    private final PlanManagement plans;

    MyRealisationController(PeriodManagement periods, PlanManagement plans) {
        this.periods = periods;
        this.plans = plans;
    }

    @GetMapping("/realisations/mine")
    String mine(Actor actor) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            return "redirect:/plans/mine";
        }
        long agencyId = actor.agencyId();
        Optional<Period> current = periods.current(actor, agencyId);
        Optional<Long> plan = current.flatMap(p -> plans.ownPlanId(actor, p.id()));
        return plan.map(id -> "redirect:/agencies/" + agencyId + "/plans/" + id + "/realisations")
                .orElse("redirect:/plans/mine");
    }
}
