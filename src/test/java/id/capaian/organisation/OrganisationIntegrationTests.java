package id.capaian.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.capaian.audit.AuditTrail;
import id.capaian.identity.AccountManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganisationIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired EmployeeManagement employees;
    @Autowired PositionManagement positions;
    @Autowired AccountManagement accounts;
    @Autowired AuditTrail audit;
    @Autowired AgencyManagement agencies;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final Actor system = Actor.system();

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    /**
     * Every page under an agency shows it, so a read agency is kept for a while (30 s): a change of its row behind
     * the application's back is not seen at once, a change made through the application is, and so is a
     * deactivation.
     */
    @Test
    void anAgencyIsKeptInMemoryAndAChangeThroughTheApplicationIsSeenAtOnce() {
        Agency agency = data.agency();
        assertThat(agencies.get(system, agency.id()).name()).isEqualTo(agency.name());
        jdbc.sql("UPDATE agency SET name = 'Diubah langsung' WHERE id = :id").param("id", agency.id()).update();
        assertThat(agencies.get(system, agency.id()).name()).as("kept in memory").isEqualTo(agency.name());

        AgencyForm form = new AgencyForm(agency.code(), "Pemerintah Kota Baru", AgencyKind.CITY);
        agencies.update(system, agency.id(), form);
        assertThat(agencies.get(system, agency.id()).name()).isEqualTo("Pemerintah Kota Baru");
        agencies.setActive(system, agency.id(), false);
        assertThat(agencies.get(system, agency.id()).active()).isFalse();
    }

    @Test
    void unitTreeOfAnyDepthCanBeMovedButNeverBelowItself() {
        Agency agency = data.agency();
        Unit dinkes = units.create(system, agency.id(), new UnitForm("1", "Dinas Kesehatan", null));
        Unit puskesmas = units.create(system, agency.id(), new UnitForm("1.2", "UPTD Puskesmas Kesatria", dinkes.id()));
        Unit bidang = units.create(system, agency.id(), new UnitForm("1.1", "Bidang Pelayanan Kesehatan", dinkes.id()));
        Unit seksi = units.create(system, agency.id(), new UnitForm("1.1.1", "Seksi Rujukan", bidang.id()));

        var tree = units.tree(system, agency.id(), false);
        assertThat(tree).extracting(r -> r.unit().name() + "@" + r.depth()).containsExactly(
                "Dinas Kesehatan@0", "Bidang Pelayanan Kesehatan@1", "Seksi Rujukan@2", "UPTD Puskesmas Kesatria@1");

        units.move(system, agency.id(), seksi.id(), puskesmas.id());
        assertThat(units.get(system, agency.id(), seksi.id()).parentId()).isEqualTo(puskesmas.id());

        Throwable cycle = catchThrowableOfType(InvalidInputException.class,
                () -> units.move(system, agency.id(), dinkes.id(), seksi.id()));
        assertThat(codes(cycle)).containsExactly("parentId:unit.error.cycle");
        assertThat(units.get(system, agency.id(), dinkes.id()).parentId()).isNull();

        Throwable self = catchThrowableOfType(InvalidInputException.class,
                () -> units.move(system, agency.id(), bidang.id(), bidang.id()));
        assertThat(codes(self)).containsExactly("parentId:unit.error.cycle");

        assertThat(units.subtreeIds(agency.id(), dinkes.id()))
                .containsExactlyInAnyOrder(dinkes.id(), bidang.id(), seksi.id(), puskesmas.id());
    }

    @Test
    void unitCodesAreUniquePerAgencyAndAUnitWithStaffStaysActive() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "BKPSDM");
        Throwable duplicate = catchThrowableOfType(InvalidInputException.class,
                () -> units.create(system, agency.id(), new UnitForm(unit.code(), "Lain", null)));
        assertThat(codes(duplicate)).containsExactly("code:validation.duplicateCode");
        // another agency may use the same code
        Agency other = data.agency();
        assertThat(units.create(system, other.id(), new UnitForm(unit.code(), "BKPSDM", null)).code()).isEqualTo(unit.code());

        Unit child = data.unit(agency, unit.id(), "Bidang Mutasi");
        data.employee(agency, child, null, null, "Rina Sihombing");
        Throwable busy = catchThrowableOfType(InvalidInputException.class,
                () -> units.setActive(system, agency.id(), unit.id(), false));
        assertThat(codes(busy)).containsExactly("active:unit.error.hasActiveSubunits");
        Throwable staffed = catchThrowableOfType(InvalidInputException.class,
                () -> units.setActive(system, agency.id(), child.id(), false));
        assertThat(codes(staffed)).containsExactly("active:unit.error.hasActiveStaff");
    }

    @Test
    void employeeInputIsCheckedWholeAndNothingIsStored() {
        Agency agency = data.agency();
        Agency other = data.agency();
        Unit foreignUnit = data.unit(other, null, "Unit lain");
        EmployeeForm form = new EmployeeForm();
        form.setNip("19890225 2024 21 1 013"); // a PPPK number
        form.setName(" ");
        form.setAsnType(AsnType.PNS);
        form.setRankGrade("IX");
        form.setEmail("not-an-email");
        form.setUnitId(foreignUnit.id());
        Throwable t = catchThrowableOfType(InvalidInputException.class, () -> employees.create(system, agency.id(), form));
        assertThat(codes(t)).containsExactlyInAnyOrder("name:validation.required", "asnType:employee.error.typeMismatch",
                "rankGrade:employee.error.rankPns", "email:validation.email", "unitId:employee.error.unitNotInAgency");
        assertThat(((InvalidInputException) t).problems()).filteredOn(p -> p.field().equals("asnType"))
                .extracting(Problem::args).containsExactly(List.of("PPPK"));
        assertThat(employees.search(system, agency.id(), new EmployeeManagement.Search(null, null, false, null, 0, 10))
                .totalElements()).isZero();
    }

    @Test
    void reportingLinesNeverCircleAndTheAppraiserDefaultsToTheSuperior() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kependudukan dan Pencatatan Sipil");
        Employee head = data.employee(agency, unit, null, null, "Maruli Simanjuntak");
        Employee chief = data.employee(agency, unit, null, head, "Lestari Damanik");
        Employee staff = data.employee(agency, unit, null, chief, "Johan Purba");

        assertThat(staff.appraiserId()).isEqualTo(chief.id());
        assertThat(staff.appraiserOverridden()).isFalse();
        assertThat(employees.appraisees(system, agency.id(), chief.id())).extracting(Employee::id).containsExactly(staff.id());

        EmployeeForm cycle = EmployeeForm.of(head);
        cycle.setSuperiorId(staff.id());
        Throwable t = catchThrowableOfType(InvalidInputException.class, () -> employees.update(system, agency.id(), head.id(), cycle));
        assertThat(codes(t)).containsExactly("superiorId:employee.error.superiorCycle");

        EmployeeForm self = EmployeeForm.of(staff);
        self.setSuperiorId(staff.id());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> employees.update(system, agency.id(), staff.id(), self)))).containsExactly("superiorId:employee.error.selfSuperior");

        EmployeeForm override = EmployeeForm.of(staff);
        override.setAppraiserId(head.id());
        Employee overridden = employees.update(system, agency.id(), staff.id(), override);
        assertThat(overridden.appraiserId()).isEqualTo(head.id());
        assertThat(overridden.appraiserOverridden()).isTrue();
        assertThat(overridden.superiorId()).isEqualTo(chief.id());
        assertThat(employees.appraisees(system, agency.id(), chief.id())).isEmpty();
        assertThat(employees.appraisees(system, agency.id(), head.id())).extracting(Employee::id)
                .containsExactlyInAnyOrder(chief.id(), staff.id());
    }

    @Test
    void deactivationKeepsHistoryDisablesTheAccountAndClearsTheUnitHead() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Sekretariat Daerah");
        Employee boss = data.employee(agency, unit, null, null, "Hotman Sinaga");
        Employee staff = data.employee(agency, unit, null, boss, "Dewi Lubis");
        UnitForm withHead = UnitForm.of(units.get(system, agency.id(), unit.id()));
        withHead.setHeadEmployeeId(boss.id());
        units.update(system, agency.id(), unit.id(), withHead);
        data.account(boss);

        Throwable t = catchThrowableOfType(InvalidInputException.class,
                () -> employees.deactivate(system, agency.id(), boss.id(), "Pensiun", null));
        assertThat(codes(t)).containsExactly("active:employee.error.hasReports");

        EmployeeForm move = EmployeeForm.of(staff);
        move.setSuperiorId(null);
        employees.update(system, agency.id(), staff.id(), move);
        Employee gone = employees.deactivate(system, agency.id(), boss.id(), "Pensiun", LocalDate.of(2026, 10, 1));

        assertThat(gone.active()).isFalse();
        assertThat(units.get(system, agency.id(), unit.id()).headEmployeeId()).isNull();
        assertThat(accounts.findByEmployee(boss.id()).orElseThrow().enabled()).isFalse();
        assertThat(employees.history(system, agency.id(), boss.id())).extracting(EmployeeHistoryEntry::kind)
                .containsExactly("DEACTIVATED", "APPOINTED");
        assertThat(employees.history(system, agency.id(), boss.id()).get(0).effectiveOn()).isEqualTo(LocalDate.of(2026, 10, 1));

        Employee back = employees.reactivate(system, agency.id(), boss.id(), "Salah input");
        assertThat(back.active()).isTrue();
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Pendidikan");
        Employee e = data.employee(agency, unit, null, null, "Rosmawati Harahap");
        EmployeeForm form = EmployeeForm.of(e);
        form.setName("Rosmawati Harahap Br. Nasution");
        employees.update(system, agency.id(), e.id(), form);

        var trail = audit.find(system, agency.id(), "employee", 0, 10).content();
        assertThat(trail).extracting(a -> a.action()).containsExactly("UPDATE", "CREATE");
        assertThat(trail.get(0).before()).contains("\"name\": \"Rosmawati Harahap\"");
        assertThat(trail.get(0).after()).contains("Br. Nasution");
        assertThat(trail.get(0).actor()).isEqualTo("system");
        assertThat(audit.find(system, agency.id(), "unit", 0, 10).totalElements()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        Agency agency = data.agency();
        Position p = data.position(agency, PositionKind.FUNGSIONAL, "Dokter Ahli Pertama");
        PositionForm first = PositionForm.of(p);
        PositionForm second = PositionForm.of(p);
        first.setName("Dokter Ahli Muda");
        first.setJfLevel(JfLevel.AHLI_MUDA);
        positions.update(system, agency.id(), p.id(), first);
        second.setName("Dokter");
        assertThatThrownBy(() -> positions.update(system, agency.id(), p.id(), second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(positions.get(system, agency.id(), p.id()).name()).isEqualTo("Dokter Ahli Muda");
    }

    @Test
    void functionalPositionsNeedALevelAndOthersMustNotHaveOne() {
        Agency agency = data.agency();
        Throwable missing = catchThrowableOfType(InvalidInputException.class, () -> positions.create(system, agency.id(),
                new PositionForm("JF-1", "Perawat", PositionKind.FUNGSIONAL, null, 7)));
        assertThat(codes(missing)).containsExactly("jfLevel:position.error.levelRequired");
        Throwable extra = catchThrowableOfType(InvalidInputException.class, () -> positions.create(system, agency.id(),
                new PositionForm("JA-1", "Kepala Bidang", PositionKind.ADMINISTRATOR, JfLevel.MAHIR, 18)));
        assertThat(codes(extra)).containsExactlyInAnyOrder("jfLevel:position.error.levelOnlyForJf", "classGrade:validation.range");
    }

    @Test
    void recordsOfAnotherAgencyAreNotFound() {
        Agency a = data.agency();
        Agency b = data.agency();
        Unit unitOfB = data.unit(b, null, "Unit B");
        assertThatThrownBy(() -> units.get(system, a.id(), unitOfB.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void orgChartCountsStaffIncludingSubunits() {
        Agency agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        Unit pkm = data.unit(agency, dinkes.id(), "Puskesmas Bane");
        Employee head = data.employee(agency, dinkes, null, null, "dr. Ani");
        data.employee(agency, pkm, null, head, "Bidan Sari");
        data.employee(agency, pkm, null, head, "Perawat Tono");
        UnitForm f = UnitForm.of(dinkes);
        f.setHeadEmployeeId(head.id());
        units.update(system, agency.id(), dinkes.id(), f);

        var chart = units.orgChart(system, agency.id());
        assertThat(chart).hasSize(1);
        assertThat(chart.get(0).head().id()).isEqualTo(head.id());
        assertThat(chart.get(0).staff()).isEqualTo(1);
        assertThat(chart.get(0).staffIncludingSubunits()).isEqualTo(3);
        assertThat(chart.get(0).children()).singleElement().satisfies(n -> assertThat(n.staff()).isEqualTo(2));
    }
}
