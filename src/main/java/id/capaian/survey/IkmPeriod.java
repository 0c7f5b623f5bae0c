package id.capaian.survey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period an IKM is computed for: a month, a quarter (triwulan), a semester or a calendar year. Responses count in
 * the period of the day they were given (Asia/Jakarta).
 *
 * @param number 1..12 (month), 1..4 (quarter), 1..2 (semester), 1 (year)
 */
public record IkmPeriod(Kind kind, int year, int number) {

    public enum Kind {
        MONTH(12), QUARTER(4), SEMESTER(2), YEAR(1);

        private final int count;

        Kind(int count) {
            this.count = count;
        }

        /** How many of these a year has. */
        public int count() {
            return count;
        }

        public int months() {
            return 12 / count;
        }
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-([MQS])(\\d{1,2}))?");

    public IkmPeriod {
        if (kind == null) {
            throw new IllegalArgumentException("a kind of period is needed");
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > kind.count()) {
            throw new IllegalArgumentException(kind + " " + number + " does not exist");
        }
    }

    public static IkmPeriod year(int year) {
        return new IkmPeriod(Kind.YEAR, year, 1);
    }

    public static IkmPeriod quarter(int year, int quarter) {
        return new IkmPeriod(Kind.QUARTER, year, quarter);
    }

    public static IkmPeriod month(int year, int month) {
        return new IkmPeriod(Kind.MONTH, year, month);
    }

    /** The period of this kind that holds the day. */
    public static IkmPeriod containing(Kind kind, LocalDate day) {
        return new IkmPeriod(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months() + 1);
    }

    /** Every period of this kind in the year, in order. */
    public static List<IkmPeriod> ofYear(Kind kind, int year) {
        List<IkmPeriod> out = new ArrayList<>(kind.count());
        for (int i = 1; i <= kind.count(); i++) {
            out.add(new IkmPeriod(kind, year, i));
        }
        return out;
    }

    public LocalDate start() {
        return YearMonth.of(year, (number - 1) * kind.months() + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, number * kind.months()).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public boolean startsAfter(LocalDate day) {
        return start().isAfter(day);
    }

    /** "2026", "2026-S1", "2026-Q3", "2026-M07": in links and file names. */
    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case SEMESTER -> year + "-S" + number;
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-M%02d", year, number);
        };
    }

    /** The period of a {@link #code()}, or null when the text is none. */
    public static IkmPeriod parse(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = CODE.matcher(code.trim());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return year(year);
            }
            Kind kind = switch (m.group(2)) {
                case "M" -> Kind.MONTH;
                case "Q" -> Kind.QUARTER;
                default -> Kind.SEMESTER;
            };
            return new IkmPeriod(kind, year, Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The message key of its name ({@code survey.period.<KIND>} with the number and the year): "Triwulan III 2026",
     * "Juli 2026".
     */
    public String labelKey() {
        return "survey.period." + kind.name();
    }

    /** The number as written in the name: Roman for quarters and semesters ("III"), plain otherwise. */
    public String numberLabel() {
        return kind == Kind.QUARTER || kind == Kind.SEMESTER ? roman(number) : String.valueOf(number);
    }

    static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(n);
        };
    }
}
