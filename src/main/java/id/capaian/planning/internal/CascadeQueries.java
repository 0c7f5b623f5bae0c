package id.capaian.planning.internal;

/**
 * The set-based SQL behind the cascade view. Each answers for a whole agency (or a whole unit subtree) in one
 * statement, so the number of statements never grows with the number of units or employees. Public only so that
 * the benchmark can show their query plans.
 */
public final class CascadeQueries {

    private CascadeQueries() {
    }

    /**
     * The figures of every unit of an agency for a period, one row per unit that has any (parameters
     * {@code :agency}, {@code :period}). Employees are counted in their current unit; plans, RHK and gaps
     * belong to the unit of their owner; only active employees count.
     */
    public static final String UNIT_FIGURES = """
            WITH emp AS MATERIALIZED (
                SELECT e.id, e.unit_id, coalesce(e.appraiser_id, e.superior_id) AS appraiser
                FROM employee e
                WHERE e.agency_id = :agency AND e.active
            ), superiors AS (
                SELECT DISTINCT appraiser AS id FROM emp WHERE appraiser IS NOT NULL
            ), pl AS MATERIALIZED (
                SELECT p.id, p.employee_id, p.status, emp.unit_id
                FROM performance_plan p JOIN emp ON emp.id = p.employee_id
                WHERE p.agency_id = :agency AND p.period_id = :period
            ), res AS MATERIALIZED (
                SELECT r.id, r.kind, r.parent_result_id, r.unit_indicator_id, pl.employee_id, pl.unit_id
                FROM planned_result r JOIN pl ON pl.id = r.plan_id
            ), covered AS (
                SELECT DISTINCT parent_result_id AS id FROM res WHERE parent_result_id IS NOT NULL
            ), covered_iku AS (
                SELECT DISTINCT unit_indicator_id AS id FROM res WHERE unit_indicator_id IS NOT NULL
            ), staff AS (
                SELECT emp.unit_id,
                       count(*) AS employees,
                       count(*) FILTER (WHERE pl.id IS NULL) AS no_plan,
                       count(*) FILTER (WHERE pl.status = 'DRAFT') AS draft,
                       count(*) FILTER (WHERE pl.status = 'SUBMITTED') AS submitted,
                       count(*) FILTER (WHERE pl.status = 'RETURNED') AS returned,
                       count(*) FILTER (WHERE pl.status = 'APPROVED') AS approved
                FROM emp LEFT JOIN pl ON pl.employee_id = emp.id
                WHERE emp.unit_id IS NOT NULL
                GROUP BY emp.unit_id
            ), results AS (
                SELECT res.unit_id,
                       count(*) FILTER (WHERE res.kind = 'UTAMA' AND res.parent_result_id IS NULL
                                        AND res.unit_indicator_id IS NULL) AS orphans,
                       count(*) FILTER (WHERE res.kind = 'UTAMA' AND superiors.id IS NOT NULL
                                        AND covered.id IS NULL) AS uncovered
                FROM res LEFT JOIN superiors ON superiors.id = res.employee_id
                LEFT JOIN covered ON covered.id = res.id
                WHERE res.unit_id IS NOT NULL
                GROUP BY res.unit_id
            ), iku AS (
                SELECT a.unit_id, count(*) AS indicators, count(*) FILTER (WHERE covered_iku.id IS NULL) AS uncovered_iku
                FROM unit_agreement a JOIN unit_indicator i ON i.agreement_id = a.id
                LEFT JOIN covered_iku ON covered_iku.id = i.id
                WHERE a.agency_id = :agency AND a.period_id = :period
                GROUP BY a.unit_id
            )
            SELECT coalesce(staff.unit_id, results.unit_id, iku.unit_id) AS unit_id,
                   coalesce(staff.employees, 0) AS employees, coalesce(staff.no_plan, 0) AS no_plan,
                   coalesce(staff.draft, 0) AS draft, coalesce(staff.submitted, 0) AS submitted,
                   coalesce(staff.returned, 0) AS returned, coalesce(staff.approved, 0) AS approved,
                   coalesce(results.orphans, 0) AS orphans, coalesce(results.uncovered, 0) AS uncovered,
                   coalesce(iku.indicators, 0) AS indicators, coalesce(iku.uncovered_iku, 0) AS uncovered_iku
            FROM staff
            FULL JOIN results ON results.unit_id = staff.unit_id
            FULL JOIN iku ON iku.unit_id = coalesce(staff.unit_id, results.unit_id)
            """;

