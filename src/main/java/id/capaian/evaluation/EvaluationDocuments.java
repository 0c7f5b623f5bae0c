package id.capaian.evaluation;

import id.capaian.evaluation.internal.documents.DocumentAccess;
import id.capaian.evaluation.internal.documents.DocumentQueue;
import id.capaian.evaluation.internal.documents.DocumentRendering;
import id.capaian.evaluation.internal.documents.TppExport;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of evaluation: the "Dokumen Evaluasi Kinerja Pegawai" of each final periodic and annual evaluation
 * and the unit's "Penetapan Predikat Kinerja" as PDF (official forms, always in Indonesian), the queue that renders
 * them in the background with its progress, and the XLSX of final results for allowance (TPP) processing.
 * <p>
 * Who may read: an evaluation document, whoever may see the plan (the employee, the appraiser and those above, the
 * agency's administrators and head); a Penetapan and a unit's list of documents, the unit's leader chain, the
 * agency's administrators and head; the agency's progress and the TPP export, the agency's administrators and head.
 * National administrators may read everything.
 */
@Service
public class EvaluationDocuments {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final JdbcClient jdbc;
    private final EvaluationManagement evaluations;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final AgencyManagement agencies;
    private final DocumentAccess access;
    private final DocumentQueue queue;
    private final DocumentRendering rendering;
    private final TppExport tpp;
    private final MessageSource messages;

    EvaluationDocuments(JdbcClient jdbc, EvaluationManagement evaluations, PeriodManagement periods, UnitManagement units,
            AgencyManagement agencies, DocumentAccess access, DocumentQueue queue, DocumentRendering rendering,
            TppExport tpp, MessageSource messages) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.periods = periods;
        this.units = units;
        this.agencies = agencies;
        this.access = access;
        this.queue = queue;
        this.rendering = rendering;
        this.tpp = tpp;
        this.messages = messages;
    }

    /** A generated file: its name, media type and bytes. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    /** Where a document is: waiting in the queue, rendered and stored, failed, or never queued (rendered on demand). */
    public enum DocumentStatus {
        QUEUED, READY, FAILED, NONE;

        public String messageKey() {
            return "evaldoc.status." + name();
        }

        static DocumentStatus of(String s) {
            return s == null ? NONE : valueOf(s);
        }
    }

    /** Counts of documents by status. */
    public record QueueProgress(int queued, int ready, int failed) {

        public static final QueueProgress EMPTY = new QueueProgress(0, 0, 0);

        public int total() {
            return queued + ready + failed;
        }

        /** Nothing left in the queue (failed ones wait for an administrator). */
        public boolean settled() {
            return queued == 0;
        }

        public int percent() {
            return total() == 0 ? 100 : ready * 100 / total();
        }

        QueueProgress plus(DocumentStatus status, int n) {
            return switch (status) {
                case QUEUED -> new QueueProgress(queued + n, ready, failed);
                case READY -> new QueueProgress(queued, ready + n, failed);
                case FAILED -> new QueueProgress(queued, ready, failed + n);
                case NONE -> this;
            };
        }
    }

    /** The queue of one unit (its evaluation documents and Penetapan). */
    public record UnitProgress(long unitId, String unitName, QueueProgress progress) {
    }

    /** The kinds the agency page counts apart. */
    public enum DocumentGroup {
        ANNUAL, PERIODIC, PENETAPAN;

        public String messageKey() {
            return "evaldoc.group." + name();
        }
    }

    /** An agency's documents of a period: all together, per kind and per unit. */
    public record AgencyDocuments(long agencyId, long periodId, int year, QueueProgress all,
            Map<DocumentGroup, QueueProgress> groups, List<UnitProgress> units, boolean canRetry, boolean canExport) {
    }

    /** The Penetapan of a graded unit in the list of a unit's documents. */
    public record PenetapanEntry(long gradeId, long unitId, String unitName, UnitGrade grade, boolean finalised,
            DocumentStatus status, String error) {
    }

    /** The document of one final evaluation. */
    public record EvaluationEntry(long evaluationId, long employeeId, String employeeName, String nip, String unitName,
            EvaluationKind kind, int subPeriod, Predikat predikat, DocumentStatus status, String error) {
    }

    /**
     * A unit's documents (the unit and its sub-units) for one evaluation of the period: the annual one
     * ({@code subPeriod} 0) or a sub-period's; one page of employees, and the unit's progress for that evaluation.
     */
    public record UnitDocuments(long unitId, String unitName, long periodId, int year, SubPeriodScheme scheme,
            int subPeriod, List<PenetapanEntry> penetapan, PageResult<EvaluationEntry> evaluations,
            QueueProgress progress) {

        public boolean annual() {
            return subPeriod == 0;
        }
    }

    // ---------------------------------------------------------------- downloads

    /**
     * The evaluation document as PDF: the stored one when it is ready, otherwise rendered now (and stored when the
     * evaluation is final; one that is not final yet is stamped as a draft and not stored).
     */
    @Transactional
    public DocumentFile evaluationPdf(Actor actor, long agencyId, long evaluationId) {
        Evaluation e = evaluations.get(actor, agencyId, evaluationId);
        Optional<DocumentQueue.Row> row = queue.forEvaluation(agencyId, evaluationId);
        byte[] pdf;
        if (row.isPresent() && row.get().ready()) {
            pdf = queue.content(row.get().id());
        } else {
            DocumentRendering.Rendered r = rendering.evaluation(agencyId, evaluationId);
            pdf = r.pdf();
            if (r.inForce()) {
                queue.storeRendered(agencyId, evaluationId, null, row.map(DocumentQueue.Row::queuedAt).orElse(null), pdf);
            }
        }
        String when = e.annual() ? String.valueOf(e.year()) : e.year() + "-" + e.subPeriod();
        return new DocumentFile("Evaluasi-Kinerja-" + e.employeeNip() + "-" + when + ".pdf", PDF, pdf);
    }

    /** The unit's Penetapan Predikat Kinerja as PDF (stored when ready, rendered otherwise; a draft before finalising). */
    @Transactional
    public DocumentFile penetapanPdf(Actor actor, long agencyId, long periodId, long unitId) {
        Period period = periods.get(actor, agencyId, periodId);
        long gradeId = gradeId(agencyId, periodId, unitId);
        if (!access.seesUnit(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Optional<DocumentQueue.Row> row = queue.forGrade(agencyId, gradeId);
        byte[] pdf;
        if (row.isPresent() && row.get().ready()) {
            pdf = queue.content(row.get().id());
        } else {
            DocumentRendering.Rendered r = rendering.penetapan(agencyId, gradeId);
            pdf = r.pdf();
            if (r.inForce()) {
                queue.storeRendered(agencyId, null, gradeId, row.map(DocumentQueue.Row::queuedAt).orElse(null), pdf);
            }
        }
        String code = jdbc.sql("SELECT coalesce(code, CAST(id AS VARCHAR)) FROM org_unit WHERE id = :u").param("u", unitId)
                .query(String.class).single().replaceAll("[^A-Za-z0-9._-]", "_");
        return new DocumentFile("Penetapan-Predikat-" + code + "-" + period.year() + ".pdf", PDF, pdf);
    }

    private long gradeId(long agencyId, long periodId, long unitId) {
        return jdbc.sql("SELECT id FROM unit_grade WHERE agency_id = :a AND period_id = :p AND unit_id = :u")
                .param("a", agencyId).param("p", periodId).param("u", unitId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("unitGrade", unitId));
    }

    // ---------------------------------------------------------------- the queue and its progress

    /** Whether the actor may see the agency's documents page and export results (administrators and head). */
    public boolean seesAgency(Actor actor, long agencyId) {
        return access.seesAgency(actor, agencyId);
    }

    /** The agency's documents of a period: how many of how many are ready, per kind and per unit. */
    @Transactional(readOnly = true)
    public AgencyDocuments agency(Actor actor, long agencyId, long periodId) {
        Period period = periods.get(actor, agencyId, periodId);
        if (!access.seesAgency(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Map<DocumentGroup, QueueProgress> groups = new EnumMap<>(DocumentGroup.class);
        for (DocumentGroup g : DocumentGroup.values()) {
            groups.put(g, QueueProgress.EMPTY);
        }
        Map<Long, UnitProgress> perUnit = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT x.grp, x.unit_id, u.name, x.status, count(*) AS n FROM (
                    SELECT ev.kind AS grp, ev.unit_id, d.status FROM evaluation_document d JOIN evaluation ev ON ev.id = d.evaluation_id
                    WHERE d.agency_id = :a AND ev.period_id = :p
                    UNION ALL
                    SELECT 'PENETAPAN', g.unit_id, d.status FROM evaluation_document d JOIN unit_grade g ON g.id = d.unit_grade_id
                    WHERE d.agency_id = :a AND g.period_id = :p
                ) x LEFT JOIN org_unit u ON u.id = x.unit_id
                GROUP BY x.grp, x.unit_id, u.name, x.status
                ORDER BY u.name, x.unit_id
                """).param("a", agencyId).param("p", periodId)
                .query(rs -> {
                    DocumentGroup g = DocumentGroup.valueOf(rs.getString("grp"));
                    DocumentStatus s = DocumentStatus.of(rs.getString("status"));
                    int n = rs.getInt("n");
                    groups.merge(g, QueueProgress.EMPTY.plus(s, n), (a, b) -> a.plus(s, n));
                    Long unitId = (Long) rs.getObject("unit_id");
                    String unitName = rs.getString("name");
                    if (unitId != null) {
                        perUnit.compute(unitId, (k, v) -> v == null ? new UnitProgress(k, unitName == null ? "-" : unitName, QueueProgress.EMPTY.plus(s, n))
                                : new UnitProgress(k, v.unitName(), v.progress().plus(s, n)));
                    }
                });
        QueueProgress all = QueueProgress.EMPTY;
        for (QueueProgress p : groups.values()) {
            all = new QueueProgress(all.queued() + p.queued(), all.ready() + p.ready(), all.failed() + p.failed());
        }
        return new AgencyDocuments(agencyId, periodId, period.year(), all, groups, new ArrayList<>(perUnit.values()),
                actor.canAdminister(agencyId), access.seesAgency(actor, agencyId));
    }

    /** A unit's documents of one evaluation of the period (0: the annual one), a page of employees at a time. */
    @Transactional(readOnly = true)
    public UnitDocuments unit(Actor actor, long agencyId, long periodId, long unitId, int subPeriod, int page, int size) {
        Period period = periods.get(actor, agencyId, periodId);
        Unit unit = units.get(actor, agencyId, unitId);
        if (!access.seesUnit(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        requireSubPeriod(period, subPeriod);
        String tree = """
                WITH RECURSIVE tree(id) AS (
                    SELECT id FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id
                )
                """;
        List<PenetapanEntry> penetapan = subPeriod != 0 ? List.of() : jdbc.sql(tree + """
                SELECT g.id, g.unit_id, u.name, g.grade, g.status AS grade_status, d.status, d.error
                FROM unit_grade g JOIN tree ON tree.id = g.unit_id JOIN org_unit u ON u.id = g.unit_id
                LEFT JOIN evaluation_document d ON d.unit_grade_id = g.id
                WHERE g.agency_id = :a AND g.period_id = :p
                ORDER BY u.name, g.id
                """).param("u", unitId).param("a", agencyId).param("p", periodId)
                .query((rs, n) -> new PenetapanEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), UnitGrade.valueOf(rs.getString(4)),
                        "FINAL".equals(rs.getString(5)), DocumentStatus.of(rs.getString(6)), rs.getString(7)))
                .list();
        int pageSize = PageResult.clampSize(size);
        int pageNo = Math.max(0, page);
        long[] total = {0};
        List<EvaluationEntry> entries = jdbc.sql(tree + """
                SELECT ev.id, ev.employee_id,
                       trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       e.nip, un.name AS unit_name, ev.kind, ev.sub_period, coalesce(ev.final_predikat, ev.predikat) AS predikat,
                       d.status, d.error, count(*) OVER () AS total
                FROM evaluation ev JOIN tree ON tree.id = ev.unit_id
                JOIN employee e ON e.id = ev.employee_id
                LEFT JOIN org_unit un ON un.id = ev.unit_id
                LEFT JOIN evaluation_document d ON d.evaluation_id = ev.id
                WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.sub_period = :sp AND ev.status = 'FINAL'
                ORDER BY e.name, ev.id
                LIMIT :size OFFSET :offset
                """).param("u", unitId).param("a", agencyId).param("p", periodId).param("sp", subPeriod)
                .param("size", pageSize).param("offset", (long) pageNo * pageSize)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new EvaluationEntry(rs.getLong(1), rs.getLong(2), rs.getString("name"), rs.getString("nip"),
                            rs.getString("unit_name"), EvaluationKind.valueOf(rs.getString("kind")), rs.getInt("sub_period"),
                            rs.getString("predikat") == null ? null : Predikat.valueOf(rs.getString("predikat")),
                            DocumentStatus.of(rs.getString("status")), rs.getString("error"));
                }).list();
        if (entries.isEmpty() && pageNo > 0) {
            total[0] = jdbc.sql(tree + """
                    SELECT count(*) FROM evaluation ev JOIN tree ON tree.id = ev.unit_id
                    WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.sub_period = :sp AND ev.status = 'FINAL'
                    """).param("u", unitId).param("a", agencyId).param("p", periodId).param("sp", subPeriod)
                    .query(Long.class).single();
        }
        QueueProgress[] progress = {QueueProgress.EMPTY};
        jdbc.sql(tree + """
                SELECT d.status, count(*) FROM evaluation_document d JOIN evaluation ev ON ev.id = d.evaluation_id
                JOIN tree ON tree.id = ev.unit_id
                WHERE d.agency_id = :a AND ev.period_id = :p AND ev.sub_period = :sp
                GROUP BY d.status
                """).param("u", unitId).param("a", agencyId).param("p", periodId).param("sp", subPeriod)
                .query(rs -> {
                    progress[0] = progress[0].plus(DocumentStatus.of(rs.getString(1)), rs.getInt(2));
                });
        for (PenetapanEntry p : penetapan) {
            progress[0] = progress[0].plus(p.status(), 1);
        }
        return new UnitDocuments(unit.id(), unit.name(), periodId, period.year(), period.scheme(), subPeriod, penetapan,
                new PageResult<>(entries, pageNo, pageSize, total[0]), progress[0]);
    }

    /** An administrator puts the failed documents of the period back in the queue; returns how many. */
    @Transactional
    public int retryFailed(Actor actor, long agencyId, long periodId) {
        periods.get(actor, agencyId, periodId);
        actor.requireAdminister(agencyId);
        return queue.retryFailed(agencyId, periodId);
    }

    // ---------------------------------------------------------------- the TPP export

    /** Writes a prepared export; called once access was checked. */
    @FunctionalInterface
    public interface ExportWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** An XLSX export ready to be written to the response. */
    public record Export(String fileName, String contentType, ExportWriter writer) {
    }

    /**
     * The final results of a period for TPP processing: annual ({@code subPeriod} 0) or one sub-period, for the whole
     * agency or one unit with its sub-units. For the agency's administrators and head (and national administrators).
     * Access and input are checked here; the rows are read and written when the returned writer runs.
     */
    @Transactional(readOnly = true)
    public Export tppExport(Actor actor, long agencyId, long periodId, int subPeriod, Long unitId, Locale locale) {
        Period period = periods.get(actor, agencyId, periodId);
        if (!access.seesAgency(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        requireSubPeriod(period, subPeriod);
        Unit unit = unitId == null ? null : units.get(actor, agencyId, unitId);
        Agency agency = agencies.get(actor, agencyId);
        String label = subPeriodLabel(period.scheme(), subPeriod, locale);
        TppExport.Query q = new TppExport.Query(agencyId, periodId, period.year(), subPeriod, label, unitId,
                unit == null ? null : unit.name(), agency.name());
        String code = unit == null ? agency.code() : unit.code() == null ? String.valueOf(unit.id()) : unit.code();
        String name = "TPP-" + code.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + period.year()
                + (subPeriod == 0 ? "" : "-" + subPeriod) + ".xlsx";
        return new Export(name, XLSX, out -> tpp.write(q, locale, out));
    }

    /** "Tahunan", "Triwulan II" or "Maret", in the reader's language. */
    public String subPeriodLabel(SubPeriodScheme scheme, int subPeriod, Locale locale) {
        if (subPeriod == 0) {
            return messages.getMessage("evaldoc.sub.annual", null, locale);
        }
        if (scheme == SubPeriodScheme.QUARTERLY) {
            return messages.getMessage("evaldoc.sub.quarter", new Object[] {ROMAN[Math.min(subPeriod, 4) - 1]}, locale);
        }
        return java.time.Month.of(subPeriod).getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    /** The labels of a period's evaluations: index 0 the annual one, then each sub-period. */
    public List<String> subPeriodLabels(Period period, Locale locale) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= period.scheme().count(); i++) {
            out.add(subPeriodLabel(period.scheme(), i, locale));
        }
        return out;
    }

    private static void requireSubPeriod(Period period, int subPeriod) {
        int count = period.scheme().count();
        if (subPeriod < 0 || subPeriod > count) {
            throw InvalidInputException.of("subPeriod", "evaluation.error.subPeriod", count);
        }
    }
}
