package id.capaian.development.web;

import id.capaian.development.DevelopmentSettings;
import id.capaian.development.Training;
import id.capaian.development.TrainingEnrolment;
import id.capaian.development.TrainingForm;
import id.capaian.development.TrainingKind;
import id.capaian.development.TrainingManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training catalogue: the list with an enrol button for oneself, one training with who is enrolled (as far as
 * the reader may see) and enrolling someone else (an appraiser their appraisees, an administrator anyone by NIP),
 * and for the agency's administrators the catalogue's upkeep and the yearly JP target.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/trainings")
class TrainingCatalogueController {

    private final TrainingManagement trainings;
    private final DevelopmentSettings settings;
    private final EmployeeManagement employees;

    TrainingCatalogueController(TrainingManagement trainings, DevelopmentSettings settings, EmployeeManagement employees) {
        this.trainings = trainings;
        this.settings = settings;
        this.employees = employees;
    }

    // ---------------------------------------------------------------- reading and enrolling

    @GetMapping
    String catalogue(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        TrainingKind k = kind(kind);
        model.addAttribute("trainings", trainings.catalogue(actor, agencyId, q, k, false, page, 25));
        model.addAttribute("mine", trainings.mineByTraining(actor, agencyId));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", k);
        model.addAttribute("canEnrol", actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId);
        model.addAttribute("admin", actor.canAdminister(agencyId));
        model.addAttribute("pagerBase", "/agencies/" + agencyId + "/trainings?q=" + (q == null ? "" : java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8)) + (k == null ? "" : "&kind=" + k.name()));
        return "development/training-catalogue";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        Training t = trainings.get(actor, agencyId, id);
        model.addAttribute("training", t);
        model.addAttribute("mine", trainings.mineByTraining(actor, agencyId).get(id));
        model.addAttribute("participants", trainings.participants(actor, agencyId, id));
        model.addAttribute("canEnrol", actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId);
        model.addAttribute("admin", actor.canAdminister(agencyId));
        List<Employee> appraisees = actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId
                ? List.of() : employees.appraisees(actor, agencyId, actor.employeeId());
        model.addAttribute("appraisees", appraisees);
        return "development/training-detail";
    }

    /** Enrols the signed-in employee, or with {@code employeeId} or {@code nip} someone they may enrol. */
    @PostMapping("/{id}/enrolments")
    String enrol(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) Long employeeId, @RequestParam(required = false) String nip,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String to = "catalogue".equals(back) ? "redirect:/agencies/" + agencyId + "/trainings#training-" + id
                : "redirect:/agencies/" + agencyId + "/trainings/" + id;
        try {
            long who;
            if (employeeId != null) {
                who = employeeId;
            } else if (nip != null && !nip.isBlank()) {
                who = employees.findByNip(nip.replaceAll("\\s", "")).filter(e -> e.agencyId() == agencyId).map(Employee::id)
                        .orElseThrow(() -> InvalidInputException.of("employee", "training.error.noEmployee", nip.trim()));
            } else if (actor.employeeId() != null) {
                who = actor.employeeId();
            } else {
                throw InvalidInputException.of("employee", "validation.required");
            }
            TrainingEnrolment x = trainings.enrol(actor, agencyId, id, who);
            if (actor.employeeId() != null && x.employeeId() == actor.employeeId()) {
                TrainingWebAdvice.flash(redirect, "training.flash.enrolled", x.title());
            } else {
                TrainingWebAdvice.flash(redirect, "training.flash.enrolledOther", x.employeeName(), x.title());
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", TrainingFlashProblem.of(e));
        }
        return to;
    }

    // ---------------------------------------------------------------- the administrators' upkeep

    @GetMapping("/admin")
    String admin(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        actor.requireAdminister(agencyId);
        model.addAttribute("trainings", trainings.catalogue(actor, agencyId, q, null, true, page, 50));
        model.addAttribute("setting", settings.get(actor, agencyId));
        model.addAttribute("q", q == null ? "" : q);
        return "development/training-admin";
    }

    @PostMapping("/admin/target")
    String target(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String jpTarget,
            @RequestParam int version, RedirectAttributes redirect) {
        Integer target;
        try {
            target = jpTarget == null || jpTarget.isBlank() ? null : Integer.valueOf(jpTarget.trim());
        } catch (NumberFormatException e) {
            target = -1;
        }
        try {
            settings.setJpTarget(actor, agencyId, target, version);
            TrainingWebAdvice.flash(redirect, "training.flash.targetSaved", target);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", TrainingFlashProblem.of(e));
        }
        return "redirect:/agencies/" + agencyId + "/trainings/admin#jp-target";
    }

    @GetMapping("/new")
    String newForm(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireAdminister(agencyId);
        TrainingForm form = new TrainingForm();
        form.setKind(TrainingKind.KLASIKAL);
        return formPage(actor, agencyId, null, form, model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") TrainingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        actor.requireAdminister(agencyId);
        if (binding.hasErrors()) {
            return formPage(actor, agencyId, null, form, model);
        }
        try {
            Training t = trainings.create(actor, agencyId, form);
            TrainingWebAdvice.flash(redirect, "training.flash.created", t.title());
            return "redirect:/agencies/" + agencyId + "/trainings/admin";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return formPage(actor, agencyId, null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        actor.requireAdminister(agencyId);
        Training t = trainings.get(actor, agencyId, id);
        return formPage(actor, agencyId, t, TrainingForm.of(t), model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") TrainingForm form,
            BindingResult binding, @RequestParam int version, Model model, RedirectAttributes redirect) {
        actor.requireAdminister(agencyId);
        Training t = trainings.get(actor, agencyId, id);
        if (binding.hasErrors()) {
            return formPage(actor, agencyId, t, form, model);
        }
        try {
            Training after = trainings.update(actor, agencyId, id, form, version);
            TrainingWebAdvice.flash(redirect, "training.flash.updated", after.title());
            return "redirect:/agencies/" + agencyId + "/trainings/admin";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return formPage(actor, agencyId, t, form, model);
        }
    }

    @PostMapping("/{id}/active")
    String active(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam boolean active,
            @RequestParam int version, RedirectAttributes redirect) {
        Training t = trainings.setActive(actor, agencyId, id, active, version);
        TrainingWebAdvice.flash(redirect, active ? "training.flash.activated" : "training.flash.deactivated", t.title());
        return "redirect:/agencies/" + agencyId + "/trainings/admin";
    }

    private String formPage(Actor actor, long agencyId, Training existing, TrainingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("competencies", trainings.competencies(actor, agencyId));
        model.addAttribute("labels", TrainingWebAdvice.LABELS);
        return "development/training-form";
    }

    private static TrainingKind kind(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return TrainingKind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
