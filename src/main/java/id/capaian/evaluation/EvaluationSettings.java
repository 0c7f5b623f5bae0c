package id.capaian.evaluation;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.JfLevel;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of the evaluation rules that are data, not code: thresholds and windows per agency, the distribution
 * curve, credit point percentages and coefficients. An agency without its own rows uses the national defaults.
 */
@Service
public class EvaluationSettings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EvaluationSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public EvaluationSetting get(long agencyId) {
        return jdbc.sql("SELECT * FROM evaluation_setting WHERE agency_id = :a").param("a", agencyId)
                .query((rs, n) -> new EvaluationSetting(agencyId,
                        new RatingThresholds(rs.getBigDecimal("above_threshold"), rs.getBigDecimal("below_threshold")),
                        rs.getInt("objection_days"), rs.getBoolean("show_names"), rs.getBoolean("public_board"),
                        rs.getInt("version")))
                .optional().orElse(new EvaluationSetting(agencyId, RatingThresholds.DEFAULT, 14, true, true, -1));
    }

    /** Changes the agency's settings (agency administrators); {@code version} -1 creates them. */
    @Transactional
    public EvaluationSetting update(Actor actor, long agencyId, BigDecimal above, BigDecimal below, Integer objectionDays,
            boolean showNames, boolean publicBoard, int version) {
        actor.requireAdminister(agencyId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (above == null || above.signum() <= 0 || above.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add("above", "evaluation.error.threshold");
        }
        if (below == null || below.signum() <= 0 || below.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add("below", "evaluation.error.threshold");
        }
        if (problems.isEmpty() && below.compareTo(above) > 0) {
            problems.add("below", "evaluation.error.thresholdOrder");
        }
        if (objectionDays == null || objectionDays < 1 || objectionDays > 90) {
            problems.add("objectionDays", "evaluation.error.objectionDays");
        }
        problems.throwIfAny();
        EvaluationSetting before = get(agencyId);
        int n;
        if (before.version() < 0) {
            n = jdbc.sql("""
                    INSERT INTO evaluation_setting (agency_id, above_threshold, below_threshold, objection_days, show_names, public_board)
                    VALUES (:a, :above, :below, :days, :names, :public) ON CONFLICT (agency_id) DO NOTHING
                    """).param("a", agencyId).param("above", above).param("below", below).param("days", objectionDays)
                    .param("names", showNames).param("public", publicBoard).update();
        } else {
            n = jdbc.sql("""
                    UPDATE evaluation_setting SET above_threshold = :above, below_threshold = :below, objection_days = :days,
                        show_names = :names, public_board = :public, version = version + 1
                    WHERE agency_id = :a AND version = :v
                    """).param("a", agencyId).param("above", above).param("below", below).param("days", objectionDays)
                    .param("names", showNames).param("public", publicBoard).param("v", version).update();
        }
        if (n == 0 || (before.version() >= 0 && before.version() != version)) {
            throw new ConcurrentChangeException("evaluationSetting", agencyId);
        }
        EvaluationSetting after = get(agencyId);
        audit.record(actor, agencyId, "evaluation.settings", "evaluation_setting", agencyId, "settings", before, after);
        return after;
    }

    /** The distribution curve rules in force for the agency: its own, or the national defaults. */
    @Transactional(readOnly = true)
    public List<DistributionRule> rules(long agencyId) {
        List<DistributionRule> own = rules("agency_id = :a", agencyId);
        return own.isEmpty() ? rules("agency_id IS NULL", agencyId) : own;
    }

    private List<DistributionRule> rules(String where, long agencyId) {
        return jdbc.sql("SELECT * FROM distribution_rule WHERE " + where + " " + """
                 ORDER BY array_position(ARRAY['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']::VARCHAR[], unit_grade),
                          position, id""")
                .param("a", agencyId)
                .query((rs, n) -> new DistributionRule(UnitGrade.valueOf(rs.getString("unit_grade")),
                        Arrays.stream(rs.getString("predikats").split(",")).map(String::trim).map(Predikat::valueOf)
                                .collect(Collectors.toSet()),
                        DistributionRule.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("value")))
                .list();
    }

    /** Replaces the agency's curve with the given rules (all grades at once); an empty list returns to the defaults. */
    @Transactional
    public List<DistributionRule> replaceRules(Actor actor, long agencyId, List<DistributionRule> rules) {
        actor.requireAdminister(agencyId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (int i = 0; i < rules.size(); i++) {
            DistributionRule r = rules.get(i);
            if (r.kind() != DistributionRule.Kind.MIN_COUNT && r.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add("rules[" + i + "].value", "evaluation.error.rulePercent");
            }
        }
        problems.throwIfAny();
        List<DistributionRule> before = rules(agencyId);
        jdbc.sql("DELETE FROM distribution_rule WHERE agency_id = :a").param("a", agencyId).update();
        int position = 0;
        for (DistributionRule r : rules) {
            jdbc.sql("""
                    INSERT INTO distribution_rule (agency_id, unit_grade, predikats, kind, value, position)
                    VALUES (:a, :g, :p, :k, :v, :pos)
                    """).param("a", agencyId).param("g", r.grade().name())
                    .param("p", r.predikats().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .param("k", r.kind().name()).param("v", r.value()).param("pos", ++position).update();
        }
        audit.record(actor, agencyId, "evaluation.curve", "distribution_rule", agencyId, "curve", before, rules);
        return rules(agencyId);
    }

    /** Credit point percentage per predikat in force for the agency. */
    @Transactional(readOnly = true)
    public Map<Predikat, BigDecimal> creditPercentages(long agencyId) {
        Map<Predikat, BigDecimal> m = new EnumMap<>(Predikat.class);
        jdbc.sql("SELECT predikat, percent FROM credit_percentage WHERE agency_id IS NULL OR agency_id = :a ORDER BY agency_id NULLS FIRST")
                .param("a", agencyId).query((rs, n) -> Map.entry(Predikat.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
                .list().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** Annual credit point coefficient per JF level in force for the agency. */
    @Transactional(readOnly = true)
    public Map<JfLevel, BigDecimal> creditCoefficients(long agencyId) {
        Map<JfLevel, BigDecimal> m = new EnumMap<>(JfLevel.class);
        jdbc.sql("SELECT jf_level, coefficient FROM credit_coefficient WHERE agency_id IS NULL OR agency_id = :a ORDER BY agency_id NULLS FIRST")
                .param("a", agencyId).query((rs, n) -> Map.entry(JfLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
                .list().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** Sets the agency's own credit percentage or coefficient values (those not given keep the default). */
    @Transactional
    public void updateCredit(Actor actor, long agencyId, Map<Predikat, BigDecimal> percentages, Map<JfLevel, BigDecimal> coefficients) {
        actor.requireAdminister(agencyId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        percentages.forEach((p, v) -> {
            if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.add("percent." + p.name(), "evaluation.error.creditPercent");
            }
        });
        coefficients.forEach((l, v) -> {
            if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.add("coefficient." + l.name(), "evaluation.error.creditCoefficient");
            }
        });
        problems.throwIfAny();
        Object before = List.of(creditPercentages(agencyId), creditCoefficients(agencyId));
        percentages.forEach((p, v) -> jdbc.sql("""
                INSERT INTO credit_percentage (agency_id, predikat, percent) VALUES (:a, :p, :v)
                ON CONFLICT (COALESCE(agency_id, 0), predikat) DO UPDATE SET percent = excluded.percent
                """).param("a", agencyId).param("p", p.name()).param("v", v).update());
        coefficients.forEach((l, v) -> jdbc.sql("""
                INSERT INTO credit_coefficient (agency_id, jf_level, coefficient) VALUES (:a, :l, :v)
                ON CONFLICT (COALESCE(agency_id, 0), jf_level) DO UPDATE SET coefficient = excluded.coefficient
                """).param("a", agencyId).param("l", l.name()).param("v", v).update());
        audit.record(actor, agencyId, "evaluation.credit", "credit_coefficient", agencyId, "credit", before,
                List.of(creditPercentages(agencyId), creditCoefficients(agencyId)));
    }
}
