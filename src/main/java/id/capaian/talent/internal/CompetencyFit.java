package id.capaian.talent.internal;

import id.capaian.talent.MeritScore;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How well people fit a position's competency standard, in one query: for every competency the position requires
 * (position_competency), the person's latest assessed level (competency_assessment, latest date then latest entry);
 * the gap is what is missing to the required level (an unassessed competency misses all of it). The fit is
 * {@link MeritScore#competencyScore}: 100 x (1 - sum of gaps / sum of required levels); a position without a
 * standard fits everyone (100).
 */
@Component
public class CompetencyFit {

    /** The sums behind one person's fit. */
    public record Fit(long employeeId, int required, int gaps, int standards, int assessed) {
        public BigDecimal score() {
            return MeritScore.competencyScore(gaps, required);
        }
    }

    private final JdbcClient jdbc;

    CompetencyFit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fit of each employee (every one asked for is in the answer). */
    public Map<Long, Fit> of(long agencyId, long positionId, Collection<Long> employeeIds) {
        Map<Long, Fit> out = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT e.id AS employee_id, sum(pc.required_level) AS required,
                       sum(greatest(pc.required_level - coalesce(ca.level, 0), 0)) AS gaps,
                       count(*) AS standards, count(ca.level) AS assessed
                FROM employee e
                JOIN position_competency pc ON pc.position_id = :position AND pc.agency_id = :agency
                LEFT JOIN LATERAL (
                    SELECT c.level FROM competency_assessment c
                    WHERE c.employee_id = e.id AND c.competency_id = pc.competency_id AND c.agency_id = :agency
                    ORDER BY c.assessed_on DESC, c.id DESC LIMIT 1) ca ON true
                WHERE e.agency_id = :agency AND e.id IN (:ids)
                GROUP BY e.id
                """).param("agency", agencyId).param("position", positionId).param("ids", employeeIds)
                .query((rs, n) -> new Fit(rs.getLong("employee_id"), rs.getInt("required"), rs.getInt("gaps"),
                        rs.getInt("standards"), rs.getInt("assessed"))).list()
                .forEach(f -> out.put(f.employeeId(), f));
        for (Long id : employeeIds) {
            out.putIfAbsent(id, new Fit(id, 0, 0, 0, 0));
        }
        return out;
    }
}
