package id.capaian.organisation.internal.imports;

import id.capaian.organisation.Nip;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Checks a units file against the agency's current units, row by row, with the rules and message keys of
 * {@code UnitManagement}, and plans what to create and update. Free of the database: the current state comes in
 * as a {@link Snapshot}.
 */
public final class UnitImport {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,40}");
    static final int MAX_NAME = 200;

    private UnitImport() {
    }

    /** A unit as it is stored now. */
    public record ExistingUnit(long id, String code, String name, Long parentId, Long headEmployeeId, boolean active,
            int version) {
    }

    /** The agency as it is: its units by code, and the ids of its active employees by NIP (for unit heads). */
    public record Snapshot(Map<String, ExistingUnit> unitsByCode, Map<String, Long> activeEmployeeIdsByNip) {

        Map<Long, ExistingUnit> unitsById() {
            Map<Long, ExistingUnit> byId = new HashMap<>();
            unitsByCode.values().forEach(u -> byId.put(u.id(), u));
            return byId;
        }
    }

    /**
     * A row that passed every check: the unit it creates ({@code existing == null}) or updates.
     *
     * @param parentCode the code of the parent after the import, null for a top-level unit
     */
    public record PlannedUnit(int row, String code, String name, String parentCode, Long headEmployeeId,
            ExistingUnit existing) {
    }

    /** What to store, or the problems; never both. */
    public record Plan(List<PlannedUnit> units, List<ImportProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final class Candidate {
        int row;
        String code;
        boolean codeOk;
        String name;
        String parentCode;
        boolean parentGiven;
        Long headId;
        ExistingUnit existing;
    }

    public static Plan check(BoundTable table, Snapshot snapshot, IntConsumer progress) {
        List<ImportProblem> problems = new ArrayList<>(table.headerProblems());
        if (!problems.isEmpty()) {
            return new Plan(List.of(), problems);
        }
        Map<Long, ExistingUnit> byId = snapshot.unitsById();
        Map<String, Integer> firstRow = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(table.rows().size());
        int done = 0;
        for (var row : table.rows()) {
            Candidate c = new Candidate();
            c.row = row.number();
            c.code = table.value(row, "code");
            if (c.code.isEmpty()) {
                problems.add(problem(table, row.number(), "code", c.code, "validation.required"));
            } else if (!CODE.matcher(c.code).matches()) {
                problems.add(problem(table, row.number(), "code", c.code, "validation.code"));
            } else if (firstRow.containsKey(c.code)) {
                problems.add(problem(table, row.number(), "code", c.code, "import.error.duplicateInFile",
                        c.code, firstRow.get(c.code)));
            } else {
                firstRow.put(c.code, row.number());
                c.codeOk = true;
                c.existing = snapshot.unitsByCode().get(c.code);
            }

            c.name = table.value(row, "name");
            if (c.name.isEmpty()) {
                problems.add(problem(table, row.number(), "name", c.name, "validation.required"));
            } else if (c.name.length() > MAX_NAME) {
                problems.add(problem(table, row.number(), "name", c.name, "validation.tooLong", MAX_NAME));
            }

            if (table.has("parent_code")) {
                String p = table.value(row, "parent_code");
                c.parentCode = p.isEmpty() ? null : p;
                c.parentGiven = true;
            } else if (c.existing != null && c.existing.parentId() != null) {
                ExistingUnit parent = byId.get(c.existing.parentId());
                c.parentCode = parent == null ? null : parent.code();
            }

            if (table.has("head_nip")) {
                String h = table.value(row, "head_nip");
                if (!h.isEmpty()) {
                    if (table.isLossy(row, "head_nip")) {
                        problems.add(problem(table, row.number(), "head_nip", h, "import.error.numberPrecision"));
                    } else {
                        Nip.Result nip = Nip.check(h);
                        if (!nip.valid()) {
                            problems.add(problem(table, row.number(), "head_nip", h, nip.errorCode()));
                        } else {
                            c.headId = snapshot.activeEmployeeIdsByNip().get(nip.nip().value());
                            if (c.headId == null) {
                                problems.add(problem(table, row.number(), "head_nip", h, "employee.error.notInAgency"));
                            }
                        }
                    }
                }
            } else if (c.existing != null) {
                c.headId = c.existing.headEmployeeId();
            }
            candidates.add(c);
            progress.accept(++done);
        }

        // Parents: in the file (any order) or already stored; active; never the unit itself.
        Map<String, String> parentOf = new HashMap<>();
        for (ExistingUnit u : snapshot.unitsByCode().values()) {
            ExistingUnit parent = u.parentId() == null ? null : byId.get(u.parentId());
            if (parent != null) {
                parentOf.put(u.code(), parent.code());
            }
        }
        Set<String> checkedForCycle = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.codeOk) {
                parentOf.remove(c.code);
            }
            if (c.parentCode == null) {
                continue;
            }
            if (!c.parentGiven) {
                parentOf.put(c.code, c.parentCode);
                continue;
            }
            String column = "parent_code";
            ExistingUnit storedParent = snapshot.unitsByCode().get(c.parentCode);
            boolean found = true;
            if (c.parentCode.equals(c.code)) {
                problems.add(problem(table, c.row, column, c.parentCode, "unit.error.cycle"));
                continue;
            } else if (storedParent != null && !storedParent.active()) {
                problems.add(problem(table, c.row, column, c.parentCode, "unit.error.parentInactive"));
            } else if (storedParent == null && !firstRow.containsKey(c.parentCode)) {
                problems.add(problem(table, c.row, column, c.parentCode, "unit.error.parentNotFound"));
                found = false;
            }
            if (found && c.codeOk) {
                parentOf.put(c.code, c.parentCode);
                checkedForCycle.add(c.code);
            }
        }
        Set<String> looping = Graphs.onCycles(parentOf);
        for (Candidate c : candidates) {
            if (c.codeOk && checkedForCycle.contains(c.code) && looping.contains(c.code)) {
                problems.add(problem(table, c.row, "parent_code", c.parentCode, "unit.error.cycle"));
            }
        }

        if (!problems.isEmpty()) {
            problems.sort(ImportProblems.ORDER);
            return new Plan(List.of(), problems);
        }
        List<PlannedUnit> planned = candidates.stream()
                .map(c -> new PlannedUnit(c.row, c.code, c.name, c.parentCode, c.headId, c.existing))
                .toList();
        return new Plan(planned, List.of());
    }

    private static ImportProblem problem(BoundTable table, int row, String column, String value, String code,
            Object... args) {
        return ImportProblem.of(row, table.header(column), value, code, args);
    }
}
