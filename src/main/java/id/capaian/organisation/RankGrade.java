package id.capaian.organisation;

import java.util.List;
import java.util.regex.Pattern;

/** Rank (golongan/ruang, e.g. III/a) for PNS and grade (golongan I-XVII) for PPPK. */
public final class RankGrade {

    private static final Pattern PNS = Pattern.compile("^(I/[a-d]|II/[a-d]|III/[a-d]|IV/[a-e])$");
    private static final List<String> PPPK = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private RankGrade() {
    }

    public static boolean isValid(AsnType type, String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return type == AsnType.PNS ? PNS.matcher(value.trim()).matches() : PPPK.contains(value.trim());
    }

    public static List<String> options(AsnType type) {
        if (type == AsnType.PPPK) {
            return PPPK;
        }
        return List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
                "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    }
}
