package id.capaian.planning;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Annual performance periods: opened and closed by the agency's administrators. */
@Service
@Transactional
public class PeriodManagement {

    static final RowMapper<Period> ROW = (rs, n) -> period(rs, "");

    /** A period from a row whose period columns are named {@code prefix} + the column (another table's query). */
    static Period period(ResultSet rs, String prefix) throws SQLException {
        return new Period(rs.getLong(prefix + "id"), rs.getLong(prefix + "agency_id"), rs.getInt(prefix + "year"),
                SubPeriodScheme.valueOf(rs.getString(prefix + "scheme")), rs.getObject(prefix + "plan_deadline", LocalDate.class),
                PeriodStatus.valueOf(rs.getString(prefix + "status")), rs.getInt(prefix + "version"));
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PeriodManagement(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Period> list(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql("SELECT * FROM performance_period WHERE agency_id = :agency ORDER BY year DESC")
                .param("agency", agencyId).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Period get(Actor actor, long agencyId, long periodId) {
        actor.requireRead(agencyId);
        return find(agencyId, periodId).orElseThrow(() -> new NotFoundException("period", periodId));
    }

    /**
     * The open period of the latest year, if any: what most pages show by default. One statement, so it needs no
     * transaction of its own (it joins the caller's, if there is one).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Period> current(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql("SELECT * FROM performance_period WHERE agency_id = :agency ORDER BY (status = 'OPEN') DESC, year DESC LIMIT 1")
                .param("agency", agencyId).query(ROW).optional();
    }

    Optional<Period> find(long agencyId, long periodId) {
        return jdbc.sql("SELECT * FROM performance_period WHERE id = :id AND agency_id = :agency")
                .param("id", periodId).param("agency", agencyId).query(ROW).optional();
    }

    public Period open(Actor actor, long agencyId, PeriodForm form) {
        actor.requireAdminister(agencyId);
        var problems = new InvalidInputException.Collector();
        if (form.getYear() == null) {
            problems.add("year", "validation.required");
        } else if (form.getYear() < 2000 || form.getYear() > 2100) {
            problems.add("year", "validation.range", 2000, 2100);
        } else if (jdbc.sql("SELECT count(*) FROM performance_period WHERE agency_id = :agency AND year = :year")
                .param("agency", agencyId).param("year", form.getYear()).query(Long.class).single() > 0) {
            problems.add("year", "period.error.exists", String.valueOf(form.getYear()));
        }
        if (form.getScheme() == null) {
            problems.add("scheme", "validation.required");
        }
        LocalDate deadline = form.getPlanDeadline();
        if (deadline == null && form.getYear() != null) {
            deadline = Period.defaultDeadline(form.getYear());
        }
        if (deadline != null && form.getYear() != null && deadline.getYear() != form.getYear()) {
            problems.add("planDeadline", "period.error.deadlineYear", String.valueOf(form.getYear()));
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO performance_period (agency_id, year, scheme, plan_deadline, opened_by)
                VALUES (:agency, :year, :scheme, :deadline, :by) RETURNING id
                """).param("agency", agencyId).param("year", form.getYear()).param("scheme", form.getScheme().name())
                .param("deadline", deadline).param("by", actor.username()).query(Long.class).single();
        Period period = find(agencyId, id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "period", id, String.valueOf(period.year()), null, period);
        return period;
    }

    /** Closes a period: from then on its plans, agreements and realisations are read-only. */
    public Period close(Actor actor, long agencyId, long periodId) {
        actor.requireAdminister(agencyId);
        Period before = get(actor, agencyId, periodId);
        if (!before.open()) {
            throw InvalidInputException.of("status", "period.error.closed");
        }
        jdbc.sql("UPDATE performance_period SET status = 'CLOSED', closed_at = now(), version = version + 1 WHERE id = :id")
                .param("id", periodId).update();
        Period after = find(agencyId, periodId).orElseThrow();
        audit.record(actor, agencyId, "CLOSE", "period", periodId, String.valueOf(after.year()), before, after);
        return after;
    }

    /** Refuses any change to a closed period. */
    public Period requireOpen(long agencyId, long periodId) {
        Period period = find(agencyId, periodId).orElseThrow(() -> new NotFoundException("period", periodId));
        if (!period.open()) {
            throw InvalidInputException.of("period", "period.error.closed");
        }
        return period;
    }
}
