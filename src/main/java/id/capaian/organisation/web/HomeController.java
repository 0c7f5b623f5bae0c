package id.capaian.organisation.web;

import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who I am, where I sit, whom I appraise, and the way to everything else. */
@Controller
class HomeController {

    private final EmployeeManagement employees;

    HomeController(EmployeeManagement employees) {
        this.employees = employees;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        if (actor.employeeId() != null && actor.agencyId() != null) {
            model.addAttribute("me", employees.get(actor, actor.agencyId(), actor.employeeId()));
            model.addAttribute("appraisees", employees.appraisees(actor, actor.agencyId(), actor.employeeId()));
        }
        model.addAttribute("actor", actor);
        return "organisation/home";
    }
}
