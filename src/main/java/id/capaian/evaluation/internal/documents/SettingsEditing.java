package id.capaian.evaluation.internal.documents;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.UnitGrade;
import id.capaian.organisation.JfLevel;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the settings pages need beyond {@link EvaluationSettings}: which values are the agency's own and which the
 * national defaults, and changes of the curve and the credit tables guarded by a fingerprint of what the editor
 * saw (those tables have no version column), taken under a per-agency lock so two editors cannot both win.
 */
@Component
public class SettingsEditing {

    /** The national defaults and which values the agency has of its own. */
    public record Origins(boolean ownRules, List<DistributionRule> nationalRules, Map<Predikat, BigDecimal> nationalPercent,
            Set<Predikat> ownPercent, Map<JfLevel, BigDecimal> nationalCoefficient, Set<JfLevel> ownCoefficient) {
    }

    private final JdbcClient jdbc;
    private final EvaluationSettings settings;
    private final AuditTrail audit;

    SettingsEditing(JdbcClient jdbc, EvaluationSettings settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Origins origins(long agencyId) {
        boolean ownRules = jdbc.sql("SELECT count(*) FROM distribution_rule WHERE agency_id = :a").param("a", agencyId)
                .query(Long.class).single() > 0;
        List<DistributionRule> national = jdbc.sql("SELECT * FROM distribution_rule WHERE agency_id IS NULL ORDER BY position, id")
                .query((rs, n) -> new DistributionRule(UnitGrade.valueOf(rs.getString("unit_grade")),
                        Arrays.stream(rs.getString("predikats").split(",")).map(String::trim).map(Predikat::valueOf)
                                .collect(Collectors.toSet()),
                        DistributionRule.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("value")))
                .list();
        Map<Predikat, BigDecimal> nationalPercent = new EnumMap<>(Predikat.class);
        Set<Predikat> ownPercent = EnumSet.noneOf(Predikat.class);
        jdbc.sql("SELECT agency_id, predikat, percent FROM credit_percentage WHERE agency_id IS NULL OR agency_id = :a")
                .param("a", agencyId).query(rs -> {
                    Predikat p = Predikat.valueOf(rs.getString(2));
                    if (rs.getObject(1) == null) {
                        nationalPercent.put(p, rs.getBigDecimal(3));
                    } else {
                        ownPercent.add(p);
                    }
                });
        Map<JfLevel, BigDecimal> nationalCoefficient = new EnumMap<>(JfLevel.class);
        Set<JfLevel> ownCoefficient = EnumSet.noneOf(JfLevel.class);
        jdbc.sql("SELECT agency_id, jf_level, coefficient FROM credit_coefficient WHERE agency_id IS NULL OR agency_id = :a")
                .param("a", agencyId).query(rs -> {
                    JfLevel l = JfLevel.valueOf(rs.getString(2));
                    if (rs.getObject(1) == null) {
                        nationalCoefficient.put(l, rs.getBigDecimal(3));
                    } else {
                        ownCoefficient.add(l);
                    }
                });
        return new Origins(ownRules, sorted(national), nationalPercent, ownPercent, nationalCoefficient, ownCoefficient);
    }

    /** The rules grade by grade (in the order of {@link UnitGrade}), keeping their order within a grade. */
    public static List<DistributionRule> sorted(List<DistributionRule> rules) {
        return rules.stream().sorted(Comparator.comparing(DistributionRule::grade)).toList();
    }

    /** A short fingerprint of the curve in force, for the editor to send back. */
    public static String fingerprint(List<DistributionRule> rules) {
        return DocumentQueue.sha256(sorted(rules).stream()
                .map(r -> r.grade() + ":" + r.kind() + ":" + r.predikats().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                        + ":" + r.value().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** A short fingerprint of the credit tables in force. */
    public static String fingerprint(Map<Predikat, BigDecimal> percent, Map<JfLevel, BigDecimal> coefficient) {
        StringBuilder sb = new StringBuilder();
        percent.forEach((k, v) -> sb.append(k).append('=').append(v.stripTrailingZeros().toPlainString()).append(';'));
        coefficient.forEach((k, v) -> sb.append(k).append('=').append(v.stripTrailingZeros().toPlainString()).append(';'));
        return DocumentQueue.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Replaces the agency's curve (an empty list: back to the national defaults) if it is still what the editor saw. */
    @Transactional
    public List<DistributionRule> replaceRules(Actor actor, long agencyId, String seen, List<DistributionRule> rules) {
        actor.requireAdminister(agencyId);
        lock(agencyId);
        if (!fingerprint(settings.rules(agencyId)).equals(seen)) {
            throw new ConcurrentChangeException("distributionRule", agencyId);
        }
        return settings.replaceRules(actor, agencyId, rules);
    }

    /**
     * Sets the credit values that differ from those in force, if the tables are still what the editor saw; a value
     * equal to the one in force changes nothing (a national default stays the national default).
     */
    @Transactional
    public void updateCredit(Actor actor, long agencyId, String seen, Map<Predikat, BigDecimal> percent,
            Map<JfLevel, BigDecimal> coefficient) {
        actor.requireAdminister(agencyId);
        lock(agencyId);
        Map<Predikat, BigDecimal> nowPercent = settings.creditPercentages(agencyId);
        Map<JfLevel, BigDecimal> nowCoefficient = settings.creditCoefficients(agencyId);
        if (!fingerprint(nowPercent, nowCoefficient).equals(seen)) {
            throw new ConcurrentChangeException("creditTable", agencyId);
        }
        Map<Predikat, BigDecimal> changedPercent = new LinkedHashMap<>();
        percent.forEach((k, v) -> {
            if (v == null || !same(v, nowPercent.get(k))) {
                changedPercent.put(k, v);
            }
        });
        Map<JfLevel, BigDecimal> changedCoefficient = new LinkedHashMap<>();
        coefficient.forEach((k, v) -> {
            if (v == null || !same(v, nowCoefficient.get(k))) {
                changedCoefficient.put(k, v);
            }
        });
        if (!changedPercent.isEmpty() || !changedCoefficient.isEmpty()) {
            settings.updateCredit(actor, agencyId, changedPercent, changedCoefficient);
        }
    }

    /** Removes the agency's own credit values: the national defaults apply again. */
    @Transactional
    public void resetCredit(Actor actor, long agencyId, String seen) {
        actor.requireAdminister(agencyId);
        lock(agencyId);
        Map<Predikat, BigDecimal> nowPercent = settings.creditPercentages(agencyId);
        Map<JfLevel, BigDecimal> nowCoefficient = settings.creditCoefficients(agencyId);
        if (!fingerprint(nowPercent, nowCoefficient).equals(seen)) {
            throw new ConcurrentChangeException("creditTable", agencyId);
        }
        int n = jdbc.sql("DELETE FROM credit_percentage WHERE agency_id = :a").param("a", agencyId).update()
                + jdbc.sql("DELETE FROM credit_coefficient WHERE agency_id = :a").param("a", agencyId).update();
        if (n > 0) {
            audit.record(actor, agencyId, "evaluation.credit.reset", "credit_coefficient", agencyId, "credit: national defaults",
                    List.of(nowPercent, nowCoefficient),
                    List.of(settings.creditPercentages(agencyId), settings.creditCoefficients(agencyId)));
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return b != null && a.compareTo(b) == 0;
    }

    private void lock(long agencyId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "evaluation-settings:" + agencyId)
                .query(Integer.class).single();
    }
}
