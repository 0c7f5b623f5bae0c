package id.capaian.organisation.internal.imports;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.Nip;
import id.capaian.organisation.RankGrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Checks an employees file against the agency's current employees, positions and units, row by row, with the
 * rules and message keys of {@code EmployeeManagement}, and plans what to create and update. Free of the
 * database: the current state comes in as a {@link Snapshot}.
 */
public final class EmployeeImport {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_NAME = 150;
    static final int MAX_FRONT_TITLE = 50;
    static final int MAX_BACK_TITLE = 80;
    static final int MAX_EMAIL = 200;

    private EmployeeImport() {
    }

    /** An employee as stored now. */
    public record ExistingEmployee(long id, String nip, String name, String frontTitle, String backTitle, AsnType asnType,
            String rankGrade, String email, Long positionId, Long unitId, Long superiorId, Long appraiserId,
            boolean active, int version) {
    }

    /** A position or unit of the agency, found by its code. */
    public record Ref(long id, String code, String name, boolean active) {
    }

    /**
     * The agency as it is.
     *
     * @param employeesByNip the agency's employees, active or not
     * @param nipsElsewhere NIPs of the file that belong to employees of other agencies
     */
    public record Snapshot(Map<String, ExistingEmployee> employeesByNip, Map<String, Ref> positionsByCode,
            Map<String, Ref> unitsByCode, Set<String> nipsElsewhere) {

        Map<Long, ExistingEmployee> employeesById() {
            Map<Long, ExistingEmployee> byId = new HashMap<>(employeesByNip.size() * 2);
            employeesByNip.values().forEach(e -> byId.put(e.id(), e));
            return byId;
        }
    }

    /**
     * A row that passed every check: the employee it creates ({@code existing == null}) or updates, with the
     * values after the import. Superior and appraiser are NIPs (of the file or of stored employees).
     */
    public record PlannedEmployee(int row, String nip, String name, String frontTitle, String backTitle, AsnType asnType,
            String rankGrade, String email, Long positionId, Long unitId, String superiorNip, String appraiserNip,
            ExistingEmployee existing) {
    }

