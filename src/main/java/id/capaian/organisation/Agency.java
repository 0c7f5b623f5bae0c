package id.capaian.organisation;

/** An agency (instansi): the tenant every other record belongs to. */
public record Agency(long id, String code, String name, AgencyKind kind, boolean active, int version) {
}
