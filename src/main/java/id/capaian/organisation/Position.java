package id.capaian.organisation;

/** A position (jabatan): its kind, the level of a functional post, and its class (kelas jabatan). */
public record Position(long id, long agencyId, String code, String name, PositionKind kind, JfLevel jfLevel,
        Integer classGrade, boolean active, int version) {
}
