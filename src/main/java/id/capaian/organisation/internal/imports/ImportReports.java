package id.capaian.organisation.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The problem report of a rejected import, in the reader's language: row, column, value, problem. */
@Component
public class ImportReports {

    private final MessageSource messages;

    ImportReports(MessageSource messages) {
        this.messages = messages;
    }

    public String fileName(ImportJob job, String extension) {
        return "capaian-import-report-" + job.id().toString().substring(0, 8) + "." + extension;
    }

    /** The problem in words. */
    public String message(ImportProblem p, Locale locale) {
        return messages.getMessage(p.code(), p.argArray(), p.code(), locale);
    }

    public byte[] csv(ImportJob job, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(locale));
        for (ImportProblem p : problems(job)) {
            rows.add(List.of(p.row() == null ? "" : String.valueOf(p.row()), nullToEmpty(p.column()),
                    nullToEmpty(p.value()), message(p, locale)));
        }
        if (job.outcome() != null && job.outcome().truncated()) {
            rows.add(List.of("", "", "", truncatedNote(job, locale)));
        }
        return Spreadsheets.csv(rows);
    }

    public byte[] xlsx(ImportJob job, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet ws = wb.newWorksheet(messages.getMessage("import.report.sheet", null, "report", locale));
            List<String> header = header(locale);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().fillColor("F8D7DA").set();
            }
            int r = 0;
            for (ImportProblem p : problems(job)) {
                r++;
                if (p.row() != null) {
                    ws.value(r, 0, p.row());
                }
                ws.value(r, 1, nullToEmpty(p.column()));
                ws.value(r, 2, nullToEmpty(p.value()));
                ws.value(r, 3, message(p, locale));
            }
            if (job.outcome() != null && job.outcome().truncated()) {
                ws.value(r + 2, 3, truncatedNote(job, locale));
            }
            ws.width(0, 8);
            ws.width(1, 18);
            ws.width(2, 26);
            ws.width(3, 90);
            ws.freezePane(0, 1);
            if (r > 0) {
                ws.setAutoFilter(0, 0, 3);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> header(Locale locale) {
        return List.of(messages.getMessage("import.report.row", null, "row", locale),
                messages.getMessage("import.report.column", null, "column", locale),
                messages.getMessage("import.report.value", null, "value", locale),
                messages.getMessage("import.report.problem", null, "problem", locale));
    }

    private String truncatedNote(ImportJob job, Locale locale) {
        return messages.getMessage("import.report.truncated",
                new Object[] {job.outcome().problems().size(), job.outcome().problemCount()}, locale);
    }

    private static List<ImportProblem> problems(ImportJob job) {
        return job.outcome() == null ? List.of() : job.outcome().problems();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
