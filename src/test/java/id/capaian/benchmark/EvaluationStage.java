package id.capaian.benchmark;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The evaluations: every approved plan's periodic evaluation of each sub-period gone by, final (12% Sangat Baik,
 * 73% Baik, 13% Butuh Perbaikan, 2% Kurang, with ratings that give that predikat in the matrix); and the year's
 * annual evaluation rated by the appraisers with every top-level unit graded BAIK and a spread that fits its curve
 * (10% Sangat Baik, 55% Baik, 30% Butuh Perbaikan, 5% Kurang in each graded population), ready to be finalised, as
 * the evaluation benchmark does. Set-based SQL on the rows the earlier stages wrote.
 */
final class EvaluationStage implements DatasetStage {

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        long a = c.agencyId;
        long p = c.periodId;
        int past = c.currentSub - 1;
        long periodic = 0;
        if (past >= 1) {
            periodic = update(c, """
                    WITH x AS (
                        SELECT pl.*, s.sub, mod(('x' || substr(md5(pl.id || '-' || s.sub), 1, 7))::bit(28)::int, 100) AS r
                        FROM performance_plan pl CROSS JOIN generate_series(1, %3$d) AS s(sub)
                        WHERE pl.agency_id = %1$d AND pl.period_id = %2$d AND pl.status = 'APPROVED' AND pl.appraiser_id IS NOT NULL
                    ), y AS (
                        SELECT x.*, CASE WHEN r < 12 THEN 'SANGAT_BAIK' WHEN r < 85 THEN 'BAIK' WHEN r < 98 THEN 'BUTUH_PERBAIKAN'
                                         ELSE 'KURANG' END AS predikat FROM x
                    )
                    INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period, months,
                                            achievement, suggested_result, result_rating, behaviour_rating, predikat, final_predikat,
                                            status, rated_by, rated_at, finalised_at, objection_until)
                    SELECT agency_id, period_id, id, employee_id, appraiser_id, unit_id, 'PERIODIC', sub, 1,
                           CASE predikat WHEN 'SANGAT_BAIK' THEN 116 WHEN 'BAIK' THEN 98 WHEN 'BUTUH_PERBAIKAN' THEN 72 ELSE 96 END,
                           %4$s, %4$s, %5$s, predikat, predikat, 'FINAL', appraiser_id, now(), now(), CURRENT_DATE + 14
                    FROM y
                    """.formatted(a, p, past, RESULT, BEHAVIOUR));
        }
        c.exec("""
                INSERT INTO unit_grade (agency_id, period_id, unit_id, grade, reason, set_by_name)
                SELECT %1$d, %2$d, u.id, 'BAIK', 'Sebagian besar IKU tercapai', 'dataset' FROM org_unit u
                WHERE u.agency_id = %1$d AND u.parent_id IS NULL
                """.formatted(a, p));
        long annual = update(c, """
                WITH RECURSIVE gov(id, grade_id) AS (
                    SELECT u.id, g.id FROM org_unit u LEFT JOIN unit_grade g ON g.unit_id = u.id AND g.period_id = %2$d
                    WHERE u.agency_id = %1$d AND u.parent_id IS NULL
                    UNION ALL
                    SELECT ch.id, coalesce(g.id, gov.grade_id) FROM org_unit ch JOIN gov ON ch.parent_id = gov.id
                    LEFT JOIN unit_grade g ON g.unit_id = ch.id AND g.period_id = %2$d
                ), ranked AS (
                    SELECT pl.*, percent_rank() OVER (PARTITION BY gov.grade_id ORDER BY md5(pl.id::text)) AS pr
                    FROM performance_plan pl JOIN gov ON gov.id = pl.unit_id
                    WHERE pl.agency_id = %1$d AND pl.period_id = %2$d AND pl.status = 'APPROVED' AND pl.appraiser_id IS NOT NULL
                ), y AS (
                    SELECT r.*, CASE WHEN pr < 0.10 THEN 'SANGAT_BAIK' WHEN pr < 0.65 THEN 'BAIK'
                                     WHEN pr < 0.95 THEN 'BUTUH_PERBAIKAN' ELSE 'KURANG' END AS predikat
                    FROM ranked r
                )
                INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period, months,
                                        achievement, suggested_result, result_rating, behaviour_rating, predikat, final_predikat,
                                        status, rated_by, rated_at)
                SELECT agency_id, period_id, id, employee_id, appraiser_id, unit_id, 'ANNUAL', 0, 12,
                       CASE predikat WHEN 'SANGAT_BAIK' THEN 116 WHEN 'BAIK' THEN 98 WHEN 'BUTUH_PERBAIKAN' THEN 72 ELSE 96 END,
                       %3$s, %3$s, %4$s, predikat, predikat, 'RATED', appraiser_id, now()
                FROM y
                """.formatted(a, p, RESULT, BEHAVIOUR));
        long results = update(c, """
                INSERT INTO evaluation_result (evaluation_id, result_id, agency_id, achievement, suggested, rating)
                SELECT ev.id, r.id, ev.agency_id, ev.achievement, ev.result_rating, ev.result_rating
                FROM evaluation ev JOIN planned_result r ON r.plan_id = ev.plan_id
                WHERE ev.agency_id = %d AND ev.kind = 'ANNUAL'
                """.formatted(a));
        c.rows.merge("evaluation", periodic + annual, Long::sum);
        c.rows.merge("evaluation_result", results, Long::sum);
        c.exec("ANALYZE evaluation");
        c.exec("ANALYZE evaluation_result");
    }

    /** The result rating that, with {@link #BEHAVIOUR}, gives the predikat in the matrix. */
    static final String RESULT = "CASE predikat WHEN 'SANGAT_BAIK' THEN 'DIATAS_EKSPEKTASI' WHEN 'BUTUH_PERBAIKAN' "
            + "THEN 'DIBAWAH_EKSPEKTASI' ELSE 'SESUAI_EKSPEKTASI' END";
    static final String BEHAVIOUR = "CASE predikat WHEN 'SANGAT_BAIK' THEN 'DIATAS_EKSPEKTASI' WHEN 'KURANG' "
            + "THEN 'DIBAWAH_EKSPEKTASI' ELSE 'SESUAI_EKSPEKTASI' END";

    private static long update(DatasetContext c, String sql) throws SQLException {
        try (Statement st = c.con.createStatement()) {
            return st.executeUpdate(sql);
        }
    }
}
