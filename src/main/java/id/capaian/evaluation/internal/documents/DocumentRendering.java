package id.capaian.evaluation.internal.documents;

import id.capaian.platform.PdfRenderer;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the evaluation documents to PDF. A document that is not in force yet (an evaluation not final, a unit not
 * finalised) is stamped as a draft across every page and must not be stored.
 */
@Component
public class DocumentRendering {

    /** The PDF bytes, and whether they show something in force (only then may they be stored). */
    public record Rendered(byte[] pdf, boolean inForce) {
    }

    private final DocumentSources sources;
    private final PdfRenderer renderer;
    private final MessageSource messages;

    DocumentRendering(DocumentSources sources, PdfRenderer renderer, MessageSource messages) {
        this.sources = sources;
        this.renderer = renderer;
        this.messages = messages;
    }

    public Rendered evaluation(long agencyId, long evaluationId) {
        EvaluationDocumentView view = sources.evaluation(agencyId, evaluationId);
        byte[] pdf = renderer.pdf("evaluation/pdf/evaluation", Map.of("doc", view), DocumentSources.FORM_LOCALE);
        return view.draft() ? new Rendered(renderer.watermark(pdf, msg("evaldoc.pdf.draft")), false) : new Rendered(pdf, true);
    }

    public Rendered penetapan(long agencyId, long gradeId) {
        PenetapanView view = sources.penetapan(agencyId, gradeId);
        byte[] pdf = renderer.pdf("evaluation/pdf/penetapan", Map.of("doc", view), DocumentSources.FORM_LOCALE);
        return view.draft() ? new Rendered(renderer.watermark(pdf, msg("evaldoc.penetapan.draft")), false) : new Rendered(pdf, true);
    }

    /** The XHTML handed to the PDF renderer (for looking at and for tests). */
    public String evaluationHtml(long agencyId, long evaluationId) {
        return renderer.html("evaluation/pdf/evaluation", Map.of("doc", sources.evaluation(agencyId, evaluationId)),
                DocumentSources.FORM_LOCALE);
    }

    private String msg(String code) {
        return messages.getMessage(code, null, code, DocumentSources.FORM_LOCALE);
    }
}
