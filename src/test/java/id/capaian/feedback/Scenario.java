package id.capaian.feedback;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Unit;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small health office for the feedback, dialogue and notification tests: the head of the office (kepala dinas)
 * above the head of a section (the appraiser) with two staff members and a colleague of theirs, an administrator,
 * and someone of another agency. Everyone signs in (their actor is the signed-in principal).
 */
public final class Scenario {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public final Agency agency;
    public final Employee kadis;
    public final Employee head;
    public final Employee staff;
    public final Employee staff2;
    public final Employee colleague;
    public final Employee admin;
    public final Employee stranger;
    public final Actor kadisActor;
    public final Actor headActor;
    public final Actor staffActor;
    public final Actor staff2Actor;
    public final Actor colleagueActor;
    public final Actor adminActor;
    public final Actor strangerActor;

    private final PeriodManagement periods;
    private final PlanManagement plans;
    private final RealisationManagement realisations;

    public Scenario(TestData data, UserDetailsService users, PeriodManagement periods, PlanManagement plans,
            RealisationManagement realisations) {
        this.periods = periods;
        this.plans = plans;
        this.realisations = realisations;
        agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        Unit seksi = data.unit(agency, dinkes.id(), "Seksi Pelayanan Kesehatan Primer");
        kadis = data.employee(agency, dinkes, null, null, "Kepala Dinas Kesehatan");
        head = data.employee(agency, seksi, null, kadis, "Kepala Seksi Yankes Primer");
        staff = data.employee(agency, seksi, null, head, "Bidan Puskesmas Kahean");
        staff2 = data.employee(agency, seksi, null, head, "Perawat Puskesmas Kahean");
        colleague = data.employee(agency, seksi, null, kadis, "Kepala Seksi Kesehatan Lingkungan");
        admin = data.employee(agency, dinkes, null, kadis, "Admin BKPSDM");
        Agency other = data.agency();
        stranger = data.employee(other, data.unit(other, null, "Dinas Lain"), null, null, "Pegawai Instansi Lain");
        data.account(kadis);
        data.account(head);
        data.account(staff);
        data.account(staff2);
        data.account(colleague);
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        kadisActor = (Actor) users.loadUserByUsername(kadis.nip());
        headActor = (Actor) users.loadUserByUsername(head.nip());
        staffActor = (Actor) users.loadUserByUsername(staff.nip());
        staff2Actor = (Actor) users.loadUserByUsername(staff2.nip());
        colleagueActor = (Actor) users.loadUserByUsername(colleague.nip());
        adminActor = (Actor) users.loadUserByUsername(admin.nip());
        strangerActor = (Actor) users.loadUserByUsername(stranger.nip());
    }

    public static int year() {
        return LocalDate.now(JAKARTA).getYear();
    }

    public static int month() {
        return LocalDate.now(JAKARTA).getMonthValue();
    }

    public Period period(int year) {
        return periods.list(adminActor, agency.id()).stream().filter(p -> p.year() == year).findFirst()
                .orElseGet(() -> periods.open(adminActor, agency.id(), new PeriodForm(year, SubPeriodScheme.MONTHLY, null)));
    }

    /** A submitted plan of an employee (appraised by the head) with one result and two indicators. */
    public Plan submittedPlan(Actor owner, int year) {
        Period period = period(year);
        Plan plan = plans.create(owner, agency.id(), period.id(), owner.employeeId());
        PlannedResult r = plans.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Meningkatnya cakupan pelayanan kesehatan ibu hamil", null, null));
        plans.addIndicator(owner, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Ibu hamil mendapat pelayanan K4",
                new BigDecimal("120"), "orang", Direction.HIGHER));
        plans.addIndicator(owner, agency.id(), r.id(), IndicatorForm.number(Aspect.WAKTU, "Waktu rekapitulasi laporan",
                new BigDecimal("3"), "hari", Direction.LOWER));
        return plans.submit(owner, agency.id(), plan.id());
    }

    /** The staff member's approved plan of the current year. */
    public Plan approvedPlan() {
        Plan plan = submittedPlan(staffActor, year());
        return plans.approve(headActor, agency.id(), plan.id());
    }

    /** A realisation of the first indicator of the plan in the current month. */
    public Realisation realisation(Plan plan) {
        long indicatorId = plan.results().get(0).indicators().get(0).id();
        return realisations.record(staffActor, agency.id(), plan.id(), indicatorId, month(),
                new RealisationForm(new BigDecimal("97"), null, "Sesuai kohort ibu"));
    }

    public static void setEmail(EmployeeManagement employees, Agency agency, Employee e, String email) {
        EmployeeForm f = EmployeeForm.of(employees.get(Actor.system(), agency.id(), e.id()));
        f.setEmail(email);
        employees.update(Actor.system(), agency.id(), e.id(), f);
    }
}
