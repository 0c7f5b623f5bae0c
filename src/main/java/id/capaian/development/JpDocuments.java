package id.capaian.development;

import id.capaian.development.internal.training.JpWorkbook;
import id.capaian.platform.PdfRenderer;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * JP compliance of an agency or a unit as documents: a workbook (every employee, streamed) and a PDF (the board: the
 * units and up to {@value #PDF_BEHIND_LIMIT} of those behind). Who may see the board may have them; access is
 * checked before anything is written.
 */
@Service
public class JpDocuments {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    static final int PDF_BEHIND_LIMIT = 2000;

    private final JpMonitoring monitoring;
    private final JpWorkbook workbook;
    private final PdfRenderer renderer;
    private final AgencyManagement agencies;
    private final MessageSource messages;

    JpDocuments(JpMonitoring monitoring, JpWorkbook workbook, PdfRenderer renderer, AgencyManagement agencies,
            MessageSource messages) {
        this.monitoring = monitoring;
        this.workbook = workbook;
        this.renderer = renderer;
        this.agencies = agencies;
        this.messages = messages;
    }

    /** Writes a document into a stream (the response), once access was checked. */
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public record Export(String fileName, String contentType, Writer writer) {
    }

    /** The workbook, checked and ready to be streamed. */
    public Export workbook(Actor actor, long agencyId, Long unitId, int year, Locale locale) {
        JpBoard board = monitoring.board(actor, agencyId, unitId, year, 0);
        Agency agency = agencies.get(actor, agencyId);
        List<JpWorkbook.UnitLine> units = board.rows().stream().map(r -> line(r, locale)).toList();
        JpWorkbook.Query q = new JpWorkbook.Query(agencyId, agency.name(), unitId, board.unit() == null ? null : board.unit().name(),
                year, board.target(), units, line(new JpUnitRow(null, null, messages.getMessage("training.jp.total", null, locale),
                        false, board.total().employees(), board.total().met(), board.total().jp(),
                        board.total().pendingVerifications(), false), locale));
        return new Export(fileName(board, agency, "xlsx"), XLSX, out -> workbook.write(q, locale, out));
    }

    /** The PDF of the board. */
    public Export pdf(Actor actor, long agencyId, Long unitId, int year, Locale locale) {
        JpBoard board = monitoring.board(actor, agencyId, unitId, year, PDF_BEHIND_LIMIT);
        Agency agency = agencies.get(actor, agencyId);
        Map<String, Object> model = new HashMap<>();
        model.put("board", board);
        model.put("agencyName", PdfRenderer.clean(agency.name()));
        model.put("created", ZonedDateTime.now(TrainingManagement.JAKARTA).toLocalDateTime().withNano(0));
        byte[] pdf = renderer.pdf("development/training-jp-pdf", model, locale);
        return new Export(fileName(board, agency, "pdf"), PDF, out -> out.write(pdf));
    }

    /** The PDF's XHTML, for tests and for looking at. */
    public String pdfHtml(Actor actor, long agencyId, Long unitId, int year, Locale locale) {
        JpBoard board = monitoring.board(actor, agencyId, unitId, year, PDF_BEHIND_LIMIT);
        Agency agency = agencies.get(actor, agencyId);
        Map<String, Object> model = new HashMap<>();
        model.put("board", board);
        model.put("agencyName", PdfRenderer.clean(agency.name()));
        model.put("created", ZonedDateTime.now(TrainingManagement.JAKARTA).toLocalDateTime().withNano(0));
        return renderer.html("development/training-jp-pdf", model, locale);
    }

    private JpWorkbook.UnitLine line(JpUnitRow r, Locale locale) {
        String name = r.unitId() == null && r.name() == null ? messages.getMessage("training.jp.noUnit", null, locale)
                : r.own() && r.unitId() != null ? messages.getMessage("training.jp.ownStaff", new Object[] {r.name()}, locale)
                : r.name();
        return new JpWorkbook.UnitLine(name, r.employees(), r.met(), r.behind(), r.metPercent(), r.averageJp(),
                r.pendingVerifications());
    }

    private static String fileName(JpBoard board, Agency agency, String extension) {
        String scope = board.unit() == null ? agency.code() : agency.code() + "-" + board.unit().code();
        return "jp-" + scope.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + board.year() + "." + extension;
    }
}
