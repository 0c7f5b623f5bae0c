package id.capaian.tracking.api;

import id.capaian.identity.ApiToken;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.RealisationSheet;
import id.capaian.tracking.RealisationSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes from other systems and reading realisations back, with the token's scope checked here (the realisation
 * service checks the plan, its approval and the entry window). A push is idempotent per token and client key: the
 * key is claimed by inserting its row into {@code realisation_push} in the same transaction as the realisation, so a
 * retry, even one racing the first attempt, waits for it and then finds the key taken; if the first attempt failed,
 * its claim was rolled back with it and the retry is a new push.
 */
@Service
@Transactional
class RealisationPushes {

    static final int MAX_KEY = 100;
    static final int MAX_LABEL = 120;

    private final RealisationManagement realisations;
    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final EmployeeManagement employees;
    private final UnitManagement units;
    private final ApiTokenManagement tokens;
    private final JdbcClient jdbc;

    RealisationPushes(RealisationManagement realisations, PlanManagement plans, PeriodManagement periods,
            EmployeeManagement employees, UnitManagement units, ApiTokenManagement tokens, JdbcClient jdbc) {
        this.realisations = realisations;
        this.plans = plans;
        this.periods = periods;
        this.employees = employees;
        this.units = units;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** The outcome of a push: whether it answers a retry, and what it stored. */
    record Outcome(boolean replay, PushResponse response) {
    }

    /** The same client key came with other content: the first push stands. */
    static final class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("client key reused with other content");
        }
    }

    Outcome push(Actor actor, long agencyId, RealisationPushRequest request) {
        ApiToken token = tokens.tokenOf(actor).orElseThrow(() -> new AccessDeniedException("tracking.api.error.tokenOnly"));
        if (token.agencyId() == null ? token.role() != Role.NATIONAL_ADMIN : token.agencyId() != agencyId) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (token.role() != Role.AGENCY_ADMIN && token.role() != Role.NATIONAL_ADMIN) {
            throw new AccessDeniedException("error.forbidden"); // an AGENCY_HEAD token only reads
        }
        validate(request);
        String hash = hash(agencyId, request);
        String key = request.clientKey();
        boolean claimed = jdbc.sql("""
                INSERT INTO realisation_push (token_id, client_key, request_hash) VALUES (:token, :key, :hash)
                ON CONFLICT (token_id, client_key) DO NOTHING RETURNING token_id
                """).param("token", token.id()).param("key", key).param("hash", hash).query(Long.class).optional().isPresent();
        Actor caller = caller(token, agencyId);
        if (!claimed) {
            return replay(caller, agencyId, token, key, hash);
        }
        Plan plan = plan(caller, agencyId, request);
        requireInScope(token, agencyId, plan);
        String label = request.sourceLabel() == null || request.sourceLabel().isBlank() ? token.name()
                : request.sourceLabel().trim();
        Realisation stored;
        Long progressId = null;
        if (request.date() != null) {
            // one at a time per indicator, so that every push's roll-up sees the entries committed before it
            jdbc.sql("SELECT pg_advisory_xact_lock(:a, :b)").param("a", 1273_0040).param("b", (int) (request.indicatorId() % Integer.MAX_VALUE))
                    .query(Object.class).list();
            stored = realisations.addProgressFromSystem(caller, agencyId, plan.id(), request.indicatorId(), request.date(),
                    request.value(), request.note(), label);
            progressId = jdbc.sql("SELECT currval(pg_get_serial_sequence('progress_entry', 'id'))").query(Long.class).single();
        } else {
            stored = realisations.recordFromSystem(caller, agencyId, plan.id(), request.indicatorId(), request.subPeriod(),
                    new RealisationForm(request.value(), request.textValue(), request.note()), label);
        }
        jdbc.sql("UPDATE realisation_push SET realisation_id = :r, progress_id = :p WHERE token_id = :token AND client_key = :key")
                .param("r", stored.id()).param("p", progressId).param("token", token.id()).param("key", key).update();
        return new Outcome(false, new PushResponse(key, false, RealisationResponse.of(stored),
                progressId == null ? null : progress(progressId).orElse(null)));
    }

    private Outcome replay(Actor caller, long agencyId, ApiToken token, String key, String hash) {
        var row = jdbc.sql("SELECT request_hash, realisation_id, progress_id FROM realisation_push WHERE token_id = :t AND client_key = :k")
                .param("t", token.id()).param("k", key)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getObject(3)}).single();
        if (!hash.equals(row[0])) {
            throw new KeyReusedException();
        }
        Realisation r = row[1] == null ? null : realisations.get(caller, agencyId, ((Number) row[1]).longValue());
        PushResponse.ProgressResponse p = row[2] == null ? null : progress(((Number) row[2]).longValue()).orElse(null);
        return new Outcome(true, new PushResponse(key, true, r == null ? null : RealisationResponse.of(r), p));
    }

    /** A plan's realisations in a sub-period, for people (their usual rights) and tokens (role, and unit if scoped). */
    @Transactional(readOnly = true)
    RealisationSheet sheet(Actor actor, long agencyId, long planId, int subPeriod) {
        Optional<ApiToken> token = tokens.tokenOf(actor);
        if (token.isEmpty() || !token.get().unitScoped()) {
            return realisations.sheet(actor, agencyId, planId, subPeriod);
        }
        if (!Objects.equals(token.get().agencyId(), agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Actor caller = caller(token.get(), agencyId);
        requireInScope(token.get(), agencyId, plans.get(caller, agencyId, planId));
        return realisations.sheet(caller, agencyId, planId, subPeriod);
    }

    /**
     * Who the realisation service sees: the token's system, reading the agency's plans (its scope is checked here).
     * Never an employee, so it owns and appraises nothing.
     */
    private static Actor caller(ApiToken token, long agencyId) {
        return new SystemCaller("token:" + token.name(), agencyId);
    }

    record SystemCaller(String username, Long agencyId) implements Actor {
        @Override public Long employeeId() { return null; }
        @Override public Set<Role> roles() { return Set.of(Role.AGENCY_HEAD); }
    }

    private void requireInScope(ApiToken token, long agencyId, Plan plan) {
        if (token.unitScoped() && (plan.unitId() == null || !units.subtreeIds(agencyId, token.unitId()).contains(plan.unitId()))) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** The plan named by its id, or the employee's plan (in an open period) that holds the indicator. */
    private Plan plan(Actor caller, long agencyId, RealisationPushRequest request) {
        if (request.planId() != null) {
            Plan plan = plans.get(caller, agencyId, request.planId());
            if (request.employeeNip() != null && !request.employeeNip().trim().equals(plan.employeeNip())) {
                throw InvalidInputException.of("employeeNip", "tracking.api.error.nipMismatch");
            }
            return plan;
        }
        Employee employee = employees.findByNip(request.employeeNip().trim()).filter(e -> e.agencyId() == agencyId)
                .orElseThrow(() -> InvalidInputException.of("employeeNip", "tracking.api.error.noEmployee"));
        for (Period period : periods.list(caller, agencyId)) {
            if (!period.open()) {
                continue;
            }
            Optional<Plan> plan = plans.forEmployee(caller, agencyId, period.id(), employee.id())
                    .filter(p -> p.results().stream().flatMap(r -> r.indicators().stream())
                            .anyMatch(i -> i.id() == request.indicatorId()));
            if (plan.isPresent()) {
                return plan.get();
            }
        }
        throw InvalidInputException.of("indicatorId", "tracking.api.error.noPlan");
    }

    private static void validate(RealisationPushRequest r) {
        var problems = new InvalidInputException.Collector();
        if (r == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        if (r.clientKey() == null || r.clientKey().isEmpty()) {
            problems.add("clientKey", "validation.required");
        } else if (r.clientKey().length() > MAX_KEY || r.clientKey().isBlank()) {
            problems.add("clientKey", "tracking.api.error.clientKey", MAX_KEY);
        }
        if (r.indicatorId() == null) {
            problems.add("indicatorId", "validation.required");
        }
        if (r.planId() == null && (r.employeeNip() == null || r.employeeNip().isBlank())) {
            problems.add("planId", "tracking.api.error.planOrEmployee");
        }
        if ((r.subPeriod() == null) == (r.date() == null)) {
            problems.add("subPeriod", "tracking.api.error.subPeriodOrDate");
        }
        if (r.date() != null && r.textValue() != null) {
            problems.add("textValue", "tracking.error.progressQualitative");
        }
        if (r.sourceLabel() != null && r.sourceLabel().trim().length() > MAX_LABEL) {
            problems.add("sourceLabel", "validation.tooLong", MAX_LABEL);
        }
        problems.throwIfAny();
    }

    /** The content of a push that must match for a retry: everything it asks to store, in the agency. */
    static String hash(long agencyId, RealisationPushRequest r) {
        String canonical = String.join("\u001f", String.valueOf(agencyId), String.valueOf(r.planId()),
                String.valueOf(r.employeeNip() == null ? null : r.employeeNip().trim()), String.valueOf(r.indicatorId()),
                String.valueOf(r.subPeriod()), String.valueOf(r.date()), plain(r.value()), String.valueOf(r.textValue()),
                String.valueOf(r.note()), String.valueOf(r.sourceLabel()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private Optional<PushResponse.ProgressResponse> progress(long id) {
        return jdbc.sql("SELECT * FROM progress_entry WHERE id = :id").param("id", id)
                .query((rs, n) -> new PushResponse.ProgressResponse(rs.getLong("id"), rs.getLong("indicator_id"),
                        rs.getObject("entry_date", java.time.LocalDate.class), rs.getInt("sub_period"), rs.getBigDecimal("value"),
                        rs.getString("note"), RealisationSource.valueOf(rs.getString("source")), rs.getString("source_label"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }
}
