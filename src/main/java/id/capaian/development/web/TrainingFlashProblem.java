package id.capaian.development.web;

import id.capaian.platform.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem carried to the next page (the layout shows {@code flashError} as {@code code} with {@code args}): flash
 * attributes live in the session, which is stored in the database, so they must be serializable.
 */
record TrainingFlashProblem(String code, List<Object> args) implements Serializable {

    static ArrayList<TrainingFlashProblem> of(InvalidInputException e) {
        ArrayList<TrainingFlashProblem> out = new ArrayList<>();
        e.problems().forEach(p -> out.add(new TrainingFlashProblem(p.code(),
                new ArrayList<>(p.args().stream().map(a -> a instanceof Serializable ? a : String.valueOf(a)).toList()))));
        return out;
    }
}
