package id.capaian.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * An employee number (NIP, or NI PPPK), parsed and checked.
 *
 * <pre>
 * PNS : yyyymmdd (birth) yyyymm (first appointment, month 01-12) s (sex 1/2) nnn   e.g. 19860926 201505 1 001
 * PPPK: yyyymmdd (birth) yyyy (appointment year) 2 i (intake 1-9) s (sex 1/2) nnn  e.g. 19890225 2024 21 1 013
 * </pre>
 *
 * Digits 13-14 tell the kinds apart: 01-12 is a PNS month, 21-29 a PPPK marker and intake.
 *
 * @param appointedFrom first day of the appointment month (PNS) or of the appointment year (PPPK)
 * @param intake the PPPK intake digit, 0 for PNS
 */
public record Nip(String value, AsnType type, LocalDate birthDate, LocalDate appointedFrom, int sex, int intake,
        int sequence) {

    public static final int MALE = 1;
    public static final int FEMALE = 2;

    /** Parses a NIP, allowing spaces, dots and dashes between digit groups. Throws with the precise problem. */
    public static Nip parse(String raw) {
        Result r = check(raw);
        if (!r.valid()) {
            throw new IllegalArgumentException(r.errorCode());
        }
        return r.nip();
    }

    /** A NIP, or the message key of what is wrong with it. */
    public static Result check(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.error("nip.error.required");
        }
        String digits = raw.replaceAll("[\\s.\\-]", "");
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Result.error("nip.error.digits");
        }
        if (digits.length() != 18) {
            return Result.error("nip.error.length");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            return Result.error("nip.error.birthDate");
        }
        LocalDate today = LocalDate.now();
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Result.error("nip.error.birthDate");
        }
        int marker = num(digits, 12, 14);
        AsnType type;
        LocalDate appointed;
        int intake = 0;
        if (marker >= 1 && marker <= 12) {
            type = AsnType.PNS;
            int year = num(digits, 8, 12);
            if (year < 1900) {
                return Result.error("nip.error.appointment");
            }
            appointed = YearMonth.of(year, marker).atDay(1);
        } else if (marker >= 21 && marker <= 29) {
            type = AsnType.PPPK;
            int year = num(digits, 8, 12);
            if (year < 1900) {
                return Result.error("nip.error.appointment");
            }
            appointed = Year.of(year).atDay(1);
            intake = marker - 20;
        } else {
            return Result.error("nip.error.kind");
        }
        if (appointed.getYear() > today.getYear() + 1) {
            return Result.error("nip.error.appointmentFuture");
        }
        // The appointment must come after the birth: compare at the precision the NIP carries.
        boolean afterBirth = type == AsnType.PNS
                ? YearMonth.from(appointed).isAfter(YearMonth.from(birth))
                : appointed.getYear() > birth.getYear();
        if (!afterBirth) {
            return Result.error("nip.error.appointmentBeforeBirth");
        }
        int sex = num(digits, 14, 15);
        if (sex != MALE && sex != FEMALE) {
            return Result.error("nip.error.sex");
        }
        int sequence = num(digits, 15, 18);
        if (sequence == 0) {
            return Result.error("nip.error.sequence");
        }
        return new Result(new Nip(digits, type, birth, appointed, sex, intake, sequence), null);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    /** The usual grouped form: {@code 19860926 201505 1 001} or {@code 19890225 2024 21 1 013}. */
    public String formatted() {
        return type == AsnType.PNS
                ? value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15)
                : value.substring(0, 8) + " " + value.substring(8, 12) + " " + value.substring(12, 14) + " "
                        + value.charAt(14) + " " + value.substring(15);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Either a parsed NIP or an error message key. */
    public record Result(Nip nip, String errorCode) {
        static Result error(String code) {
            return new Result(null, code);
        }

        public boolean valid() {
            return nip != null;
        }
    }
}
