package id.capaian.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.organisation.internal.imports.ImportJob;
import id.capaian.organisation.internal.imports.ImportJobs;
import id.capaian.organisation.internal.imports.ImportKind;
import id.capaian.organisation.internal.imports.ImportProblem;
import id.capaian.organisation.internal.imports.ImportStatus;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Imports against the real database: all or nothing, references resolved, history and audit written. */
@IntegrationTest
class ImportIntegrationTests {

    static final String[] UNIT_HEADER = {"code", "name", "parent_code", "head_nip"};
    static final String[] EMPLOYEE_HEADER = {"nip", "name", "front_title", "back_title", "asn_type", "rank_grade",
        "email", "position_code", "unit_code", "superior_nip", "appraiser_nip"};

    @Autowired TestData data;
    @Autowired ImportJobs jobs;
    @Autowired UnitManagement units;
    @Autowired EmployeeManagement employees;
    @Autowired JdbcClient jdbc;

    private final Actor system = Actor.system();

    private ImportJob importFile(Agency agency, ImportKind kind, String fileName, byte[] content) {
        ImportJob started = jobs.start(system, agency.id(), kind, fileName, content);
        return ImportFiles.await(jobs, system, agency.id(), started.id(), Duration.ofMinutes(3));
    }

    private long count(String sql, long agencyId) {
        return jdbc.sql(sql).param("agency", agencyId).query(Long.class).single();
    }

    private Map<String, Long> counts(long agencyId) {
        return Map.of(
                "units", count("SELECT count(*) FROM org_unit WHERE agency_id = :agency", agencyId),
                "employees", count("SELECT count(*) FROM employee WHERE agency_id = :agency", agencyId),
                "history", count("SELECT count(*) FROM employee_history WHERE agency_id = :agency", agencyId),
                "audit", count("SELECT count(*) FROM audit_event WHERE agency_id = :agency", agencyId));
    }

