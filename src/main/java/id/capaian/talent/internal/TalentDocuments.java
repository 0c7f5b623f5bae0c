package id.capaian.talent.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.capaian.evaluation.Rating;
import id.capaian.talent.MissingInput;
import id.capaian.talent.Placement;
import id.capaian.talent.PotentialLevel;
import id.capaian.talent.TalentGrid;
import id.capaian.talent.TalentSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The talent documents: the 9-box spread and the talent pool as XLSX (fastexcel) and as PDF (openhtmltopdf, from the
 * XHTML template {@code talent/pdf/nine-box}), and the empty workbook for the potential import. Labels in the
 * reader's language; the caller has checked who may have them.
 */
@Component
public class TalentDocuments {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final MessageSource messages;
    private final ITemplateEngine templates;

    TalentDocuments(MessageSource messages, ITemplateEngine templates) {
        this.messages = messages;
        this.templates = templates;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String msg(MessageSourceResolvable r, Locale locale) {
        return messages.getMessage(r, locale);
    }

    // ---------------------------------------------------------------- XLSX

    /**
     * The 9-box as a workbook: the spread (box, cell, count, share), the placements with their inputs and
     * explanation, and the missing inputs; with {@code poolOnly} just the talent pool.
     */
    public byte[] workbook(TalentGrid grid, String agencyName, boolean poolOnly, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            if (!poolOnly) {
                spreadSheet(wb, grid, agencyName, locale);
            }
            placementSheet(wb, grid, poolOnly ? grid.pool() : grid.placements(),
                    msg(poolOnly ? "talent.export.sheet.pool" : "talent.export.sheet.placements", locale), locale);
            if (!poolOnly) {
                missingSheet(wb, grid.missing(), locale);
            }
            aboutSheet(wb, grid, agencyName, locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void header(Worksheet ws, int row, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            ws.value(row, c, labels[c]);
            ws.style(row, c).bold().fillColor("E6E6E6").set();
        }
    }

    private void spreadSheet(Workbook wb, TalentGrid grid, String agencyName, Locale locale) {
        Worksheet ws = wb.newWorksheet(msg("talent.export.sheet.spread", locale));
        ws.width(0, 8);
        ws.width(1, 24);
        ws.width(2, 24);
        ws.width(3, 30);
        ws.width(4, 10);
        ws.width(5, 10);
        ws.width(6, 12);
        header(ws, 0, msg("talent.box", locale), msg("talent.axis.performance", locale), msg("talent.axis.potential", locale),
                msg("talent.export.col.cell", locale), msg("talent.export.col.count", locale),
                msg("talent.export.col.share", locale), msg("talent.export.col.pool", locale));
        int r = 1;
        Map<Integer, int[]> cellOf = new HashMap<>();
        for (Rating perf : TalentSettings.rows()) {
            for (PotentialLevel pot : TalentSettings.columns()) {
                cellOf.put(grid.box(perf, pot), new int[] {perf.ordinal(), pot.ordinal()});
            }
        }
        for (int box = 9; box >= 1; box--) {
            int[] cell = cellOf.get(box);
            Rating perf = Rating.values()[cell[0]];
            PotentialLevel pot = PotentialLevel.values()[cell[1]];
            ws.value(r, 0, box);
            ws.value(r, 1, msg(perf.messageKey(), locale));
            ws.value(r, 2, msg(pot.messageKey(), locale));
            ws.value(r, 3, msg("talent.cell." + perf.name() + "." + pot.name() + ".title", locale));
            ws.value(r, 4, grid.count(box));
            ws.value(r, 5, BigDecimal.valueOf(grid.share(box)));
            ws.style(r, 5).format("0.0").set();
            ws.value(r, 6, msg(grid.settings().inPool(box) ? "common.yes" : "common.no", locale));
            r++;
        }
        ws.value(r, 3, msg("talent.export.total", locale));
        ws.style(r, 3).bold().set();
        ws.value(r, 4, grid.placements().size());
        ws.style(r, 4).bold().set();
        r += 2;
        ws.value(r++, 0, msg("talent.export.missing", locale, grid.missing().size()));
        ws.value(r, 0, agencyName + " · " + (grid.period() == null ? "" : String.valueOf(grid.period().year())));
    }

    private void placementSheet(Workbook wb, TalentGrid grid, List<Placement> rows, String name, Locale locale) {
        Worksheet ws = wb.newWorksheet(name);
        int[] widths = {20, 32, 30, 30, 8, 16, 18, 10, 12, 18, 12, 8, 10, 80};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        header(ws, 0, msg("talent.col.nip", locale), msg("talent.col.name", locale), msg("talent.col.unit", locale),
                msg("talent.col.position", locale), msg("talent.col.year", locale), msg("talent.col.predikat", locale),
                msg("talent.axis.performance", locale), msg("talent.col.score", locale),
                msg("talent.col.assessedOn", locale), msg("talent.col.method", locale), msg("talent.axis.potential", locale),
                msg("talent.box", locale), msg("talent.export.col.pool", locale), msg("talent.col.explanation", locale));
        ws.freezePane(2, 1);
        int r = 1;
        for (Placement p : rows) {
            ws.inlineString(r, 0, p.nip());
            ws.inlineString(r, 1, p.name());
            text(ws, r, 2, p.unitName());
            text(ws, r, 3, p.positionName());
            ws.value(r, 4, p.year());
            ws.value(r, 5, msg(p.predikat().messageKey(), locale));
            ws.value(r, 6, msg(p.performance().messageKey(), locale));
            ws.value(r, 7, p.score());
            ws.value(r, 8, p.assessedOn());
            ws.style(r, 8).format("yyyy-mm-dd").set();
            ws.value(r, 9, msg(p.method().messageKey(), locale));
            ws.value(r, 10, msg(p.potential().messageKey(), locale));
            ws.value(r, 11, p.box());
            ws.value(r, 12, msg(p.inPool() ? "common.yes" : "common.no", locale));
            StringBuilder why = new StringBuilder();
            for (MessageSourceResolvable line : p.explanation()) {
                why.append(why.length() == 0 ? "" : " ").append(msg(line, locale));
            }
            ws.inlineString(r, 13, why.toString());
            r++;
        }
    }

    private void missingSheet(Workbook wb, List<MissingInput> rows, Locale locale) {
        Worksheet ws = wb.newWorksheet(msg("talent.export.sheet.missing", locale));
        int[] widths = {20, 32, 30, 30, 40};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        header(ws, 0, msg("talent.col.nip", locale), msg("talent.col.name", locale), msg("talent.col.unit", locale),
                msg("talent.col.position", locale), msg("talent.col.missing", locale));
        int r = 1;
        for (MissingInput m : rows) {
            ws.inlineString(r, 0, m.nip());
            ws.inlineString(r, 1, m.name());
            text(ws, r, 2, m.unitName());
            text(ws, r, 3, m.positionName());
            ws.inlineString(r, 4, msg(m.missingBoth() ? "talent.missing.both"
                    : m.missingPerformance() ? "talent.missing.performance" : "talent.missing.potential", locale));
            r++;
        }
    }

    private void aboutSheet(Workbook wb, TalentGrid grid, String agencyName, Locale locale) {
        Worksheet ws = wb.newWorksheet(msg("talent.export.sheet.about", locale));
        ws.width(0, 40);
        ws.width(1, 60);
        TalentSettings s = grid.settings();
        String[][] lines = {
                {msg("talent.export.about.agency", locale), agencyName},
                {msg("talent.export.about.period", locale), grid.period() == null ? "" : String.valueOf(grid.period().year())},
                {msg("talent.export.about.thresholds", locale), msg("talent.thresholds", locale,
                        s.potentialMiddle().toPlainString(), s.potentialHigh().toPlainString())},
                {msg("talent.export.about.numbering", locale), msg(s.numberingKey(), locale)},
                {msg("talent.export.about.pool", locale), s.poolText()},
                {msg("talent.export.about.rule", locale), msg("talent.export.about.ruleText", locale)},
                {msg("talent.export.about.made", locale), LocalDateTime.now(JAKARTA).withNano(0).toString().replace('T', ' ')}};
        for (int i = 0; i < lines.length; i++) {
            ws.value(i, 0, lines[i][0]);
            ws.style(i, 0).bold().set();
            ws.value(i, 1, lines[i][1]);
        }
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null) {
            ws.inlineString(r, c, s);
        }
    }

    /** The empty import workbook: the five columns under a header, and one example row to overwrite. */
    public byte[] importTemplate(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet ws = wb.newWorksheet(msg("talent.import.sheet", locale));
            header(ws, 0, "NIP", msg("talent.import.col.score", locale), msg("talent.import.col.method", locale),
                    msg("talent.import.col.date", locale), msg("talent.import.col.assessor", locale));
            ws.width(0, 22);
            ws.width(1, 12);
            ws.width(2, 22);
            ws.width(3, 14);
            ws.width(4, 36);
            ws.inlineString(1, 0, "198609262015051001");
            ws.value(1, 1, new BigDecimal("78.5"));
            ws.inlineString(1, 2, "ASSESSMENT_CENTER");
            ws.value(1, 3, LocalDate.of(2025, 11, 20));
            ws.style(1, 3).format("yyyy-mm-dd").set();
            ws.inlineString(1, 4, msg("talent.import.example.assessor", locale));
            Worksheet help = wb.newWorksheet(msg("talent.import.sheet.help", locale));
            help.width(0, 100);
            String[] lines = msg("talent.import.help", locale).split("\\|");
            for (int i = 0; i < lines.length; i++) {
                help.value(i, 0, lines[i].strip());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- PDF

    /** The template's XHTML (for tests). */
    public String html(TalentGrid grid, String agencyName, boolean poolOnly, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("grid", grid);
        model.put("agencyName", agencyName);
        model.put("poolOnly", poolOnly);
        model.put("rows", TalentSettings.rows());
        model.put("columns", TalentSettings.columns());
        model.put("made", LocalDateTime.now(JAKARTA).withNano(0).toString().replace('T', ' '));
        return templates.process("talent/pdf/nine-box", new Context(locale, model));
    }

    public byte[] pdf(TalentGrid grid, String agencyName, boolean poolOnly, Locale locale) {
        String html = html(grid, agencyName, poolOnly, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Capaian");
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(TalentDocuments::fallbackFont, "Capaian Fallback", 400, BaseRendererBuilder.FontStyle.NORMAL,
                    true, EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream fallbackFont() {
        InputStream in = TalentDocuments.class.getResourceAsStream(FALLBACK_FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
        }
        return in;
    }
}
