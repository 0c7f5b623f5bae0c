package id.capaian.development.web;

import id.capaian.development.JpMonitoring;
import id.capaian.development.TrainingCertificate;
import id.capaian.development.TrainingCertificateFile;
import id.capaian.development.TrainingEnrolment;
import id.capaian.development.TrainingExternalForm;
import id.capaian.development.TrainingKind;
import id.capaian.development.TrainingManagement;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.FormErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employee's trainings and JP (their own page, or one their line and HR open), recording an external training,
 * completing with a certificate (and resubmitting after a rejection), cancelling, the certificate download with safe
 * headers, and the verification queue of HR and appraisers. Every form works without JavaScript.
 */
@Controller
class TrainingEnrolmentController {

    /** Certificates are always downloads: never shown inline, the type as stored, nothing allowed should a browser open it. */
    static final String POLICY = "default-src 'none'; sandbox";

    private final TrainingManagement trainings;
    private final JpMonitoring jp;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    TrainingEnrolmentController(TrainingManagement trainings, JpMonitoring jp, EmployeeManagement employees,
            MessageSource messages) {
        this.trainings = trainings;
        this.jp = jp;
        this.employees = employees;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- an employee's trainings

    @GetMapping("/trainings/mine")
    String mineAnywhere(Actor actor) {
        if (actor.agencyId() == null || actor.employeeId() == null) {
            return "redirect:/";
        }
        return "redirect:/agencies/" + actor.agencyId() + "/my-trainings";
    }

    @GetMapping("/agencies/{agencyId}/my-trainings")
    String mine(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String year, Model model) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return "redirect:/agencies/" + agencyId + "/trainings";
        }
        return page(actor, agencyId, actor.employeeId(), TrainingWebAdvice.year(year, JpMonitoring.currentYear()),
                external(), FormErrors.none(), model);
    }

    @GetMapping("/agencies/{agencyId}/employees/{employeeId}/trainings")
    String employee(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @RequestParam(required = false) String year, Model model) {
        return page(actor, agencyId, employeeId, TrainingWebAdvice.year(year, JpMonitoring.currentYear()), external(),
                FormErrors.none(), model);
    }

    @PostMapping("/agencies/{agencyId}/employees/{employeeId}/trainings/external")
    String recordExternal(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @ModelAttribute("external") TrainingExternalForm form, BindingResult binding,
            @RequestParam(name = "certificate", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, Locale locale) {
        int year = form.getCompletedOn() == null ? JpMonitoring.currentYear() : form.getCompletedOn().getYear();
        if (binding.hasErrors()) {
            return page(actor, agencyId, employeeId, year, form,
                    FormErrors.of("external", binding, TrainingWebAdvice.LABELS, messages, locale), model);
        }
        try {
            TrainingCertificate certificate = file == null || file.isEmpty() ? null : certificate(file);
            TrainingEnrolment x = trainings.recordExternal(actor, agencyId, employeeId, form, certificate);
            TrainingWebAdvice.flash(redirect, certificate == null ? "training.flash.externalRecorded" : "training.flash.completed",
                    x.title());
            return "redirect:" + back(actor, agencyId, employeeId) + "?year=" + year + "#enrolment-" + x.id();
        } catch (InvalidInputException e) {
            return page(actor, agencyId, employeeId, year, form,
                    FormErrors.of("external", e, TrainingWebAdvice.LABELS, messages, locale), model);
        }
    }

    private String page(Actor actor, long agencyId, long employeeId, int year, TrainingExternalForm external,
            FormErrors errors, Model model) {
        boolean self = actor.employeeId() != null && actor.employeeId() == employeeId && actor.agencyId() != null
                && actor.agencyId() == agencyId;
        model.addAttribute("enrolments", trainings.enrolments(actor, agencyId, employeeId, year));
        model.addAttribute("progress", jp.progress(actor, agencyId, employeeId, year));
        model.addAttribute("person", employees.get(actor, agencyId, employeeId));
        model.addAttribute("self", self);
        model.addAttribute("year", year);
        model.addAttribute("mayAct", trainings.mayActFor(actor, agencyId, employeeId));
        model.addAttribute("mayDownload", trainings.mayDownload(actor, agencyId, employeeId));
        model.addAttribute("team", self ? jp.team(actor, agencyId, year) : java.util.List.of());
        model.addAttribute("pendingQueue", self ? trainings.pendingVerifications(actor, agencyId) : 0L);
        model.addAttribute("verifies", self && trainings.verifies(actor, agencyId));
        model.addAttribute("external", external);
        model.addAttribute("formErrors", errors);
        model.addAttribute("maxSize", TrainingManagement.sizeLabel(trainings.maxCertificateBytes()));
        return "development/training-mine";
    }

    private static TrainingExternalForm external() {
        TrainingExternalForm f = new TrainingExternalForm();
        f.setKind(TrainingKind.E_LEARNING);
        return f;
    }

    private static String back(Actor actor, long agencyId, long employeeId) {
        boolean self = actor.employeeId() != null && actor.employeeId() == employeeId;
        return self ? "/agencies/" + agencyId + "/my-trainings" : "/agencies/" + agencyId + "/employees/" + employeeId + "/trainings";
    }

    // ---------------------------------------------------------------- completing, cancelling

    @GetMapping("/agencies/{agencyId}/training-enrolments/{id}/complete")
    String completeForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        TrainingEnrolment x = trainings.enrolment(actor, agencyId, id);
        return completePage(x, x.completedOn() == null ? null : x.completedOn(), FormErrors.none(), model);
    }

    @PostMapping("/agencies/{agencyId}/training-enrolments/{id}/complete")
    String complete(Actor actor, @PathVariable long agencyId, @PathVariable long id,
            @RequestParam(required = false) String completedOn,
            @RequestParam(name = "certificate", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            Locale locale) {
        TrainingEnrolment x = trainings.enrolment(actor, agencyId, id);
        LocalDate date;
        try {
            date = completedOn == null || completedOn.isBlank() ? null : LocalDate.parse(completedOn.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return completePage(x, null, FormErrors.of("complete",
                    InvalidInputException.of("completedOn", "training.error.date"), TrainingWebAdvice.LABELS, messages, locale), model);
        }
        try {
            TrainingEnrolment after = trainings.complete(actor, agencyId, id, date,
                    file == null || file.isEmpty() ? null : certificate(file));
            TrainingWebAdvice.flash(redirect, x.status().name().equals("REJECTED") ? "training.flash.resubmitted"
                    : "training.flash.completed", after.title());
            return "redirect:/agencies/" + agencyId + "/my-trainings?year=" + date.getYear() + "#enrolment-" + id;
        } catch (InvalidInputException e) {
            return completePage(x, date, FormErrors.of("complete", e, TrainingWebAdvice.LABELS, messages, locale), model);
        }
    }

    private String completePage(TrainingEnrolment x, LocalDate date, FormErrors errors, Model model) {
        model.addAttribute("enrolment", x);
        model.addAttribute("completedOn", date);
        model.addAttribute("formErrors", errors);
        model.addAttribute("maxSize", TrainingManagement.sizeLabel(trainings.maxCertificateBytes()));
        return "development/training-complete";
    }

    @PostMapping("/agencies/{agencyId}/training-enrolments/{id}/cancel")
    String cancel(Actor actor, @PathVariable long agencyId, @PathVariable long id, RedirectAttributes redirect) {
        TrainingEnrolment x = trainings.enrolment(actor, agencyId, id);
        try {
            trainings.cancel(actor, agencyId, id);
            TrainingWebAdvice.flash(redirect, "training.flash.cancelled", x.title());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", TrainingFlashProblem.of(e));
        }
        return "redirect:" + back(actor, agencyId, x.employeeId());
    }

    @GetMapping("/agencies/{agencyId}/training-enrolments/{id}/certificate")
    ResponseEntity<InputStreamResource> certificate(Actor actor, @PathVariable long agencyId, @PathVariable long id) {
        TrainingCertificateFile file = trainings.certificate(actor, agencyId, id);
        TrainingEnrolment x = file.enrolment();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(x.certificateType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(x.certificateName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (x.certificateSize() != null) {
            response.contentLength(x.certificateSize());
        }
        return response.body(new InputStreamResource(file.content()));
    }

    // ---------------------------------------------------------------- verification

    @GetMapping("/agencies/{agencyId}/training-verifications")
    String queue(Actor actor, @PathVariable long agencyId, @RequestParam(defaultValue = "0") int page, Model model) {
        return queuePage(actor, agencyId, page, FormErrors.none(), null, model);
    }

    @PostMapping("/agencies/{agencyId}/training-enrolments/{id}/verify")
    String verify(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect) {
        TrainingEnrolment x = trainings.verify(actor, agencyId, id, version);
        TrainingWebAdvice.flash(redirect, "training.flash.verified", x.employeeName(), x.title(), x.jp());
        return "redirect:/agencies/" + agencyId + "/training-verifications";
    }

    @PostMapping("/agencies/{agencyId}/training-enrolments/{id}/reject")
    String reject(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam int version, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            TrainingEnrolment x = trainings.reject(actor, agencyId, id, reason, version);
            TrainingWebAdvice.flash(redirect, "training.flash.rejected", x.employeeName(), x.title());
            return "redirect:/agencies/" + agencyId + "/training-verifications";
        } catch (InvalidInputException e) {
            return queuePage(actor, agencyId, 0, FormErrors.of("reject-" + id, e, TrainingWebAdvice.LABELS, messages, locale),
                    reason, model);
        }
    }

    private String queuePage(Actor actor, long agencyId, int page, FormErrors errors, String reason, Model model) {
        model.addAttribute("queue", trainings.verificationQueue(actor, agencyId, page, 25));
        model.addAttribute("verifies", trainings.verifies(actor, agencyId));
        model.addAttribute("formErrors", errors);
        model.addAttribute("reason", reason);
        return "development/training-verifications";
    }

    // ---------------------------------------------------------------- helpers

    private static TrainingCertificate certificate(MultipartFile file) {
        try {
            return new TrainingCertificate(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code attachment} with a plain ASCII name for old clients and the real name RFC 5987 encoded. */
    static String disposition(String name) {
        String real = name == null || name.isBlank() ? "sertifikat" : name;
        StringBuilder ascii = new StringBuilder();
        for (char c : real.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(real);
    }

    private static String rfc5987(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
