package id.capaian.development.web;

import id.capaian.development.AssessmentImport;
import id.capaian.development.CompetencyManagement;
import id.capaian.development.internal.DevelopmentWorkbooks;
import id.capaian.platform.Actor;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing assessment results from a workbook (administrators): the template to download, the upload, and the
 * report: every row stored, or nothing stored and every problem with its row and column.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/development/assessments/import")
class AssessmentImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CompetencyManagement competencies;
    private final DevelopmentWorkbooks workbooks;

    AssessmentImportController(CompetencyManagement competencies, DevelopmentWorkbooks workbooks) {
        this.competencies = competencies;
        this.workbooks = workbooks;
    }

    @GetMapping
    String page(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireAdminister(agencyId);
        model.addAttribute("columns", CompetencyManagement.Column.values());
        return "development/import";
    }

    @PostMapping
    String upload(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        actor.requireAdminister(agencyId);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        AssessmentImport result = competencies.importAssessments(actor, agencyId, content);
        model.addAttribute("result", result);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        model.addAttribute("columns", CompetencyManagement.Column.values());
        return "development/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Actor actor, @PathVariable long agencyId) {
        actor.requireAdminister(agencyId);
        return download(workbooks.importTemplate(), "capaian-impor-asesmen-kompetensi.xlsx", XLSX);
    }

    static ResponseEntity<byte[]> download(byte[] content, String fileName, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
