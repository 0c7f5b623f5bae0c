package id.capaian.organisation.imports;

import id.capaian.organisation.internal.imports.ImportJob;
import id.capaian.organisation.internal.imports.ImportJobs;
import id.capaian.platform.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds import files for tests and waits for jobs. */
final class ImportFiles {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private ImportFiles() {
    }

    /**
     * A valid PNS NIP never used before in this JVM, apart from those of {@code TestData} (born 1960-1979,
     * appointed 1985-1989, where TestData's are born from 1980).
     */
    static String nip() {
        int n = SEQ.getAndIncrement();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 7300);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                1985 + n % 5, 1 + n % 12, 1 + n % 2, 1 + (n / 7300) % 999);
    }

    static byte[] csv(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = row[i] == null ? "" : row[i];
                sb.append(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with the rows as text cells on its first sheet. */
    static byte[] xlsx(List<String[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 100);
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("data");
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null && !row[c].isEmpty()) {
                        ws.value(r, c, row[c]);
                    }
                }
                if (r % 1000 == 999) {
                    ws.flush();
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Polls until the job is DONE or FAILED. */
    static ImportJob await(ImportJobs jobs, Actor actor, long agencyId, UUID id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ImportJob job = jobs.get(actor, agencyId, id);
            if (job.finished()) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " did not finish in " + timeout + ": " + job);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
