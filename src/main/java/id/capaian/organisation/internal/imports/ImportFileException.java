package id.capaian.organisation.internal.imports;

import java.util.Arrays;
import java.util.List;

/** A whole file cannot be imported (wrong type, unreadable, too large, no rows): a message key and arguments. */
public class ImportFileException extends RuntimeException {

    private final String code;
    private final List<String> args;

    public ImportFileException(String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
