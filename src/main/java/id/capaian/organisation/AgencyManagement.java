package id.capaian.organisation;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies: national administrators create and edit them; every agency's own people can read theirs. */
@Service
@Transactional
public class AgencyManagement {

    static final RowMapper<Agency> ROW = (rs, n) -> new Agency(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AgencyManagement(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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

    @Transactional(readOnly = true)
    public Agency get(Actor actor, long id) {
        if (!actor.canRead(id)) {
            throw new NotFoundException("agency", id);
        }
        return find(id).orElseThrow(() -> new NotFoundException("agency", id));
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
        Agency before = get(actor, id);
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
        Agency before = get(actor, id);
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
