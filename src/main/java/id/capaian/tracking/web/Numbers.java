package id.capaian.tracking.web;

import id.capaian.platform.InvalidInputException;
import java.math.BigDecimal;

/** Numbers as people type them: "12.5" from a number field, or "12,5" written the Indonesian way. */
final class Numbers {

    private Numbers() {
    }

    /** Null for an empty field; a problem on {@code field} for anything that is not a number. */
    static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace(" ", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "typeMismatch.java.math.BigDecimal");
        }
    }
}
