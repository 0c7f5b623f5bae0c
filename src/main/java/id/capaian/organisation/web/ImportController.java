package id.capaian.organisation.web;

import id.capaian.organisation.internal.imports.ImportFileException;
import id.capaian.organisation.internal.imports.ImportJob;
import id.capaian.organisation.internal.imports.ImportJobs;
import id.capaian.organisation.internal.imports.ImportKind;
import id.capaian.organisation.internal.imports.ImportReports;
import id.capaian.organisation.internal.imports.ImportTemplates;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Imports of units and employees from XLSX or CSV: the upload form with templates and earlier imports, the
 * progress page (polled by htmx, or refreshed by hand), and the problem report.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/imports")
class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    /** Problems shown on the page; the report holds them all. */
    static final int PROBLEMS_ON_PAGE = 100;

    private final ImportJobs jobs;
    private final ImportTemplates templates;
    private final ImportReports reports;

    ImportController(ImportJobs jobs, ImportTemplates templates, ImportReports reports) {
        this.jobs = jobs;
        this.templates = templates;
        this.reports = reports;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        return page(actor, agencyId, null, null, model);
    }

    @PostMapping
    String upload(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        actor.requireAdminister(agencyId);
        var chosen = ImportKind.fromKey(kind);
        try {
            if (chosen.isEmpty()) {
                throw new ImportFileException("import.error.kind");
            }
            if (file == null || file.isEmpty()) {
                throw new ImportFileException("import.error.noFile");
            }
            jobs.checkUpload(file.getSize());
            ImportJob job = jobs.start(actor, agencyId, chosen.get(), file.getOriginalFilename(), file.getBytes());
            return "redirect:/agencies/" + agencyId + "/imports/" + job.id();
        } catch (ImportFileException e) {
            model.addAttribute("uploadError", e);
            return page(actor, agencyId, chosen.orElse(null), e, model);
        }
    }

    private String page(Actor actor, long agencyId, ImportKind kind, ImportFileException error, Model model) {
        model.addAttribute("jobs", jobs.list(actor, agencyId, 50));
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("selectedKind", kind == null ? ImportKind.EMPLOYEES : kind);
        model.addAttribute("maxMb", jobs.maxFileSizeMb());
        model.addAttribute("maxRows", jobs.maxRows());
        model.addAttribute("uploadError", error);
        return "organisation/imports";
    }

    @GetMapping("/{jobId}")
    String job(Actor actor, @PathVariable long agencyId, @PathVariable UUID jobId, Model model) {
        model.addAttribute("job", jobs.get(actor, agencyId, jobId));
        model.addAttribute("problemsOnPage", PROBLEMS_ON_PAGE);
        return "organisation/import-job";
    }

    @GetMapping("/{jobId}/progress")
    String progress(Actor actor, @PathVariable long agencyId, @PathVariable UUID jobId, Model model,
            HttpServletResponse response) {
        model.addAttribute("job", jobs.get(actor, agencyId, jobId));
        model.addAttribute("problemsOnPage", PROBLEMS_ON_PAGE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "organisation/import-job :: progress";
    }

    @GetMapping("/{jobId}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(Actor actor, @PathVariable long agencyId, @PathVariable UUID jobId, Locale locale) {
        ImportJob job = jobs.get(actor, agencyId, jobId);
        return download(reports.xlsx(job, locale), reports.fileName(job, "xlsx"), XLSX);
    }

    @GetMapping("/{jobId}/report.csv")
    ResponseEntity<byte[]> reportCsv(Actor actor, @PathVariable long agencyId, @PathVariable UUID jobId, Locale locale) {
        ImportJob job = jobs.get(actor, agencyId, jobId);
        return download(reports.csv(job, locale), reports.fileName(job, "csv"), CSV);
    }

    @GetMapping("/template/{kind}.xlsx")
    ResponseEntity<byte[]> templateXlsx(Actor actor, @PathVariable long agencyId, @PathVariable String kind) {
        actor.requireAdminister(agencyId);
        ImportKind k = kind(kind);
        return download(templates.xlsx(k), templates.fileName(k, "xlsx"), XLSX);
    }

    @GetMapping("/template/{kind}.csv")
    ResponseEntity<byte[]> templateCsv(Actor actor, @PathVariable long agencyId, @PathVariable String kind) {
        actor.requireAdminister(agencyId);
        ImportKind k = kind(kind);
        return download(templates.csv(k), templates.fileName(k, "csv"), CSV);
    }

    private static ImportKind kind(String key) {
        return ImportKind.fromKey(key).orElseThrow(() -> new NotFoundException("import", key));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** An import (or template) that does not exist, or belongs to another agency: the usual not-found page. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        response.setStatus(404);
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("titleKey", "error.notFound.title");
        mav.addObject("messageKey", "error.notFound.page");
        mav.addObject("messageArg", "import.entity");
        return mav;
    }
}
