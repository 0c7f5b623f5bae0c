package id.capaian.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.internal.imports.BoundTable;
import id.capaian.organisation.internal.imports.EmployeeImport;
import id.capaian.organisation.internal.imports.ImportKind;
import id.capaian.organisation.internal.imports.ImportProblem;
import id.capaian.organisation.internal.imports.SourceTable;
import id.capaian.organisation.internal.imports.UnitImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The row-by-row checks, without a database: every problem names its row, column and message key. */
class ImportValidationTests {

    static final String BOSS = "197001012000011001";
    static final String A = "198001012005011001";
    static final String B = "198502022010021002";
    static final String C = "199003032015031003";
    static final String PPPK = "198902252024211013";

    private static SourceTable table(String[] header, String[]... rows) {
        List<SourceTable.SourceRow> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new SourceTable.SourceRow(i + 2, Arrays.asList(rows[i]), new BitSet()));
        }
        return new SourceTable(1, Arrays.asList(header), list);
    }

    // ------------------------------------------------------------------------------------------------ units

    static final String[] UNIT_HEADER = {"code", "name", "parent_code", "head_nip"};

    private static UnitImport.Plan units(UnitImport.Snapshot snapshot, String[]... rows) {
        return UnitImport.check(new BoundTable(ImportKind.UNITS, table(UNIT_HEADER, rows)), snapshot, n -> { });
    }

    private static UnitImport.Snapshot unitSnapshot() {
        return new UnitImport.Snapshot(Map.of(
                "SETDA", new UnitImport.ExistingUnit(1, "SETDA", "Sekretariat Daerah", null, null, true, 0),
                "LAMA", new UnitImport.ExistingUnit(2, "LAMA", "Unit lama", null, null, false, 0),
                "BAG", new UnitImport.ExistingUnit(3, "BAG", "Bagian Umum", 1L, null, true, 0)),
                Map.of(BOSS, 10L));
    }

    @Test
    void unitParentsResolveWithinTheFileInAnyOrderAndToStoredUnits() {
        var plan = units(unitSnapshot(),
                new String[] {"PKM-1", "Puskesmas Satu", "DINKES", BOSS},
                new String[] {"DINKES", "Dinas Kesehatan", "SETDA", ""},
                new String[] {"SETDA", "Sekretariat Daerah Kota", "", ""});

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.units()).extracting(UnitImport.PlannedUnit::code, UnitImport.PlannedUnit::parentCode,
                        UnitImport.PlannedUnit::headEmployeeId, p -> p.existing() != null)
                .containsExactly(tuple("PKM-1", "DINKES", 10L, false), tuple("DINKES", "SETDA", null, false),
                        tuple("SETDA", null, null, true));
    }

    @Test
    void unitProblemsNameRowColumnAndRule() {
        var plan = units(unitSnapshot(),
                new String[] {"DINKES", "Dinas Kesehatan", "NOPE", ""},
                new String[] {"DINKES", "Dinas Kesehatan lagi", "", ""},
                new String[] {"bad code", "", "LAMA", "123"},
                new String[] {"SELF", "Sendiri", "SELF", ""},
                new String[] {"X", "X", "Y", BOSS.substring(0, 17) + "0"},
                new String[] {"Y", "Y", "X", "199001012015011999"});

        assertThat(plan.units()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(2, "parent_code", "unit.error.parentNotFound"),
                        tuple(3, "code", "import.error.duplicateInFile"),
                        tuple(4, "code", "validation.code"),
                        tuple(4, "name", "validation.required"),
                        tuple(4, "head_nip", "nip.error.length"),
                        tuple(4, "parent_code", "unit.error.parentInactive"),
                        tuple(5, "parent_code", "unit.error.cycle"),
                        tuple(6, "head_nip", "nip.error.sequence"),
                        tuple(6, "parent_code", "unit.error.cycle"),
                        tuple(7, "head_nip", "employee.error.notInAgency"),
                        tuple(7, "parent_code", "unit.error.cycle"));
        assertThat(plan.problems().get(1).args()).containsExactly("DINKES", "2");
        assertThat(plan.problems().get(1).value()).isEqualTo("DINKES");
    }

    @Test
    void aUnitCannotBeMovedBelowItsOwnSubunitThroughTheFile() {
        // Stored: BAG lies under SETDA. Moving SETDA under BAG would loop.
        var plan = units(unitSnapshot(), new String[] {"SETDA", "Sekretariat Daerah", "BAG", ""});
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2, "parent_code", "unit.error.cycle"));
    }

    @Test
    void headersAreCheckedFirstAndIndonesianNamesAreAccepted() {
        var missing = UnitImport.check(new BoundTable(ImportKind.UNITS,
                table(new String[] {"kode", "induk", "catatan", "Kode"}, new String[] {"A", "", "x", "A"})),
                unitSnapshot(), n -> { });
        assertThat(missing.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(tuple(1, "catatan", "import.error.unknownColumn"),
                        tuple(1, "Kode", "import.error.duplicateColumn"),
                        tuple(1, "name", "import.error.missingColumn"));

        var aliases = UnitImport.check(new BoundTable(ImportKind.UNITS,
                table(new String[] {"Kode", "Nama Unit", "Kode Induk"}, new String[] {"A", "Unit A", ""})),
                unitSnapshot(), n -> { });
        assertThat(aliases.problems()).isEmpty();
    }

    // -------------------------------------------------------------------------------------------- employees

    static final String[] EMPLOYEE_HEADER = {"nip", "name", "front_title", "back_title", "asn_type", "rank_grade",
        "email", "position_code", "unit_code", "superior_nip", "appraiser_nip"};

    private static String[] employee(String nip, String name, String type, String rank, String superior) {
        return new String[] {nip, name, "", "", type, rank, "", "", "DINKES", superior, ""};
    }

    private static EmployeeImport.Snapshot employeeSnapshot() {
        var boss = new EmployeeImport.ExistingEmployee(100, BOSS, "Kepala", null, null, AsnType.PNS, "IV/a", null,
                null, 1L, null, null, true, 0);
        return new EmployeeImport.Snapshot(Map.of(BOSS, boss),
                Map.of("KADIS", new EmployeeImport.Ref(7, "KADIS", "Kepala Dinas", true)),
                Map.of("DINKES", new EmployeeImport.Ref(1, "DINKES", "Dinas Kesehatan", true),
                        "TUTUP", new EmployeeImport.Ref(2, "TUTUP", "Unit tutup", false)),
                Set.of("199512312020121001"));
    }

    private static EmployeeImport.Plan employees(String[]... rows) {
        return EmployeeImport.check(new BoundTable(ImportKind.EMPLOYEES, table(EMPLOYEE_HEADER, rows)),
                employeeSnapshot(), n -> { });
    }

    @Test
    void superiorsResolveWithinTheFileInAnyOrderAndToStoredEmployees() {
        var plan = employees(
                employee(C, "Citra", "PNS", "III/a", B),
                employee(B, "Bambang", "PNS", "III/c", "19800101 200501 1 001"),
                employee(A, "Ani", "PNS", "IV/a", BOSS),
                employee(PPPK, "Putri", "pppk", "IX", A));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.employees()).extracting(EmployeeImport.PlannedEmployee::nip,
                        EmployeeImport.PlannedEmployee::superiorNip, EmployeeImport.PlannedEmployee::asnType,
                        EmployeeImport.PlannedEmployee::unitId)
                .containsExactly(tuple(C, B, AsnType.PNS, 1L), tuple(B, A, AsnType.PNS, 1L),
                        tuple(A, BOSS, AsnType.PNS, 1L), tuple(PPPK, A, AsnType.PPPK, 1L));
    }

    @Test
    void employeeProblemsNameRowColumnAndRule() {
        String[] badEverything = {"12345", "", "", "", "ASN", "", "not-an-email", "NOPE", "TUTUP", "", ""};
        var plan = employees(
                employee(A, "Ani", "PNS", "III/a", ""),
                badEverything,
                employee(A, "Ani lagi", "PNS", "III/a", ""),
                employee(B, "Bambang", "PPPK", "III/a", "198001012005011009"),
                employee("199512312020121001", "Orang instansi lain", "PNS", "", ""),
                employee(C, "Citra", "PNS", "V/z", C));

        assertThat(plan.employees()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(3, "nip", "nip.error.length"),
                        tuple(3, "name", "validation.required"),
                        tuple(3, "asn_type", "import.error.asnType"),
                        tuple(3, "email", "validation.email"),
                        tuple(3, "position_code", "employee.error.positionNotInAgency"),
                        tuple(3, "unit_code", "employee.error.unitNotInAgency"),
                        tuple(4, "nip", "import.error.duplicateInFile"),
                        tuple(5, "asn_type", "employee.error.typeMismatch"),
                        tuple(5, "rank_grade", "employee.error.gradePppk"),
                        tuple(5, "superior_nip", "employee.error.notInAgency"),
                        tuple(6, "nip", "nip.error.duplicate"),
                        tuple(7, "rank_grade", "employee.error.rankPns"),
                        tuple(7, "superior_nip", "employee.error.selfSuperior"));
        assertThat(plan.problems().get(7).args()).containsExactly("PNS");
    }

    @Test
    void reportingLinesMustNotLoop() {
        var plan = employees(
                employee(A, "Ani", "PNS", "", C),
                employee(B, "Bambang", "PNS", "", A),
                employee(C, "Citra", "PNS", "", B),
                employee(BOSS, "Kepala", "PNS", "IV/a", ""));

        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2, "superior_nip", "employee.error.superiorCycle"),
                        tuple(3, "superior_nip", "employee.error.superiorCycle"),
                        tuple(4, "superior_nip", "employee.error.superiorCycle"));
    }

    @Test
    void aNipRoundedByASpreadsheetIsReportedAsSuch() {
        BitSet lossy = new BitSet();
        lossy.set(0);
        var row = new SourceTable.SourceRow(2, Arrays.asList("198001012005011000", "Ani", "", "", "PNS", "", "", "",
                "", "", ""), lossy);
        var plan = EmployeeImport.check(new BoundTable(ImportKind.EMPLOYEES,
                new SourceTable(1, Arrays.asList(EMPLOYEE_HEADER), List.of(row))), employeeSnapshot(), n -> { });
        assertThat(plan.problems()).extracting(ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple("nip", "import.error.numberPrecision"));
    }
}
