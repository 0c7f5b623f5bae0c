package id.capaian.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The headers of every evaluation download: always an attachment (never shown inline), the type as declared and not
 * sniffed, a policy that forbids everything should a browser open it anyway, and never cached (personal data).
 */
final class EvaluationDocumentDownloads {

    static final String POLICY = "default-src 'none'; sandbox";

    private EvaluationDocumentDownloads() {
    }

    static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentLength(content.length)
                .body(content);
    }

    static void headers(jakarta.servlet.http.HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** {@code attachment} with a plain ASCII name for old clients and the real name RFC 5987 encoded. */
    static String disposition(String name) {
        String real = name == null || name.isBlank() ? "dokumen" : name;
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
