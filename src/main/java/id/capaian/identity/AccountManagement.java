package id.capaian.identity;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeDeactivated;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Nip;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation for employees, roles, password changes and resets, lockout, the first national admin. */
@Service
@Transactional
public class AccountManagement {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final EmployeeManagement employees;
    private final SecureRandom random = new SecureRandom();

    AccountManagement(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, EmployeeManagement employees) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.employees = employees;
    }

    /** Row of the account table with its hash, for sign-in only. */
    public record Credentials(Account account, String passwordHash) {
    }

    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        String clean = username == null ? "" : username.replaceAll("[\\s.\\-]", "");
        return jdbc.sql("SELECT * FROM account WHERE username = :u").param("u", clean)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"))).optional()
                .map(c -> new Credentials(withRoles(List.of(c.account())).get(0), c.passwordHash()));
    }

    @Transactional(readOnly = true)
    public List<Account> list(Actor actor, long agencyId, String query) {
        actor.requireAdminister(agencyId);
        String q = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
        return withRoles(jdbc.sql("""
                SELECT * FROM account WHERE agency_id = :agency
                  AND (CAST(:q AS varchar) IS NULL OR lower(display_name) LIKE :q OR username LIKE :q)
                ORDER BY display_name
                """).param("agency", agencyId).param("q", q).query((rs, n) -> map(rs)).list());
    }

    @Transactional(readOnly = true)
    public Account get(Actor actor, long agencyId, long accountId) {
        actor.requireAdminister(agencyId);
        return find(accountId).filter(a -> a.agencyId() != null && a.agencyId() == agencyId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmployee(long employeeId) {
        return jdbc.sql("SELECT * FROM account WHERE employee_id = :e").param("e", employeeId)
                .query((rs, n) -> map(rs)).optional().map(a -> withRoles(List.of(a)).get(0));
    }

    Optional<Account> find(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional()
                .map(a -> withRoles(List.of(a)).get(0));
    }

    /** Creates the sign-in account of an employee; the returned temporary password is shown once. */
    public TemporaryPassword createForEmployee(Actor actor, long agencyId, long employeeId, Set<Role> roles) {
        actor.requireAdminister(agencyId);
        Employee employee = employees.get(actor, agencyId, employeeId);
        checkGrant(actor, roles);
        if (!employee.active()) {
            throw InvalidInputException.of("employeeId", "account.error.employeeInactive");
        }
        if (findByEmployee(employeeId).isPresent() || credentials(employee.nip()).isPresent()) {
            throw InvalidInputException.of("employeeId", "account.error.exists");
        }
        String password = temporaryPassword();
        long id = insert(employee.nip(), employee.displayName(), agencyId, employeeId, encoder.encode(password), true, roles);
        Account created = find(id).orElseThrow();
        audit.record(actor, agencyId, "CREATE", "account", id, created.displayName(), null, created);
        return new TemporaryPassword(id, created.username(), password);
    }

    /**
     * Creates an account with a password chosen by the caller (demo data, tests, bulk provisioning); the hash may
     * be shared by many accounts of demo data to keep start-up fast.
     */
    public long createWithHash(Actor actor, Employee employee, String passwordHash, Set<Role> roles) {
        actor.requireAdminister(employee.agencyId());
        checkGrant(actor, roles);
        long id = insert(employee.nip(), employee.displayName(), employee.agencyId(), employee.id(), passwordHash, false, roles);
        audit.record(actor, employee.agencyId(), "CREATE", "account", id, employee.displayName(), null, find(id).orElseThrow());
        return id;
    }

    public String encode(String password) {
        return encoder.encode(password);
    }

    public Account setRoles(Actor actor, long agencyId, long accountId, Set<Role> roles) {
        Account before = get(actor, agencyId, accountId);
        checkGrant(actor, roles);
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "account.error.noRole");
        }
        if (before.id() == accountIdOf(actor) && before.roles().contains(Role.AGENCY_ADMIN) && !roles.contains(Role.AGENCY_ADMIN)
                && !actor.isNational()) {
            throw InvalidInputException.of("roles", "account.error.ownAdminRole");
        }
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", accountId).update();
        insertRoles(accountId, roles);
        jdbc.sql("UPDATE account SET version = version + 1 WHERE id = :id").param("id", accountId).update();
        Account after = find(accountId).orElseThrow();
        audit.record(actor, agencyId, "UPDATE_ROLES", "account", accountId, after.displayName(), before, after);
        return after;
    }

    public Account setEnabled(Actor actor, long agencyId, long accountId, boolean enabled) {
        Account before = get(actor, agencyId, accountId);
        if (!enabled && before.id() == accountIdOf(actor)) {
            throw InvalidInputException.of("enabled", "account.error.disableSelf");
        }
        jdbc.sql("UPDATE account SET enabled = :en, version = version + 1 WHERE id = :id")
                .param("en", enabled).param("id", accountId).update();
        Account after = find(accountId).orElseThrow();
        audit.record(actor, agencyId, enabled ? "ACTIVATE" : "DEACTIVATE", "account", accountId, after.displayName(), before, after);
        return after;
    }

    /** An administrator's reset: a new temporary password, the lock lifted, a change forced at next sign-in. */
    public TemporaryPassword resetPassword(Actor actor, long agencyId, long accountId) {
        Account before = get(actor, agencyId, accountId);
        String password = temporaryPassword();
        jdbc.sql("""
                UPDATE account SET password_hash = :hash, must_change_password = TRUE, failed_attempts = 0,
                       locked_until = NULL, version = version + 1 WHERE id = :id
                """).param("hash", encoder.encode(password)).param("id", accountId).update();
        audit.record(actor, agencyId, "RESET_PASSWORD", "account", accountId, before.displayName(), before,
                find(accountId).orElseThrow());
        return new TemporaryPassword(accountId, before.username(), password);
    }

    /** The owner changes their own password, proving the current one. */
    public void changeOwnPassword(Actor actor, long accountId, String current, String next, String confirmation) {
        Credentials creds = jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", accountId)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"))).optional()
                .orElseThrow(() -> new NotFoundException("account", accountId));
        if (!creds.account().username().equals(actor.username())) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (current == null || !encoder.matches(current, creds.passwordHash())) {
            throw InvalidInputException.of("current", "password.error.current");
        }
        PasswordPolicy.check("password", next, confirmation, creds.account().username());
        if (encoder.matches(next, creds.passwordHash())) {
            throw InvalidInputException.of("password", "password.error.same");
        }
        jdbc.sql("UPDATE account SET password_hash = :hash, must_change_password = FALSE, version = version + 1 WHERE id = :id")
                .param("hash", encoder.encode(next)).param("id", accountId).update();
        audit.record(actor, creds.account().agencyId(), "CHANGE_PASSWORD", "account", accountId,
                creds.account().displayName(), null, null);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    public void recordFailure(String username) {
        jdbc.sql("""
                UPDATE account SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END
                WHERE username = :u
                """).param("max", MAX_FAILED_ATTEMPTS)
                .param("until", Timestamp.from(Instant.now().plus(LOCK_DURATION)))
                .param("u", username == null ? "" : username.replaceAll("[\\s.\\-]", "")).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE username = :u")
                .param("u", username).update();
    }

    public Account unlock(Actor actor, long agencyId, long accountId) {
        Account before = get(actor, agencyId, accountId);
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
                .param("id", accountId).update();
        Account after = find(accountId).orElseThrow();
        audit.record(actor, agencyId, "UNLOCK", "account", accountId, after.displayName(), before, after);
        return after;
    }

    /** True while no national administrator exists: the one-time set-up page is open. */
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return jdbc.sql("SELECT count(*) FROM account_role WHERE role = 'NATIONAL_ADMIN'").query(Long.class).single() == 0;
    }

    /** Creates the first national administrator; refused once one exists (two racing requests: one wins). */
    public Account setupFirstAdmin(String nip, String name, String password, String confirmation) {
        jdbc.sql("SELECT pg_advisory_xact_lock(4242)").query(Object.class).list();
        if (!setupNeeded()) {
            throw new AccessDeniedException("setup.error.done");
        }
        var problems = new InvalidInputException.Collector();
        Nip.Result parsed = Nip.check(nip);
        if (!parsed.valid()) {
            problems.add("nip", parsed.errorCode());
        }
        if (name == null || name.isBlank()) {
            problems.add("name", "validation.required");
        }
        try {
            PasswordPolicy.check("password", password, confirmation, parsed.valid() ? parsed.nip().value() : null);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.throwIfAny();
        Optional<Employee> employee = employees.findByNip(parsed.nip().value());
        long id = insert(parsed.nip().value(), name.trim(), employee.map(Employee::agencyId).orElse(null),
                employee.map(Employee::id).orElse(null), encoder.encode(password), false, EnumSet.of(Role.NATIONAL_ADMIN));
        Account created = find(id).orElseThrow();
        audit.record(Actor.system(), null, "SETUP", "account", id, created.displayName(), null, created);
        return created;
    }

    /** An employee who leaves loses their sign-in with them. */
    @EventListener
    void on(EmployeeDeactivated event) {
        findByEmployee(event.employeeId()).filter(Account::enabled).ifPresent(a -> {
            jdbc.sql("UPDATE account SET enabled = FALSE, version = version + 1 WHERE id = :id").param("id", a.id()).update();
            audit.record(event.actor(), event.agencyId(), "DEACTIVATE", "account", a.id(), a.displayName(), a,
                    find(a.id()).orElseThrow());
        });
    }

    private long insert(String username, String displayName, Long agencyId, Long employeeId, String hash,
            boolean mustChange, Set<Role> roles) {
        long id = jdbc.sql("""
                INSERT INTO account (username, display_name, agency_id, employee_id, password_hash, must_change_password)
                VALUES (:u, :name, :agency, :employee, :hash, :must) RETURNING id
                """).param("u", username).param("name", displayName).param("agency", agencyId)
                .param("employee", employeeId).param("hash", hash).param("must", mustChange)
                .query(Long.class).single();
        insertRoles(id, roles);
        return id;
    }

    private void insertRoles(long accountId, Set<Role> roles) {
        for (Role r : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", accountId).param("role", r.name()).update();
        }
    }

    private static void checkGrant(Actor actor, Set<Role> roles) {
        if (roles.contains(Role.NATIONAL_ADMIN) && !actor.isNational()) {
            throw new AccessDeniedException("account.error.grantNational");
        }
    }

    private long accountIdOf(Actor actor) {
        return credentials(actor.username()).map(c -> c.account().id()).orElse(-1L);
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // guarantee the policy: letters and digits
        sb.setCharAt(random.nextInt(6), (char) ('2' + random.nextInt(8)));
        sb.setCharAt(6 + random.nextInt(6), (char) ('a' + random.nextInt(26)));
        return sb.toString();
    }

    private static Account map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("agency_id"), (Long) rs.getObject("employee_id"), EnumSet.noneOf(Role.class),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), last == null ? null : last.toInstant(), rs.getInt("version"));
    }

    private List<Account> withRoles(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)")
                .param("ids", accounts.stream().map(Account::id).toList())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong("account_id"), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        List<Account> out = new ArrayList<>(accounts.size());
        for (Account a : accounts) {
            out.add(new Account(a.id(), a.username(), a.displayName(), a.agencyId(), a.employeeId(),
                    Set.copyOf(roles.getOrDefault(a.id(), EnumSet.noneOf(Role.class))), a.enabled(),
                    a.mustChangePassword(), a.failedAttempts(), a.lockedUntil(), a.lastLoginAt(), a.version()));
        }
        return out;
    }
}
