package id.capaian.planning.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.CascadeFigures;
import id.capaian.planning.CascadeOverview;
import id.capaian.planning.CascadeView;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.UnitAgreement;
import id.capaian.planning.UnitCascade;
import id.capaian.planning.UnitCascade.ResultNode;
import id.capaian.planning.UnitIndicator;
import id.capaian.planning.UnitIndicatorForm;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cascade on a small agency built by hand, every figure checked exactly:
 *
 * <pre>
 * Dinas Kesehatan (head H; staff S approved, X in Bidang P2P without plan)       IKU1 <- H1, IKU2 uncovered
 *   Puskesmas (head K returned; N1 submitted; N2 draft with an unlinked RHK)      IKU3 <- K1
 *   Bidang P2P (X, no plan)
 * BKPSDM (the administrator, no plan)
 *
 * H1 -> IKU1, H2 unlinked (orphan, and uncovered)
 *   S1 -> H1;  K2 -> H1 (uncovered: nobody below K contributes to it)
 * K1 -> IKU3
 *   N1a -> K1
 * N2a unlinked (orphan)
 * </pre>
 */
@IntegrationTest
class CascadeViewIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;
    @Autowired CascadeView cascade;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    Agency agency;
    Unit dinkes;
    Unit puskesmas;
    Unit p2p;
    Unit bkpsdm;
    Employee h;
    Employee s;
    Employee k;
    Employee n1;
    Employee n2;
    Employee x;
    Employee adminEmployee;
    Actor admin;
    Actor hActor;
    Actor sActor;
    Actor kActor;
    Actor n1Actor;
    Actor n2Actor;
    Period period;
    UnitIndicator iku1;
    UnitIndicator iku2;
    UnitIndicator iku3;
    PlannedResult h1;
    PlannedResult h2;
    PlannedResult s1;
    PlannedResult k1;
    PlannedResult k2;
    PlannedResult n1a;
    PlannedResult n2a;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        // codes as agencies number them, so that the tree order is known
        dinkes = units.create(Actor.system(), agency.id(), new UnitForm("1", "Dinas Kesehatan", null));
        puskesmas = units.create(Actor.system(), agency.id(), new UnitForm("1.1", "Puskesmas Pariaman", dinkes.id()));
        p2p = units.create(Actor.system(), agency.id(), new UnitForm("1.2", "Bidang P2P", dinkes.id()));
        bkpsdm = units.create(Actor.system(), agency.id(), new UnitForm("2", "BKPSDM", null));
        h = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "dr. Yusrizal");
        s = data.employee(agency, dinkes, data.position(agency, PositionKind.PELAKSANA, "Pengadministrasi Umum"), h, "Sari");
        k = data.employee(agency, puskesmas, data.position(agency, PositionKind.PENGAWAS, "Kepala Puskesmas"), h, "dr. Rahmi");
        n1 = data.employee(agency, puskesmas, data.position(agency, PositionKind.FUNGSIONAL, "Perawat"), k, "Nofriadi");
        n2 = data.employee(agency, puskesmas, data.position(agency, PositionKind.FUNGSIONAL, "Bidan"), k, "Novi");
        x = data.employee(agency, p2p, null, h, "Xaverius");
        setHead(dinkes, h);
        setHead(puskesmas, k);
        adminEmployee = data.employee(agency, bkpsdm, null, null, "Admin BKPSDM");
        data.account(adminEmployee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        for (Employee e : List.of(h, s, k, n1, n2)) {
            data.account(e);
        }
        admin = actor(adminEmployee);
        hActor = actor(h);
        sActor = actor(s);
        kActor = actor(k);
        n1Actor = actor(n1);
        n2Actor = actor(n2);
        period = periods.open(admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, LocalDate.of(2026, 1, 31)));

        UnitAgreement pk = agreements.open(admin, agency.id(), period.id(), dinkes.id());
        iku1 = agreements.addIndicator(admin, agency.id(), pk.id(), new UnitIndicatorForm("Meningkatnya derajat kesehatan",
                "Cakupan imunisasi dasar lengkap", new BigDecimal("95"), "%", Direction.HIGHER));
        iku2 = agreements.addIndicator(admin, agency.id(), pk.id(), new UnitIndicatorForm("Meningkatnya derajat kesehatan",
                "Angka kematian bayi", new BigDecimal("8"), "per 1.000 KH", Direction.LOWER));
        UnitAgreement pkPuskesmas = agreements.open(admin, agency.id(), period.id(), puskesmas.id());
        iku3 = agreements.addIndicator(admin, agency.id(), pkPuskesmas.id(), new UnitIndicatorForm("Pelayanan kesehatan bermutu",
                "Indeks kepuasan pasien", new BigDecimal("82"), "indeks", Direction.HIGHER));

        Plan hPlan = plans.create(hActor, agency.id(), period.id(), h.id());
        h1 = result(hActor, hPlan, "Tercapainya imunisasi dasar lengkap", null, iku1.id());
        h2 = result(hActor, hPlan, "Terlaksananya Pariaman Sehat", null, null);

        Plan sPlan = plans.create(sActor, agency.id(), period.id(), s.id());
        s1 = result(sActor, sPlan, "Tersusunnya laporan imunisasi", h1.id(), null);
        plans.submit(sActor, agency.id(), sPlan.id());
        plans.approve(hActor, agency.id(), sPlan.id());

        Plan kPlan = plans.create(kActor, agency.id(), period.id(), k.id());
        k1 = result(kActor, kPlan, "Meningkatnya kepuasan pasien puskesmas", null, iku3.id());
        k2 = result(kActor, kPlan, "Terlaksananya imunisasi di wilayah puskesmas", h1.id(), null);
        plans.submit(kActor, agency.id(), kPlan.id());
        plans.returnToEmployee(hActor, agency.id(), kPlan.id(), "Lengkapi target");

        Plan n1Plan = plans.create(n1Actor, agency.id(), period.id(), n1.id());
        n1a = result(n1Actor, n1Plan, "Terlayaninya pasien rawat jalan", k1.id(), null);
        plans.submit(n1Actor, agency.id(), n1Plan.id());

        Plan n2Plan = plans.create(n2Actor, agency.id(), period.id(), n2.id());
        n2a = result(n2Actor, n2Plan, "Terlaksananya pemeriksaan ibu hamil", null, null);
        plans.addResult(n2Actor, agency.id(), n2Plan.id(), new ResultForm(ResultKind.TAMBAHAN, "Membantu posyandu", null, null));
    }

    private Actor actor(Employee e) {
        return (Actor) users.loadUserByUsername(e.nip());
    }

    private void setHead(Unit unit, Employee employee) {
        UnitForm f = UnitForm.of(units.get(Actor.system(), agency.id(), unit.id()));
        f.setHeadEmployeeId(employee.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
    }

    private PlannedResult result(Actor actor, Plan plan, String statement, Long parent, Long iku) {
        PlannedResult r = plans.addResult(actor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA, statement, parent, iku));
        plans.addIndicator(actor, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Jumlah " + statement.toLowerCase(),
                new BigDecimal("12"), "laporan", Direction.HIGHER));
        return r;
    }

    private static Map<Long, CascadeOverview.UnitRow> byUnit(CascadeOverview o) {
        return o.units().stream().collect(Collectors.toMap(CascadeOverview.UnitRow::unitId, Function.identity()));
    }

    @Test
    void theOverviewCountsEveryUnitExactly() {
        CascadeOverview o = cascade.overview(admin, agency.id(), period.id());
        assertThat(o.wholeAgency()).isTrue();
        assertThat(o.pastDeadline()).isEqualTo(LocalDate.now(id.capaian.organisation.EmployeeManagement.JAKARTA)
                .isAfter(LocalDate.of(2026, 1, 31)));
        boolean late = o.pastDeadline();
        assertThat(o.units()).extracting(CascadeOverview.UnitRow::name)
                .containsExactly("Dinas Kesehatan", "Puskesmas Pariaman", "Bidang P2P", "BKPSDM");
        assertThat(o.units()).extracting(CascadeOverview.UnitRow::depth).containsExactly(0, 1, 1, 0);
        Map<Long, CascadeOverview.UnitRow> rows = byUnit(o);

        // employees, none, draft, submitted, returned, approved, orphans, uncovered, without approved, late, IKU, IKU uncovered
        assertThat(rows.get(dinkes.id()).own()).isEqualTo(new CascadeFigures(2, 0, 1, 0, 0, 1, 1, 1, 1, late ? 1 : 0, 2, 1));
        assertThat(rows.get(puskesmas.id()).own()).isEqualTo(new CascadeFigures(3, 0, 1, 1, 1, 0, 1, 1, 3, late ? 3 : 0, 1, 0));
        assertThat(rows.get(p2p.id()).own()).isEqualTo(new CascadeFigures(1, 1, 0, 0, 0, 0, 0, 0, 1, late ? 1 : 0, 0, 0));
        assertThat(rows.get(bkpsdm.id()).own()).isEqualTo(new CascadeFigures(1, 1, 0, 0, 0, 0, 0, 0, 1, late ? 1 : 0, 0, 0));
        CascadeFigures dinkesAll = rows.get(dinkes.id()).withSubUnits();
        assertThat(dinkesAll).isEqualTo(new CascadeFigures(6, 1, 2, 1, 1, 1, 2, 2, 5, late ? 5 : 0, 3, 1));
        assertThat(dinkesAll.completionPercent()).isEqualTo(16);
        assertThat(rows.get(dinkes.id()).own().completionPercent()).isEqualTo(50);
        assertThat(rows.get(puskesmas.id()).own().completionPercent()).isZero();
        assertThat(rows.get(dinkes.id()).hasChildren()).isTrue();
        assertThat(rows.get(p2p.id()).hasChildren()).isFalse();
        assertThat(o.totals()).isEqualTo(new CascadeFigures(7, 2, 2, 1, 1, 1, 2, 2, 6, late ? 6 : 0, 3, 1));
        assertThat(o.totals().completionPercent()).isEqualTo(14);
        assertThat(o.totals().gaps()).isEqualTo(2 + 2 + 1 + 6);

        // a period whose deadline is still ahead: nobody is late yet
        Period later = periods.open(admin, agency.id(), new PeriodForm(2100, SubPeriodScheme.QUARTERLY, null));
        CascadeOverview future = cascade.overview(admin, agency.id(), later.id());
        assertThat(future.pastDeadline()).isFalse();
        assertThat(future.totals()).isEqualTo(new CascadeFigures(7, 7, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0));
    }

    @Test
    void aLateEmployeeIsCountedOnlyAfterTheDeadline() {
        Period past = periods.open(admin, agency.id(), new PeriodForm(2000, SubPeriodScheme.QUARTERLY, null));
        CascadeOverview o = cascade.overview(admin, agency.id(), past.id());
        assertThat(o.pastDeadline()).isTrue();
        assertThat(o.totals().late()).isEqualTo(7);
        assertThat(byUnit(o).get(puskesmas.id()).own().late()).isEqualTo(3);
    }

    @Test
    void theUnitCascadeRunsFromTheIkuThroughTheHeadToTheStaff() {
        UnitCascade c = cascade.unit(admin, agency.id(), period.id(), dinkes.id());
        assertThat(c.unitName()).isEqualTo("Dinas Kesehatan");
        assertThat(c.figures()).isEqualTo(byUnit(cascade.overview(admin, agency.id(), period.id())).get(dinkes.id()).withSubUnits());
        assertThat(c.indicators()).extracting(UnitCascade.IkuNode::id).containsExactly(iku1.id(), iku2.id(), iku3.id());
        assertThat(c.indicators()).extracting(UnitCascade.IkuNode::covered).containsExactly(true, false, true);

        UnitCascade.IkuNode first = c.indicators().get(0);
        assertThat(first.contributors()).extracting(ResultNode::id).containsExactly(h1.id());
        ResultNode head = first.contributors().get(0);
        assertThat(head.ownerName()).isEqualTo("dr. Yusrizal");
        assertThat(head.planStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(head.indicators()).isEqualTo("Jumlah tercapainya imunisasi dasar lengkap: 12 laporan");
        assertThat(head.uncovered()).isFalse();
        // staff of the Dinas first (tree order), then the Puskesmas head
        assertThat(head.children()).extracting(ResultNode::id).containsExactly(s1.id(), k2.id());
        assertThat(head.children().get(0).planStatus()).isEqualTo(PlanStatus.APPROVED);
        ResultNode kToH = head.children().get(1);
        assertThat(kToH.unitName()).isEqualTo("Puskesmas Pariaman");
        assertThat(kToH.uncovered()).isTrue();
        assertThat(kToH.children()).isEmpty();
        assertThat(c.indicators().get(1).contributors()).isEmpty();
        ResultNode k1Node = c.indicators().get(2).contributors().get(0);
        assertThat(k1Node.id()).isEqualTo(k1.id());
        assertThat(k1Node.planStatus()).isEqualTo(PlanStatus.RETURNED);
        assertThat(k1Node.children()).extracting(ResultNode::id).containsExactly(n1a.id());
        assertThat(k1Node.children().get(0).planStatus()).isEqualTo(PlanStatus.SUBMITTED);

        assertThat(c.orphans()).extracting(ResultNode::id).containsExactly(h2.id(), n2a.id());
        assertThat(c.orphans()).allMatch(ResultNode::orphan);
        assertThat(c.uncovered()).extracting(ResultNode::id).containsExactly(h2.id(), k2.id());
        assertThat(c.linkedAbove()).isEmpty();
        assertThat(c.otherResults()).extracting(ResultNode::statement).containsExactly("Membantu posyandu");
        assertThat(c.withoutApproved()).extracting(UnitCascade.MemberStatus::employeeId)
                .containsExactly(h.id(), k.id(), n1.id(), n2.id(), x.id());
        assertThat(c.withoutApproved()).extracting(UnitCascade.MemberStatus::status)
                .containsExactly(PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.SUBMITTED, PlanStatus.DRAFT, null);
        assertThat(c.subUnits()).extracting(UnitCascade.SubUnit::name).containsExactly("Puskesmas Pariaman", "Bidang P2P");
        assertThat(c.subUnits().get(0).figures()).isEqualTo(byUnit(cascade.overview(admin, agency.id(), period.id())).get(puskesmas.id()).own());
        assertThat(c.resultCount()).isEqualTo(8);

        // the Puskesmas alone: its head's RHK under the Dinas head is linked above it
        UnitCascade p = cascade.unit(kActor, agency.id(), period.id(), puskesmas.id());
        assertThat(p.indicators()).extracting(UnitCascade.IkuNode::id).containsExactly(iku3.id());
        assertThat(p.linkedAbove()).extracting(ResultNode::id).containsExactly(k2.id());
        assertThat(p.linkedAbove().get(0).linkedTo()).isEqualTo("Tercapainya imunisasi dasar lengkap (dr. Yusrizal)");
        assertThat(p.orphans()).extracting(ResultNode::id).containsExactly(n2a.id());
        assertThat(p.uncovered()).extracting(ResultNode::id).containsExactly(k2.id());
        assertThat(p.subUnits()).isEmpty();
    }

    @Test
    void aSummaryFoldsDeeperUnitsAndShowsTheFirstEntriesOfEachList() {
        // a puskesmas pembantu below the puskesmas: its nurse contributes to the puskesmas head's RHK
        Unit pustu = units.create(Actor.system(), agency.id(), new UnitForm("1.1.1", "Pustu Kampung Baru", puskesmas.id()));
        Employee p = data.employee(agency, pustu, null, k, "Putri");
        data.account(p);
        Actor pActor = actor(p);
        Plan pPlan = plans.create(pActor, agency.id(), period.id(), p.id());
        PlannedResult p1 = result(pActor, pPlan, "Terlaksananya imunisasi di pustu", k1.id(), null);
        PlannedResult p2 = plans.addResult(pActor, agency.id(), pPlan.id(), new ResultForm(ResultKind.UTAMA, "Terlaksananya posyandu", null, null));

        UnitCascade full = cascade.unit(admin, agency.id(), period.id(), dinkes.id());
        assertThat(full.folded()).isFalse();
        ResultNode k1Full = full.indicators().get(2).contributors().get(0);
        assertThat(k1Full.children()).extracting(ResultNode::id).containsExactly(n1a.id(), p1.id());
        assertThat(k1Full.folded().isEmpty()).isTrue();
        assertThat(full.orphans()).extracting(ResultNode::id).containsExactly(h2.id(), n2a.id(), p2.id());

        UnitCascade summary = cascade.unitSummary(admin, agency.id(), period.id(), dinkes.id(), 1);
        assertThat(summary.folded()).isTrue();
        assertThat(summary.figures()).isEqualTo(full.figures());
        assertThat(summary.resultCount()).isEqualTo(full.resultCount()).isEqualTo(10);
        assertThat(summary.indicators()).extracting(UnitCascade.IkuNode::id).containsExactly(iku1.id(), iku2.id(), iku3.id());
        ResultNode k1Summary = summary.indicators().get(2).contributors().get(0);
        assertThat(k1Summary.children()).extracting(ResultNode::id).containsExactly(n1a.id());
        assertThat(k1Summary.folded().units()).containsExactly(new UnitCascade.Folded(pustu.id(), "Pustu Kampung Baru", 1, 1));
        assertThat(summary.orphans()).extracting(ResultNode::id).containsExactly(h2.id());
        assertThat(summary.orphans().get(0).statement()).isEqualTo("Terlaksananya Pariaman Sehat");
        assertThat(summary.orphans().get(0).indicators()).isEqualTo("Jumlah terlaksananya pariaman sehat: 12 laporan");
        assertThat(summary.orphanTotal()).isEqualTo(3);
        assertThat(summary.uncovered()).extracting(ResultNode::id).containsExactly(h2.id());
        assertThat(summary.uncoveredTotal()).isEqualTo(2);
        assertThat(summary.otherTotal()).isEqualTo(1);
        // seen from the puskesmas, the pustu is a direct sub-unit: shown in full
        UnitCascade fromPuskesmas = cascade.unitSummary(kActor, agency.id(), period.id(), puskesmas.id(), 50);
        assertThat(fromPuskesmas.indicators().get(0).contributors().get(0).children()).extracting(ResultNode::id)
                .containsExactly(n1a.id(), p1.id());
        assertThat(fromPuskesmas.orphans()).extracting(ResultNode::id).containsExactly(n2a.id(), p2.id());
        assertThat(fromPuskesmas.orphans().get(1).indicatorCount()).isZero();
    }

    @Test
    void aUnitHeadSeesTheUnitsTheyHeadAndOthersAreRefused() {
        CascadeOverview mine = cascade.overview(kActor, agency.id(), period.id());
        assertThat(mine.wholeAgency()).isFalse();
        assertThat(mine.units()).extracting(CascadeOverview.UnitRow::unitId).containsExactly(puskesmas.id());
        assertThat(mine.units().get(0).depth()).isZero();
        assertThat(mine.totals()).isEqualTo(mine.units().get(0).own());
        assertThatThrownBy(() -> cascade.unit(kActor, agency.id(), period.id(), dinkes.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(cascade.overview(hActor, agency.id(), period.id()).units()).extracting(CascadeOverview.UnitRow::unitId)
                .containsExactly(dinkes.id(), puskesmas.id(), p2p.id());
        assertThat(cascade.unit(hActor, agency.id(), period.id(), p2p.id()).figures().employees()).isEqualTo(1);

        // a colleague without headship is refused; so is another agency
        assertThatThrownBy(() -> cascade.overview(sActor, agency.id(), period.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cascade.unit(sActor, agency.id(), period.id(), dinkes.id())).isInstanceOf(AccessDeniedException.class);
        Agency other = data.agency();
        Employee outsider = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor otherAdmin = actor(outsider);
        assertThatThrownBy(() -> cascade.overview(otherAdmin, agency.id(), period.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cascade.overview(otherAdmin, other.id(), period.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cascade.unit(admin, agency.id(), period.id(), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);

        // the agency head and national administrators see everything
        Employee mayorOffice = data.employee(agency, bkpsdm, null, null, "Sekretaris Daerah");
        data.account(mayorOffice, Role.EMPLOYEE, Role.AGENCY_HEAD);
        assertThat(cascade.overview(actor(mayorOffice), agency.id(), period.id()).units()).hasSize(4);
        Actor national = (Actor) users.loadUserByUsername(TestData.NATIONAL_ADMIN_NIP);
        assertThat(cascade.overview(national, agency.id(), period.id()).wholeAgency()).isTrue();
    }

    @Test
    void thePagesRenderForTheRightPeople() throws Exception {
        var adminUser = users.loadUserByUsername(adminEmployee.nip());
        String base = "/agencies/" + agency.id() + "/periods/" + period.id() + "/cascade";
        mvc.perform(get(base).with(user(adminUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Pariaman")))
                .andExpect(content().string(containsString("cascade-table")))
                .andExpect(content().string(containsString("role=\"progressbar\"")))
                .andExpect(content().string(containsString("RHK utama tanpa induk")));
        mvc.perform(get(base).param("gaps", "true").param("q", "bkpsdm").with(user(adminUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("BKPSDM")))
                .andExpect(content().string(not(containsString(">Bidang P2P<"))));
        mvc.perform(get(base).param("lang", "en").with(user(adminUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Performance Cascade 2026")));
        mvc.perform(get("/agencies/{a}/cascade", agency.id()).with(user(adminUser))).andExpect(status().is3xxRedirection());

        // the drill-down: a page without JavaScript, a fragment for htmx
        mvc.perform(get(base + "/units/" + dinkes.id()).with(user(adminUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Tercapainya imunisasi dasar lengkap")))
                .andExpect(content().string(containsString("Tersusunnya laporan imunisasi")));
        mvc.perform(get(base + "/units/" + dinkes.id()).header("HX-Request", "true").with(user(adminUser))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"cascade-unit\"")));
        mvc.perform(get(base + "/units/" + dinkes.id()).param("all", "true").with(user(adminUser))).andExpect(status().isOk());

        mvc.perform(get(base).with(user(users.loadUserByUsername(k.nip())))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Pariaman")))
                .andExpect(content().string(not(containsString("BKPSDM</a>"))));
        mvc.perform(get(base + "/units/" + puskesmas.id()).with(user(users.loadUserByUsername(k.nip())))).andExpect(status().isOk());
        mvc.perform(get(base + "/units/" + dinkes.id()).with(user(users.loadUserByUsername(k.nip())))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(users.loadUserByUsername(s.nip())))).andExpect(status().isForbidden());

        Agency other = data.agency();
        Employee outsider = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        mvc.perform(get(base).with(user(users.loadUserByUsername(outsider.nip())))).andExpect(r ->
                assertThat(r.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(get(base + "/units/" + dinkes.id()).with(user(users.loadUserByUsername(outsider.nip())))).andExpect(r ->
                assertThat(r.getResponse().getStatus()).isIn(403, 404));
    }
}
