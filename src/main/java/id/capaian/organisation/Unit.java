package id.capaian.organisation;

/** A unit (unit kerja) in an agency's tree. */
public record Unit(long id, long agencyId, Long parentId, String parentName, String code, String name,
        Long headEmployeeId, String headName, boolean active, int version) {
}
