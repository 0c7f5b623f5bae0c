package id.capaian.planning.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.AssignmentGroup;
import id.capaian.planning.AssignmentSummary;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.IndicatorLibrary;
import id.capaian.planning.IndicatorTemplate;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.Sector;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.TargetKind;
import id.capaian.planning.TemplateForm;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator library: who sees which templates, who keeps them, and assigning them to a group in one action. */
@IntegrationTest
class IndicatorLibraryIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired IndicatorLibrary library;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Agency agency;
    Unit dinkes;
    Unit puskesmas;
    Unit pustu;
    Unit bkpsdm;
    Position perawat;
    Employee head;
    Employee kapus;
    Employee nurse1;
    Employee nurse2;
    Employee midwife;
    Employee pustuNurse;
    Employee adminEmployee;
    Actor admin;
    Actor headActor;
    Actor nurseActor;
    Actor national;
    Period period;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        puskesmas = data.unit(agency, dinkes.id(), "Puskesmas Pariaman");
        pustu = data.unit(agency, puskesmas.id(), "Puskesmas Pembantu Kampung Baru");
        bkpsdm = data.unit(agency, null, "BKPSDM");
        perawat = data.position(agency, PositionKind.FUNGSIONAL, "Perawat Ahli Pertama");
        Position bidan = data.position(agency, PositionKind.FUNGSIONAL, "Bidan Ahli Pertama");
        head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "dr. Yusrizal");
        kapus = data.employee(agency, puskesmas, data.position(agency, PositionKind.PENGAWAS, "Kepala Puskesmas"), head, "dr. Rahmi Yanti");
        nurse1 = data.employee(agency, puskesmas, perawat, kapus, "Nofriadi");
        nurse2 = data.employee(agency, puskesmas, perawat, kapus, "Suci Ramadhani");
        midwife = data.employee(agency, puskesmas, bidan, kapus, "Yelvi Susanti");
        pustuNurse = data.employee(agency, pustu, perawat, kapus, "Andri Saputra");
        setHead(dinkes, head);
        setHead(puskesmas, kapus);
        adminEmployee = data.employee(agency, bkpsdm, null, null, "Admin BKPSDM");
        data.account(adminEmployee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(head);
        data.account(nurse1);
        admin = (Actor) users.loadUserByUsername(adminEmployee.nip());
        headActor = (Actor) users.loadUserByUsername(head.nip());
        nurseActor = (Actor) users.loadUserByUsername(nurse1.nip());
        national = (Actor) users.loadUserByUsername(TestData.NATIONAL_ADMIN_NIP);
        period = periods.open(admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, null));
    }

    private void setHead(Unit unit, Employee employee) {
        UnitForm f = UnitForm.of(units.get(Actor.system(), agency.id(), unit.id()));
        f.setHeadEmployeeId(employee.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
    }

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(Problem::code).toList();
    }

    private IndicatorTemplate national(String namePart) {
        return library.list(admin, agency.id(), new IndicatorLibrary.Filter(null, null, namePart, false)).stream()
                .filter(IndicatorTemplate::national).findFirst().orElseThrow();
    }

    private TemplateForm ownForm(String statement, String name) {
        return TemplateForm.number(Sector.HEALTH, PositionKind.FUNGSIONAL, statement, name, Aspect.KUANTITAS,
                new BigDecimal("120"), "kegiatan", Direction.HIGHER);
    }

    @Test
    void everyoneSeesTheNationalTemplatesAndTheirOwnButNotAnotherAgencys() {
        List<IndicatorTemplate> all = library.list(nurseActor, agency.id(), IndicatorLibrary.Filter.all());
        assertThat(all.stream().filter(IndicatorTemplate::national).count()).isBetween(30L, 60L);
        assertThat(all).extracting(IndicatorTemplate::sector).contains(Sector.values());
        assertThat(all).extracting(IndicatorTemplate::name).contains("Jumlah kunjungan pasien yang dilayani",
                "Indeks kepuasan pasien", "Cakupan imunisasi dasar lengkap", "Rata-rata capaian hasil belajar peserta didik",
                "Waktu penyelesaian dokumen kependudukan", "Indeks kepuasan masyarakat (IKM) unit layanan",
                "Persentase pengaduan yang ditindaklanjuti");
        IndicatorTemplate turnaround = national("Waktu penyelesaian dokumen kependudukan");
        assertThat(turnaround.direction()).isEqualTo(Direction.LOWER);
        assertThat(turnaround.target().describe()).isEqualTo("1 hari");
        assertThat(turnaround.sector()).isEqualTo(Sector.POPULATION);

        IndicatorTemplate own = library.create(admin, agency.id(), ownForm("Terlaksananya posyandu lansia Pariaman Sehat",
                "Jumlah posyandu lansia yang dilayani"));
        assertThat(own.national()).isFalse();
        Agency other = data.agency();
        Employee outsider = data.employee(other, data.unit(other, null, "BKPSDM Lain"), null, null, "Admin Lain");
        data.account(outsider, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor otherAdmin = (Actor) users.loadUserByUsername(outsider.nip());
        IndicatorTemplate foreign = library.create(otherAdmin, other.id(), ownForm("Hasil instansi lain", "IKI instansi lain"));

        List<IndicatorTemplate> mine = library.list(nurseActor, agency.id(), IndicatorLibrary.Filter.all());
        assertThat(mine).extracting(IndicatorTemplate::id).contains(own.id()).doesNotContain(foreign.id());
        assertThat(library.list(otherAdmin, other.id(), IndicatorLibrary.Filter.all()))
                .extracting(IndicatorTemplate::id).contains(foreign.id()).doesNotContain(own.id());
        assertThatThrownBy(() -> library.get(admin, agency.id(), foreign.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.list(otherAdmin, agency.id(), IndicatorLibrary.Filter.all()))
                .isInstanceOf(AccessDeniedException.class);

        // filters: sector, position kind (that kind and any kind), text
        List<IndicatorTemplate> health = library.list(admin, agency.id(), new IndicatorLibrary.Filter(Sector.HEALTH, null, null, false));
        assertThat(health).isNotEmpty().allMatch(t -> t.sector() == Sector.HEALTH).extracting(IndicatorTemplate::id).contains(own.id());
        List<IndicatorTemplate> pengawas = library.list(admin, agency.id(),
                new IndicatorLibrary.Filter(null, PositionKind.PENGAWAS, null, false));
        assertThat(pengawas).isNotEmpty().allMatch(t -> t.positionKind() == null || t.positionKind() == PositionKind.PENGAWAS);
        assertThat(library.list(admin, agency.id(), new IndicatorLibrary.Filter(null, null, "POSYANDU LANSIA", false)))
                .extracting(IndicatorTemplate::id).containsExactly(own.id());

        // deactivated templates are listed only on request
        library.setActive(admin, agency.id(), own.id(), false);
        assertThat(library.list(admin, agency.id(), IndicatorLibrary.Filter.all())).extracting(IndicatorTemplate::id).doesNotContain(own.id());
        assertThat(library.list(admin, agency.id(), new IndicatorLibrary.Filter(null, null, null, true)))
                .extracting(IndicatorTemplate::id).contains(own.id());
    }

    @Test
    void onlyAdministratorsKeepTheirTemplatesAndOnlyNationalAdministratorsTheNationalOnes() {
        assertThatThrownBy(() -> library.create(nurseActor, agency.id(), ownForm("x", "y"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.create(headActor, agency.id(), ownForm("x", "y"))).isInstanceOf(AccessDeniedException.class);
        TemplateForm nationalForm = ownForm("x", "y");
        nationalForm.setNational(true);
        assertThatThrownBy(() -> library.create(admin, agency.id(), nationalForm)).isInstanceOf(AccessDeniedException.class);

        TemplateForm invalid = new TemplateForm();
        invalid.setTargetKind(TargetKind.RANGE);
        invalid.setTargetMin(new BigDecimal("10"));
        invalid.setTargetMax(new BigDecimal("5"));
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> library.create(admin, agency.id(), invalid))))
                .containsExactlyInAnyOrder("validation.required", "validation.required", "plan.error.rangeOrder");

        TemplateForm forPosition = ownForm("Terlaksananya asuhan keperawatan", "Jumlah pasien yang mendapat asuhan keperawatan");
        forPosition.setPositionKind(null);
        forPosition.setPositionId(perawat.id());
        IndicatorTemplate own = library.create(admin, agency.id(), forPosition);
        assertThat(own.positionName()).isEqualTo("Perawat Ahli Pertama");
        assertThat(own.positionKind()).isEqualTo(PositionKind.FUNGSIONAL);
        TemplateForm change = TemplateForm.of(own);
        change.setTargetValue(new BigDecimal("150"));
        IndicatorTemplate changed = library.update(admin, agency.id(), own.id(), change);
        assertThat(changed.target().value()).isEqualByComparingTo("150");
        assertThat(changed.version()).isEqualTo(own.version() + 1);
        assertThatThrownBy(() -> library.update(admin, agency.id(), own.id(), change))
                .isInstanceOf(id.capaian.platform.ConcurrentChangeException.class);

        IndicatorTemplate visits = national("Jumlah kunjungan pasien yang dilayani");
        assertThat(library.canEdit(admin, agency.id(), visits)).isFalse();
        assertThatThrownBy(() -> library.update(admin, agency.id(), visits.id(), TemplateForm.of(visits)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.setActive(admin, agency.id(), visits.id(), false)).isInstanceOf(AccessDeniedException.class);

        // a national administrator keeps the national templates
        TemplateForm nf = TemplateForm.number(Sector.GENERAL, null, "Terlaksananya uji pustaka nasional " + TestData.next(),
                "Jumlah uji", Aspect.KUANTITAS, BigDecimal.ONE, "uji", Direction.HIGHER);
        nf.setNational(true);
        IndicatorTemplate created = library.create(national, agency.id(), nf);
        assertThat(created.national()).isTrue();
        assertThat(library.list(nurseActor, agency.id(), IndicatorLibrary.Filter.all())).extracting(IndicatorTemplate::id).contains(created.id());
        TemplateForm nchange = TemplateForm.of(created);
        nchange.setName("Jumlah uji nasional");
        assertThat(library.update(national, agency.id(), created.id(), nchange).name()).isEqualTo("Jumlah uji nasional");
        library.setActive(national, agency.id(), created.id(), false);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'indicator_template' AND entity_id = :id")
                .param("id", own.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void assigningToAUnitWithItsSubUnitsStartsMissingPlansAndSkipsThoseUnderReview() {
        // nurse 1 has a submitted plan, the midwife an approved one, nurse 2 a draft with one RHK
        Plan submitted = plans.create(nurseActor, agency.id(), period.id(), nurse1.id());
        PlannedResult r1 = plans.addResult(nurseActor, agency.id(), submitted.id(), new ResultForm(ResultKind.UTAMA, "Asuhan keperawatan", null, null));
        plans.addIndicator(nurseActor, agency.id(), r1.id(), IndicatorForm.number(Aspect.KUANTITAS, "Pasien", BigDecimal.TEN, "orang", Direction.HIGHER));
        plans.submit(nurseActor, agency.id(), submitted.id());
        data.account(kapus);
        Actor kapusActor = (Actor) users.loadUserByUsername(kapus.nip());
        data.account(midwife);
        Actor midwifeActor = (Actor) users.loadUserByUsername(midwife.nip());
        Plan approved = plans.create(midwifeActor, agency.id(), period.id(), midwife.id());
        PlannedResult r2 = plans.addResult(midwifeActor, agency.id(), approved.id(), new ResultForm(ResultKind.UTAMA, "Pemeriksaan ibu hamil", null, null));
        plans.addIndicator(midwifeActor, agency.id(), r2.id(), IndicatorForm.number(Aspect.KUANTITAS, "Ibu hamil", BigDecimal.TEN, "orang", Direction.HIGHER));
        plans.submit(midwifeActor, agency.id(), approved.id());
        plans.approve(kapusActor, agency.id(), approved.id());
        Plan draft = plans.create(kapusActor, agency.id(), period.id(), nurse2.id());
        plans.addResult(kapusActor, agency.id(), draft.id(), new ResultForm(ResultKind.TAMBAHAN, "Membantu posyandu", null, null));

        IndicatorTemplate visits = national("Jumlah kunjungan pasien yang dilayani");
        IndicatorTemplate immunisation = national("Jumlah bayi yang mendapat imunisasi dasar lengkap");
        assertThatThrownBy(() -> library.apply(headActor, agency.id(), period.id(), List.of(visits.id()),
                AssignmentGroup.unit(puskesmas.id(), true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.apply(nurseActor, agency.id(), period.id(), List.of(visits.id()),
                AssignmentGroup.unit(puskesmas.id(), true))).isInstanceOf(AccessDeniedException.class);

        AssignmentSummary summary = library.apply(admin, agency.id(), period.id(), List.of(visits.id(), immunisation.id()),
                AssignmentGroup.unit(puskesmas.id(), true));
        // kapus, nurse1, nurse2, midwife in the puskesmas and the pustu nurse below it
        assertThat(summary.employees()).isEqualTo(5);
        assertThat(summary.plansCreated()).isEqualTo(2); // kapus and the pustu nurse
        assertThat(summary.plansChanged()).isEqualTo(3); // those two and nurse 2's draft
        assertThat(summary.resultsAdded()).isEqualTo(6);
        assertThat(summary.plansSkipped()).isEqualTo(2);
        assertThat(summary.skipped()).extracting(AssignmentSummary.Skipped::employeeId, AssignmentSummary.Skipped::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(nurse1.id(), "library.skip.submitted"),
                        org.assertj.core.groups.Tuple.tuple(midwife.id(), "library.skip.approved"));

        Plan nurse2Plan = plans.get(admin, agency.id(), draft.id());
        assertThat(nurse2Plan.results()).hasSize(3);
        PlannedResult added = nurse2Plan.results(ResultKind.UTAMA).stream()
                .filter(r -> r.statement().equals(visits.resultStatement())).findFirst().orElseThrow();
        assertThat(added.linked()).isFalse();
        assertThat(added.ordinal()).isEqualTo(2);
        assertThat(added.indicators()).singleElement().satisfies(i -> {
            assertThat(i.templateId()).isEqualTo(visits.id());
            assertThat(i.name()).isEqualTo(visits.name());
            assertThat(i.target().value()).isEqualByComparingTo(visits.target().value());
            assertThat(i.target().unit()).isEqualTo("kunjungan");
            assertThat(i.aspect()).isEqualTo(Aspect.KUANTITAS);
        });
        Plan pustuPlan = plans.forEmployee(admin, agency.id(), period.id(), pustuNurse.id()).orElseThrow();
        assertThat(pustuPlan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(pustuPlan.appraiserId()).isEqualTo(kapus.id());
        assertThat(pustuPlan.unitId()).isEqualTo(pustu.id());
        assertThat(pustuPlan.behaviours()).hasSize(7);
        assertThat(pustuPlan.results()).extracting(PlannedResult::statement)
                .containsExactly(visits.resultStatement(), immunisation.resultStatement());
        assertThat(plans.history(admin, agency.id(), pustuPlan.id())).extracting(e -> e.action()).containsExactly("CREATED");
        // the plans under review and approved are untouched
        assertThat(plans.get(admin, agency.id(), submitted.id()).results()).hasSize(1);
        assertThat(plans.get(admin, agency.id(), approved.id()).results()).hasSize(1);
        assertThat(plans.get(admin, agency.id(), approved.id()).status()).isEqualTo(PlanStatus.APPROVED);
        // the head of the Dinas above and the BKPSDM are outside the group
        assertThat(plans.forEmployee(admin, agency.id(), period.id(), head.id())).isEmpty();
        assertThat(plans.forEmployee(admin, agency.id(), period.id(), adminEmployee.id())).isEmpty();
        // the owner can go on with the draft: the template's RHK is an ordinary RHK
        assertThat(plans.get(nurseActor, agency.id(), submitted.id()).status()).isEqualTo(PlanStatus.SUBMITTED);

        // one audit entry with the summary
        Map<String, Object> audit = jdbc.sql("""
                SELECT summary, after_state::text AS after FROM audit_event
                WHERE agency_id = :a AND entity_type = 'indicator_template' AND action = 'APPLY'""")
                .param("a", agency.id()).query().singleRow();
        assertThat((String) audit.get("summary")).contains("Puskesmas Pariaman", "2 created", "3 changed", "2 skipped");
        assertThat((String) audit.get("after")).contains("\"plansCreated\": 2", "\"resultsAdded\": 6");

        // assigning again adds nothing: every template is already there
        AssignmentSummary again = library.apply(admin, agency.id(), period.id(), List.of(visits.id(), immunisation.id()),
                AssignmentGroup.unit(puskesmas.id(), true));
        assertThat(again.plansCreated()).isZero();
        assertThat(again.plansChanged()).isZero();
        assertThat(again.resultsAdded()).isZero();
        assertThat(again.skippedByReason()).containsEntry("library.skip.alreadyApplied", 6L);

        // without sub-units: the pustu nurse is not in the group
        AssignmentSummary own = library.apply(admin, agency.id(), period.id(), List.of(national("Jumlah kegiatan penyuluhan kesehatan").id()),
                AssignmentGroup.unit(puskesmas.id(), false));
        assertThat(own.employees()).isEqualTo(4);
        assertThat(own.plansChanged()).isEqualTo(2);
    }

    @Test
    void assigningToAPositionReachesEveryHolderInTheAgency() {
        IndicatorTemplate satisfaction = national("Persentase pasien yang menyatakan puas atas pelayanan");
        IndicatorTemplate sop = national("Kualitas pelaksanaan tugas"); // a written target
        AssignmentSummary summary = library.apply(admin, agency.id(), period.id(), List.of(satisfaction.id(), sop.id()),
                AssignmentGroup.position(perawat.id()));
        assertThat(summary.employees()).isEqualTo(3); // nurse 1, nurse 2, pustu nurse
        assertThat(summary.plansCreated()).isEqualTo(3);
        assertThat(summary.plansChanged()).isEqualTo(3);
        assertThat(summary.resultsAdded()).isEqualTo(3);
        assertThat(summary.plansSkipped()).isZero();
        assertThat(summary.skippedByReason()).containsExactly(Map.entry("library.skip.textTargetInQuantitative", 3L));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM result_indicator i JOIN planned_result r ON r.id = i.result_id
                JOIN performance_plan p ON p.id = r.plan_id WHERE p.agency_id = :a AND i.template_id = :t""")
                .param("a", agency.id()).param("t", satisfaction.id()).query(Long.class).single()).isEqualTo(3);

        // a position or unit of another agency is not found; a closed period refuses
        Agency other = data.agency();
        Position foreign = data.position(other, PositionKind.FUNGSIONAL, "Perawat lain");
        assertThatThrownBy(() -> library.apply(admin, agency.id(), period.id(), List.of(satisfaction.id()),
                AssignmentGroup.position(foreign.id()))).isInstanceOf(NotFoundException.class);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> library.apply(admin, agency.id(), period.id(),
                List.of(), AssignmentGroup.position(perawat.id()))))).containsExactly("library.error.noTemplate");
        periods.close(admin, agency.id(), period.id());
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> library.apply(admin, agency.id(), period.id(),
                List.of(satisfaction.id()), AssignmentGroup.position(perawat.id()))))).containsExactly("period.error.closed");
    }

    @Test
    void anInactiveOrForeignTemplateIsRefusedBeforeAnythingChanges() {
        IndicatorTemplate own = library.create(admin, agency.id(), ownForm("Terlaksananya kunjungan rumah", "Jumlah kunjungan rumah"));
        library.setActive(admin, agency.id(), own.id(), false);
        IndicatorTemplate visits = national("Jumlah kunjungan pasien yang dilayani");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> library.apply(admin, agency.id(), period.id(),
                List.of(visits.id(), own.id()), AssignmentGroup.unit(dinkes.id(), true)))))
                .containsExactly("library.error.templateInactive");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> library.apply(admin, agency.id(), period.id(),
                List.of(visits.id(), Long.MAX_VALUE), AssignmentGroup.unit(dinkes.id(), true)))))
                .containsExactly("library.error.templateNotFound");
        assertThat(planCount()).isZero();
    }

    @Test
    void aFailureHalfWayLeavesNothingBehind() {
        IndicatorTemplate visits = national("Jumlah kunjungan pasien yang dilayani");
        // make the last statement (the IKI) fail for this agency only, after plans and RHK were inserted
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION test_refuse_iki() RETURNS trigger AS $$
                BEGIN
                    IF NEW.agency_id = %d THEN RAISE EXCEPTION 'refused by test'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(agency.id())).update();
        jdbc.sql("CREATE TRIGGER test_refuse_iki_" + agency.id() + " BEFORE INSERT ON result_indicator FOR EACH ROW EXECUTE FUNCTION test_refuse_iki()")
                .update();
        try {
            assertThatThrownBy(() -> library.apply(admin, agency.id(), period.id(), List.of(visits.id()),
                    AssignmentGroup.unit(dinkes.id(), true))).isInstanceOf(org.springframework.dao.DataAccessException.class);
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse_iki_" + agency.id() + " ON result_indicator").update();
        }
        assertThat(planCount()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM planned_result WHERE agency_id = :a").param("a", agency.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE agency_id = :a AND action = 'APPLY'").param("a", agency.id())
                .query(Long.class).single()).isZero();
        // and it works once the obstacle is gone
        assertThat(library.apply(admin, agency.id(), period.id(), List.of(visits.id()),
                AssignmentGroup.unit(dinkes.id(), true)).plansCreated()).isEqualTo(6);
    }

    private long planCount() {
        return jdbc.sql("SELECT count(*) FROM performance_plan WHERE agency_id = :a").param("a", agency.id()).query(Long.class).single();
    }

    @Test
    void thePagesServeTheRightPeople() throws Exception {
        UserDetails adminUser = users.loadUserByUsername(adminEmployee.nip());
        UserDetails nurseUser = users.loadUserByUsername(nurse1.nip());
        mvc.perform(get("/agencies/{a}/indicator-library", agency.id()).with(user(nurseUser)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Jumlah kunjungan pasien yang dilayani")));
        mvc.perform(get("/agencies/{a}/indicator-library", agency.id()).param("sector", "POPULATION").param("q", "dokumen").with(user(adminUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Waktu penyelesaian dokumen kependudukan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Indeks kepuasan pasien"))));
        mvc.perform(get("/agencies/{a}/indicator-library/new", agency.id()).with(user(nurseUser))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{a}/indicator-library/apply", agency.id()).with(user(nurseUser))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{a}/indicator-library/new", agency.id()).with(user(adminUser))).andExpect(status().isOk());
        mvc.perform(post("/agencies/{a}/indicator-library/new", agency.id()).with(user(adminUser)).with(csrf())
                        .param("sector", "HEALTH").param("positionKind", "FUNGSIONAL").param("resultStatement", "")
                        .param("name", "Jumlah kunjungan").param("aspect", "KUANTITAS").param("targetKind", "NUMBER")
                        .param("targetValue", "10").param("direction", "HIGHER"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(post("/agencies/{a}/indicator-library/new", agency.id()).with(user(adminUser)).with(csrf())
                        .param("sector", "HEALTH").param("positionKind", "FUNGSIONAL").param("resultStatement", "Terlaksananya senam sehat")
                        .param("name", "Jumlah sesi senam sehat").param("aspect", "KUANTITAS").param("targetKind", "NUMBER")
                        .param("targetValue", "48").param("targetUnit", "sesi").param("direction", "HIGHER"))
                .andExpect(status().is3xxRedirection());
        IndicatorTemplate created = library.list(admin, agency.id(), new IndicatorLibrary.Filter(null, null, "senam sehat", false)).get(0);
        mvc.perform(get("/agencies/{a}/indicator-library/{id}/edit", agency.id(), created.id()).with(user(adminUser))).andExpect(status().isOk());
        mvc.perform(get("/agencies/{a}/indicator-library/{id}/edit", agency.id(), national("Indeks kepuasan pasien").id())
                .with(user(adminUser))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{a}/indicator-library/apply", agency.id()).param("template", String.valueOf(created.id())).with(user(adminUser)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Terlaksananya senam sehat")));
        mvc.perform(post("/agencies/{a}/indicator-library/apply", agency.id()).with(user(adminUser)).with(csrf())
                        .param("templateIds", String.valueOf(created.id())).param("periodId", String.valueOf(period.id()))
                        .param("mode", "UNIT").param("unitId", String.valueOf(puskesmas.id())).param("includeSubUnits", "true"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("apply-summary")));
        assertThat(planCount()).isEqualTo(5);
        mvc.perform(post("/agencies/{a}/indicator-library/apply", agency.id()).with(user(adminUser)).with(csrf())
                        .param("periodId", String.valueOf(period.id())).param("mode", "POSITION"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("form-errors")));
        mvc.perform(post("/agencies/{a}/indicator-library/apply", agency.id()).with(user(nurseUser)).with(csrf())
                        .param("templateIds", String.valueOf(created.id())).param("periodId", String.valueOf(period.id()))
                        .param("mode", "UNIT").param("unitId", String.valueOf(puskesmas.id())))
                .andExpect(status().isForbidden());
    }
}
