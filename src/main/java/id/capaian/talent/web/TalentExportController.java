package id.capaian.talent.web;

import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.talent.TalentGrid;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.internal.TalentDocuments;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 9-box spread and the talent pool as XLSX and PDF (HR only, like the pages they come from). */
@Controller
@RequestMapping("/agencies/{agencyId}/talent")
class TalentExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TalentManagement talent;
    private final TalentDocuments documents;
    private final AgencyManagement agencies;

    TalentExportController(TalentManagement talent, TalentDocuments documents, AgencyManagement agencies) {
        this.talent = talent;
        this.documents = documents;
        this.agencies = agencies;
    }

    @GetMapping("/nine-box.xlsx")
    ResponseEntity<byte[]> gridXlsx(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period,
            Locale locale) {
        TalentGrid grid = talent.grid(actor, agencyId, period);
        return file(documents.workbook(grid, agencyName(actor, agencyId), false, locale), XLSX, "9-box", grid, "xlsx");
    }

    @GetMapping("/pool.xlsx")
    ResponseEntity<byte[]> poolXlsx(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period,
            Locale locale) {
        TalentGrid grid = talent.grid(actor, agencyId, period);
        return file(documents.workbook(grid, agencyName(actor, agencyId), true, locale), XLSX, "talent-pool", grid, "xlsx");
    }

    @GetMapping("/nine-box.pdf")
    ResponseEntity<byte[]> gridPdf(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period,
            Locale locale) {
        TalentGrid grid = talent.grid(actor, agencyId, period);
        return file(documents.pdf(grid, agencyName(actor, agencyId), false, locale), MediaType.APPLICATION_PDF, "9-box",
                grid, "pdf");
    }

    @GetMapping("/pool.pdf")
    ResponseEntity<byte[]> poolPdf(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period,
            Locale locale) {
        TalentGrid grid = talent.grid(actor, agencyId, period);
        return file(documents.pdf(grid, agencyName(actor, agencyId), true, locale), MediaType.APPLICATION_PDF,
                "talent-pool", grid, "pdf");
    }

    private String agencyName(Actor actor, long agencyId) {
        return agencies.get(actor, agencyId).name();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, TalentGrid grid, String ext) {
        String filename = name + (grid.period() == null ? "" : "-" + grid.period().year()) + "." + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
