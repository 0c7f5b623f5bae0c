package id.capaian.organisation.internal.imports;

import java.util.List;

/**
 * One column of an import file.
 *
 * @param name the header written in the templates
 * @param required whether the column must be in the file and every row must fill it
 * @param example the value of the template's example row
 * @param aliases other headers accepted for the same column (Indonesian names)
 */
public record ImportColumn(String name, boolean required, String example, List<String> aliases) {

    /** The message key of the column's help text ({@code import.column.<kind>.<name>}). */
    public String helpKey(ImportKind kind) {
        return "import.column." + kind.key() + "." + name;
    }
}
