package id.capaian.development;

import java.util.List;

/**
 * A competency of the dictionary (PermenPAN-RB 38/2017): national ({@code agencyId} null: the eight managerial ones
 * and the socio-cultural one, read-only for agencies) or an agency's own technical one, with what each of the five
 * levels means.
 */
public record Competency(long id, Long agencyId, CompetencyKind kind, String code, String name, String description,
        List<String> levels, boolean active, int version) {

    public boolean national() {
        return agencyId == null;
    }

    /** What a level (1-5) means, or null when the dictionary does not say. */
    public String level(int level) {
        return level >= 1 && level <= levels.size() ? levels.get(level - 1) : null;
    }
}
