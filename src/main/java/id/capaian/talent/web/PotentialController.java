package id.capaian.talent.web;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.talent.PotentialForm;
import id.capaian.talent.PotentialImport;
import id.capaian.talent.PotentialMethod;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.internal.TalentDocuments;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Potential assessments: the latest recorded (HR), one recorded by hand, or a workbook imported (administrators). */
@Controller
@RequestMapping("/agencies/{agencyId}/talent/potential")
class PotentialController {

    private final TalentManagement talent;
    private final TalentDocuments documents;
    private final MessageSource messages;

    PotentialController(TalentManagement talent, TalentDocuments documents, MessageSource messages) {
        this.talent = talent;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        PotentialForm form = new PotentialForm();
        form.setAssessedOn(LocalDate.now(TalentManagement.JAKARTA));
        form.setMethod(PotentialMethod.ASSESSMENT_CENTER);
        return page(actor, agencyId, form, TalentProblems.none(), null, model);
    }

    @PostMapping
    String record(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") PotentialForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        requireManage(actor, agencyId);
        if (binding.hasErrors()) {
            return page(actor, agencyId, form, TalentProblems.of("potential", binding, messages, locale), null, model);
        }
        try {
            var saved = talent.recordPotential(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "talent.potential.recorded");
            redirect.addFlashAttribute("flashArgs", new Object[] {saved.name(), saved.score().toPlainString()});
            return "redirect:/agencies/" + agencyId + "/talent/potential";
        } catch (InvalidInputException e) {
            return page(actor, agencyId, form, TalentProblems.of("potential", e, messages, locale), null, model);
        }
    }

    @PostMapping("/import")
    String importFile(Actor actor, @PathVariable long agencyId, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        requireManage(actor, agencyId);
        PotentialImport result = talent.importPotential(actor, agencyId, file == null ? new byte[0] : file.getBytes());
        if (result.imported()) {
            redirect.addFlashAttribute("flash", "talent.import.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {result.rows().size()});
            return "redirect:/agencies/" + agencyId + "/talent/potential";
        }
        PotentialForm form = new PotentialForm();
        form.setAssessedOn(LocalDate.now(TalentManagement.JAKARTA));
        form.setMethod(PotentialMethod.ASSESSMENT_CENTER);
        return page(actor, agencyId, form, TalentProblems.none(), result, model);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Actor actor, @PathVariable long agencyId, Locale locale) {
        requireManage(actor, agencyId);
        return ResponseEntity.ok().contentType(TalentExportController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("potensi-template.xlsx").build().toString())
                .body(documents.importTemplate(locale));
    }

    private void requireManage(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (!talent.canManage(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private String page(Actor actor, long agencyId, PotentialForm form, TalentProblems problems, PotentialImport result,
            Model model) {
        model.addAttribute("assessments", talent.recentAssessments(actor, agencyId, 100));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("result", result);
        model.addAttribute("methods", PotentialMethod.values());
        model.addAttribute("manage", talent.canManage(actor, agencyId));
        return "talent/potential";
    }
}
