package id.capaian.planning;

import java.math.BigDecimal;

/** The target of an indicator: a number with its unit, a range, or a written expectation. */
public record Target(TargetKind kind, BigDecimal value, BigDecimal min, BigDecimal max, String unit, String text) {

    public static Target number(BigDecimal value, String unit) {
        return new Target(TargetKind.NUMBER, value, null, null, unit, null);
    }

    public static Target range(BigDecimal min, BigDecimal max, String unit) {
        return new Target(TargetKind.RANGE, null, min, max, unit, null);
    }

    public static Target text(String text) {
        return new Target(TargetKind.TEXT, null, null, null, null, text);
    }

    /** As people write it: "95 %", "10 - 12 hari", or the expectation itself. */
    public String describe() {
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        return switch (kind) {
            case NUMBER -> plain(value) + u;
            case RANGE -> plain(min) + " - " + plain(max) + u;
            case TEXT -> text;
        };
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
