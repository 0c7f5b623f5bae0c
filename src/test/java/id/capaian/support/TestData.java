package id.capaian.support;

import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyForm;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.JfLevel;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionForm;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Builders for test records: unique codes and valid, unique NIPs, made through the real services. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "Rahasia12345";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private final AgencyManagement agencies;
    private final UnitManagement units;
    private final PositionManagement positions;
    private final EmployeeManagement employees;
    private final AccountManagement accounts;

    public TestData(AgencyManagement agencies, UnitManagement units, PositionManagement positions,
            EmployeeManagement employees, AccountManagement accounts) {
        this.agencies = agencies;
        this.units = units;
        this.positions = positions;
        this.employees = employees;
        this.accounts = accounts;
        // a real installation has a national administrator; without one every page leads to the set-up page
        if (accounts.setupNeeded()) {
            try {
                accounts.setupFirstAdmin(NATIONAL_ADMIN_NIP, "Admin Nasional Uji", PASSWORD, PASSWORD);
            } catch (org.springframework.security.access.AccessDeniedException raced) {
                // another test context set it up first
            }
        }
    }

    /** The national administrator every test context has. */
    public static final String NATIONAL_ADMIN_NIP = "197001012000011001";

    public static int next() {
        return SEQ.incrementAndGet();
    }

    /** A valid PNS NIP never used before in this JVM: born 1980-1999, appointed 2005-2019. */
    public static String pnsNip() {
        int n = next();
        return String.format("%04d%02d%02d%04d%02d%d%03d", 1980 + n % 20, 1 + n % 12, 1 + n % 28, 2005 + n % 15,
                1 + n % 12, 1 + n % 2, 1 + n % 999);
    }

    /** A valid PPPK NIP never used before in this JVM. */
    public static String pppkNip() {
        int n = next();
        return String.format("%04d%02d%02d%04d2%d%d%03d", 1985 + n % 15, 1 + n % 12, 1 + n % 28, 2021 + n % 4,
                1 + n % 9, 1 + n % 2, 1 + n % 999);
    }

    public Agency agency() {
        int n = next();
        return agencies.create(Actor.system(), new AgencyForm("T" + n + "-" + (System.nanoTime() % 100000),
                "Pemerintah Kota Uji " + n, AgencyKind.CITY));
    }

    public Unit unit(Agency agency, Long parentId, String name) {
        return units.create(Actor.system(), agency.id(), new UnitForm("U" + next(), name, parentId));
    }

    public Position position(Agency agency, PositionKind kind, String name) {
        return positions.create(Actor.system(), agency.id(), new PositionForm("P" + next(), name, kind,
                kind == PositionKind.FUNGSIONAL ? JfLevel.AHLI_PERTAMA : null, 9));
    }

    public Employee employee(Agency agency, Unit unit, Position position, Employee superior, String name) {
        EmployeeForm f = new EmployeeForm();
        f.setNip(pnsNip());
        f.setName(name);
        f.setAsnType(AsnType.PNS);
        f.setRankGrade("III/a");
        f.setUnitId(unit == null ? null : unit.id());
        f.setPositionId(position == null ? null : position.id());
        f.setSuperiorId(superior == null ? null : superior.id());
        return employees.create(Actor.system(), agency.id(), f);
    }

    /** An account for the employee with {@link #PASSWORD} and the given roles. */
    public long account(Employee employee, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.EMPLOYEE) : EnumSet.of(roles[0], roles);
        return accounts.createWithHash(Actor.system(), employee, accounts.encode(PASSWORD), set);
    }
}