    public record Plan(List<PlannedEmployee> employees, List<ImportProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final class Candidate {
        int row;
        String nip;
        boolean nipOk;
        String name;
        String frontTitle;
        String backTitle;
        AsnType asnType;
        String rankGrade;
        String email;
        Long positionId;
        Long unitId;
        String superiorNip;
        boolean superiorGiven;
        String superiorRaw;
        String appraiserNip;
        boolean appraiserGiven;
        String appraiserRaw;
        ExistingEmployee existing;
    }

    /** The NIPs of the file, before anything else is checked: to ask the database which belong elsewhere. */
    public static Set<String> nipsOf(BoundTable table) {
        Set<String> nips = new HashSet<>();
        for (var row : table.rows()) {
            Nip.Result r = Nip.check(table.value(row, "nip"));
            if (r.valid()) {
                nips.add(r.nip().value());
            }
        }
        return nips;
    }

    public static Plan check(BoundTable table, Snapshot snapshot, IntConsumer progress) {
        List<ImportProblem> problems = new ArrayList<>(table.headerProblems());
        if (!problems.isEmpty()) {
            return new Plan(List.of(), problems);
        }
        Map<Long, ExistingEmployee> byId = snapshot.employeesById();
        Map<String, Integer> firstRow = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(table.rows().size());
        int done = 0;
        for (var row : table.rows()) {
            int n = row.number();
            Candidate c = new Candidate();
            c.row = n;

            String rawNip = table.value(row, "nip");
            Nip.Result nip = Nip.check(rawNip);
            if (table.isLossy(row, "nip")) {
                problems.add(problem(table, n, "nip", rawNip, "import.error.numberPrecision"));
                nip = null;
            } else if (!nip.valid()) {
                problems.add(problem(table, n, "nip", rawNip, nip.errorCode()));
            } else if (firstRow.containsKey(nip.nip().value())) {
                problems.add(problem(table, n, "nip", rawNip, "import.error.duplicateInFile", rawNip,
                        firstRow.get(nip.nip().value())));
            } else if (snapshot.nipsElsewhere().contains(nip.nip().value())) {
                problems.add(problem(table, n, "nip", rawNip, "nip.error.duplicate", nip.nip().value()));
            } else {
                c.nip = nip.nip().value();
                c.nipOk = true;
                firstRow.put(c.nip, n);
                c.existing = snapshot.employeesByNip().get(c.nip);
            }
            ExistingEmployee ex = c.existing;

            c.name = table.value(row, "name");
            if (c.name.isEmpty()) {
                problems.add(problem(table, n, "name", c.name, "validation.required"));
            } else if (c.name.length() > MAX_NAME) {
                problems.add(problem(table, n, "name", c.name, "validation.tooLong", MAX_NAME));
            }
            c.frontTitle = text(table, row, "front_title", ex == null ? null : ex.frontTitle());
            if (c.frontTitle != null && c.frontTitle.length() > MAX_FRONT_TITLE) {
                problems.add(problem(table, n, "front_title", c.frontTitle, "validation.tooLong", MAX_FRONT_TITLE));
            }
            c.backTitle = text(table, row, "back_title", ex == null ? null : ex.backTitle());
            if (c.backTitle != null && c.backTitle.length() > MAX_BACK_TITLE) {
                problems.add(problem(table, n, "back_title", c.backTitle, "validation.tooLong", MAX_BACK_TITLE));
            }

            String type = table.value(row, "asn_type");
            if (type.isEmpty()) {
                problems.add(problem(table, n, "asn_type", type, "validation.required"));
            } else {
                try {
                    c.asnType = AsnType.valueOf(type.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(table, n, "asn_type", type, "import.error.asnType"));
                }
            }
            if (c.asnType != null && nip != null && nip.valid() && nip.nip().type() != c.asnType) {
                problems.add(problem(table, n, "asn_type", type, "employee.error.typeMismatch", nip.nip().type().name()));
            }

            c.rankGrade = text(table, row, "rank_grade", ex == null ? null : ex.rankGrade());
            if (c.asnType != null && !RankGrade.isValid(c.asnType, c.rankGrade)) {
                problems.add(problem(table, n, "rank_grade", c.rankGrade,
                        c.asnType == AsnType.PNS ? "employee.error.rankPns" : "employee.error.gradePppk"));
            }

            c.email = text(table, row, "email", ex == null ? null : ex.email());
            if (c.email != null && !EMAIL.matcher(c.email).matches()) {
                problems.add(problem(table, n, "email", c.email, "validation.email"));
            } else if (c.email != null && c.email.length() > MAX_EMAIL) {
                problems.add(problem(table, n, "email", c.email, "validation.tooLong", MAX_EMAIL));
            }

            if (table.has("position_code")) {
                String code = table.value(row, "position_code");
                if (!code.isEmpty()) {
                    Ref p = snapshot.positionsByCode().get(code);
                    if (p == null || !p.active()) {
                        problems.add(problem(table, n, "position_code", code, "employee.error.positionNotInAgency"));
                    } else {
                        c.positionId = p.id();
                    }
                }
            } else if (ex != null) {
                c.positionId = ex.positionId();
            }

            if (table.has("unit_code")) {
                String code = table.value(row, "unit_code");
                if (!code.isEmpty()) {
                    Ref u = snapshot.unitsByCode().get(code);
                    if (u == null || !u.active()) {
                        problems.add(problem(table, n, "unit_code", code, "employee.error.unitNotInAgency"));
                    } else {
                        c.unitId = u.id();
                    }
                }
            } else if (ex != null) {
                c.unitId = ex.unitId();
            }

            if (table.has("superior_nip")) {
                c.superiorGiven = true;
                c.superiorRaw = table.value(row, "superior_nip");
                c.superiorNip = reference(table, row, "superior_nip", c.superiorRaw, c.nip,
                        "employee.error.selfSuperior", problems);
            } else if (ex != null && ex.superiorId() != null && byId.containsKey(ex.superiorId())) {
                c.superiorNip = byId.get(ex.superiorId()).nip();
            }
            if (table.has("appraiser_nip")) {
                c.appraiserGiven = true;
                c.appraiserRaw = table.value(row, "appraiser_nip");
                c.appraiserNip = reference(table, row, "appraiser_nip", c.appraiserRaw, c.nip,
                        "employee.error.selfAppraiser", problems);
            } else if (ex != null && ex.appraiserId() != null && byId.containsKey(ex.appraiserId())) {
                c.appraiserNip = byId.get(ex.appraiserId()).nip();
            }
            candidates.add(c);
            progress.accept(++done);
        }

        // Superiors and appraisers: a row of the file (any order) or an active employee of the agency.
        for (Candidate c : candidates) {
            if (c.superiorGiven && c.superiorNip != null && !activeAfterImport(c.superiorNip, firstRow, snapshot)) {
                problems.add(problem(table, c.row, "superior_nip", c.superiorRaw, "employee.error.notInAgency"));
                c.superiorNip = null;
            }
            if (c.appraiserGiven && c.appraiserNip != null && !activeAfterImport(c.appraiserNip, firstRow, snapshot)) {
                problems.add(problem(table, c.row, "appraiser_nip", c.appraiserRaw, "employee.error.notInAgency"));
            }
        }

        // Reporting lines must not loop, through the file and the stored employees together.
        Map<String, String> superiorOf = new HashMap<>(snapshot.employeesByNip().size() + candidates.size());
        for (ExistingEmployee e : snapshot.employeesByNip().values()) {
            ExistingEmployee s = e.superiorId() == null ? null : byId.get(e.superiorId());
            if (s != null) {
                superiorOf.put(e.nip(), s.nip());
            }
        }
        for (Candidate c : candidates) {
            if (!c.nipOk) {
                continue;
            }
            superiorOf.remove(c.nip);
            if (c.superiorNip != null && !c.superiorNip.equals(c.nip)) {
                superiorOf.put(c.nip, c.superiorNip);
            }
        }
        Set<String> looping = Graphs.onCycles(superiorOf);
        for (Candidate c : candidates) {
            if (c.nipOk && c.superiorGiven && c.superiorNip != null && looping.contains(c.nip)) {
                problems.add(problem(table, c.row, "superior_nip", c.superiorRaw, "employee.error.superiorCycle"));
            }
        }

        if (!problems.isEmpty()) {
            problems.sort(ImportProblems.ORDER);
            return new Plan(List.of(), problems);
        }
        List<PlannedEmployee> planned = candidates.stream()
                .map(c -> new PlannedEmployee(c.row, c.nip, c.name, c.frontTitle, c.backTitle, c.asnType,
                        c.rankGrade, c.email, c.positionId, c.unitId, c.superiorNip,
                        c.appraiserNip != null && c.appraiserNip.equals(c.superiorNip) ? null : c.appraiserNip,
                        c.existing))
                .toList();
        return new Plan(planned, List.of());
    }

    /** The value of an optional text column: null when blank; the stored value when the file lacks the column. */
    private static String text(BoundTable table, SourceTable.SourceRow row, String column, String stored) {
        if (!table.has(column)) {
            return stored;
        }
        String v = table.value(row, column);
        return v.isEmpty() ? null : v;
    }

    /** A NIP that points at another employee: its digits, or null (blank or wrong, the problem recorded). */
    private static String reference(BoundTable table, SourceTable.SourceRow row, String column, String raw,
            String ownNip, String selfCode, List<ImportProblem> problems) {
        if (raw.isEmpty()) {
            return null;
        }
        if (table.isLossy(row, column)) {
            problems.add(problem(table, row.number(), column, raw, "import.error.numberPrecision"));
            return null;
        }
        Nip.Result r = Nip.check(raw);
        if (!r.valid()) {
            problems.add(problem(table, row.number(), column, raw, r.errorCode()));
            return null;
        }
        if (r.nip().value().equals(ownNip)) {
            problems.add(problem(table, row.number(), column, raw, selfCode));
            return null;
        }
        return r.nip().value();
    }

    private static boolean activeAfterImport(String nip, Map<String, Integer> fileNips, Snapshot snapshot) {
        ExistingEmployee stored = snapshot.employeesByNip().get(nip);
        if (fileNips.containsKey(nip)) {
            return stored == null || stored.active();
        }
        return stored != null && stored.active();
    }

    private static ImportProblem problem(BoundTable table, int row, String column, String value, String code,
            Object... args) {
        return ImportProblem.of(row, table.header(column), value, code, args);
    }
}
