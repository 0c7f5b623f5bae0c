package id.capaian.development.internal.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
 * JP compliance as XLSX: every active employee of the agency (or of a unit and its sub-units) with verified JP, the
 * target, the shortfall and what waits for verification, read with one statement and a cursor and written row by row
 * (flushed every few hundred rows), so memory stays flat whatever the number of employees; then the units as on the
 * board, and a sheet that says what the file holds. Callers check who may see it.
 */
@Component
public class JpWorkbook {

    /** A unit row as the board shows it. */
    public record UnitLine(String name, int employees, int met, int behind, Integer metPercent, BigDecimal averageJp,
            int pending) {
    }

    /** What one workbook is about. */
    public record Query(long agencyId, String agencyName, Long unitId, String unitName, int year, int target,
            List<UnitLine> units, UnitLine total) {
    }

    static final int FETCH_SIZE = 500;
    static final int FLUSH_EVERY = 500;
    static final String[] HEADERS = {"nip", "name", "asnType", "position", "unit", "earned", "target", "shortfall", "status",
        "pending"};
    static final String[] UNIT_HEADERS = {"unit", "employees", "met", "behind", "metPercent", "averageJp", "pending"};

    private static final String SQL = """
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM org_unit WHERE id = :u AND agency_id = :a
                UNION ALL
                SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id
            ),
            jp AS (
                SELECT e.id,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'VERIFIED'), 0) AS earned,
                       coalesce(sum(x.jp) FILTER (WHERE x.status = 'COMPLETED'), 0) AS pending_jp
                FROM employee e
                LEFT JOIN training_enrolment x ON x.employee_id = e.id AND x.status IN ('VERIFIED', 'COMPLETED')
                     AND x.completed_on BETWEEN :from AND :to
                WHERE e.agency_id = :a AND e.active AND (CAST(:u AS BIGINT) IS NULL OR e.unit_id IN (SELECT id FROM tree))
                GROUP BY e.id
            )
            SELECT e.nip, trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                   e.asn_type, p.name AS position_name, u.name AS unit_name, jp.earned, jp.pending_jp
            FROM jp JOIN employee e ON e.id = jp.id
            LEFT JOIN position p ON p.id = e.position_id
            LEFT JOIN org_unit u ON u.id = e.unit_id
            ORDER BY u.name NULLS LAST, e.name, e.id
            """;

    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final MessageSource messages;

    JpWorkbook(DataSource dataSource, PlatformTransactionManager transactions, MessageSource messages) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.messages = messages;
    }

    /** Writes the workbook to {@code out}; returns the number of employee rows. */
    public int write(Query q, Locale locale, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet ws = wb.newWorksheet(msg("training.xlsx.sheet.employees", locale));
            int[] widths = {21, 34, 8, 34, 34, 12, 8, 12, 16, 14};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, msg("training.xlsx.col." + HEADERS[c], locale));
                ws.style(0, c).bold().fillColor("E6E6E6").wrapText(true).set();
            }
            ws.freezePane(2, 1);
            String met = msg("training.jp.met", locale);
            String behind = msg("training.jp.behind", locale);
            int[] row = {0};
            readOnly.executeWithoutResult(s -> streaming.sql(SQL).param("a", q.agencyId()).param("u", q.unitId())
                    .param("from", LocalDate.of(q.year(), 1, 1)).param("to", LocalDate.of(q.year(), 12, 31))
                    .query(rs -> {
                        int r = ++row[0];
                        int earned = rs.getInt("earned");
                        ws.inlineString(r, 0, rs.getString("nip"));
                        ws.inlineString(r, 1, rs.getString("name"));
                        ws.value(r, 2, rs.getString("asn_type"));
                        text(ws, r, 3, rs.getString("position_name"));
                        text(ws, r, 4, rs.getString("unit_name"));
                        ws.value(r, 5, earned);
                        ws.value(r, 6, q.target());
                        ws.value(r, 7, Math.max(0, q.target() - earned));
                        ws.value(r, 8, earned >= q.target() ? met : behind);
                        ws.value(r, 9, rs.getInt("pending_jp"));
                        if (r % FLUSH_EVERY == 0) {
                            try {
                                ws.flush();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }));
            ws.finish();

            Worksheet units = wb.newWorksheet(msg("training.xlsx.sheet.units", locale));
            int[] unitWidths = {44, 10, 12, 12, 12, 12, 14};
            for (int c = 0; c < unitWidths.length; c++) {
                units.width(c, unitWidths[c]);
            }
            for (int c = 0; c < UNIT_HEADERS.length; c++) {
                units.value(0, c, msg("training.xlsx.unit." + UNIT_HEADERS[c], locale));
                units.style(0, c).bold().fillColor("E6E6E6").wrapText(true).set();
            }
            int r = 0;
            for (UnitLine u : q.units()) {
                unitLine(units, ++r, u);
            }
            unitLine(units, ++r, q.total());
            for (int c = 0; c < UNIT_HEADERS.length; c++) {
                units.style(r, c).bold().set();
            }
            units.finish();

            Worksheet about = wb.newWorksheet(msg("training.xlsx.sheet.about", locale));
            about.width(0, 28);
            about.width(1, 80);
            String[][] lines = {
                {"training.xlsx.about.agency", q.agencyName()},
                {"training.xlsx.about.unit", q.unitName() == null ? msg("training.xlsx.about.allUnits", locale) : q.unitName()},
                {"training.xlsx.about.year", String.valueOf(q.year())},
                {"training.xlsx.about.target", String.valueOf(q.target())},
                {"training.xlsx.about.rows", String.valueOf(row[0])},
                {"training.xlsx.about.created", ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).toLocalDateTime().withNano(0)
                        .toString().replace('T', ' ')},
                {"training.xlsx.about.ruleLabel", msg("training.xlsx.about.rule", locale)},
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

    private static void unitLine(Worksheet ws, int r, UnitLine u) {
        ws.value(r, 0, u.name());
        ws.value(r, 1, u.employees());
        ws.value(r, 2, u.met());
        ws.value(r, 3, u.behind());
        if (u.metPercent() != null) {
            ws.value(r, 4, u.metPercent());
        }
        if (u.averageJp() != null) {
            ws.value(r, 5, u.averageJp());
            ws.style(r, 5).format("0.0").set();
        }
        ws.value(r, 6, u.pending());
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null) {
            ws.inlineString(r, c, s);
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
