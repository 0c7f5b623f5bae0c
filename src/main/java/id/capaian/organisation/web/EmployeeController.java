package id.capaian.organisation.web;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.EmployeeForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.RankGrade;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Employees of an agency: search, profile, create, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/agencies/{agencyId}/employees")
class EmployeeController {

    private final EmployeeManagement employees;
    private final UnitManagement units;
    private final PositionManagement positions;

    EmployeeController(EmployeeManagement employees, UnitManagement units, PositionManagement positions) {
        this.employees = employees;
        this.units = units;
        this.positions = positions;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit, @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Boolean active = switch (status) {
            case "inactive" -> Boolean.FALSE;
            case "all" -> null;
            default -> Boolean.TRUE;
        };
        var result = employees.search(actor, agencyId,
                new EmployeeManagement.Search(q, unit, true, active, page, 25));
        model.addAttribute("page", result);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("units", units.tree(actor, agencyId, false));
        model.addAttribute("canEdit", actor.canAdminister(agencyId));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/agencies/{a}/employees")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
                .queryParam("status", status).buildAndExpand(agencyId).encode().toUriString());
        return htmx != null ? "organisation/employees :: results" : "organisation/employees";
    }

    @GetMapping("/{id}")
    String profile(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        var employee = employees.get(actor, agencyId, id);
        model.addAttribute("employee", employee);
        model.addAttribute("subordinates", employees.subordinates(actor, agencyId, id));
        model.addAttribute("appraisees", employees.appraisees(actor, agencyId, id));
        model.addAttribute("history", employees.history(actor, agencyId, id));
        model.addAttribute("canEdit", actor.canAdminister(agencyId));
        return "organisation/employee";
    }

    @GetMapping("/new")
    String createForm(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long unit, Model model) {
        actor.requireAdminister(agencyId);
        EmployeeForm form = new EmployeeForm();
        form.setUnitId(unit);
        form.setAsnType(AsnType.PNS);
        return form(actor, agencyId, null, form, model);
    }

    @PostMapping("/new")
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") EmployeeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            var created = employees.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/employees/" + created.id();
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        actor.requireAdminister(agencyId);
        return form(actor, agencyId, id, EmployeeForm.of(employees.get(actor, agencyId, id)), model);
    }

    @PostMapping("/{id}/edit")
    String edit(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") EmployeeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            employees.update(actor, agencyId, id, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/employees/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, id, form, model);
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            RedirectAttributes redirect) {
        try {
            employees.deactivate(actor, agencyId, id, reason, effectiveOn);
            redirect.addFlashAttribute("flash", "flash.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/employees/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            employees.reactivate(actor, agencyId, id, reason);
            redirect.addFlashAttribute("flash", "flash.activated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/employees/" + id;
    }

    private String form(Actor actor, long agencyId, Long id, EmployeeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("employeeId", id);
        model.addAttribute("units", units.tree(actor, agencyId, false));
        model.addAttribute("positions", positions.list(actor, agencyId, null, null, false));
        model.addAttribute("people", employees.activeInAgency(actor, agencyId).stream()
                .filter(e -> id == null || e.id() != id).toList());
        model.addAttribute("asnTypes", AsnType.values());
        model.addAttribute("pnsRanks", RankGrade.options(AsnType.PNS));
        model.addAttribute("pppkGrades", RankGrade.options(AsnType.PPPK));
        return "organisation/employee-form";
    }
}
