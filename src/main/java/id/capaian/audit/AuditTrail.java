package id.capaian.audit;

import id.capaian.platform.Actor;
import id.capaian.platform.PageResult;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records every change to organisation data and accounts in the caller's transaction, so that a change and
 * its record are stored together or not at all. The table refuses updates and deletes.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private JdbcTemplate batch;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param action CREATE, UPDATE, DEACTIVATE, ACTIVATE, MOVE, IMPORT, RESET_PASSWORD, ...
     * @param before the state before (any object, serialised as JSON), or null
     * @param after the state after, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, Long agencyId, String action, String entityType, Long entityId, String summary,
            Object before, Object after) {
        jdbc.sql("""
                INSERT INTO audit_event (agency_id, actor, action, entity_type, entity_id, summary, before_state, after_state)
                VALUES (:agency, :actor, :action, :type, :entity, :summary, CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("agency", agencyId)
                .param("actor", actor.username())
                .param("action", action)
                .param("type", entityType)
                .param("entity", entityId)
                .param("summary", summary == null ? null : abbreviate(summary))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** One change among many recorded together by {@link #recordAll}; the arguments of {@link #record}. */
    public record Change(String action, String entityType, Long entityId, String summary, Object before,
            Object after) {
    }

    /** For {@link #recordAll}: the same connection and transaction as {@code jdbc}, able to send batches. */
    @Autowired
    void useBatchTemplate(JdbcTemplate batch) {
        this.batch = batch;
    }

    /**
     * Records many changes by one actor at once (imports, bulk operations) with JDBC batches, in the caller's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Actor actor, Long agencyId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        if (batch == null) {
            changes.forEach(c -> record(actor, agencyId, c.action(), c.entityType(), c.entityId(), c.summary(),
                    c.before(), c.after()));
            return;
        }
        String sql = """
                INSERT INTO audit_event (agency_id, actor, action, entity_type, entity_id, summary, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))
                """;
        int[] types = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR};
        int chunk = 1000;
        for (int from = 0; from < changes.size(); from += chunk) {
            List<Object[]> rows = new ArrayList<>(chunk);
            for (Change c : changes.subList(from, Math.min(changes.size(), from + chunk))) {
                rows.add(new Object[] {agencyId, actor.username(), c.action(), c.entityType(), c.entityId(),
                        c.summary() == null ? null : abbreviate(c.summary()), toJson(c.before()), toJson(c.after())});
            }
            batch.batchUpdate(sql, rows, types);
        }
    }

    /** The trail of one agency (or of everything, for a national administrator passing null), newest first. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> find(Actor actor, Long agencyId, String entityType, int page, int size) {
        if (agencyId == null) {
            actor.requireNational();
        } else {
            actor.requireAdminister(agencyId);
        }
        String where = " WHERE (CAST(:agency AS bigint) IS NULL OR agency_id = :agency)"
                + " AND (CAST(:type AS varchar) IS NULL OR entity_type = :type)";
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where)
                .param("agency", agencyId).param("type", entityType).query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("""
                SELECT id, agency_id, occurred_at, actor, action, entity_type, entity_id, summary,
                       before_state::text AS before_state, after_state::text AS after_state
                FROM audit_event""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("agency", agencyId).param("type", entityType)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("agency_id"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("entity_type"), (Long) rs.getObject("entity_id"), rs.getString("summary"),
                        rs.getString("before_state"), rs.getString("after_state")))
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