    private static List<String[]> rows(String[] header, String[]... rows) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(List.of(rows));
        return all;
    }

    private static String[] employee(String nip, String name, String type, String rank, String unit, String superior) {
        return new String[] {nip, name, "", "", type, rank, "", "", unit, superior, ""};
    }

    @Test
    void unitsFromCsvResolveParentsInAnyOrderAndUpdateExistingCodes() {
        Agency agency = data.agency();
        Unit setda = data.unit(agency, null, "Setda");
        byte[] csv = ImportFiles.csv(rows(UNIT_HEADER,
                new String[] {"PKM-KESATRIA", "UPTD Puskesmas Kesatria", "DINKES", ""},
                new String[] {"BID-YANKES", "Bidang Pelayanan Kesehatan", "DINKES", ""},
                new String[] {"DINKES", "Dinas Kesehatan", setda.code(), ""},
                new String[] {setda.code(), "Sekretariat Daerah", "", ""}));

        ImportJob job = importFile(agency, ImportKind.UNITS, "unit.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.outcome().created()).isEqualTo(3);
        assertThat(job.outcome().updated()).isEqualTo(1);
        assertThat(job.storedRows()).isEqualTo(4);
        var tree = units.tree(system, agency.id(), false);
        assertThat(tree).extracting(r -> r.unit().code() + "@" + r.depth() + ":" + r.unit().name())
                .containsExactly(setda.code() + "@0:Sekretariat Daerah", "DINKES@1:Dinas Kesehatan",
                        "BID-YANKES@2:Bidang Pelayanan Kesehatan", "PKM-KESATRIA@2:UPTD Puskesmas Kesatria");
        assertThat(count("SELECT count(*) FROM audit_event WHERE agency_id = :agency AND entity_type = 'unit'"
                + " AND action = 'CREATE'", agency.id())).isEqualTo(4); // 1 by TestData, 3 by the import
        assertThat(count("SELECT count(*) FROM audit_event WHERE agency_id = :agency AND action = 'IMPORT'",
                agency.id())).isEqualTo(1);

        // The same file again changes nothing.
        ImportJob again = importFile(agency, ImportKind.UNITS, "unit.csv", csv);
        assertThat(again.outcome().created()).isZero();
        assertThat(again.outcome().updated()).isZero();
        assertThat(again.outcome().unchanged()).isEqualTo(4);
    }

    @Test
    void unitProblemsAreReportedAndNothingIsStored() {
        Agency agency = data.agency();
        data.unit(agency, null, "Setda");
        Map<String, Long> before = counts(agency.id());
        byte[] csv = ImportFiles.csv(rows(UNIT_HEADER,
                new String[] {"A", "Unit A", "B", ""},
                new String[] {"B", "Unit B", "A", ""},
                new String[] {"C", "Unit C", "NOPE", ""},
                new String[] {"C", "Unit C lagi", "", ""},
                new String[] {"D", "Unit D", "", ""}));

        ImportJob job = importFile(agency, ImportKind.UNITS, "unit.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.outcome().problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2, "parent_code", "unit.error.cycle"),
                        tuple(3, "parent_code", "unit.error.cycle"),
                        tuple(4, "parent_code", "unit.error.parentNotFound"),
                        tuple(5, "code", "import.error.duplicateInFile"));
        assertThat(counts(agency.id())).isEqualTo(before);
    }

    @Test
    void employeesResolveSuperiorsFromTheFileAndStoredEmployeesWithHistoryAndAudit() {
        Agency agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        Position analyst = data.position(agency, PositionKind.PELAKSANA, "Analis");
        Employee head = data.employee(agency, dinkes, null, null, "Kepala Dinas");
        String ani = ImportFiles.nip();
        String budi = ImportFiles.nip();
        String citra = ImportFiles.nip();
        byte[] xlsx = ImportFiles.xlsx(rows(EMPLOYEE_HEADER,
                new String[] {citra, "Citra Lestari", "", "S.Kom.", "PNS", "III/a", "citra@example.go.id",
                    analyst.code(), dinkes.code(), budi, ani},
                employee(budi, "Budi Santoso", "PNS", "III/c", dinkes.code(), ani),
                employee(ani, "Ani Wijaya", "PNS", "IV/a", dinkes.code(), head.nip()),
                new String[] {head.nip(), "Kepala Dinas Baru", "dr.", "", "PNS", "IV/c", "", "", dinkes.code(), "", ""}));

        ImportJob job = importFile(agency, ImportKind.EMPLOYEES, "pegawai.xlsx", xlsx);

        assertThat(job.status()).as("%s", job.outcome()).isEqualTo(ImportStatus.DONE);
        assertThat(job.outcome().created()).isEqualTo(3);
        assertThat(job.outcome().updated()).isEqualTo(1);
        Employee a = employees.findByNip(ani).orElseThrow();
        Employee b = employees.findByNip(budi).orElseThrow();
        Employee c = employees.findByNip(citra).orElseThrow();
        assertThat(a.superiorId()).isEqualTo(head.id());
        assertThat(b.superiorId()).isEqualTo(a.id());
        assertThat(c.superiorId()).isEqualTo(b.id());
        assertThat(c.appraiserId()).isEqualTo(a.id());
        assertThat(c.appraiserOverridden()).isTrue();
        assertThat(c.positionId()).isEqualTo(analyst.id());
        assertThat(c.displayName()).isEqualTo("Citra Lestari, S.Kom.");
        assertThat(employees.get(system, agency.id(), head.id()).displayName()).isEqualTo("dr. Kepala Dinas Baru");
        assertThat(employees.history(system, agency.id(), c.id())).extracting(h -> h.kind()).containsExactly("APPOINTED");
        assertThat(count("SELECT count(*) FROM audit_event WHERE agency_id = :agency AND entity_type = 'employee'"
                + " AND action = 'UPDATE'", agency.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE agency_id = :agency AND entity_type = 'employee'"
                + " AND action = 'CREATE'", agency.id())).isEqualTo(4); // the head by TestData, 3 by the import
    }

    @Test
    void oneBadRowAmongGoodOnesStoresNothing() {
        Agency agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        data.employee(agency, dinkes, null, null, "Kepala");
        Map<String, Long> before = counts(agency.id());
        String first = ImportFiles.nip();
        byte[] csv = ImportFiles.csv(rows(EMPLOYEE_HEADER,
                employee(first, "Satu", "PNS", "III/a", dinkes.code(), ""),
                employee(ImportFiles.nip(), "Dua", "PNS", "III/a", dinkes.code(), first),
                employee("19860926 201505 1 00", "Tiga", "PNS", "III/a", dinkes.code(), first),
                employee(ImportFiles.nip(), "Empat", "PPPK", "III/a", dinkes.code(), first)));

        ImportJob job = importFile(agency, ImportKind.EMPLOYEES, "pegawai.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.storedRows()).isZero();
        assertThat(job.outcome().problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::code)
                .containsExactly(tuple(4, "nip", "19860926 201505 1 00", "nip.error.length"),
                        tuple(5, "asn_type", "PPPK", "employee.error.typeMismatch"),
                        tuple(5, "rank_grade", "III/a", "employee.error.gradePppk"));
        assertThat(counts(agency.id())).isEqualTo(before);
        assertThat(employees.findByNip(first)).isEmpty();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAtOnceAndAnUnreadableOneFailsTheJob() {
        Agency agency = data.agency();
        assertThatThrownBy(() -> jobs.start(system, agency.id(), ImportKind.UNITS, "foto.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .hasMessageContaining("import.error.fileType");
        ImportJob job = importFile(agency, ImportKind.UNITS, "../../etc/rusak.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(job.fileName()).isEqualTo("rusak.xlsx");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.outcome().problems()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(tuple(null, "import.error.unreadable"));
    }

    @Test
    void anImportBelongsToItsAgency() {
        Agency a = data.agency();
        Agency b = data.agency();
        Employee adminB = data.employee(b, null, null, null, "Admin B");
        ImportJob job = importFile(a, ImportKind.UNITS, "unit.csv",
                ImportFiles.csv(rows(UNIT_HEADER, new String[] {"X1", "Unit X", "", ""})));

        assertThatThrownBy(() -> jobs.get(system, b.id(), job.id())).isInstanceOf(NotFoundException.class);
        Actor adminOfB = new Actor() {
            @Override public String username() { return adminB.nip(); }
            @Override public Long agencyId() { return b.id(); }
            @Override public Long employeeId() { return adminB.id(); }
            @Override public Set<Role> roles() { return Set.of(Role.AGENCY_ADMIN); }
        };
        assertThatThrownBy(() -> jobs.get(adminOfB, a.id(), job.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.list(adminOfB, a.id(), 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.list(adminOfB, b.id(), 10)).isEmpty();
        assertThat(jobs.list(system, a.id(), 10)).extracting(ImportJob::id).containsExactly(job.id());
    }

    @Test
    void tenThousandEmployeesImportInOneGo() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Pendidikan");
        Position teacher = data.position(agency, PositionKind.FUNGSIONAL, "Guru Ahli Pertama");
        int n = 10_000;
        List<String> nips = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nips.add(ImportFiles.nip());
        }
        List<String[]> body = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String superior = i == 0 ? "" : nips.get((i - 1) / 10);
            body.add(new String[] {nips.get(i), "Pegawai " + i, "", "S.Pd.", "PNS", "III/b",
                "pegawai" + i + "@example.go.id", teacher.code(), unit.code(), superior, ""});
        }
        Collections.shuffle(body, new Random(42)); // superiors come before and after their staff
        List<String[]> all = new ArrayList<>();
        all.add(EMPLOYEE_HEADER);
        all.addAll(body);
        byte[] xlsx = ImportFiles.xlsx(all);

        long started = System.nanoTime();
        ImportJob job = importFile(agency, ImportKind.EMPLOYEES, "10000-pegawai.xlsx", xlsx);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("10,000-employee XLSX import (%d KB): %s in %d ms%n", xlsx.length / 1024, job.status(), millis);

        assertThat(job.status()).as("%s", job.outcome()).isEqualTo(ImportStatus.DONE);
        assertThat(job.outcome().created()).isEqualTo(n);
        assertThat(job.totalRows()).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM employee WHERE agency_id = :agency", agency.id())).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM employee_history WHERE agency_id = :agency AND kind = 'APPOINTED'",
                agency.id())).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM audit_event WHERE agency_id = :agency AND entity_type = 'employee'",
                agency.id())).isEqualTo(n);
        Map<String, String> superiorOf = jdbc.sql("""
                SELECT e.nip, s.nip AS superior FROM employee e LEFT JOIN employee s ON s.id = e.superior_id
                WHERE e.agency_id = :agency""").param("agency", agency.id())
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .filter(r -> r[1] != null).collect(Collectors.toMap(r -> r[0], r -> r[1]));
        assertThat(superiorOf).hasSize(n - 1);
        assertThat(superiorOf.get(nips.get(9999))).isEqualTo(nips.get(999));
    }
}
