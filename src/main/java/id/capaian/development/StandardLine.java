package id.capaian.development;

/** A competency of the dictionary with the level a position requires of it (null: not part of the standard). */
public record StandardLine(Competency competency, Integer requiredLevel) {

    public boolean required() {
        return requiredLevel != null;
    }
}
