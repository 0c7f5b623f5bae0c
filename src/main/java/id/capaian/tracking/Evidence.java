package id.capaian.tracking;

import java.time.Instant;

/** Bukti dukung: a stored file (served only to those allowed) or a link. */
public record Evidence(long id, long realisationId, String kind, String fileName, String contentType, Long sizeBytes,
        String url, String uploadedBy, Instant uploadedAt) {

    public boolean file() {
        return "FILE".equals(kind);
    }
}