    /**
     * The active employees of a unit subtree ({@code :units}, an array of unit ids) with their plan in the period,
     * if any, and whether anyone in the agency has them as appraiser.
     */
    public static final String UNIT_MEMBERS = """
            WITH superiors AS (
                SELECT DISTINCT coalesce(s.appraiser_id, s.superior_id) AS id FROM employee s
                WHERE s.agency_id = :agency AND s.active AND coalesce(s.appraiser_id, s.superior_id) IS NOT NULL
            )
            SELECT e.id, e.front_title, e.name, e.back_title, e.nip, e.unit_id, pos.name AS position_name,
                   p.id AS plan_id, p.status, superiors.id IS NOT NULL AS superior
            FROM employee e LEFT JOIN position pos ON pos.id = e.position_id
            LEFT JOIN performance_plan p ON p.employee_id = e.id AND p.period_id = :period
            LEFT JOIN superiors ON superiors.id = e.id
            WHERE e.agency_id = :agency AND e.active AND e.unit_id = ANY(CAST(:units AS bigint[]))
            """;

    /**
     * The RHK of those employees' plans, without their text: what each is linked to, and whether any active
     * employee's RHK contributes to it (the database turns this into one hashed look-up, not a query per RHK).
     */
    public static final String UNIT_RESULTS = """
            SELECT r.id, r.plan_id, p.employee_id, r.kind, r.parent_result_id, r.unit_indicator_id,
                   r.parent_changed, r.ordinal,
                   EXISTS (SELECT 1 FROM planned_result c JOIN performance_plan cp ON cp.id = c.plan_id
                           JOIN employee ce ON ce.id = cp.employee_id
                           WHERE c.parent_result_id = r.id AND ce.active) AS covered
            FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id
            JOIN employee e ON e.id = p.employee_id
            WHERE p.agency_id = :agency AND p.period_id = :period AND e.active
              AND e.unit_id = ANY(CAST(:units AS bigint[]))
            """;

    /**
     * The text of the given RHK ({@code :results}, an array of ids): the statement, and the IKI counted and
     * summarised ("name: target; ...", targets written as {@code Target.describe} writes them).
     */
    public static final String RESULT_TEXTS = """
            SELECT r.id, r.statement, ind.n, ind.summary
            FROM planned_result r
            LEFT JOIN (
                SELECT i.result_id, count(*) AS n,
                       string_agg(i.name || ': ' || CASE i.target_kind
                           WHEN 'NUMBER' THEN coalesce(trim_scale(i.target_value)::text, '') || coalesce(' ' || nullif(i.target_unit, ''), '')
                           WHEN 'RANGE' THEN coalesce(trim_scale(i.target_min)::text, '') || ' - ' || coalesce(trim_scale(i.target_max)::text, '')
                                             || coalesce(' ' || nullif(i.target_unit, ''), '')
                           ELSE coalesce(i.target_text, '') END, '; ' ORDER BY i.ordinal, i.id) AS summary
                FROM result_indicator i
                WHERE i.result_id = ANY(CAST(:results AS bigint[]))
                GROUP BY i.result_id
            ) ind ON ind.result_id = r.id
            WHERE r.id = ANY(CAST(:results AS bigint[]))
            """;

    /**
     * What RHK linked outside a subtree contribute to: the RHK ({@code :results}) with their owners and the IKU
     * ({@code :ikus}) with their names.
     */
    public static final String LINK_LABELS = """
            SELECT 'RHK' AS kind, r.id, r.statement AS label, e.name AS owner
            FROM planned_result r JOIN performance_plan p ON p.id = r.plan_id JOIN employee e ON e.id = p.employee_id
            WHERE r.id = ANY(CAST(:results AS bigint[])) AND r.agency_id = :agency
            UNION ALL
            SELECT 'IKU', i.id, i.name, NULL FROM unit_indicator i
            WHERE i.id = ANY(CAST(:ikus AS bigint[])) AND i.agency_id = :agency
            """;

    /** The IKU of the subtree's units in the period, and whether any active employee's RHK contributes to each. */
    public static final String UNIT_IKU = """
            SELECT i.id, a.unit_id, i.goal, i.name, i.target_value, i.target_unit,
                   EXISTS (SELECT 1 FROM planned_result c JOIN performance_plan cp ON cp.id = c.plan_id
                           JOIN employee ce ON ce.id = cp.employee_id
                           WHERE c.unit_indicator_id = i.id AND ce.active) AS covered
            FROM unit_indicator i JOIN unit_agreement a ON a.id = i.agreement_id
            WHERE a.agency_id = :agency AND a.period_id = :period AND a.unit_id = ANY(CAST(:units AS bigint[]))
            ORDER BY i.ordinal, i.id
            """;
}
