package id.capaian.evaluation.web;

import id.capaian.evaluation.CoachingManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.CoachingPlan.Outcome;
import id.capaian.evaluation.CoachingPlan.Progress;
import id.capaian.evaluation.CoachingPlan.Status;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaching plans (rencana pengembangan kinerja, pembinaan): one's own plans as employee, coach or mentor; the agency's
 * list for administrators and the agency head; and one plan, where the coach agrees goals, mentor and dates, the
 * people involved record check-ins, and the coach closes it with its outcome or cancels it with the reason. Every
 * form works without JavaScript; a failed form comes back with its problems beside the fields.
 */
@Controller
class CoachingController {

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("goals", "followup.coaching.goals"),
            Map.entry("mentorId", "followup.coaching.mentor"), Map.entry("startsOn", "followup.coaching.startsOn"),
            Map.entry("endsOn", "followup.coaching.endsOn"), Map.entry("heldOn", "followup.coaching.heldOn"),
            Map.entry("note", "followup.coaching.note"), Map.entry("progress", "followup.coaching.progress"),
            Map.entry("outcome", "followup.coaching.outcome"), Map.entry("outcomeNote", "followup.coaching.outcomeNote"),
            Map.entry("reason", "followup.coaching.cancelReason"), Map.entry("status", "followup.coaching.status"));

    private final CoachingManagement coaching;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    CoachingController(CoachingManagement coaching, EmployeeManagement employees, MessageSource messages) {
        this.coaching = coaching;
        this.employees = employees;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- lists

    @GetMapping("/coaching/mine")
    String mine(Actor actor, Model model) {
        model.addAttribute("plans", coaching.mine(actor));
        model.addAttribute("me", actor.employeeId());
        return "evaluation/coaching-mine";
    }

    @GetMapping("/agencies/{agencyId}/coaching")
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String status, Model model) {
        Status s = parse(Status.class, status);
        model.addAttribute("plans", coaching.list(actor, agencyId, s));
        Map<Status, Integer> counts = coaching.counts(actor, agencyId);
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("status", s);
        return "evaluation/coaching-list";
    }

    // ---------------------------------------------------------------- one plan

    @GetMapping("/agencies/{agencyId}/coaching/{id}")
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String mentorQuery, Model model) {
        CoachingPlan p = coaching.get(actor, agencyId, id);
        model.addAttribute("mentorQuery", mentorQuery);
        return page(actor, agencyId, p, FormErrors.none(), Map.of(), model);
    }

    @PostMapping("/agencies/{agencyId}/coaching/{id}/agree")
    String agree(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String goals,
            @RequestParam(required = false) String mentorId, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn, @RequestParam int version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = Map.of("goals", nz(goals), "mentorId", nz(mentorId), "startsOn", nz(startsOn), "endsOn", nz(endsOn));
        return change(actor, agencyId, id, "agree", typed, () -> {
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            LocalDate s = date(startsOn, "startsOn", problems);
            LocalDate e = date(endsOn, "endsOn", problems);
            Long mentor = null;
            if (mentorId != null && !mentorId.isBlank()) {
                try {
                    mentor = Long.valueOf(mentorId.strip());
                } catch (NumberFormatException x) {
                    problems.add("mentorId", "coaching.error.mentorUnknown");
                }
            }
            problems.throwIfAny();
            return coaching.agree(actor, agencyId, id, goals, mentor, s, e, version);
        }, "followup.coaching.agreed", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/coaching/{id}/check-ins")
    String checkIn(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String note, @RequestParam(required = false) String progress, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = Map.of("heldOn", nz(heldOn), "note", nz(note), "progress", nz(progress));
        return change(actor, agencyId, id, "checkin", typed, () -> {
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            LocalDate d = date(heldOn, "heldOn", problems);
            problems.throwIfAny();
            return coaching.checkIn(actor, agencyId, id, d, note, parse(Progress.class, progress));
        }, "followup.coaching.checkedIn", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/coaching/{id}/complete")
    String complete(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String outcomeNote, @RequestParam int version, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = Map.of("outcome", nz(outcome), "outcomeNote", nz(outcomeNote));
        return change(actor, agencyId, id, "complete", typed,
                () -> coaching.complete(actor, agencyId, id, parse(Outcome.class, outcome), outcomeNote, version),
                "followup.coaching.completed", model, redirect, locale);
    }

    @PostMapping("/agencies/{agencyId}/coaching/{id}/cancel")
    String cancel(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = Map.of("reason", nz(reason));
        return change(actor, agencyId, id, "cancel", typed, () -> {
            try {
                return coaching.cancel(actor, agencyId, id, reason, version);
            } catch (InvalidInputException e) {
                // the service names the reason "outcomeNote"; on this form the field is "reason"
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> "outcomeNote".equals(p.field()) ? new Problem("reason", p.code(), p.args()) : p).toList());
            }
        }, "followup.coaching.cancelled", model, redirect, locale);
    }

    // ---------------------------------------------------------------- the machinery

    private String change(Actor actor, long agencyId, long id, String target, Map<String, String> typed,
            Supplier<CoachingPlan> action, String flash, Model model, RedirectAttributes redirect, Locale locale) {
        FormErrors errors;
        try {
            action.get();
            redirect.addFlashAttribute("flash", flash);
            redirect.addFlashAttribute("flashArgs", new Object[0]);
            return "redirect:/agencies/" + agencyId + "/coaching/" + id + "#" + target;
        } catch (InvalidInputException e) {
            errors = FormErrors.of(target, e, LABELS, messages, locale);
        } catch (ConcurrentChangeException e) {
            errors = FormErrors.of(target, InvalidInputException.of(null, "followup.coaching.conflict"), LABELS, messages, locale);
            typed = Map.of();
        }
        return page(actor, agencyId, coaching.get(actor, agencyId, id), errors, typed, model);
    }

    private String page(Actor actor, long agencyId, CoachingPlan p, FormErrors errors, Map<String, String> typed, Model model) {
        Long me = actor.employeeId();
        boolean coach = me != null && me.equals(p.coachId());
        boolean manages = coach || actor.canAdminister(agencyId);
        boolean involved = me != null && (me == p.employeeId() || coach || me.equals(p.mentorId()));
        LocalDate today = LocalDate.now(EmployeeManagement.JAKARTA);
        model.addAttribute("plan", p);
        model.addAttribute("canAgree", manages && p.open());
        model.addAttribute("canCheckIn", (involved || actor.canAdminister(agencyId)) && p.status() == Status.ACTIVE);
        model.addAttribute("canClose", manages && p.status() == Status.ACTIVE);
        model.addAttribute("canCancel", manages && p.open());
        model.addAttribute("role", me == null ? null : me == p.employeeId() ? "EMPLOYEE" : coach ? "COACH"
                : me.equals(p.mentorId()) ? "MENTOR" : null);
        model.addAttribute("formErrors", errors);
        model.addAttribute("today", today);
        model.addAttribute("progresses", Progress.values());
        model.addAttribute("outcomes", Outcome.values());
        // what the forms show: what was typed when a form failed, else the plan's values (goals prefilled with the
        // proposed ones) and sensible dates
        Map<String, String> form = new HashMap<>();
        form.put("goals", p.goals() == null ? "" : p.goals());
        form.put("mentorId", p.mentorId() == null ? "" : String.valueOf(p.mentorId()));
        form.put("startsOn", String.valueOf(p.startsOn() != null ? p.startsOn() : today));
        form.put("endsOn", String.valueOf(p.endsOn() != null ? p.endsOn() : today.plusMonths(3)));
        form.put("heldOn", String.valueOf(today));
        form.put("note", "");
        form.put("progress", "");
        form.put("outcome", "");
        form.put("outcomeNote", "");
        form.put("reason", "");
        form.putAll(typed);
        model.addAttribute("form", form);
        model.addAttribute("recorders", recorders(actor, agencyId, p));
        if (manages && p.open()) {
            model.addAttribute("mentors", mentors(actor, agencyId, p, (String) model.getAttribute("mentorQuery")));
        } else {
            model.addAttribute("mentors", List.of());
        }
        return "evaluation/coaching";
    }

    /** Who recorded the check-ins (stored as the account's NIP): their names, for the few people of one plan. */
    private Map<String, String> recorders(Actor actor, long agencyId, CoachingPlan p) {
        Map<String, String> names = new HashMap<>();
        p.checkIns().stream().map(CoachingPlan.CheckIn::recordedBy).distinct().filter(n -> n != null && n.matches("\\d{18}"))
                .forEach(nip -> employees.search(actor, agencyId, new EmployeeManagement.Search(nip, null, false, null, 0, 1))
                        .content().stream().filter(e -> nip.equals(e.nip())).findFirst()
                        .ifPresent(e -> names.put(nip, e.displayName())));
        return names;
    }

    /** Mentor candidates: the employee's unit (with its sub-units), or those matching the search; the current mentor. */
    private List<Employee> mentors(Actor actor, long agencyId, CoachingPlan p, String query) {
        Long unitId = null;
        if (query == null || query.isBlank()) {
            try {
                unitId = employees.get(actor, agencyId, p.employeeId()).unitId();
            } catch (NotFoundException e) {
                unitId = null;
            }
        }
        var search = new EmployeeManagement.Search(query == null || query.isBlank() ? null : query.strip(), unitId, true, true, 0, 100);
        List<Employee> out = new ArrayList<>(employees.search(actor, agencyId, search).content());
        out.removeIf(e -> e.id() == p.employeeId());
        if (p.mentorId() != null && out.stream().noneMatch(e -> e.id() == p.mentorId())) {
            try {
                out.add(0, employees.get(actor, agencyId, p.mentorId()));
            } catch (NotFoundException e) {
                // a mentor who left the agency: the coach chooses another
            }
        }
        return out;
    }

    private static LocalDate date(String s, String field, InvalidInputException.Collector problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "followup.error.date");
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
