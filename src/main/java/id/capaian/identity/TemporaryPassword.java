package id.capaian.identity;

/** A password made by the system, shown to the administrator once and changed by its owner at first sign-in. */
public record TemporaryPassword(long accountId, String username, String password) {
}
