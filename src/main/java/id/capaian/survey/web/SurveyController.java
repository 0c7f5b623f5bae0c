package id.capaian.survey.web;

import static id.capaian.survey.web.SurveyWebSupport.base;
import static id.capaian.survey.web.SurveyWebSupport.flash;

import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.Survey;
import id.capaian.survey.SurveyManagement;
import id.capaian.survey.internal.QrCodes;
import id.capaian.survey.internal.SurveyPdf;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's surveys: the list, enabling a unit's survey, its setup (on or off, a new link, the services offered,
 * the indicators that take its IKM) and its printable poster with the QR code, as a page and as a PDF.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/surveys")
class SurveyController {

    private final SurveyManagement surveys;
    private final IkmManagement ikm;
    private final AgencyManagement agencies;
    private final PublicLinks links;
    private final SurveyPdf pdf;

    SurveyController(SurveyManagement surveys, IkmManagement ikm, AgencyManagement agencies, PublicLinks links, SurveyPdf pdf) {
        this.surveys = surveys;
        this.ikm = ikm;
        this.agencies = agencies;
        this.links = links;
        this.pdf = pdf;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        model.addAttribute("surveys", surveys.list(actor, agencyId));
        boolean manage = surveys.canManage(actor, agencyId);
        model.addAttribute("canManage", manage);
        model.addAttribute("units", manage ? surveys.unitsWithoutSurvey(actor, agencyId) : List.of());
        return "survey/list";
    }

    @PostMapping
    String enable(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long unitId,
            RedirectAttributes redirect) {
        if (unitId == null) {
            redirect.addFlashAttribute("flashError", List.of(id.capaian.platform.Problem.of("unitId", "survey.error.unitRequired")));
            return "redirect:/agencies/" + agencyId + "/surveys";
        }
        Survey s = surveys.enable(actor, agencyId, unitId);
        flash(redirect, "survey.flash.enabled", s.unitName());
        return "redirect:" + base(agencyId, s.id());
    }

    @GetMapping("/{surveyId}")
    String setup(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, Model model) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        boolean manage = surveys.canManage(actor, agencyId);
        model.addAttribute("survey", s);
        model.addAttribute("publicUrl", links.url(s));
        model.addAttribute("canManage", manage);
        model.addAttribute("links", ikm.links(actor, agencyId, surveyId));
        model.addAttribute("candidates", manage ? ikm.linkCandidates(actor, agencyId, surveyId) : List.of());
        model.addAttribute("publications", ikm.publications(actor, agencyId, surveyId));
        return "survey/setup";
    }

    @PostMapping("/{surveyId}/enabled")
    String setEnabled(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        Survey s = surveys.setEnabled(actor, agencyId, surveyId, enabled);
        flash(redirect, enabled ? "survey.flash.enabled" : "survey.flash.disabled", s.unitName());
        return "redirect:" + base(agencyId, surveyId);
    }

    @PostMapping("/{surveyId}/token")
    String newToken(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, RedirectAttributes redirect) {
        surveys.regenerateToken(actor, agencyId, surveyId);
        flash(redirect, "survey.flash.newLink");
        return "redirect:" + base(agencyId, surveyId);
    }

    @PostMapping("/{surveyId}/services")
    String addService(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            surveys.addService(actor, agencyId, surveyId, name);
            flash(redirect, "survey.flash.serviceAdded", name.strip());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:" + base(agencyId, surveyId) + "#services";
    }

    @PostMapping("/{surveyId}/services/{serviceId}")
    String renameService(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @PathVariable long serviceId,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            surveys.renameService(actor, agencyId, surveyId, serviceId, name);
            flash(redirect, "survey.flash.serviceSaved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:" + base(agencyId, surveyId) + "#services";
    }

    @PostMapping("/{surveyId}/services/{serviceId}/active")
    String serviceActive(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @PathVariable long serviceId,
            @RequestParam boolean active, RedirectAttributes redirect) {
        surveys.setServiceActive(actor, agencyId, surveyId, serviceId, active);
        flash(redirect, "survey.flash.serviceSaved");
        return "redirect:" + base(agencyId, surveyId) + "#services";
    }

    @PostMapping("/{surveyId}/links")
    String link(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @RequestParam(required = false) String indicator, RedirectAttributes redirect) {
        String[] parts = indicator == null ? new String[0] : indicator.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            redirect.addFlashAttribute("flashError", List.of(id.capaian.platform.Problem.of("indicator", "survey.link.error.choose")));
            return "redirect:" + base(agencyId, surveyId) + "#links";
        }
        try {
            ikm.link(actor, agencyId, surveyId, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            flash(redirect, "survey.flash.linked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:" + base(agencyId, surveyId) + "#links";
    }

    @PostMapping("/{surveyId}/links/{linkId}/delete")
    String unlink(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, @PathVariable long linkId,
            RedirectAttributes redirect) {
        ikm.unlink(actor, agencyId, surveyId, linkId);
        flash(redirect, "survey.flash.unlinked");
        return "redirect:" + base(agencyId, surveyId) + "#links";
    }

    // ---------------------------------------------------------------- poster and QR code

    @GetMapping("/{surveyId}/poster")
    String poster(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, Model model) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        model.addAttribute("survey", s);
        model.addAttribute("publicUrl", links.url(s));
        model.addAttribute("agencyName", agencies.get(actor, agencyId).name());
        return "survey/poster";
    }

    @GetMapping(value = "/{surveyId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrPng(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(s, "png")).build().toString())
                .body(QrCodes.png(links.url(s), 12));
    }

    @GetMapping(value = "/{surveyId}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrSvg(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(s, "svg")).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(QrCodes.svg(links.url(s)));
    }

    @GetMapping("/{surveyId}/poster.pdf")
    ResponseEntity<byte[]> posterPdf(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId, Locale locale) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        String url = links.url(s);
        byte[] content = pdf.pdf("survey/pdf/poster", Map.of("unitName", SurveyPdf.clean(s.unitName()),
                "agencyName", SurveyPdf.clean(agencies.get(actor, agencyId).name()), "url", url,
                "qr", QrCodes.pngDataUri(url, 10), "enabled", s.enabled()), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(s, "pdf")).build().toString())
                .body(content);
    }

    private static String fileName(Survey s, String extension) {
        String unit = s.unitCode() == null ? String.valueOf(s.unitId()) : s.unitCode().replaceAll("[^A-Za-z0-9._-]", "_");
        return "SKM-" + unit + "." + extension;
    }
}
