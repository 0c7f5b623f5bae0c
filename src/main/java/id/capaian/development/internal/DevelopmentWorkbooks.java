package id.capaian.development.internal;

import id.capaian.development.CompetencyManagement;
import id.capaian.development.UnitGaps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The development workbooks: the template for importing assessment results (a data sheet whose columns are text,
 * so that an 18-digit NIP stays exact, and a help sheet in Indonesian and English) and the competency gaps of a unit.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
@Component
public class DevelopmentWorkbooks {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    DevelopmentWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] importTemplate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet data = wb.newWorksheet("data");
            CompetencyManagement.Column[] columns = CompetencyManagement.Column.values();
            String[] example = {"198609262015051001", "KOMUNIKASI", "3", LocalDate.now(CompetencyManagement.JAKARTA)
                    .withDayOfMonth(1).toString(), "ASSESSMENT_CENTER", "UPT Penilaian Kompetensi BKN"};
            for (int c = 0; c < columns.length; c++) {
                data.style(c).format("@").set();
                data.width(c, Math.max(16, columns[c].header().length() + 6));
                data.value(0, c, columns[c].header());
                data.style(0, c).bold().fillColor("D9EAE7").format("@").set();
                data.value(1, c, example[c]);
                data.style(1, c).format("@").set();
            }
            data.freezePane(0, 1);
            Worksheet help = wb.newWorksheet(msg("development.import.help.sheet", INDONESIAN));
            help.value(0, 0, msg("development.import.help.title", INDONESIAN));
            help.style(0, 0).bold().fontSize(13).set();
            help.value(1, 0, msg("development.import.help.title", Locale.ENGLISH));
            help.style(1, 0).italic().set();
            int r = 3;
            help.value(r, 0, msg("development.import.help.column", INDONESIAN));
            help.value(r, 1, msg("development.import.help.required", INDONESIAN));
            help.value(r, 2, msg("development.import.help.description", INDONESIAN));
            help.value(r, 3, msg("development.import.help.description", Locale.ENGLISH));
            for (int c = 0; c < 4; c++) {
                help.style(r, c).bold().fillColor("D9EAE7").set();
            }
            for (CompetencyManagement.Column col : columns) {
                r++;
                help.value(r, 0, col.header());
                help.value(r, 1, msg(col.required() ? "common.yes" : "common.no", INDONESIAN));
                help.value(r, 2, msg("development.import.column." + col.name(), INDONESIAN));
                help.value(r, 3, msg("development.import.column." + col.name(), Locale.ENGLISH));
                help.style(r, 2).wrapText(true).verticalAlignment("top").set();
                help.style(r, 3).wrapText(true).verticalAlignment("top").set();
            }
            r += 2;
            help.value(r, 0, msg("development.import.rule", INDONESIAN));
            help.value(r + 1, 0, msg("development.import.rule", Locale.ENGLISH));
            help.width(0, 20);
            help.width(1, 10);
            help.width(2, 60);
            help.width(3, 60);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The gaps of a unit: one row per competency with the figures of the screen, then how they are computed. */
    public byte[] gaps(UnitGaps gaps, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet ws = wb.newWorksheet(msg("development.gaps.sheet", locale));
            ws.value(0, 0, safe(msg("development.gaps.title", locale, gaps.unitName())));
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(1, 0, msg(gaps.subunits() ? "development.gaps.withSubunits" : "development.gaps.unitOnly", locale));
            ws.value(2, 0, msg("development.gaps.staff", locale, String.valueOf(gaps.employees()),
                    String.valueOf(gaps.withStandard())));
            ws.value(3, 0, msg("development.gaps.printed", locale, LocalDate.now(CompetencyManagement.JAKARTA).toString()));
            String[] heads = {"development.gaps.col.code", "development.gaps.col.competency", "development.gaps.col.kind",
                "development.gaps.col.required", "development.gaps.col.assessed", "development.gaps.col.unassessed",
                "development.gaps.col.below", "development.gaps.col.averageRequired", "development.gaps.col.averageGap"};
            int r = 5;
            for (int c = 0; c < heads.length; c++) {
                ws.value(r, c, msg(heads[c], locale));
                ws.style(r, c).bold().fillColor("D9EAE7").wrapText(true).set();
            }
            for (UnitGaps.Line l : gaps.lines()) {
                r++;
                ws.value(r, 0, safe(l.code()));
                ws.value(r, 1, safe(l.name()));
                ws.value(r, 2, msg(l.kind().messageKey(), locale));
                ws.value(r, 3, l.required());
                ws.value(r, 4, l.assessed());
                ws.value(r, 5, l.unassessed());
                ws.value(r, 6, l.below());
                ws.value(r, 7, l.averageRequired());
                ws.style(r, 7).format("0.00").set();
                if (l.averageGap() != null) {
                    ws.value(r, 8, l.averageGap());
                    ws.style(r, 8).format("0.00").set();
                }
            }
            r += 2;
            ws.value(r, 0, msg("development.gaps.rule.averageGap", locale));
            ws.value(r + 1, 0, msg("development.gaps.rule.unassessed", locale));
            ws.width(0, 22);
            ws.width(1, 40);
            ws.width(2, 16);
            for (int c = 3; c < heads.length; c++) {
                ws.width(c, 14);
            }
            ws.freezePane(2, 6);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
