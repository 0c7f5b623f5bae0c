package id.capaian.identity;

/** A new token with its secret: shown to its creator once, stored only as a hash. */
public record IssuedApiToken(ApiToken token, String secret) {
}
