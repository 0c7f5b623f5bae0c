package id.capaian.survey.internal;

import id.capaian.survey.IkmRules;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agency's IKM rules: stored when an administrator changed them, the regulation's defaults otherwise. */
@Component
public class RulesStore {

    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IkmRules rules(long agencyId) {
        return jdbc.sql("SELECT weights, min_a, min_b, min_c FROM survey_rules WHERE agency_id = :a").param("a", agencyId)
                .query((rs, n) -> new IkmRules(decimals(rs.getArray("weights")), rs.getBigDecimal("min_a"),
                        rs.getBigDecimal("min_b"), rs.getBigDecimal("min_c")))
                .optional().orElse(IkmRules.defaults());
    }

    public int version(long agencyId) {
        return jdbc.sql("SELECT version FROM survey_rules WHERE agency_id = :a").param("a", agencyId).query(Integer.class)
                .optional().orElse(-1);
    }

    /** Stores the rules unless someone changed them since {@code version} was read (-1: none stored then). */
    public boolean save(long agencyId, IkmRules rules, int version, String by) {
        String weights = literal(rules.weights());
        if (version < 0) {
            return jdbc.sql("""
                    INSERT INTO survey_rules (agency_id, weights, min_a, min_b, min_c, updated_by)
                    VALUES (:a, CAST(:w AS numeric[]), :ma, :mb, :mc, :by) ON CONFLICT (agency_id) DO NOTHING
                    """).param("a", agencyId).param("w", weights).param("ma", rules.minA()).param("mb", rules.minB())
                    .param("mc", rules.minC()).param("by", by).update() == 1;
        }
        return jdbc.sql("""
                UPDATE survey_rules SET weights = CAST(:w AS numeric[]), min_a = :ma, min_b = :mb, min_c = :mc, updated_by = :by,
                       updated_at = now(), version = version + 1
                WHERE agency_id = :a AND version = :v
                """).param("a", agencyId).param("w", weights).param("ma", rules.minA()).param("mb", rules.minB())
                .param("mc", rules.minC()).param("by", by).param("v", version).update() == 1;
    }

    /** A PostgreSQL array literal of numbers, for {@code CAST(:x AS numeric[])} or {@code bigint[]}. */
    public static String literal(List<? extends Number> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Number v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return sb.append('}').toString();
    }

    public static List<BigDecimal> decimals(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> (BigDecimal) v).toList();
    }

    public static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).mapToLong(v -> ((Number) v).longValue()).toArray();
    }
}
