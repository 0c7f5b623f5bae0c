package id.capaian.tracking.web;

import id.capaian.platform.Actor;
import id.capaian.tracking.Evidence;
import id.capaian.tracking.RealisationManagement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence files, only for those who may see the plan. Always a download (never shown inline, so a file can never
 * run as a page of this site), with the type told by its content, and a policy that forbids everything should a
 * browser open it anyway.
 */
@Controller
class EvidenceController {

    static final String POLICY = "default-src 'none'; sandbox";

    private final RealisationManagement realisations;

    EvidenceController(RealisationManagement realisations) {
        this.realisations = realisations;
    }

    @GetMapping("/agencies/{agencyId}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long agencyId, @PathVariable long evidenceId) {
        RealisationManagement.EvidenceFile file = realisations.file(actor, agencyId, evidenceId);
        Evidence e = file.evidence();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(e.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (e.sizeBytes() != null) {
            response.contentLength(e.sizeBytes());
        }
        return response.body(new InputStreamResource(file.content()));
    }

    /** {@code attachment} with a plain ASCII name for old clients and the real name RFC 5987 encoded. */
    static String disposition(String name) {
        String real = name == null || name.isBlank() ? "bukti" : name;
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
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
