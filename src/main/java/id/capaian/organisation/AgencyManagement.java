package id.capaian.organisation;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Agencies: national administrators create and edit them; every agency's own people can read theirs. */
@Service
@Transactional
public class AgencyManagement {

    static final RowMapper<Agency> ROW = (rs, n) -> new Agency(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    /**
     * Every page under {@code /agencies/{id}} shows its agency, and agencies hardly ever change: each is read at most
     * once per {@code capaian.agency.cache-ttl} (30 s) and forgotten at once when changed here. Another node shows a
     * change within that time.
     */
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final long ttlNanos;

    private record Cached(Agency agency, long readAt) {
    }

    AgencyManagement(JdbcClient jdbc, AuditTrail audit, @Value("${capaian.agency.cache-ttl:30s}") Duration ttl) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.ttlNanos = ttl.toNanos();
    }

    /** The agencies the actor may see: all for national administrators, their own for everyone else. */
    @Transactional(readOnly = true)
    public List<Agency> list(Actor actor, String query) {
        String q = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
        return jdbc.sql("""
                SELECT * FROM agency
                WHERE (:national OR id = :own)
                  AND (CAST(:q AS varchar) IS NULL OR lower(name) LIKE :q OR lower(code) LIKE :q)
                ORDER BY active DESC, name
                """)
                .param("national", actor.isNational()).param("own", actor.agencyId()).param("q", q)
                .query(ROW).list();
    }

    /** The agency, for those who may read it: from the cache when read lately, else in one statement without a transaction. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Agency get(Actor actor, long id) {
        if (!actor.canRead(id)) {
            throw new NotFoundException("agency", id);
        }
        Cached c = cache.get(id);
        if (c != null && System.nanoTime() - c.readAt() < ttlNanos) {
            return c.agency();
        }
        long readAt = System.nanoTime();
        Agency agency = find(id).orElseThrow(() -> new NotFoundException("agency", id));
        cache.put(id, new Cached(agency, readAt));
        return agency;
    }

    /** Forgets an agency changed in this transaction, now and again when it commits (a read in between saw the old row). */
    private void forget(long id) {
        cache.remove(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(id);
                }
            });
        }
    }

    @Transactional(readOnly = true)
    public Optional<Agency> findByCode(String code) {
        return jdbc.sql("SELECT * FROM agency WHERE code = :code").param("code", code).query(ROW).optional();
    }

    Optional<Agency> find(long id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public Agency create(Actor actor, AgencyForm form) {
        actor.requireNational();
        validate(form, null);
        long id = jdbc.sql("INSERT INTO agency (code, name, kind) VALUES (:code, :name, :kind) RETURNING id")
                .param("code", form.getCode().trim()).param("name", form.getName().trim())
                .param("kind", form.getKind().name()).query(Long.class).single();
        Agency created = find(id).orElseThrow();
        audit.record(actor, id, "CREATE", "agency", id, created.name(), null, created);
        return created;
    }

    public Agency update(Actor actor, long id, AgencyForm form) {
        actor.requireNational();
        Agency before = find(id).orElseThrow(() -> new NotFoundException("agency", id));
        forget(id);
        validate(form, id);
        int updated = jdbc.sql("""
                UPDATE agency SET code = :code, name = :name, kind = :kind, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("code", form.getCode().trim()).param("name", form.getName().trim())
                .param("kind", form.getKind().name()).param("id", id)
                .param("version", form.getVersion() == null ? before.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("agency", id);
        }
        Agency after = find(id).orElseThrow();
        audit.record(actor, id, "UPDATE", "agency", id, after.name(), before, after);
        return after;
    }

    public Agency setActive(Actor actor, long id, boolean active) {
        actor.requireNational();
        Agency before = find(id).orElseThrow(() -> new NotFoundException("agency", id));
        forget(id);
        jdbc.sql("UPDATE agency SET active = :active, version = version + 1 WHERE id = :id")
                .param("active", active).param("id", id).update();
        Agency after = find(id).orElseThrow();
        audit.record(actor, id, active ? "ACTIVATE" : "DEACTIVATE", "agency", id, after.name(), before, after);
        return after;
    }

    private void validate(AgencyForm form, Long id) {
        var problems = new InvalidInputException.Collector();
        if (isBlank(form.getCode())) {
            problems.add("code", "validation.required");
        } else if (!form.getCode().trim().matches("[A-Za-z0-9._-]{2,20}")) {
            problems.add("code", "validation.code");
        } else if (jdbc.sql("SELECT count(*) FROM agency WHERE code = :code AND id <> :id")
                .param("code", form.getCode().trim()).param("id", id == null ? -1 : id).query(Long.class).single() > 0) {
            problems.add("code", "validation.duplicateCode", form.getCode().trim());
        }
        if (isBlank(form.getName())) {
            problems.add("name", "validation.required");
        } else if (form.getName().trim().length() > 200) {
            problems.add("name", "validation.tooLong", 200);
        }
        if (form.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        problems.throwIfAny();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
