package id.capaian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.capaian.audit.AuditTrail;
import id.capaian.demo.DemoPlan.Featured;
import id.capaian.identity.Account;
import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Nip;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo data as the demo profile loads it at start-up: in a database of its own, so that its national
 * administrator and its 300 people stay out of the other tests' way.
 */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIntegrationTests {

    private static final Actor SYSTEM = Actor.system();

    @Autowired AgencyManagement agencies;
    @Autowired UnitManagement units;
    @Autowired PositionManagement positions;
    @Autowired EmployeeManagement employees;
    @Autowired AccountManagement accounts;
    @Autowired AuditTrail audit;
    @Autowired PasswordEncoder encoder;
    @Autowired DemoDataLoader loader;
    @Autowired MockMvc mvc;

    private final DemoPlan plan = DemoPlan.create();

    private Agency agency() {
        return agencies.findByCode(DemoPlan.AGENCY_CODE).orElseThrow();
    }

    private List<Unit> unitList(long agencyId) {
        return units.tree(SYSTEM, agencyId, true).stream().map(UnitManagement.TreeRow::unit).toList();
    }

    @Test
    void loadsPematangsiantarWithItsUnitTree() {
        Agency agency = agency();
        assertThat(agency.name()).isEqualTo("Pemerintah Kota Pematangsiantar");
        assertThat(agency.kind()).isEqualTo(AgencyKind.CITY);
        List<Unit> all = unitList(agency.id());
        Map<String, Unit> byName = all.stream().collect(Collectors.toMap(Unit::name, Function.identity(), (a, b) -> a));
        assertThat(byName).containsKeys("Sekretariat Daerah", "Bagian Umum", "Bagian Organisasi", "Bagian Hukum",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Bidang Mutasi dan Promosi",
                "Bidang Pengembangan Sumber Daya Manusia", "Bidang Penilaian Kinerja dan Penghargaan",
                "Dinas Kesehatan", "Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat",
                "UPTD Puskesmas Kesatria", "UPTD Puskesmas Bane", "Dinas Pendidikan", "Bidang Pembinaan Sekolah Dasar",
                "Bidang Pembinaan Sekolah Menengah Pertama", "SD Negeri 122350", "SMP Negeri 1 Pematangsiantar",
                "Dinas Kependudukan dan Pencatatan Sipil", "Bidang Pelayanan Pendaftaran Penduduk",
                "Bidang Pelayanan Pencatatan Sipil");

        long setda = byName.get("Sekretariat Daerah").id();
        List<Long> setdaTree = units.subtreeIds(agency.id(), setda);
        assertThat(all).filteredOn(u -> setdaTree.contains(u.id()) && u.name().startsWith("Subbagian"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(setdaTree).contains(byName.get("Bagian Umum").id(), byName.get("Bagian Hukum").id(),
                byName.get("Bagian Organisasi").id());

        long dinkes = byName.get("Dinas Kesehatan").id();
        assertThat(all).filteredOn(u -> u.parentId() != null && u.parentId() == dinkes)
                .filteredOn(u -> u.name().contains("Puskesmas")).hasSize(2);
        long disdik = byName.get("Dinas Pendidikan").id();
        assertThat(all).filteredOn(u -> u.parentId() != null && u.parentId() == disdik)
                .filteredOn(u -> u.name().startsWith("SD Negeri") || u.name().startsWith("SMP Negeri"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(byName.get("Bidang Mutasi dan Promosi").parentName())
                .isEqualTo("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        // several levels: Sekretariat Daerah > Asisten > Bagian > Subbagian
        assertThat(units.tree(SYSTEM, agency.id(), false).stream().mapToInt(UnitManagement.TreeRow::depth).max())
                .hasValue(3);
    }

    @Test
    void everyUnitHasAnActiveHeadWorkingInIt() {
        Agency agency = agency();
        Map<Long, Employee> people = byId(agency.id());
        for (Unit unit : unitList(agency.id())) {
            assertThat(unit.headEmployeeId()).as(unit.name()).isNotNull();
            Employee head = people.get(unit.headEmployeeId());
            assertThat(head).as(unit.name()).isNotNull();
            assertThat(head.active()).isTrue();
            assertThat(head.unitId()).isEqualTo(unit.id());
        }
    }

    @Test
    void hasAboutThreeHundredPeopleOfEveryKindWithValidNumbers() {
        Agency agency = agency();
        List<Employee> all = employees.activeInAgency(SYSTEM, agency.id());
        assertThat(all).hasSizeBetween(280, 320);
        assertThat(all.stream().map(Employee::positionKind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PositionKind.values());
        List<String> functional = all.stream().filter(e -> e.positionKind() == PositionKind.FUNGSIONAL)
                .map(Employee::positionName).toList();
        assertThat(functional).anyMatch(n -> n.startsWith("Dokter Ahli"))
                .anyMatch(n -> n.startsWith("Perawat")).anyMatch(n -> n.startsWith("Bidan"))
                .anyMatch(n -> n.startsWith("Guru")).anyMatch(n -> n.startsWith("Analis Sumber Daya Manusia Aparatur"));
        List<Position> defined = positions.list(SYSTEM, agency.id(), null, PositionKind.FUNGSIONAL, false);
        assertThat(defined).allSatisfy(p -> assertThat(p.jfLevel()).isNotNull());
        assertThat(defined.stream().map(Position::jfLevel).distinct().count()).isGreaterThanOrEqualTo(5);

        assertThat(all).anyMatch(e -> e.asnType() == AsnType.PNS).anyMatch(e -> e.asnType() == AsnType.PPPK);
        long pppk = all.stream().filter(e -> e.asnType() == AsnType.PPPK).count();
        assertThat(pppk * 100 / all.size()).isBetween(15L, 25L);
        for (Employee e : all) {
            Nip.Result nip = Nip.check(e.nip());
            assertThat(nip.valid()).as(e.nip()).isTrue();
            assertThat(nip.nip().type()).as(e.displayName()).isEqualTo(e.asnType());
            assertThat(e.rankGrade()).isNotBlank();
            assertThat(e.positionId()).isNotNull();
            assertThat(e.unitId()).isNotNull();
        }
        assertThat(all).filteredOn(e -> e.email() != null).hasSizeGreaterThan(all.size() / 4);
    }

    @Test
    void reportingLinesRunUpToTheSekretarisDaerah() {
        Agency agency = agency();
        Map<Long, Employee> people = byId(agency.id());
        List<Employee> tops = people.values().stream().filter(e -> e.superiorId() == null).toList();
        assertThat(tops).singleElement().satisfies(e -> {
            assertThat(e.positionName()).isEqualTo("Sekretaris Daerah");
            assertThat(e.positionKind()).isEqualTo(PositionKind.JPT);
        });
        Employee sekda = tops.get(0);
        for (Employee e : people.values()) {
            Set<Long> seen = new HashSet<>();
            Employee at = e;
            while (at.superiorId() != null) {
                assertThat(seen.add(at.id())).as("cycle through " + at.displayName()).isTrue();
                Employee superior = people.get(at.superiorId());
                assertThat(superior).as("superior of " + at.displayName() + " in the agency").isNotNull();
                assertThat(superior.active()).isTrue();
                at = superior;
            }
            assertThat(at.id()).isEqualTo(sekda.id());
        }
        // staff report to the head of their unit; the heads of the OPD to the Sekretaris Daerah
        Map<Long, Unit> unitsById = unitList(agency.id()).stream().collect(Collectors.toMap(Unit::id, u -> u));
        for (Employee e : people.values()) {
            Unit unit = unitsById.get(e.unitId());
            if (!unit.headEmployeeId().equals(e.id())) {
                assertThat(e.superiorId()).as(e.displayName()).isEqualTo(unit.headEmployeeId());
            } else if (unit.parentId() != null) {
                assertThat(e.superiorId()).as(e.displayName())
                        .isEqualTo(unitsById.get(unit.parentId()).headEmployeeId());
            } else if (!e.equals(sekda)) {
                assertThat(e.superiorId()).as(e.displayName()).isEqualTo(sekda.id());
            }
        }
        assertThat(people.values()).filteredOn(Employee::appraiserOverridden).singleElement()
                .satisfies(e -> assertThat(e.appraiserId()).isNotEqualTo(e.superiorId()));
    }

    @Test
    void everyoneCanSignInAndTheMainRolesAreThere() throws Exception {
        Agency agency = agency();
        List<Account> all = accounts.list(SYSTEM, agency.id(), null);
        assertThat(all).hasSize(employees.activeInAgency(SYSTEM, agency.id()).size());
        assertThat(all).allSatisfy(a -> assertThat(a.roles()).contains(Role.EMPLOYEE));

        String adminNip = plan.featured().get(Featured.AGENCY_ADMIN);
        var admin = accounts.credentials(adminNip).orElseThrow();
        assertThat(admin.account().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.AGENCY_ADMIN);
        assertThat(admin.account().agencyId()).isEqualTo(agency.id());
        assertThat(admin.account().mustChangePassword()).isFalse();
        assertThat(encoder.matches(DemoDataLoader.PASSWORD, admin.passwordHash())).isTrue();
        assertThat(employees.findByNip(adminNip).orElseThrow().unitName())
                .isEqualTo("Bidang Penilaian Kinerja dan Penghargaan");

        var head = accounts.credentials(plan.featured().get(Featured.AGENCY_HEAD)).orElseThrow();
        assertThat(head.account().roles()).contains(Role.AGENCY_HEAD);
        assertThat(all).filteredOn(a -> a.roles().contains(Role.AGENCY_ADMIN)).hasSize(1);

        Employee supervisor = employees.findByNip(plan.featured().get(Featured.SUPERVISOR)).orElseThrow();
        assertThat(employees.appraisees(SYSTEM, agency.id(), supervisor.id())).hasSizeGreaterThanOrEqualTo(3);
        Employee employee = employees.findByNip(plan.featured().get(Featured.EMPLOYEE)).orElseThrow();
        assertThat(employee.superiorId()).isEqualTo(supervisor.id());

        var national = accounts.credentials(plan.featured().get(Featured.NATIONAL_ADMIN)).orElseThrow();
        assertThat(national.account().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.NATIONAL_ADMIN);
        assertThat(agencies.findByCode(DemoPlan.NATIONAL_AGENCY_CODE).orElseThrow().id())
                .isEqualTo(national.account().agencyId());

        mvc.perform(formLogin("/login").userParameter("nip").user(adminNip).password(DemoDataLoader.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wentThroughTheServicesSoTheAuditTrailHasIt() {
        Agency agency = agency();
        long recorded = audit.find(SYSTEM, agency.id(), "employee", 0, 1).totalElements();
        assertThat(recorded).isGreaterThanOrEqualTo(employees.activeInAgency(SYSTEM, agency.id()).size());
        assertThat(audit.find(SYSTEM, agency.id(), "employee", 0, 1).content().get(0).actor()).isEqualTo("system");
    }

    @Test
    void loadingAgainCreatesNothingAndPrintsTheLoginsAgain(CapturedOutput output) {
        Agency agency = agency();
        int people = employees.activeInAgency(SYSTEM, agency.id()).size();
        int unitCount = unitList(agency.id()).size();
        int positionCount = positions.list(SYSTEM, agency.id(), null, null, true).size();
        int accountCount = accounts.list(SYSTEM, agency.id(), null).size();
        long agencyCount = agencies.list(SYSTEM, null).size();

        assertThat(loader.load()).isFalse();

        assertThat(employees.activeInAgency(SYSTEM, agency.id())).hasSize(people);
        assertThat(unitList(agency.id())).hasSize(unitCount);
        assertThat(positions.list(SYSTEM, agency.id(), null, null, true)).hasSize(positionCount);
        assertThat(accounts.list(SYSTEM, agency.id(), null)).hasSize(accountCount);
        assertThat(agencies.list(SYSTEM, null)).hasSize((int) agencyCount);
        assertThat(output.getOut()).contains("Agency administrator", "Agency head", "Supervisor", "Employee",
                "National administrator", plan.featured().get(Featured.AGENCY_ADMIN), DemoDataLoader.PASSWORD,
                "http://localhost:");
    }

    private Map<Long, Employee> byId(long agencyId) {
        return employees.activeInAgency(SYSTEM, agencyId).stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));
    }
}
