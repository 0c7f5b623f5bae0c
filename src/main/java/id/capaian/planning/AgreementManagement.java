package id.capaian.planning;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unit performance agreements (Perjanjian Kinerja) and their key indicators (IKU). A unit's head or the agency's
 * administrators draft them; the head signs. A signed agreement changes only after an administrator reopens it.
 */
@Service
@Transactional
public class AgreementManagement {

    static final RowMapper<UnitIndicator> IKU = (rs, n) -> new UnitIndicator(rs.getLong("id"), rs.getLong("agreement_id"),
            rs.getLong("unit_id"), rs.getString("goal"), rs.getString("name"), rs.getBigDecimal("target_value"),
            rs.getString("target_unit"), Direction.valueOf(rs.getString("direction")), rs.getInt("ordinal"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodManagement periods;
    private final UnitManagement units;

    AgreementManagement(JdbcClient jdbc, AuditTrail audit, PeriodManagement periods, UnitManagement units) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.periods = periods;
        this.units = units;
    }

    /** Every agreement of the period with its indicators (two queries). */
    @Transactional(readOnly = true)
    public List<UnitAgreement> list(Actor actor, long agencyId, long periodId) {
        periods.get(actor, agencyId, periodId);
        return load("a.agency_id = :agency AND a.period_id = :period", Map.of("agency", agencyId, "period", periodId));
    }

    @Transactional(readOnly = true)
    public Optional<UnitAgreement> forUnit(Actor actor, long agencyId, long periodId, long unitId) {
        periods.get(actor, agencyId, periodId);
        return load("a.agency_id = :agency AND a.period_id = :period AND a.unit_id = :unit",
                Map.of("agency", agencyId, "period", periodId, "unit", unitId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public UnitAgreement get(Actor actor, long agencyId, long agreementId) {
        actor.requireRead(agencyId);
        return load("a.agency_id = :agency AND a.id = :id", Map.of("agency", agencyId, "id", agreementId)).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("agreement", agreementId));
    }

    /** The IKU of these units in the period, for linking the RHK of their heads. */
    @Transactional(readOnly = true)
    public List<UnitIndicator> indicatorsOfUnits(long agencyId, long periodId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT i.*, a.unit_id FROM unit_indicator i JOIN unit_agreement a ON a.id = i.agreement_id
                WHERE a.agency_id = :agency AND a.period_id = :period AND a.unit_id IN (:units)
                ORDER BY a.unit_id, i.ordinal, i.id
                """).param("agency", agencyId).param("period", periodId).param("units", unitIds).query(IKU).list();
    }

    /** Whether the actor may draft this unit's agreement: its head, or an administrator of the agency. */
    public boolean canEdit(Actor actor, long agencyId, long unitId) {
        if (actor.canAdminister(agencyId)) {
            return true;
        }
        if (actor.employeeId() == null || !actor.canRead(agencyId)) {
            return false;
        }
        Unit unit = units.get(actor, agencyId, unitId);
        return actor.employeeId().equals(unit.headEmployeeId());
    }

    /** The agreement of a unit for the period, created as a draft on first use. */
    public UnitAgreement open(Actor actor, long agencyId, long periodId, long unitId) {
        requireEdit(actor, agencyId, unitId);
        periods.requireOpen(agencyId, periodId);
        units.get(actor, agencyId, unitId);
        jdbc.sql("""
                INSERT INTO unit_agreement (agency_id, period_id, unit_id) VALUES (:agency, :period, :unit)
                ON CONFLICT (period_id, unit_id) DO NOTHING
                """).param("agency", agencyId).param("period", periodId).param("unit", unitId).update();
        return forUnit(actor, agencyId, periodId, unitId).orElseThrow();
    }

    public UnitIndicator addIndicator(Actor actor, long agencyId, long agreementId, UnitIndicatorForm form) {
        UnitAgreement agreement = editable(actor, agencyId, agreementId);
        validate(form);
        int ordinal = agreement.indicators().size() + 1;
        long id = jdbc.sql("""
                INSERT INTO unit_indicator (agency_id, agreement_id, goal, name, target_value, target_unit, direction, ordinal)
                VALUES (:agency, :agreement, :goal, :name, :value, :unit, :direction, :ordinal) RETURNING id
                """).param("agency", agencyId).param("agreement", agreementId).param("goal", form.getGoal().trim())
                .param("name", form.getName().trim()).param("value", form.getTargetValue())
                .param("unit", trim(form.getTargetUnit())).param("direction", form.getDirection().name())
                .param("ordinal", ordinal).query(Long.class).single();
        UnitIndicator created = indicator(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "unit_indicator", id, created.name(), null, created);
        return created;
    }

    /** Changes an IKU; the RHK that contribute to it are flagged for their owners to look at again. */
    public UnitIndicator updateIndicator(Actor actor, long agencyId, long indicatorId, UnitIndicatorForm form) {
        UnitIndicator before = indicator(agencyId, indicatorId);
        editable(actor, agencyId, before.agreementId());
        validate(form);
        jdbc.sql("""
                UPDATE unit_indicator SET goal = :goal, name = :name, target_value = :value, target_unit = :unit,
                       direction = :direction WHERE id = :id
                """).param("goal", form.getGoal().trim()).param("name", form.getName().trim())
                .param("value", form.getTargetValue()).param("unit", trim(form.getTargetUnit()))
                .param("direction", form.getDirection().name()).param("id", indicatorId).update();
        jdbc.sql("UPDATE planned_result SET parent_changed = TRUE WHERE unit_indicator_id = :id").param("id", indicatorId).update();
        UnitIndicator after = indicator(agencyId, indicatorId);
        audit.record(actor, agencyId, "UPDATE", "unit_indicator", indicatorId, after.name(), before, after);
        return after;
    }

    public void removeIndicator(Actor actor, long agencyId, long indicatorId) {
        UnitIndicator before = indicator(agencyId, indicatorId);
        editable(actor, agencyId, before.agreementId());
        jdbc.sql("UPDATE planned_result SET parent_changed = TRUE, unit_indicator_id = NULL WHERE unit_indicator_id = :id")
                .param("id", indicatorId).update();
        jdbc.sql("DELETE FROM unit_indicator WHERE id = :id").param("id", indicatorId).update();
        audit.record(actor, agencyId, "DELETE", "unit_indicator", indicatorId, before.name(), before, null);
    }

    /** The unit's head (or an administrator on their behalf) signs; at least one IKU is needed. */
    public UnitAgreement sign(Actor actor, long agencyId, long agreementId) {
        UnitAgreement before = editable(actor, agencyId, agreementId);
        if (before.indicators().isEmpty()) {
            throw InvalidInputException.of("indicators", "agreement.error.noIndicator");
        }
        Long head = units.get(actor, agencyId, before.unitId()).headEmployeeId();
        jdbc.sql("UPDATE unit_agreement SET status = 'SIGNED', signed_by = :head, signed_at = :at, version = version + 1 WHERE id = :id")
                .param("head", head).param("at", Timestamp.from(java.time.Instant.now())).param("id", agreementId).update();
        UnitAgreement after = get(actor, agencyId, agreementId);
        audit.record(actor, agencyId, "SIGN", "agreement", agreementId, after.unitName(), summary(before), summary(after));
        return after;
    }

    /** An administrator reopens a signed agreement for changes. */
    public UnitAgreement reopen(Actor actor, long agencyId, long agreementId) {
        actor.requireAdminister(agencyId);
        UnitAgreement before = get(actor, agencyId, agreementId);
        periods.requireOpen(agencyId, before.periodId());
        jdbc.sql("UPDATE unit_agreement SET status = 'DRAFT', signed_by = NULL, signed_at = NULL, version = version + 1 WHERE id = :id")
                .param("id", agreementId).update();
        UnitAgreement after = get(actor, agencyId, agreementId);
        audit.record(actor, agencyId, "REOPEN", "agreement", agreementId, after.unitName(), summary(before), summary(after));
        return after;
    }

    private UnitAgreement editable(Actor actor, long agencyId, long agreementId) {
        UnitAgreement agreement = get(actor, agencyId, agreementId);
        requireEdit(actor, agencyId, agreement.unitId());
        periods.requireOpen(agencyId, agreement.periodId());
        if (agreement.signed()) {
            throw InvalidInputException.of("status", "agreement.error.signed");
        }
        return agreement;
    }

    private void requireEdit(Actor actor, long agencyId, long unitId) {
        if (!canEdit(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private UnitIndicator indicator(long agencyId, long id) {
        return jdbc.sql("""
                SELECT i.*, a.unit_id FROM unit_indicator i JOIN unit_agreement a ON a.id = i.agreement_id
                WHERE i.id = :id AND i.agency_id = :agency
                """).param("id", id).param("agency", agencyId).query(IKU).optional()
                .orElseThrow(() -> new NotFoundException("unit_indicator", id));
    }

    private static void validate(UnitIndicatorForm form) {
        var problems = new InvalidInputException.Collector();
        requireText(problems, "goal", form.getGoal(), 500);
        requireText(problems, "name", form.getName(), 500);
        if (form.getTargetValue() == null) {
            problems.add("targetValue", "validation.required");
        }
        if (form.getTargetUnit() != null && form.getTargetUnit().length() > 50) {
            problems.add("targetUnit", "validation.tooLong", 50);
        }
        if (form.getDirection() == null) {
            problems.add("direction", "validation.required");
        }
        problems.throwIfAny();
    }

    static void requireText(InvalidInputException.Collector problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
        } else if (value.trim().length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> summary(UnitAgreement a) {
        return Map.of("status", a.status(), "indicators", a.indicators().size());
    }

    private List<UnitAgreement> load(String where, Map<String, Object> params) {
        var rows = jdbc.sql("""
                SELECT a.*, u.name AS unit_name, e.name AS signed_name FROM unit_agreement a
                JOIN org_unit u ON u.id = a.unit_id LEFT JOIN employee e ON e.id = a.signed_by
                WHERE """ + " " + where + " ORDER BY u.code, u.name").params(params)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("period_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("status"),
                        rs.getObject("signed_by"), rs.getString("signed_name"), rs.getTimestamp("signed_at"),
                        rs.getInt("version")})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<UnitIndicator>> indicators = new HashMap<>();
        jdbc.sql("""
                SELECT i.*, a.unit_id FROM unit_indicator i JOIN unit_agreement a ON a.id = i.agreement_id
                WHERE i.agreement_id IN (:ids) ORDER BY i.ordinal, i.id
                """).param("ids", rows.stream().map(r -> (Long) r[0]).toList()).query(IKU).list()
                .forEach(i -> indicators.computeIfAbsent(i.agreementId(), k -> new ArrayList<>()).add(i));
        return rows.stream().map(r -> new UnitAgreement((Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (String) r[4],
                (String) r[5], (Long) r[6], (String) r[7], r[8] == null ? null : ((Timestamp) r[8]).toInstant(), (Integer) r[9],
                List.copyOf(indicators.getOrDefault((Long) r[0], List.of())))).toList();
    }
}
