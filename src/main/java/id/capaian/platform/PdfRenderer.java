package id.capaian.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one PDF renderer of every module: renders a Thymeleaf XHTML template to PDF with openhtmltopdf. The text is set in the PDF standard Helvetica; a
 * character it lacks falls back to Liberation Sans (shipped inside PDFBox), so no input is ever lost. Templates
 * may not load anything from outside: no files, no network.
 */
@Component
public class PdfRenderer {

    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template's XHTML, as handed to the PDF renderer (for tests and for looking at). */
    public String html(String template, Map<String, Object> model, Locale locale) {
        return templates.process(template, new Context(locale, model));
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        String html = html(template, model, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Capaian");
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(PdfRenderer::fallbackFont, "Capaian Fallback", 400, BaseRendererBuilder.FontStyle.NORMAL, true,
                    EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Stamps the text across every page, large, diagonal and translucent, over the content so that no table
     * background hides it: used to mark a document that is not yet in force.
     */
    public byte[] watermark(byte[] pdf, String text) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            String stamp = encodable(font, text);
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.13f);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                double angle = Math.atan2(box.getHeight(), box.getWidth());
                float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
                float size = 60;
                float width = font.getStringWidth(stamp) / 1000 * size;
                if (width > diagonal * 0.75f) {
                    size = size * diagonal * 0.75f / width;
                    width = font.getStringWidth(stamp) / 1000 * size;
                }
                try (PDPageContentStream content = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.setGraphicsStateParameters(translucent);
                    content.setNonStrokingColor(new java.awt.Color(176, 0, 32));
                    content.beginText();
                    content.setFont(font, size);
                    content.setTextMatrix(Matrix.getRotateInstance(angle, box.getLowerLeftX() + box.getWidth() / 2,
                            box.getLowerLeftY() + box.getHeight() / 2));
                    content.newLineAtOffset(-width / 2, -size / 3);
                    content.showText(stamp);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with whatever the standard font cannot show replaced by a hyphen. */
    private static String encodable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('-');
            }
        });
        return sb.toString();
    }

    private static InputStream fallbackFont() {
        InputStream in = PdfRenderer.class.getResourceAsStream(FALLBACK_FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
        }
        return in;
    }

    /** Text as XML 1.0 allows it: control characters (other than tab and line breaks) are dropped. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                && !(c >= 0x7F && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF))).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
