package id.capaian.identity;

import id.capaian.audit.AuditTrail;
import id.capaian.identity.internal.TokenActor;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for other systems calling {@code /api/v1}. The secret ({@code cap_...}) is shown once and stored only as
 * a SHA-256 hash; a token acts with one role inside one agency (or nationally, if a national admin made it so).
 */
@Service
@Transactional
public class ApiTokenManagement {

    /** How often a token's last use is written at most. */
    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(rs.getLong("id"), (Long) rs.getObject("agency_id"),
            rs.getString("name"), rs.getString("token_prefix"), Role.valueOf(rs.getString("role")),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("expires_at")),
            instant(rs.getTimestamp("last_used_at")), rs.getBoolean("revoked"), (Long) rs.getObject("unit_id"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UnitManagement units;
    private final SecureRandom random = new SecureRandom();

    ApiTokenManagement(JdbcClient jdbc, AuditTrail audit, UnitManagement units) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(Actor actor, long agencyId) {
        actor.requireAdminister(agencyId);
        return jdbc.sql("SELECT * FROM api_token WHERE agency_id = :agency ORDER BY revoked, created_at DESC")
                .param("agency", agencyId).query(ROW).list();
    }

    /** Issues a token for an agency ({@code agencyId} null: a national token, national administrators only). */
    public IssuedApiToken issue(Actor actor, Long agencyId, String name, Role role, Instant expiresAt) {
        return issue(actor, agencyId, name, role, expiresAt, null);
    }

    /**
     * Issues a token for an agency, optionally limited to one of its units ({@code unitId}): such a token has no
     * agency-wide rights at all; it acts only for the people of that unit and the units below it, through the
     * endpoints made for that (pushing and reading realisations), with its role deciding whether it may write
     * (AGENCY_ADMIN) or only read (AGENCY_HEAD).
     */
    public IssuedApiToken issue(Actor actor, Long agencyId, String name, Role role, Instant expiresAt, Long unitId) {
        if (agencyId == null || role == Role.NATIONAL_ADMIN) {
            actor.requireNational();
        } else {
            actor.requireAdminister(agencyId);
        }
        var problems = new InvalidInputException.Collector();
        if (name == null || name.isBlank()) {
            problems.add("name", "validation.required");
        } else if (name.length() > 100) {
            problems.add("name", "validation.tooLong", 100);
        }
        if (role == null || role == Role.EMPLOYEE) {
            problems.add("role", "token.error.role");
        }
        if (expiresAt != null && expiresAt.isBefore(Instant.now())) {
            problems.add("expiresAt", "token.error.expiryPast");
        }
        if (unitId != null && (agencyId == null || role == Role.NATIONAL_ADMIN || units.subtreeIds(agencyId, unitId).isEmpty())) {
            problems.add("unitId", "token.error.unit");
        }
        problems.throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "cap_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                INSERT INTO api_token (agency_id, name, token_hash, token_prefix, role, created_by, expires_at, unit_id)
                VALUES (:agency, :name, :hash, :prefix, :role, :by, :expires, :unit) RETURNING id
                """).param("agency", agencyId).param("unit", unitId).param("name", name.trim()).param("hash", hash(secret))
                .param("prefix", secret.substring(0, 10)).param("role", role.name()).param("by", actor.username())
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).query(Long.class).single();
        ApiToken token = jdbc.sql("SELECT * FROM api_token WHERE id = :id").param("id", id).query(ROW).single();
        audit.record(actor, agencyId, "CREATE", "api_token", id, token.name(), null, token);
        return new IssuedApiToken(token, secret);
    }

    public void revoke(Actor actor, long agencyId, long tokenId) {
        actor.requireAdminister(agencyId);
        ApiToken before = jdbc.sql("SELECT * FROM api_token WHERE id = :id AND agency_id = :agency")
                .param("id", tokenId).param("agency", agencyId).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException("api_token", tokenId));
        jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE id = :id").param("id", tokenId).update();
        audit.record(actor, agencyId, "REVOKE", "api_token", tokenId, before.name(), before, null);
    }

    /**
     * The valid token with this secret, if any; its last use is noted (at most once a minute, so that a system
     * pushing many times a second costs one read per call). Each statement stands alone: no transaction is opened.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith("cap_")) {
            return Optional.empty();
        }
        Optional<ApiToken> token = jdbc.sql("""
                SELECT * FROM api_token WHERE token_hash = :hash AND NOT revoked
                  AND (expires_at IS NULL OR expires_at > now())
                """).param("hash", hash(secret)).query(ROW).optional();
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(Instant.now().minus(LAST_USE_STEP)))
                .ifPresent(t -> jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """).param("id", t.id()).update());
        return token;
    }

    /** The token an actor calls with, if the actor is another system with an API token (not a person). */
    public Optional<ApiToken> tokenOf(Actor actor) {
        return actor instanceof TokenActor t ? Optional.of(t.token()) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
