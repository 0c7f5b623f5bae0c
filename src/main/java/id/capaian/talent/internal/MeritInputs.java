package id.capaian.talent.internal;

import id.capaian.evaluation.Predikat;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merit inputs of a set of candidates besides competency fit, one query each whatever their number: the final
 * annual predikats of a range of years, the verified training hours (JP) in a window, the agency's yearly JP target
 * and the highest formal qualification.
 */
@Component
public class MeritInputs {

    /** The order of education levels, lowest first. */
    public static final List<String> LEVELS = List.of("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3");
    public static final int DEFAULT_JP_TARGET = 20;

    public record YearResult(int year, Predikat predikat) {
    }

    private final JdbcClient jdbc;

    MeritInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Final annual predikats per employee in the years {@code from..to}, oldest first. */
    public Map<Long, List<YearResult>> history(long agencyId, Collection<Long> ids, int from, int to) {
        Map<Long, List<YearResult>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT ev.employee_id, pp.year, ev.final_predikat
                FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.agency_id = :agency AND ev.kind = 'ANNUAL' AND ev.sub_period = 0 AND ev.status = 'FINAL'
                  AND ev.final_predikat IS NOT NULL AND ev.employee_id IN (:ids) AND pp.year BETWEEN :from AND :to
                ORDER BY ev.employee_id, pp.year
                """).param("agency", agencyId).param("ids", ids).param("from", from).param("to", to)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new YearResult(rs.getInt(2), Predikat.valueOf(rs.getString(3))));
                });
        return out;
    }

    /** Verified JP per employee completed after {@code after} and up to {@code until} (the verification day if no completion date). */
    public Map<Long, Integer> verifiedJp(long agencyId, Collection<Long> ids, LocalDate after, LocalDate until) {
        Map<Long, Integer> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT employee_id, sum(jp) FROM training_enrolment
                WHERE agency_id = :agency AND status = 'VERIFIED' AND employee_id IN (:ids)
                  AND coalesce(completed_on, CAST(verified_at AT TIME ZONE 'Asia/Jakarta' AS date)) > :after
                  AND coalesce(completed_on, CAST(verified_at AT TIME ZONE 'Asia/Jakarta' AS date)) <= :until
                GROUP BY employee_id
                """).param("agency", agencyId).param("ids", ids).param("after", Date.valueOf(after))
                .param("until", Date.valueOf(until))
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }

    /** The agency's yearly JP target (development_setting), 20 when the agency has not set one. */
    public int jpTarget(long agencyId) {
        return jdbc.sql("SELECT jp_target FROM development_setting WHERE agency_id = :agency").param("agency", agencyId)
                .query(Integer.class).optional().orElse(DEFAULT_JP_TARGET);
    }

    /** The highest education level per employee (absent when none is recorded). */
    public Map<Long, String> highestQualification(long agencyId, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT employee_id, level FROM employee_qualification WHERE agency_id = :agency AND employee_id IN (:ids)")
                .param("agency", agencyId).param("ids", ids)
                .query(rs -> {
                    out.merge(rs.getLong(1), rs.getString(2), (a, b) -> LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a);
                });
        return out;
    }
}
