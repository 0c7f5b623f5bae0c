package id.capaian.development;

/** A certificate file as uploaded: the name is kept for display only; the type is told by the content. */
public record TrainingCertificate(String fileName, byte[] content) {
}
