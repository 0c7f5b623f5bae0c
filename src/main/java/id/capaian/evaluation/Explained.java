package id.capaian.evaluation;

/**
 * A value with the rule that produced it: {@code rule} is a message key, {@code args} the numbers and names
 * that went into it, so the screen can say where the value came from.
 */
public record Explained<T>(T value, String rule, Object... args) {
}
