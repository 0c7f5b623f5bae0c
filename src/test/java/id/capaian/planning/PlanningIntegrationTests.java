package id.capaian.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import id.capaian.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PlanningIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;

    Agency agency;
    Unit dinkes;
    Employee head;
    Employee staff;
    Employee colleague;
    Actor admin;
    Actor headActor;
    Actor staffActor;
    Actor colleagueActor;
    Period period;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "dr. Ronald Sitorus");
        staff = data.employee(agency, dinkes, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog"), head, "Maria Tambunan");
        colleague = data.employee(agency, dinkes, null, head, "Tono Sirait");
        UnitForm f = UnitForm.of(dinkes);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), dinkes.id(), f);
        Employee adminEmployee = data.employee(agency, dinkes, null, head, "Admin BKPSDM");
        data.account(adminEmployee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(head);
        data.account(staff);
        data.account(colleague);
        admin = (Actor) users.loadUserByUsername(adminEmployee.nip());
        headActor = (Actor) users.loadUserByUsername(head.nip());
        staffActor = (Actor) users.loadUserByUsername(staff.nip());
        colleagueActor = (Actor) users.loadUserByUsername(colleague.nip());
        period = periods.open(admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, null));
    }

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(Problem::code).toList();
    }

    @Test
    void aPeriodHasItsSubPeriodsAndTheJanuaryDeadline() {
        assertThat(period.planDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(period.subPeriods()).hasSize(4);
        assertThat(period.subPeriods().get(1).start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(period.subPeriods().get(3).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> periods.open(admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.MONTHLY, null)))))
                .containsExactly("period.error.exists");
        assertThatThrownBy(() -> periods.open(staffActor, agency.id(), new PeriodForm(2027, SubPeriodScheme.MONTHLY, null)))
                .isInstanceOf(AccessDeniedException.class);
        Period monthly = periods.open(admin, agency.id(), new PeriodForm(2027, SubPeriodScheme.MONTHLY, LocalDate.of(2027, 2, 15)));
        assertThat(monthly.subPeriods()).hasSize(12);
        assertThat(monthly.subPeriods().get(1).end()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theCascadeRunsFromTheUnitAgreementThroughTheHeadToTheStaff() {
        UnitAgreement pk = agreements.open(headActor, agency.id(), period.id(), dinkes.id());
        UnitIndicator iku = agreements.addIndicator(headActor, agency.id(), pk.id(), new UnitIndicatorForm(
                "Meningkatnya derajat kesehatan masyarakat", "Cakupan imunisasi dasar lengkap", new BigDecimal("95"), "%", Direction.HIGHER));
        assertThatThrownBy(() -> agreements.addIndicator(staffActor, agency.id(), pk.id(), new UnitIndicatorForm("x", "y", BigDecimal.ONE, null, Direction.HIGHER)))
                .isInstanceOf(AccessDeniedException.class);

        Plan headPlan = plans.create(headActor, agency.id(), period.id(), head.id());
        assertThat(headPlan.behaviours()).hasSize(7);
        PlannedResult headResult = plans.addResult(headActor, agency.id(), headPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Terlaksananya imunisasi dasar lengkap di seluruh puskesmas", null, iku.id()));
        assertThat(headResult.unitIndicatorName()).isEqualTo("Cakupan imunisasi dasar lengkap");

        // staff draft against the superior's draft
        Plan staffPlan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlanManagement.Candidates candidates = plans.candidates(staffActor, agency.id(), staffPlan.id());
        assertThat(candidates.superiorResults()).extracting(PlannedResult::id).containsExactly(headResult.id());
        assertThat(candidates.unitIndicators()).isEmpty();
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> plans.addResult(staffActor, agency.id(),
                staffPlan.id(), new ResultForm(ResultKind.UTAMA, "Laporan", null, iku.id())))))
                .containsExactly("plan.error.indicatorNotAllowed");
        PlannedResult r = plans.addResult(staffActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Tersusunnya laporan surveilans imunisasi", headResult.id(), null));
        assertThat(r.parentStatement()).isEqualTo(headResult.statement());

        // incomplete plans cannot be submitted, and every reason is named
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> plans.submit(staffActor, agency.id(), staffPlan.id())))).containsExactly("plan.error.noIndicator");
        plans.addIndicator(staffActor, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Jumlah laporan surveilans", new BigDecimal("12"), "laporan", Direction.HIGHER));
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> plans.addIndicator(staffActor,
                agency.id(), r.id(), IndicatorForm.text(Aspect.KUALITAS, "Mutu laporan", "Laporan lengkap dan tepat")))))
                .containsExactly("plan.error.textTargetInQuantitative");
        plans.setActions(staffActor, agency.id(), r.id(), Map.of(1, "Mengumpulkan data", 2, "Menyusun laporan", 3, " "));
        assertThat(plans.get(staffActor, agency.id(), staffPlan.id()).results().get(0).actions())
                .extracting(ActionPlan::subPeriod).containsExactly(1, 2);

        // the superior changes the result the staff contributes to: the staff is told
        plans.updateResult(headActor, agency.id(), headResult.id(), new ResultForm(ResultKind.UTAMA,
                "Tercapainya imunisasi dasar lengkap 95% di seluruh puskesmas", null, iku.id()));
        Plan flagged = plans.get(staffActor, agency.id(), staffPlan.id());
        assertThat(flagged.results().get(0).parentChanged()).isTrue();
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> plans.submit(staffActor, agency.id(), staffPlan.id())))).containsExactly("plan.error.parentChanged");
        plans.acknowledgeParentChange(staffActor, agency.id(), r.id());

        Plan submitted = plans.submit(staffActor, agency.id(), staffPlan.id());
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.appraiserId()).isEqualTo(head.id());
        assertThatThrownBy(() -> plans.addResult(staffActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.TAMBAHAN, "x", null, null)))
                .isInstanceOf(InvalidInputException.class);

        // only the appraiser decides
        assertThatThrownBy(() -> plans.approve(staffActor, agency.id(), staffPlan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.approve(admin, agency.id(), staffPlan.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> plans.returnToEmployee(headActor, agency.id(), staffPlan.id(), " ")))).containsExactly("plan.error.reasonRequired");
        Plan returned = plans.returnToEmployee(headActor, agency.id(), staffPlan.id(), "Tambahkan indikator kualitas");
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("Tambahkan indikator kualitas");
        plans.submit(staffActor, agency.id(), staffPlan.id());
        Plan approved = plans.approve(headActor, agency.id(), staffPlan.id());
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);

        // after approval: only through a revision with a reason
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> plans.addResult(staffActor, agency.id(),
                staffPlan.id(), new ResultForm(ResultKind.TAMBAHAN, "x", null, null))))).containsExactly("plan.error.approvedNeedsRevision");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> plans.revise(staffActor, agency.id(), staffPlan.id(), "")))).containsExactly("plan.error.reasonRequired");
        Plan revising = plans.revise(staffActor, agency.id(), staffPlan.id(), "Target disesuaikan dengan anggaran perubahan");
        assertThat(revising.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revising.revision()).isEqualTo(1);

        // both sides see the same history
        List<PlanEvent> history = plans.history(headActor, agency.id(), staffPlan.id());
        assertThat(history).extracting(PlanEvent::action)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "REVISION");
        assertThat(plans.history(staffActor, agency.id(), staffPlan.id())).hasSameSizeAs(history);
        assertThat(history.get(5).reason()).isEqualTo("Target disesuaikan dengan anggaran perubahan");
    }

    @Test
    void aColleagueCanNeitherReadNorChangeAnotherPlanButTheLineAndTheAdministratorsRead() {
        Plan staffPlan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        assertThatThrownBy(() -> plans.get(colleagueActor, agency.id(), staffPlan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addResult(colleagueActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.UTAMA, "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create(colleagueActor, agency.id(), period.id(), staff.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.get(headActor, agency.id(), staffPlan.id()).employeeId()).isEqualTo(staff.id());
        assertThat(plans.get(admin, agency.id(), staffPlan.id()).employeeId()).isEqualTo(staff.id());
        assertThatThrownBy(() -> plans.addResult(admin, agency.id(), staffPlan.id(), new ResultForm(ResultKind.UTAMA, "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        // the appraiser may draft for the employee
        PlannedResult byAppraiser = plans.addResult(headActor, agency.id(), staffPlan.id(), new ResultForm(ResultKind.TAMBAHAN, "Membantu posyandu", null, null));
        assertThat(byAppraiser.kind()).isEqualTo(ResultKind.TAMBAHAN);
        // special expectations come from the appraiser only
        assertThatThrownBy(() -> plans.setSpecialExpectation(staffActor, agency.id(), staffPlan.id(), BerakhlakValue.KOMPETEN, "x"))
                .isInstanceOf(AccessDeniedException.class);
        Plan withSpecial = plans.setSpecialExpectation(headActor, agency.id(), staffPlan.id(), BerakhlakValue.KOMPETEN,
                "Mengikuti pelatihan analisis data surveilans");
        assertThat(withSpecial.behaviours()).filteredOn(b -> b.value() == BerakhlakValue.KOMPETEN)
                .extracting(BehaviourExpectation::special).containsExactly("Mengikuti pelatihan analisis data surveilans");
        // lists: the colleague sees only their own, the appraiser their appraisees, the admin everyone
        plans.create(colleagueActor, agency.id(), period.id(), colleague.id());
        assertThat(plans.list(colleagueActor, agency.id(), period.id(), new PlanManagement.Filter(null, null, null, null, 0, 50))
                .content()).extracting(PlanSummary::employeeId).containsExactly(colleague.id());
        assertThat(plans.list(headActor, agency.id(), period.id(), PlanManagement.Filter.appraisees(head.id()))
                .content()).extracting(PlanSummary::employeeId).containsExactlyInAnyOrder(staff.id(), colleague.id());
        assertThat(plans.list(admin, agency.id(), period.id(), new PlanManagement.Filter(null, null, null, null, 0, 50))
                .totalElements()).isEqualTo(2);
    }

    @Test
    void aClosedPeriodIsReadOnly() {
        Plan staffPlan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        periods.close(admin, agency.id(), period.id());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> plans.addResult(staffActor, agency.id(),
                staffPlan.id(), new ResultForm(ResultKind.UTAMA, "x", null, null))))).containsExactly("period.error.closed");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> plans.create(colleagueActor, agency.id(), period.id(), colleague.id())))).containsExactly("period.error.closed");
        assertThat(plans.get(staffActor, agency.id(), staffPlan.id()).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aSignedAgreementChangesOnlyAfterAnAdministratorReopensIt() {
        UnitAgreement pk = agreements.open(headActor, agency.id(), period.id(), dinkes.id());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> agreements.sign(headActor, agency.id(), pk.id())))).containsExactly("agreement.error.noIndicator");
        agreements.addIndicator(headActor, agency.id(), pk.id(), new UnitIndicatorForm("Pelayanan kesehatan bermutu",
                "Indeks kepuasan masyarakat puskesmas", new BigDecimal("82"), "indeks", Direction.HIGHER));
        UnitAgreement signed = agreements.sign(headActor, agency.id(), pk.id());
        assertThat(signed.signed()).isTrue();
        assertThat(signed.signedBy()).isEqualTo(head.id());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> agreements.addIndicator(headActor, agency.id(),
                pk.id(), new UnitIndicatorForm("x", "y", BigDecimal.ONE, null, Direction.HIGHER))))).containsExactly("agreement.error.signed");
        assertThatThrownBy(() -> agreements.reopen(headActor, agency.id(), pk.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(agreements.reopen(admin, agency.id(), pk.id()).signed()).isFalse();
    }

    @Test
    void anotherAgencyCannotReachThePlans() {
        Plan staffPlan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        Agency other = data.agency();
        Employee outsider = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor outsiderAdmin = (Actor) users.loadUserByUsername(outsider.nip());
        assertThatThrownBy(() -> plans.get(outsiderAdmin, agency.id(), staffPlan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.get(outsiderAdmin, other.id(), staffPlan.id())).isInstanceOf(id.capaian.platform.NotFoundException.class);
        assertThatThrownBy(() -> periods.list(outsiderAdmin, agency.id())).isInstanceOf(AccessDeniedException.class);
    }
}
