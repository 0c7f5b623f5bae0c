package id.capaian.organisation;

/**
 * An employee (pegawai) with their place in the organisation. The appraiser (pejabat penilai) is the direct
 * superior unless an override is set: {@link #appraiserId()} is the effective one and
 * {@link #appraiserOverridden()} says which rule gave it.
 */
public record Employee(long id, long agencyId, String nip, String name, String frontTitle, String backTitle,
        AsnType asnType, String rankGrade, String email, Long positionId, String positionName,
        PositionKind positionKind, Long unitId, String unitName, Long superiorId, String superiorName,
        Long appraiserId, String appraiserName, boolean appraiserOverridden, boolean active, int version) {

    /** The name as written on documents: front titles, name, back titles ("dr. Siti Aminah, M.Kes."). */
    public String displayName() {
        return fullName(frontTitle, name, backTitle);
    }

    public static String fullName(String front, String name, String back) {
        StringBuilder sb = new StringBuilder();
        if (front != null && !front.isBlank()) {
            sb.append(front.trim()).append(' ');
        }
        sb.append(name);
        if (back != null && !back.isBlank()) {
            sb.append(", ").append(back.trim());
        }
        return sb.toString();
    }

    public String nipFormatted() {
        Nip.Result r = Nip.check(nip);
        return r.valid() ? r.nip().formatted() : nip;
    }
}
