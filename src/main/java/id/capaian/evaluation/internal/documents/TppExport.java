package id.capaian.evaluation.internal.documents;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.EmployeeManagement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The results of an agency's period for allowance (TPP) processing as XLSX: one row per employee with a final
 * evaluation of the chosen sub-period (0: the annual one), optionally of one unit and its sub-units. One statement
 * read with a cursor (fetch size, inside a read-only transaction) and written row by row with fastexcel, flushed
 * every few hundred rows: memory stays flat whatever the number of employees. The TPP percentage per predikat is
 * the agency's own policy and is not part of the system's data, so it is not in the file. Callers check access.
 */
@Component
public class TppExport {

    /** The filter of one export. */
    public record Query(long agencyId, long periodId, int year, int subPeriod, String subPeriodLabel, Long unitId,
            String unitName, String agencyName) {
    }

    static final int FETCH_SIZE = 500;
    static final int FLUSH_EVERY = 500;

    private static final String SQL = """
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM org_unit WHERE id = :u AND agency_id = :a
                UNION ALL
                SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id
            )
            SELECT e.nip,
                   trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                   e.asn_type, e.rank_grade, pos.name AS position_name, pos.class_grade, un.name AS unit_name,
                   ev.result_rating, ev.behaviour_rating, ev.final_predikat, ev.credit_points, ev.finalised_at,
                   (SELECT o.status FROM objection o WHERE o.evaluation_id = ev.id ORDER BY o.filed_at DESC, o.id DESC LIMIT 1) AS objection
            FROM evaluation ev
            JOIN employee e ON e.id = ev.employee_id
            JOIN performance_plan pl ON pl.id = ev.plan_id
            LEFT JOIN position pos ON pos.id = coalesce(pl.position_id, e.position_id)
            LEFT JOIN org_unit un ON un.id = ev.unit_id
            WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.sub_period = :sp AND ev.status = 'FINAL'
              AND (CAST(:u AS BIGINT) IS NULL OR ev.unit_id IN (SELECT id FROM tree))
            ORDER BY un.name, e.name, ev.id
            """;

    static final String[] HEADERS = {"nip", "name", "asnType", "rankGrade", "rank", "position", "classGrade", "unit",
        "resultRating", "behaviourRating", "predikat", "creditPoints", "status", "finalisedOn"};

    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final DocumentSources sources;
    private final MessageSource messages;

    TppExport(DataSource dataSource, PlatformTransactionManager transactions, DocumentSources sources, MessageSource messages) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.sources = sources;
        this.messages = messages;
    }

    /** Writes the workbook to {@code out}; returns the number of employee rows. */
    public int write(Query q, Locale locale, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet ws = wb.newWorksheet(msg("evaldoc.tpp.sheet.results", locale));
            int[] widths = {21, 34, 8, 9, 24, 34, 8, 34, 20, 20, 16, 10, 26, 12};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, msg("evaldoc.tpp.col." + HEADERS[c], locale));
                ws.style(0, c).bold().fillColor("E6E6E6").set();
            }
            ws.freezePane(2, 1);
            int[] row = {0};
            readOnly.executeWithoutResult(s -> streaming.sql(SQL).param("a", q.agencyId()).param("p", q.periodId())
                    .param("sp", q.subPeriod()).param("u", q.unitId())
                    .query(rs -> {
                        int r = ++row[0];
                        ws.inlineString(r, 0, rs.getString("nip"));
                        ws.inlineString(r, 1, rs.getString("name"));
                        shared(ws, r, 2, rs.getString("asn_type"));
                        String grade = rs.getString("rank_grade");
                        shared(ws, r, 3, grade);
                        String rank = sources.rank(AsnType.valueOf(rs.getString("asn_type")), grade, locale);
                        shared(ws, r, 4, "-".equals(rank) ? null : rank);
                        text(ws, r, 5, rs.getString("position_name"));
                        Object classGrade = rs.getObject("class_grade");
                        if (classGrade != null) {
                            ws.value(r, 6, ((Number) classGrade).intValue());
                        }
                        text(ws, r, 7, rs.getString("unit_name"));
                        shared(ws, r, 8, label("evaluation.rating.", rs.getString("result_rating"), locale));
                        shared(ws, r, 9, label("evaluation.rating.", rs.getString("behaviour_rating"), locale));
                        shared(ws, r, 10, label("evaluation.predikat.", rs.getString("final_predikat"), locale));
                        BigDecimal points = rs.getBigDecimal("credit_points");
                        if (points != null) {
                            ws.value(r, 11, new BigDecimal(points.stripTrailingZeros().toPlainString()));
                            ws.style(r, 11).format("0.000").set();
                        }
                        String objection = rs.getString("objection");
                        ws.value(r, 12, msg(objection == null ? "evaldoc.tpp.status.FINAL" : "evaldoc.tpp.status.objection." + objection, locale));
                        Timestamp finalised = rs.getTimestamp("finalised_at");
                        if (finalised != null) {
                            ws.value(r, 13, finalised.toInstant().atZone(EmployeeManagement.JAKARTA).toLocalDate());
                            ws.style(r, 13).format("dd-mm-yyyy").set();
                        }
                        if (r % FLUSH_EVERY == 0) {
                            try {
                                ws.flush();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }));
            ws.finish();

            Worksheet about = wb.newWorksheet(msg("evaldoc.tpp.sheet.about", locale));
            about.width(0, 28);
            about.width(1, 70);
            String[][] lines = {
                {"evaldoc.tpp.about.agency", q.agencyName()},
                {"evaldoc.tpp.about.year", String.valueOf(q.year())},
                {"evaldoc.tpp.about.evaluation", q.subPeriodLabel()},
                {"evaldoc.tpp.about.unit", q.unitName() == null ? msg("evaldoc.tpp.about.allUnits", locale) : q.unitName()},
                {"evaldoc.tpp.about.rows", String.valueOf(row[0])},
                {"evaldoc.tpp.about.created", ZonedDateTime.now(EmployeeManagement.JAKARTA).toLocalDateTime().withNano(0).toString().replace('T', ' ')},
                {"evaldoc.tpp.about.noteLabel", msg("evaldoc.tpp.about.note", locale)},
            };
            for (int i = 0; i < lines.length; i++) {
                about.value(i, 0, msg(lines[i][0], locale));
                about.style(i, 0).bold().set();
                about.value(i, 1, lines[i][1]);
            }
            about.finish();
            wb.finish();
            return row[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value many rows repeat (a rating, a rank): kept once in the shared strings. */
    private static void shared(Worksheet ws, int r, int c, String s) {
        if (s != null) {
            ws.value(r, c, s);
        }
    }

    /** A value of its own row (a name, a NIP): written in place, so nothing accumulates in memory. */
    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null) {
            ws.inlineString(r, c, s);
        }
    }

    private String label(String prefix, String name, Locale locale) {
        return name == null ? null : msg(prefix + name, locale);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
