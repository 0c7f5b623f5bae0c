package id.capaian.evaluation.internal;

import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationKind;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads evaluations with the names shown beside them, in one statement for any number of rows. */
@Component
public class EvaluationRows {

    /** The columns and joins of {@link #map}; callers add WHERE and ORDER BY. */
    public static final String SELECT = """
            SELECT ev.*, pp.year, e.nip AS employee_nip,
                   trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS employee_name,
                   trim(concat_ws(' ', nullif(a.front_title, ''), a.name)) || coalesce(', ' || nullif(a.back_title, ''), '') AS appraiser_name,
                   u.name AS unit_name, pos.name AS position_name
            FROM evaluation ev
            JOIN performance_period pp ON pp.id = ev.period_id
            JOIN employee e ON e.id = ev.employee_id
            LEFT JOIN employee a ON a.id = ev.appraiser_id
            LEFT JOIN org_unit u ON u.id = ev.unit_id
            LEFT JOIN position pos ON pos.id = e.position_id
            """;

    private final JdbcClient jdbc;

    EvaluationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Evaluation get(long agencyId, long id) {
        return find(agencyId, id).orElseThrow(() -> new NotFoundException("evaluation", id));
    }

    public Optional<Evaluation> find(long agencyId, long id) {
        return jdbc.sql(SELECT + " WHERE ev.id = :id AND ev.agency_id = :agency").param("id", id).param("agency", agencyId)
                .query(EvaluationRows::map).optional();
    }

    public Optional<Evaluation> forPlan(long planId, int subPeriod) {
        return jdbc.sql(SELECT + " WHERE ev.plan_id = :plan AND ev.sub_period = :sp").param("plan", planId)
                .param("sp", subPeriod).query(EvaluationRows::map).optional();
    }

    public List<Evaluation> forPlan(long planId) {
        return jdbc.sql(SELECT + " WHERE ev.plan_id = :plan ORDER BY ev.sub_period").param("plan", planId)
                .query(EvaluationRows::map).list();
    }

    public static Evaluation map(ResultSet rs, int n) throws SQLException {
        return new Evaluation(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("period_id"), rs.getInt("year"),
                rs.getLong("plan_id"), rs.getLong("employee_id"), rs.getString("employee_name"), rs.getString("employee_nip"),
                (Long) rs.getObject("appraiser_id"), rs.getString("appraiser_name"), (Long) rs.getObject("unit_id"),
                rs.getString("unit_name"), rs.getString("position_name"), EvaluationKind.valueOf(rs.getString("kind")),
                rs.getInt("sub_period"), rs.getInt("months"), rs.getBigDecimal("achievement"),
                rating(rs.getString("suggested_result")), rating(rs.getString("result_rating")), rs.getString("result_reason"),
                rating(rs.getString("behaviour_rating")), rs.getString("behaviour_note"), predikat(rs.getString("predikat")),
                predikat(rs.getString("final_predikat")), rs.getBigDecimal("credit_points"),
                EvaluationStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("rated_at")),
                instant(rs.getTimestamp("finalised_at")), rs.getObject("objection_until", java.time.LocalDate.class),
                rs.getInt("version"));
    }

    public static Rating rating(String s) {
        return s == null ? null : Rating.valueOf(s);
    }

    public static Predikat predikat(String s) {
        return s == null ? null : Predikat.valueOf(s);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
