package id.capaian.organisation;

/** Kind of position: JPT, the three JA levels, or JF (fungsional, with a {@link JfLevel}). */
public enum PositionKind {
    JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL;

    public boolean isFunctional() {
        return this == FUNGSIONAL;
    }

    /** Leadership posts (struktural) that normally head a unit. */
    public boolean isStructural() {
        return this == JPT || this == ADMINISTRATOR || this == PENGAWAS;
    }
}
