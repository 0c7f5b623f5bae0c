package id.capaian.platform;

import java.util.List;

/**
 * One thing wrong with the input: which field, and a message key (with arguments) that says what to fix in
 * the user's language. Serializable, so that a redirect can carry it in the (database-stored) session's flash.
 */
public record Problem(String field, String code, List<Object> args) implements java.io.Serializable {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }
}
