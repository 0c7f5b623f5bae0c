package id.capaian.organisation.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable templates: the header row and one example row; the XLSX template adds a help sheet that
 * explains every column in Indonesian and English.
 */
@Component
public class ImportTemplates {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The general notes of the help sheet: {@code import.help.note.1} to this number. */
    static final int NOTES = 6;

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    public String fileName(ImportKind kind, String extension) {
        return "capaian-import-" + kind.key() + "." + extension;
    }

    public byte[] csv(ImportKind kind) {
        List<String> header = kind.columns().stream().map(ImportColumn::name).toList();
        List<String> example = kind.columns().stream().map(ImportColumn::example).toList();
        return Spreadsheets.csv(List.of(header, example));
    }

    public byte[] xlsx(ImportKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet data = wb.newWorksheet("data");
            List<ImportColumn> columns = kind.columns();
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn col = columns.get(c);
                // Text format for every cell, so that an 18-digit NIP typed in stays exact.
                data.style(c).format("@").set();
                data.width(c, Math.max(14, col.name().length() + 4));
                data.value(0, c, col.name());
                data.style(0, c).bold().fillColor("D9EAE7").format("@").set();
                if (!col.example().isEmpty()) {
                    data.value(1, c, col.example());
                }
                data.style(1, c).format("@").set();
            }
            data.freezePane(0, 1);

            Worksheet help = wb.newWorksheet(msg("import.help.sheet", INDONESIAN));
            String[] headings = {"import.help.column", "import.help.required", "import.help.description",
                "import.help.example"};
            help.value(0, 0, msg("import.help.title." + kind.key(), INDONESIAN));
            help.style(0, 0).bold().fontSize(13).set();
            help.value(1, 0, msg("import.help.title." + kind.key(), Locale.ENGLISH));
            help.style(1, 0).italic().set();
            int r = 3;
            help.value(r, 0, msg(headings[0], INDONESIAN) + " / " + msg(headings[0], Locale.ENGLISH));
            help.value(r, 1, msg(headings[1], INDONESIAN) + " / " + msg(headings[1], Locale.ENGLISH));
            help.value(r, 2, msg(headings[2], INDONESIAN));
            help.value(r, 3, msg(headings[2], Locale.ENGLISH));
            help.value(r, 4, msg(headings[3], INDONESIAN) + " / " + msg(headings[3], Locale.ENGLISH));
            for (int c = 0; c < 5; c++) {
                help.style(r, c).bold().fillColor("D9EAE7").set();
            }
            for (ImportColumn col : columns) {
                r++;
                help.value(r, 0, col.name());
                help.value(r, 1, col.required()
                        ? msg("import.help.yes", INDONESIAN) + " / " + msg("import.help.yes", Locale.ENGLISH)
                        : msg("import.help.no", INDONESIAN) + " / " + msg("import.help.no", Locale.ENGLISH));
                help.value(r, 2, msg(col.helpKey(kind), INDONESIAN));
                help.value(r, 3, msg(col.helpKey(kind), Locale.ENGLISH));
                if (!col.example().isEmpty()) {
                    help.value(r, 4, col.example());
                }
                help.style(r, 2).wrapText(true).verticalAlignment("top").set();
                help.style(r, 3).wrapText(true).verticalAlignment("top").set();
            }
            r += 2;
            help.value(r, 0, msg("import.help.notes", INDONESIAN) + " / " + msg("import.help.notes", Locale.ENGLISH));
            help.style(r, 0).bold().set();
            for (int i = 1; i <= NOTES; i++) {
                r++;
                help.value(r, 0, i + ".");
                help.value(r, 2, msg("import.help.note." + i, INDONESIAN));
                help.value(r, 3, msg("import.help.note." + i, Locale.ENGLISH));
                help.style(r, 2).wrapText(true).verticalAlignment("top").set();
                help.style(r, 3).wrapText(true).verticalAlignment("top").set();
            }
            help.width(0, 18);
            help.width(1, 16);
            help.width(2, 60);
            help.width(3, 60);
            help.width(4, 24);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
