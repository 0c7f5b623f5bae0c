package id.capaian.survey;

import java.time.Instant;

/** An import of paper surveys: which file, how many responses, by whom and when. */
public record PaperImport(long id, String fileName, int rows, String importedBy, Instant importedAt) {
}
