package id.capaian.talent.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inputs of the 9-box in one query, whatever the number of employees: every active employee of the agency (or
 * those below a manager, or one person) with the annual evaluation of the period (its status and final predikat),
 * the latest potential assessment on or before the period's end, and the first one after it (to say why an
 * assessment made later does not count).
 */
@Component
public class GridQueries {

    /** The full name as written on documents: front titles, name, back titles. */
    public static final String NAME = "nullif(concat_ws(' ', nullif(%1$s.front_title, ''), %1$s.name)"
            + " || coalesce(', ' || nullif(%1$s.back_title, ''), ''), '')";

    /** Whose inputs to read. */
    public enum Filter { AGENCY, BELOW, ONE }

    /** One employee's inputs; the evaluation and assessment columns are null when there is none. */
    public record Row(long employeeId, String nip, String name, String unitName, Long positionId, String positionName,
            Long evaluationId,
            String evaluationStatus, String finalPredikat, Long assessmentId, BigDecimal score, LocalDate assessedOn,
            String method, LocalDate laterAssessmentOn) {
    }

    private final JdbcClient jdbc;

    GridQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param who {@code AGENCY}: everyone active; {@code BELOW}: the people below {@code employee} (the manager);
     *            {@code ONE}: {@code employee} only (active or not)
     */
    public List<Row> rows(long agencyId, long periodId, LocalDate periodEnd, Filter who, long employee) {
        String filter = switch (who) {
            case AGENCY -> " AND e.active";
            case BELOW -> " AND e.active AND e.id <> :manager AND e.id IN (SELECT id FROM below)";
            case ONE -> " AND e.id = :one";
        };
        String sql = (who == Filter.BELOW ? TalentLines.BELOW : "") + """
                SELECT e.id, e.nip, %s AS name, u.name AS unit_name, e.position_id, p.name AS position_name,
                       ev.id AS evaluation_id, ev.status AS evaluation_status,
                       CASE WHEN ev.status = 'FINAL' THEN ev.final_predikat END AS final_predikat,
                       pa.id AS assessment_id, pa.score, pa.assessed_on, pa.method, later.assessed_on AS later_on
                FROM employee e
                LEFT JOIN org_unit u ON u.id = e.unit_id
                LEFT JOIN position p ON p.id = e.position_id
                LEFT JOIN evaluation ev ON ev.employee_id = e.id AND ev.agency_id = :agency AND ev.period_id = :period
                       AND ev.kind = 'ANNUAL' AND ev.sub_period = 0
                LEFT JOIN LATERAL (
                    SELECT x.id, x.score, x.assessed_on, x.method FROM potential_assessment x
                    WHERE x.employee_id = e.id AND x.agency_id = :agency AND x.assessed_on <= :end
                    ORDER BY x.assessed_on DESC, x.id DESC LIMIT 1) pa ON true
                LEFT JOIN LATERAL (
                    SELECT min(x.assessed_on) AS assessed_on FROM potential_assessment x
                    WHERE x.employee_id = e.id AND x.agency_id = :agency AND x.assessed_on > :end) later ON true
                WHERE e.agency_id = :agency""".formatted(NAME.formatted("e")) + filter
                + " ORDER BY u.name NULLS LAST, e.name, e.id";
        var spec = jdbc.sql(sql).param("agency", agencyId).param("period", periodId).param("end", Date.valueOf(periodEnd));
        if (who == Filter.BELOW) {
            spec = spec.param("manager", employee);
        } else if (who == Filter.ONE) {
            spec = spec.param("one", employee);
        }
        return spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("nip"), rs.getString("name"),
                rs.getString("unit_name"), (Long) rs.getObject("position_id"), rs.getString("position_name"), (Long) rs.getObject("evaluation_id"),
                rs.getString("evaluation_status"), rs.getString("final_predikat"), (Long) rs.getObject("assessment_id"),
                rs.getBigDecimal("score"), date(rs.getDate("assessed_on")), rs.getString("method"),
                date(rs.getDate("later_on")))).list();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
