package id.capaian.organisation;

import id.capaian.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules every coded record shares: a code unique within its agency, and a name of at most 200 characters. */
final class CodeAndName {

    static final String UNIT_CODE = "[A-Za-z0-9._/-]{1,40}";

    private CodeAndName() {
    }

    /**
     * @param table {@code org_unit} or {@code position} (a constant, never user input)
     * @param id the record being edited, or null when creating
     */
    static void check(InvalidInputException.Collector problems, JdbcClient jdbc, String table, long agencyId, Long id,
            String code, String name) {
        if (code == null || code.isBlank()) {
            problems.add("code", "validation.required");
        } else if (!code.trim().matches(UNIT_CODE)) {
            problems.add("code", "validation.code");
        } else if (jdbc.sql("SELECT count(*) FROM " + table + " WHERE agency_id = :agency AND code = :code AND id <> :id")
                .param("agency", agencyId).param("code", code.trim()).param("id", id == null ? -1 : id)
                .query(Long.class).single() > 0) {
            problems.add("code", "validation.duplicateCode", code.trim());
        }
        if (name == null || name.isBlank()) {
            problems.add("name", "validation.required");
        } else if (name.trim().length() > 200) {
            problems.add("name", "validation.tooLong", 200);
        }
    }
}
