package id.capaian.development;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's development settings (the yearly JP target): everyone of the agency reads them, its administrators
 * change them. An agency without a row of its own has the defaults.
 */
@Service
@Transactional
public class DevelopmentSettings {

    public static final int MAX_JP_TARGET = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DevelopmentSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public DevelopmentSetting get(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return find(jdbc, agencyId);
    }

    /** The setting without an access check, for the module's own services (one statement). */
    static DevelopmentSetting find(JdbcClient jdbc, long agencyId) {
        return jdbc.sql("SELECT agency_id, jp_target, version FROM development_setting WHERE agency_id = :a")
                .param("a", agencyId)
                .query((rs, n) -> new DevelopmentSetting(rs.getLong(1), rs.getInt(2), rs.getInt(3))).optional()
                .orElse(new DevelopmentSetting(agencyId, DevelopmentSetting.DEFAULT_JP_TARGET, 0));
    }

    /**
     * Sets the yearly JP target (0-200); {@code version} is the one the administrator saw (0 while the agency has the
     * defaults: its first own row starts at 1, so that a form opened on the defaults cannot overwrite it).
     */
    public DevelopmentSetting setJpTarget(Actor actor, long agencyId, Integer target, int version) {
        actor.requireAdminister(agencyId);
        if (target == null) {
            throw InvalidInputException.of("jpTarget", "validation.required");
        }
        if (target < 0 || target > MAX_JP_TARGET) {
            throw InvalidInputException.of("jpTarget", "validation.range", 0, MAX_JP_TARGET);
        }
        DevelopmentSetting before = find(jdbc, agencyId);
        int changed = jdbc.sql("""
                INSERT INTO development_setting (agency_id, jp_target, version) VALUES (:a, :t, 1)
                ON CONFLICT (agency_id) DO UPDATE SET jp_target = :t, version = development_setting.version + 1
                WHERE development_setting.version = :v
                """).param("a", agencyId).param("t", target).param("v", version).update();
        if (changed == 0) {
            throw new ConcurrentChangeException("development_setting", agencyId);
        }
        DevelopmentSetting after = find(jdbc, agencyId);
        audit.record(actor, agencyId, "UPDATE", "development_setting", agencyId, "JP target " + target, before, after);
        return after;
    }
}
