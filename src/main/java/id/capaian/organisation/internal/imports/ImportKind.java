package id.capaian.organisation.internal.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file imports: the unit tree or the employees. Each kind has a fixed set of columns. */
public enum ImportKind {

    UNITS(List.of(
            new ImportColumn("code", true, "DINKES", List.of("kode", "kode_unit")),
            new ImportColumn("name", true, "Dinas Kesehatan", List.of("nama", "nama_unit")),
            new ImportColumn("parent_code", false, "", List.of("kode_induk", "kode_unit_induk", "induk")),
            new ImportColumn("head_nip", false, "", List.of("nip_kepala", "kepala_nip")))),

    EMPLOYEES(List.of(
            new ImportColumn("nip", true, "198609262015051001", List.of("nip_pegawai", "ni_pppk")),
            new ImportColumn("name", true, "Budi Santoso", List.of("nama", "nama_pegawai")),
            new ImportColumn("front_title", false, "", List.of("gelar_depan")),
            new ImportColumn("back_title", false, "S.Kom.", List.of("gelar_belakang")),
            new ImportColumn("asn_type", true, "PNS", List.of("jenis_asn", "jenis")),
            new ImportColumn("rank_grade", false, "III/c", List.of("pangkat_golongan", "golongan", "pangkat")),
            new ImportColumn("email", false, "budi.santoso@example.go.id", List.of("surel", "e_mail")),
            new ImportColumn("position_code", false, "", List.of("kode_jabatan")),
            new ImportColumn("unit_code", false, "DINKES", List.of("kode_unit", "kode_unit_kerja")),
            new ImportColumn("superior_nip", false, "", List.of("nip_atasan")),
            new ImportColumn("appraiser_nip", false, "", List.of("nip_penilai", "nip_pejabat_penilai"))));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The lower-case name used in URLs and message keys: {@code units}, {@code employees}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column a header names (template name or alias), ignoring case, spaces, dashes and a trailing '*'. */
    public Optional<ImportColumn> column(String header) {
        String h = normalise(header);
        return columns.stream()
                .filter(c -> c.name().equals(h) || c.aliases().contains(h))
                .findFirst();
    }

    public static Optional<ImportKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ImportKind k : values()) {
            if (k.key().equalsIgnoreCase(key.trim()) || k.name().equalsIgnoreCase(key.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        if (h.endsWith("*")) {
            h = h.substring(0, h.length() - 1).trim();
        }
        return h.replaceAll("[\\s\\-.]+", "_");
    }
}
