package id.capaian.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The respondent profile of PermenPAN-RB 14/2017: age band, sex, education and occupation. Every part is optional:
 * a citizen may leave any of them out, and nothing in it names a person.
 */
public final class Respondent {

    private Respondent() {
    }

    /** Age bands; the code is what an import file may hold (a whole number of years is also accepted there). */
    public enum AgeBand {
        UNDER_20("<20", 0, 19), FROM_20("20-29", 20, 29), FROM_30("30-39", 30, 39), FROM_40("40-49", 40, 49),
        FROM_50("50-59", 50, 59), FROM_60("60+", 60, 150);

        private final String code;
        private final int from;
        private final int to;

        AgeBand(String code, int from, int to) {
            this.code = code;
            this.from = from;
            this.to = to;
        }

        public String code() {
            return code;
        }

        public String labelKey() {
            return "survey.age." + name();
        }

        public static Optional<AgeBand> ofYears(int years) {
            return Arrays.stream(values()).filter(b -> years >= b.from && years <= b.to).findFirst();
        }

        public static Optional<AgeBand> parse(String text) {
            String t = text.trim().replace(" ", "").replace('–', '-');
            for (AgeBand b : values()) {
                if (b.code.equals(t) || b.name().equalsIgnoreCase(t)) {
                    return Optional.of(b);
                }
            }
            if (t.matches("\\d{1,3}")) {
                int years = Integer.parseInt(t);
                return years < 10 ? Optional.empty() : ofYears(years);
            }
            return Optional.empty();
        }
    }

    /** L (laki-laki) or P (perempuan). */
    public enum Sex {
        L, P;

        public String labelKey() {
            return "survey.sex." + name();
        }

        public static Optional<Sex> parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            return switch (t) {
                case "L", "LAKI-LAKI", "LAKI LAKI", "PRIA", "M", "MALE" -> Optional.of(L);
                case "P", "PEREMPUAN", "WANITA", "F", "FEMALE" -> Optional.of(P);
                default -> Optional.empty();
            };
        }
    }

    /** Highest education. */
    public enum Education {
        SD("SD"), SMP("SMP"), SMA("SMA"), DIPLOMA("D1-D3"), S1("D4/S1"), S2("S2"), S3("S3");

        private final String code;

        Education(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public String labelKey() {
            return "survey.education." + name();
        }

        public static Optional<Education> parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
            for (Education e : values()) {
                if (e.name().equals(t) || e.code.equals(t)) {
                    return Optional.of(e);
                }
            }
            return switch (t) {
                case "SMK", "MA", "SLTA" -> Optional.of(SMA);
                case "MTS", "SLTP" -> Optional.of(SMP);
                case "D1", "D2", "D3" -> Optional.of(DIPLOMA);
                case "D4", "S-1" -> Optional.of(S1);
                default -> Optional.empty();
            };
        }
    }

    /** Occupation, as the regulation's questionnaire lists it (plus pupils and students). */
    public enum Occupation {
        PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR, LAINNYA;

        public String labelKey() {
            return "survey.occupation." + name();
        }

        public static Optional<Occupation> parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            for (Occupation o : values()) {
                if (o.name().equals(t)) {
                    return Optional.of(o);
                }
            }
            return switch (t) {
                case "ASN", "PPPK" -> Optional.of(PNS);
                case "PEGAWAI SWASTA", "KARYAWAN" -> Optional.of(SWASTA);
                case "PELAJAR/MAHASISWA", "MAHASISWA", "SISWA" -> Optional.of(PELAJAR);
                default -> Optional.empty();
            };
        }
    }
}
