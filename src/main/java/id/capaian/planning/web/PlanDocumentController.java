package id.capaian.planning.web;

import id.capaian.planning.PlanDocuments;
import id.capaian.platform.Actor;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of planning documents: the SKP form as PDF (for whoever may read the plan) and a unit's plans as XLSX
 * (for the agency's administrators and head and the unit's head). Personal data: never cached.
 */
@Controller
class PlanDocumentController {

    private final PlanDocuments documents;

    PlanDocumentController(PlanDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/agencies/{agencyId}/plans/{planId}/pdf")
    ResponseEntity<byte[]> skp(Actor actor, @PathVariable long agencyId, @PathVariable long planId, Locale locale) {
        return download(documents.skp(actor, agencyId, planId, locale));
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/units/{unitId}/plans.xlsx")
    ResponseEntity<byte[]> unitPlans(Actor actor, @PathVariable long agencyId, @PathVariable long periodId,
            @PathVariable long unitId, Locale locale) {
        return download(documents.unitPlansXlsx(actor, agencyId, periodId, unitId, locale));
    }

    static ResponseEntity<byte[]> download(PlanDocuments.Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
