package id.capaian.development.internal;

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
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf XHTML template of the development module to PDF with openhtmltopdf: text in the PDF standard
 * Helvetica, with Liberation Sans (shipped inside PDFBox) for any character it lacks. Nothing is loaded from outside.
 */
@Component
public class DevelopmentPdf {

    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    DevelopmentPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String html(String template, Map<String, Object> model, Locale locale) {
        return templates.process(template, new Context(locale, model));
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        String html = html(template, model, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Capaian");
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(DevelopmentPdf::fallbackFont, "Capaian Fallback", 400, BaseRendererBuilder.FontStyle.NORMAL, true,
                    EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream fallbackFont() {
        InputStream in = DevelopmentPdf.class.getResourceAsStream(FALLBACK_FONT);
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
