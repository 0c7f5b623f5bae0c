package id.capaian.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.planning.cascade.StatementCounter;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A plan is read whole, with its period, in one statement (every page of the deadline mix reads one): the header,
 * its behaviour expectations, its results in order with their action plans, and each result's indicators in order,
 * including results without indicators and plans without results.
 */
@IntegrationTest
@Import(StatementCounter.Config.class)
class PlanReadIntegrationTests {

    @Autowired TestData data;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;

    @Test
    void aWholePlanIsReadInOneStatement() {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kesehatan");
        Employee head = data.employee(agency, unit, data.position(agency, PositionKind.JPT, "Kepala Dinas"), null, "dr. Ronald Sitorus");
        Employee staff = data.employee(agency, unit, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog"), head, "Maria Tambunan");
        data.account(head);
        data.account(staff);
        Actor headActor = (Actor) users.loadUserByUsername(head.nip());
        Actor staffActor = (Actor) users.loadUserByUsername(staff.nip());
        Period period = periods.open(Actor.system(), agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, null));
        Plan created = plans.create(staffActor, agency.id(), period.id(), staff.id());

        var empty = StatementCounter.count(() -> plans.getWithPeriod(staffActor, agency.id(), created.id()));
        assertThat(empty.statements()).isEqualTo(1);
        assertThat(empty.value().plan().results()).isEmpty();
        assertThat(empty.value().plan().behaviours()).hasSize(7).allMatch(b -> b.special() == null);
        assertThat(empty.value().period()).isEqualTo(period);
        assertThat(empty.value().plan().appraiserName()).isEqualTo("dr. Ronald Sitorus");

        PlannedResult first = plans.addResult(staffActor, agency.id(), created.id(),
                new ResultForm(ResultKind.UTAMA, "Tersusunnya laporan surveilans", null, null));
        PlannedResult extra = plans.addResult(staffActor, agency.id(), created.id(),
                new ResultForm(ResultKind.TAMBAHAN, "Terlaksananya pelatihan kader", null, null));
        PlannedResult second = plans.addResult(staffActor, agency.id(), created.id(),
                new ResultForm(ResultKind.UTAMA, "Terverifikasinya data imunisasi", null, null));
        ResultIndicator a = plans.addIndicator(staffActor, agency.id(), first.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Laporan tersusun", new BigDecimal("12"), "laporan", Direction.HIGHER));
        ResultIndicator b = plans.addIndicator(staffActor, agency.id(), first.id(), IndicatorForm.number(Aspect.KUALITAS,
                "Laporan lengkap dan tepat waktu", new BigDecimal("90"), "%", Direction.HIGHER));
        ResultIndicator c = plans.addIndicator(staffActor, agency.id(), second.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Data terverifikasi", new BigDecimal("95"), "%", Direction.HIGHER));
        plans.setActions(staffActor, agency.id(), first.id(), Map.of(2, "Menyusun laporan", 1, "Mengumpulkan data"));
        plans.setSpecialExpectation(headActor, agency.id(), created.id(), BerakhlakValue.KOLABORATIF, "Bekerja sama dengan puskesmas");

        var whole = StatementCounter.count(() -> plans.getWithPeriod(staffActor, agency.id(), created.id()));
        assertThat(whole.statements()).isEqualTo(1);
        Plan plan = whole.value().plan();
        assertThat(plan.results()).extracting(PlannedResult::id).containsExactly(first.id(), second.id(), extra.id());
        assertThat(plan.results()).allMatch(r -> r.planId() == created.id());
        assertThat(plan.results().get(0).indicators()).extracting(ResultIndicator::id).containsExactly(a.id(), b.id());
        assertThat(plan.results().get(0).indicators().get(0).target().value()).isEqualByComparingTo("12");
        assertThat(plan.results().get(0).indicators().get(1).aspect()).isEqualTo(Aspect.KUALITAS);
        assertThat(plan.results().get(0).indicators().get(1).target().unit()).isEqualTo("%");
        assertThat(plan.results().get(0).actions()).extracting(ActionPlan::subPeriod, ActionPlan::description)
                .containsExactly(tuple(1, "Mengumpulkan data"),
                        tuple(2, "Menyusun laporan"));
        assertThat(plan.results().get(1).indicators()).extracting(ResultIndicator::id).containsExactly(c.id());
        assertThat(plan.results().get(1).actions()).isEmpty();
        assertThat(plan.results().get(2).indicators()).isEmpty();
        assertThat(plan.results().get(2).kind()).isEqualTo(ResultKind.TAMBAHAN);
        assertThat(plan.behaviours()).filteredOn(x -> x.special() != null).extracting(BehaviourExpectation::value)
                .containsExactly(BerakhlakValue.KOLABORATIF);
        assertThat(plan.employeeName()).isEqualTo("Maria Tambunan");
        assertThat(whole.value().period()).isEqualTo(period);

        Agency other = data.agency();
        assertThatThrownBy(() -> plans.get(Actor.system(), other.id(), created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.get(staffActor, agency.id(), created.id() + 100_000)).isInstanceOf(NotFoundException.class);
    }
}
