package id.capaian.platform;

import java.util.ArrayList;
import java.util.List;

/** Input that breaks a rule; nothing was stored. Carries every problem found, not only the first. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(Problem.of(field, code, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems and throws them together. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            problems.add(Problem.of(field, code, args));
            return this;
        }

        public Collector addAll(List<Problem> more) {
            problems.addAll(more);
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
