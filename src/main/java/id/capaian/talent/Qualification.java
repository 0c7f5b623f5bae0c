package id.capaian.talent;

import java.util.List;

/** A formal education of an employee (for the qualification criterion): level, field, institution, year. */
public record Qualification(long id, long employeeId, String level, String field, String institution, Integer year) {

    /** The levels from lowest to highest. */
    public static final List<String> LEVELS = List.of("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3");
}
