package id.capaian.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * The outcome of a potential import: all rows stored ({@code imported}) or none. Problems with the file as a whole
 * (not a workbook, no rows, too many rows, wrong header) are in {@code fileProblems}; each row carries its own.
 */
public record PotentialImport(boolean imported, List<MessageSourceResolvable> fileProblems, List<Row> rows) {

    /** One data row as read, with its line number in the sheet and what is wrong with it. */
    public record Row(int line, String nip, String name, BigDecimal score, PotentialMethod method, LocalDate assessedOn,
            String assessor, List<MessageSourceResolvable> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public long problemRows() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || problemRows() > 0;
    }
}
