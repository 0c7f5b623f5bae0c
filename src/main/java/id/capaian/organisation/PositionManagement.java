package id.capaian.organisation;

import static id.capaian.organisation.AgencyManagement.isBlank;

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

/** Positions (jabatan) of an agency. */
@Service
@Transactional
public class PositionManagement {

    static final RowMapper<Position> ROW = (rs, n) -> new Position(rs.getLong("id"), rs.getLong("agency_id"),
            rs.getString("code"), rs.getString("name"), PositionKind.valueOf(rs.getString("kind")),
            rs.getString("jf_level") == null ? null : JfLevel.valueOf(rs.getString("jf_level")),
            (Integer) rs.getObject("class_grade"), rs.getBoolean("active"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PositionManagement(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Position> list(Actor actor, long agencyId, String query, PositionKind kind, boolean includeInactive) {
        actor.requireRead(agencyId);
        String q = isBlank(query) ? null : "%" + query.trim().toLowerCase() + "%";
        return jdbc.sql("""
                SELECT * FROM position
                WHERE agency_id = :agency AND (:all OR active)
                  AND (CAST(:q AS varchar) IS NULL OR lower(name) LIKE :q OR lower(code) LIKE :q)
                  AND (CAST(:kind AS varchar) IS NULL OR kind = :kind)
                ORDER BY kind, name
                """)
                .param("agency", agencyId).param("all", includeInactive).param("q", q)
                .param("kind", kind == null ? null : kind.name()).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Position get(Actor actor, long agencyId, long id) {
        actor.requireRead(agencyId);
        return find(agencyId, id).orElseThrow(() -> new NotFoundException("position", id));
    }

    Optional<Position> find(long agencyId, long id) {
        return jdbc.sql("SELECT * FROM position WHERE id = :id AND agency_id = :agency")
                .param("id", id).param("agency", agencyId).query(ROW).optional();
    }

    public Position create(Actor actor, long agencyId, PositionForm form) {
        actor.requireAdminister(agencyId);
        validate(agencyId, null, form);
        long id = jdbc.sql("""
                INSERT INTO position (agency_id, code, name, kind, jf_level, class_grade)
                VALUES (:agency, :code, :name, :kind, :level, :grade) RETURNING id
                """)
                .param("agency", agencyId).param("code", form.getCode().trim()).param("name", form.getName().trim())
                .param("kind", form.getKind().name())
                .param("level", form.getJfLevel() == null ? null : form.getJfLevel().name())
                .param("grade", form.getClassGrade()).query(Long.class).single();
        Position created = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "position", id, created.name(), null, created);
        return created;
    }

    public Position update(Actor actor, long agencyId, long id, PositionForm form) {
        actor.requireAdminister(agencyId);
        Position before = get(actor, agencyId, id);
        validate(agencyId, id, form);
        int updated = jdbc.sql("""
                UPDATE position SET code = :code, name = :name, kind = :kind, jf_level = :level, class_grade = :grade,
                       version = version + 1
                WHERE id = :id AND agency_id = :agency AND version = :version
                """)
                .param("code", form.getCode().trim()).param("name", form.getName().trim())
                .param("kind", form.getKind().name())
                .param("level", form.getJfLevel() == null ? null : form.getJfLevel().name())
                .param("grade", form.getClassGrade()).param("id", id).param("agency", agencyId)
                .param("version", form.getVersion() == null ? before.version() : form.getVersion()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("position", id);
        }
        Position after = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "UPDATE", "position", id, after.name(), before, after);
        return after;
    }

    public Position setActive(Actor actor, long agencyId, long id, boolean active) {
        actor.requireAdminister(agencyId);
        Position before = get(actor, agencyId, id);
        if (!active) {
            long holders = jdbc.sql("SELECT count(*) FROM employee WHERE position_id = :id AND active")
                    .param("id", id).query(Long.class).single();
            if (holders > 0) {
                throw InvalidInputException.of("active", "position.error.hasHolders", holders);
            }
        }
        jdbc.sql("UPDATE position SET active = :active, version = version + 1 WHERE id = :id")
                .param("active", active).param("id", id).update();
        Position after = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, active ? "ACTIVATE" : "DEACTIVATE", "position", id, after.name(), before, after);
        return after;
    }

    private void validate(long agencyId, Long id, PositionForm form) {
        var problems = new InvalidInputException.Collector();
        CodeAndName.check(problems, jdbc, "position", agencyId, id, form.getCode(), form.getName());
        if (form.getKind() == null) {
            problems.add("kind", "validation.required");
        } else if (form.getKind().isFunctional() && form.getJfLevel() == null) {
            problems.add("jfLevel", "position.error.levelRequired");
        } else if (!form.getKind().isFunctional() && form.getJfLevel() != null) {
            problems.add("jfLevel", "position.error.levelOnlyForJf");
        }
        if (form.getClassGrade() != null && (form.getClassGrade() < 1 || form.getClassGrade() > 17)) {
            problems.add("classGrade", "validation.range", 1, 17);
        }
        problems.throwIfAny();
    }
}
