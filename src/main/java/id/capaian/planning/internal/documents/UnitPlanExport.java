package id.capaian.planning.internal.documents;

import id.capaian.platform.PdfRenderer;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.ResultKind;
import id.capaian.planning.Target;
import id.capaian.planning.TargetKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of a unit and its sub-units for one period as a workbook: one row per IKI, and a summary per employee
 * (also those who have no plan yet). Everything is read with five queries, whatever the number of employees.
 * Callers check who may see it.
 */
@Component
public class UnitPlanExport {

    private static final String NAME = "nullif(concat_ws(' ', nullif(%1$s.front_title, ''), %1$s.name)"
            + " || coalesce(', ' || nullif(%1$s.back_title, ''), ''), '')";
    private static final String PLANS_OF_UNITS = " p.agency_id = :agency AND p.period_id = :period AND p.unit_id IN (:units)";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    UnitPlanExport(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A plan as the export lists it. */
    public record PlanRow(long id, long employeeId, String nip, String name, String position, String unit,
            String appraiser, PlanStatus status, int revision, Instant submittedAt, Instant approvedAt,
            List<ResultRow> results) {
    }

    public record ResultRow(long id, long planId, ResultKind kind, String statement, String intervened,
            List<IndicatorRow> indicators) {
    }

    public record IndicatorRow(long resultId, Aspect aspect, String name, Target target, Direction direction) {
    }

    /** An active employee of the units with no plan in the period. */
    public record Missing(String nip, String name, String position, String unit) {
    }

    public record Content(List<PlanRow> plans, List<Missing> missing) {
    }

    /** Whether the employee heads this unit or a unit above it. */
    @Transactional(readOnly = true)
    public boolean headsUnitOrAbove(long agencyId, long unitId, long employeeId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, head, depth) AS (
                    SELECT id, parent_id, head_employee_id, 0 FROM org_unit WHERE id = :unit AND agency_id = :agency
                    UNION ALL
                    SELECT u.id, u.parent_id, u.head_employee_id, up.depth + 1 FROM org_unit u JOIN up ON u.id = up.parent_id
                    WHERE up.depth < 50
                )
                SELECT count(*) FROM up WHERE head = :employee
                """).param("unit", unitId).param("agency", agencyId).param("employee", employeeId)
                .query(Long.class).single() > 0;
    }

    /** The plans of these units in the period with their RHK and IKI, and who has none yet: four queries. */
    @Transactional(readOnly = true)
    public Content load(long agencyId, long periodId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new Content(List.of(), List.of());
        }
        Map<String, Object> params = Map.of("agency", agencyId, "period", periodId, "units", unitIds);
        Map<Long, List<IndicatorRow>> indicators = new HashMap<>();
        jdbc.sql("""
                SELECT i.result_id, i.aspect, i.name, i.target_kind, i.target_value, i.target_min, i.target_max,
                       i.target_unit, i.target_text, i.direction
                FROM result_indicator i JOIN planned_result r ON r.id = i.result_id JOIN performance_plan p ON p.id = r.plan_id
                WHERE """ + PLANS_OF_UNITS + " ORDER BY i.ordinal, i.id").params(params)
                .query((rs, n) -> new IndicatorRow(rs.getLong("result_id"), Aspect.valueOf(rs.getString("aspect")),
                        rs.getString("name"), new Target(TargetKind.valueOf(rs.getString("target_kind")),
                                rs.getBigDecimal("target_value"), rs.getBigDecimal("target_min"),
                                rs.getBigDecimal("target_max"), rs.getString("target_unit"), rs.getString("target_text")),
                        Direction.valueOf(rs.getString("direction"))))
                .list().forEach(i -> indicators.computeIfAbsent(i.resultId(), k -> new ArrayList<>()).add(i));
        Map<Long, List<ResultRow>> results = new HashMap<>();
        jdbc.sql("""
                SELECT r.id, r.plan_id, r.kind, r.statement, pr.statement AS parent_statement, ui.name AS iku_name
                FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id
                LEFT JOIN planned_result pr ON pr.id = r.parent_result_id LEFT JOIN unit_indicator ui ON ui.id = r.unit_indicator_id
                WHERE """ + PLANS_OF_UNITS + " ORDER BY (r.kind = 'UTAMA') DESC, r.ordinal, r.id").params(params)
                .query((rs, n) -> new ResultRow(rs.getLong("id"), rs.getLong("plan_id"),
                        ResultKind.valueOf(rs.getString("kind")), rs.getString("statement"),
                        rs.getString("parent_statement") != null ? rs.getString("parent_statement") : rs.getString("iku_name"),
                        List.copyOf(indicators.getOrDefault(rs.getLong("id"), List.of()))))
                .list().forEach(r -> results.computeIfAbsent(r.planId(), k -> new ArrayList<>()).add(r));
        List<PlanRow> plans = jdbc.sql("SELECT p.id, p.employee_id, p.status, p.revision, p.submitted_at, p.approved_at, e.nip, "
                + NAME.formatted("e") + " AS employee_name, " + NAME.formatted("a") + " AS appraiser_name, "
                + """
                u.name AS unit_name, pos.name AS position_name
                FROM performance_plan p JOIN employee e ON e.id = p.employee_id
                LEFT JOIN employee a ON a.id = p.appraiser_id LEFT JOIN org_unit u ON u.id = p.unit_id
                LEFT JOIN position pos ON pos.id = p.position_id
                WHERE """ + PLANS_OF_UNITS + " ORDER BY u.name, e.name, p.id").params(params)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("nip"),
                        rs.getString("employee_name"), rs.getString("position_name"), rs.getString("unit_name"),
                        rs.getString("appraiser_name"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                        instant(rs, "submitted_at"), instant(rs, "approved_at"),
                        List.copyOf(results.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        List<Missing> missing = jdbc.sql("SELECT e.nip, " + NAME.formatted("e") + " AS employee_name, "
                + """
                u.name AS unit_name, pos.name AS position_name
                FROM employee e LEFT JOIN org_unit u ON u.id = e.unit_id LEFT JOIN position pos ON pos.id = e.position_id
                WHERE e.agency_id = :agency AND e.active AND e.unit_id IN (:units)
                  AND NOT EXISTS (SELECT 1 FROM performance_plan p WHERE p.period_id = :period AND p.employee_id = e.id)
                ORDER BY u.name, e.name, e.id
                """).params(params)
                .query((rs, n) -> new Missing(rs.getString("nip"), rs.getString("employee_name"),
                        rs.getString("position_name"), rs.getString("unit_name")))
                .list();
        return new Content(plans, missing);
    }

    /** The workbook: sheet 1 one row per IKI (an RHK without IKI, or a plan without RHK, still gets a row); sheet 2 the summary. */
    public byte[] xlsx(Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            indicatorSheet(wb.newWorksheet(msg("plandoc.xlsx.sheet.indicators", locale)), content, locale);
            summarySheet(wb.newWorksheet(msg("plandoc.xlsx.sheet.summary", locale)), content, locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void indicatorSheet(Worksheet ws, Content content, Locale locale) {
        List<String> header = List.of("nip", "name", "position", "unit", "status", "kind", "parent", "statement", "aspect",
                "indicator", "target", "direction");
        header(ws, header, locale);
        int r = 0;
        for (PlanRow p : content.plans()) {
            String status = msg("plan.status." + p.status().name(), locale);
            if (p.results().isEmpty()) {
                person(ws, ++r, p);
                ws.value(r, 4, status);
                continue;
            }
            for (ResultRow result : p.results()) {
                List<IndicatorRow> rows = result.indicators().isEmpty() ? java.util.Collections.singletonList(null)
                        : result.indicators();
                for (IndicatorRow i : rows) {
                    person(ws, ++r, p);
                    ws.value(r, 4, status);
                    ws.value(r, 5, msg("plan.resultKind." + result.kind().name(), locale));
                    text(ws, r, 6, result.intervened());
                    text(ws, r, 7, result.statement());
                    if (i != null) {
                        ws.value(r, 8, msg("plan.aspect." + i.aspect().name(), locale));
                        text(ws, r, 9, i.name());
                        text(ws, r, 10, PdfRenderer.clean(i.target().describe()));
                        ws.value(r, 11, msg("plan.direction." + i.direction().name(), locale));
                    }
                }
            }
        }
        int[] widths = {21, 28, 26, 26, 13, 11, 45, 45, 12, 45, 16, 22};
        finish(ws, widths, r);
    }

    private void summarySheet(Worksheet ws, Content content, Locale locale) {
        List<String> header = List.of("nip", "name", "position", "unit", "appraiser", "status", "revision", "results",
                "mainResults", "extraResults", "indicators", "submittedAt", "approvedAt");
        header(ws, header, locale);
        int r = 0;
        for (PlanRow p : content.plans()) {
            person(ws, ++r, p);
            text(ws, r, 4, p.appraiser());
            ws.value(r, 5, msg("plan.status." + p.status().name(), locale));
            ws.value(r, 6, p.revision());
            long main = p.results().stream().filter(x -> x.kind() == ResultKind.UTAMA).count();
            ws.value(r, 7, p.results().size());
            ws.value(r, 8, main);
            ws.value(r, 9, p.results().size() - main);
            ws.value(r, 10, p.results().stream().mapToInt(x -> x.indicators().size()).sum());
            date(ws, r, 11, p.submittedAt());
            date(ws, r, 12, p.approvedAt());
        }
        for (Missing m : content.missing()) {
            r++;
            text(ws, r, 0, m.nip());
            text(ws, r, 1, m.name());
            text(ws, r, 2, m.position());
            text(ws, r, 3, m.unit());
            ws.value(r, 5, msg("plandoc.xlsx.noPlan", locale));
            ws.style(r, 5).italic().fontColor("9C0006").set();
        }
        int[] widths = {21, 28, 26, 26, 28, 14, 8, 11, 10, 12, 10, 17, 17};
        finish(ws, widths, r);
    }

    private void header(Worksheet ws, List<String> keys, Locale locale) {
        for (int c = 0; c < keys.size(); c++) {
            ws.value(0, c, msg("plandoc.xlsx." + keys.get(c), locale));
            ws.style(0, c).bold().fillColor("D9E1F2").wrapText(true).set();
        }
    }

    private static void person(Worksheet ws, int r, PlanRow p) {
        text(ws, r, 0, p.nip());
        text(ws, r, 1, p.name());
        text(ws, r, 2, p.position());
        text(ws, r, 3, p.unit());
    }

    private static void finish(Worksheet ws, int[] widths, int lastRow) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.freezePane(2, 1);
        if (lastRow > 0) {
            ws.setAutoFilter(0, 0, lastRow, widths.length - 1);
        }
    }

    private static void text(Worksheet ws, int r, int c, String value) {
        if (value != null) {
            ws.value(r, c, PdfRenderer.clean(value));
        }
    }

    private static void date(Worksheet ws, int r, int c, Instant at) {
        if (at != null) {
            ws.value(r, c, LocalDateTime.ofInstant(at, EmployeeManagement.JAKARTA));
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
