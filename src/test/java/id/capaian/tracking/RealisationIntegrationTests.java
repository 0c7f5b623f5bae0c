package id.capaian.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
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
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class RealisationIntegrationTests {

    @Autowired TestData data;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired UserDetailsService users;

    Agency agency;
    Actor head;
    Actor staff;
    Actor colleague;
    Actor admin;
    int year = LocalDate.now(RealisationManagement.JAKARTA).getYear();
    int month = LocalDate.now(RealisationManagement.JAKARTA).getMonthValue();

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kependudukan dan Pencatatan Sipil");
        Employee h = data.employee(agency, unit, null, null, "Kepala Disdukcapil");
        Employee s = data.employee(agency, unit, null, h, "Operator Layanan");
        Employee c = data.employee(agency, unit, null, h, "Rekan Kerja");
        Employee a = data.employee(agency, unit, null, h, "Admin");
        data.account(h);
        data.account(s);
        data.account(c);
        data.account(a, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        head = (Actor) users.loadUserByUsername(h.nip());
        staff = (Actor) users.loadUserByUsername(s.nip());
        colleague = (Actor) users.loadUserByUsername(c.nip());
        admin = (Actor) users.loadUserByUsername(a.nip());
    }

    /** An approved plan of the staff member with two indicators: documents issued (more) and turnaround days (less). */
    private Plan approvedPlan(int planYear) {
        Period period = periods.list(admin, agency.id()).stream().filter(p -> p.year() == planYear).findFirst()
                .orElseGet(() -> periods.open(admin, agency.id(), new PeriodForm(planYear, SubPeriodScheme.MONTHLY, null)));
        Plan plan = plans.create(staff, agency.id(), period.id(), staff.employeeId());
        PlannedResult r = plans.addResult(staff, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Terlayaninya penerbitan dokumen kependudukan", null, null));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.KUANTITAS, "Dokumen diterbitkan",
                new BigDecimal("100"), "dokumen", Direction.HIGHER));
        plans.addIndicator(staff, agency.id(), r.id(), IndicatorForm.number(Aspect.WAKTU, "Waktu penyelesaian",
                new BigDecimal("2"), "hari", Direction.LOWER));
        plans.submit(staff, agency.id(), plan.id());
        return plans.approve(head, agency.id(), plan.id());
    }

    private static List<String> codes(Throwable t) {
        return ((InvalidInputException) t).problems().stream().map(Problem::code).toList();
    }

    private static ResultIndicator indicator(Plan plan, int i) {
        return plan.results().get(0).indicators().get(i);
    }

    @Test
    void aRealisationShowsItsAchievementAndHowItWasComputed() {
        Plan plan = approvedPlan(year);
        realisations.record(staff, agency.id(), plan.id(), indicator(plan, 0).id(), month,
                new RealisationForm(new BigDecimal("90"), null, "Sesuai register"));
        realisations.record(staff, agency.id(), plan.id(), indicator(plan, 1).id(), month,
                new RealisationForm(new BigDecimal("3"), null, null));
        RealisationSheet sheet = realisations.sheet(head, agency.id(), plan.id(), month);
        assertThat(sheet.window().state()).isEqualTo("OPEN");
        assertThat(sheet.canRecord()).isFalse();
        assertThat(sheet.canReview()).isTrue();
        ResultProgress result = sheet.results().get(0);
        assertThat(result.indicators().get(0).achievement().percent()).isEqualByComparingTo("90.00");
        assertThat(result.indicators().get(0).achievement().rule()).isEqualTo("achievement.rule.higher");
        assertThat(result.indicators().get(1).achievement().percent()).isEqualByComparingTo("50.00");
        assertThat(result.indicators().get(1).achievement().rule()).isEqualTo("achievement.rule.lower");
        assertThat(result.achievement()).isEqualByComparingTo("70.00");
        assertThat(result.counted()).isEqualTo(2);

        // changing it keeps one realisation and resets the review
        Realisation again = realisations.record(staff, agency.id(), plan.id(), indicator(plan, 0).id(), month,
                new RealisationForm(new BigDecimal("100"), null, null));
        assertThat(again.version()).isEqualTo(1);
        assertThat(realisations.review(head, agency.id(), again.id(), ReviewStatus.NEEDS_EVIDENCE).reviewStatus())
                .isEqualTo(ReviewStatus.NEEDS_EVIDENCE);
        assertThat(realisations.record(staff, agency.id(), plan.id(), indicator(plan, 0).id(), month,
                new RealisationForm(new BigDecimal("101"), null, null)).reviewStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void onlyTheOwnerRecordsAndOnlyWhileTheSubPeriodIsOpen() {
        Plan plan = approvedPlan(year);
        long indicatorId = indicator(plan, 0).id();
        assertThatThrownBy(() -> realisations.record(colleague, agency.id(), plan.id(), indicatorId, month,
                new RealisationForm(BigDecimal.ONE, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> realisations.record(head, agency.id(), plan.id(), indicatorId, month,
                new RealisationForm(BigDecimal.ONE, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.record(staff, agency.id(),
                plan.id(), indicatorId, month, new RealisationForm(null, null, null))))).containsExactly("validation.required");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.record(staff, agency.id(),
                plan.id(), indicatorId, month, new RealisationForm(new BigDecimal("-1"), null, null))))).containsExactly("plan.error.negative");
        if (month < 12) {
            assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.record(staff, agency.id(),
                    plan.id(), indicatorId, month + 1, new RealisationForm(BigDecimal.ONE, null, null))))).containsExactly("tracking.error.notYet");
        }
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.record(staff, agency.id(),
                plan.id(), indicatorId, 13, new RealisationForm(BigDecimal.ONE, null, null))))).containsExactly("tracking.error.subPeriod");
    }

    @Test
    void aPastSubPeriodTakesEntriesOnlyAfterTheAppraiserReopensIt() {
        Plan last = approvedPlan(year - 1);
        long indicatorId = indicator(last, 0).id();
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.record(staff, agency.id(),
                last.id(), indicatorId, 6, new RealisationForm(BigDecimal.TEN, null, null))))).containsExactly("tracking.error.closed");
        // the sheet reads its window with its realisations (none yet)
        RealisationSheet closed = realisations.sheet(staff, agency.id(), last.id(), 6);
        assertThat(closed.window().state()).isEqualTo("CLOSED");
        assertThat(closed.canRecord()).isFalse();
        assertThat(closed.results()).flatMap(ResultProgress::indicators).isNotEmpty().allMatch(i -> i.realisation() == null);
        assertThatThrownBy(() -> realisations.reopen(staff, agency.id(), last.id(), 6, LocalDate.now().plusDays(3), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> realisations.reopen(head, agency.id(), last.id(), 6, LocalDate.now().plusDays(3), " ")))).containsExactly("plan.error.reasonRequired");
        EntryWindow reopened = realisations.reopen(head, agency.id(), last.id(), 6, LocalDate.now(RealisationManagement.JAKARTA).plusDays(3),
                "Aplikasi register sempat gangguan");
        assertThat(reopened.state()).isEqualTo("REOPENED");
        assertThat(realisations.record(staff, agency.id(), last.id(), indicatorId, 6, new RealisationForm(BigDecimal.TEN, null, null))
                .value()).isEqualByComparingTo("10");
        RealisationSheet open = realisations.sheet(staff, agency.id(), last.id(), 6);
        assertThat(open.window().state()).isEqualTo("REOPENED");
        assertThat(open.window().reopenedUntil()).isEqualTo(LocalDate.now(RealisationManagement.JAKARTA).plusDays(3));
        assertThat(open.canRecord()).isTrue();
        assertThat(open.results()).flatMap(ResultProgress::indicators).filteredOn(i -> i.indicator().id() == indicatorId)
                .singleElement().satisfies(i -> assertThat(i.realisation().value()).isEqualByComparingTo("10"));
    }

    @Test
    void dailyProgressRollsUpIntoTheSubPeriod() {
        Plan plan = approvedPlan(year);
        LocalDate today = LocalDate.now(RealisationManagement.JAKARTA);
        LocalDate first = today.withDayOfMonth(1);
        realisations.addProgress(staff, agency.id(), plan.id(), indicator(plan, 0).id(), first, new BigDecimal("12"), "hari 1");
        Realisation sum = realisations.addProgress(staff, agency.id(), plan.id(), indicator(plan, 0).id(), today, new BigDecimal("8"), null);
        assertThat(sum.value()).isEqualByComparingTo("20");
        assertThat(sum.source()).isEqualTo(RealisationSource.PROGRESS);
        realisations.addProgress(staff, agency.id(), plan.id(), indicator(plan, 1).id(), first, new BigDecimal("4"), null);
        Realisation latest = realisations.addProgress(staff, agency.id(), plan.id(), indicator(plan, 1).id(), today, new BigDecimal("2"), null);
        assertThat(latest.value()).isEqualByComparingTo("2");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.addProgress(staff, agency.id(),
                plan.id(), indicator(plan, 0).id(), today.plusDays(1), BigDecimal.ONE, null)))).containsExactly("tracking.error.futureDate");
    }

    @Test
    void evidenceFilesAreCheckedByContentAndServedOnlyToThoseAllowed() throws Exception {
        Plan plan = approvedPlan(year);
        Realisation r = realisations.record(staff, agency.id(), plan.id(), indicator(plan, 0).id(), month,
                new RealisationForm(new BigDecimal("95"), null, null));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Evidence e = realisations.addFile(staff, agency.id(), r.id(), "../../etc/laporan\"Nov.pdf", pdf);
        assertThat(e.contentType()).isEqualTo("application/pdf");
        assertThat(e.fileName()).isEqualTo("laporanNov.pdf");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.addFile(staff, agency.id(), r.id(),
                "laporan.pdf", "MZ\u0090 this is a program".getBytes(StandardCharsets.ISO_8859_1))))).containsExactly("tracking.error.fileType");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class, () -> realisations.addFile(staff, agency.id(), r.id(),
                "kosong.pdf", new byte[0])))).containsExactly("tracking.error.emptyFile");
        assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                () -> realisations.addLink(staff, agency.id(), r.id(), "javascript:alert(1)")))).containsExactly("tracking.error.link");
        assertThat(realisations.addLink(staff, agency.id(), r.id(), "https://drive.example.go.id/laporan").url())
                .isEqualTo("https://drive.example.go.id/laporan");
        assertThatThrownBy(() -> realisations.addFile(colleague, agency.id(), r.id(), "x.pdf", pdf)).isInstanceOf(AccessDeniedException.class);

        try (var in = realisations.file(head, agency.id(), e.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> realisations.file(colleague, agency.id(), e.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).hasSize(2);
        realisations.removeEvidence(staff, agency.id(), e.id());
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).hasSize(1);
    }

    /**
     * The methods that take a plan and period already loaded (one load per request for the realisation page) keep
     * every rule of those that load them: who may see, record, add or remove evidence and review; the period must be
     * the plan's; and the sheet shows what was stored, evidence in upload order.
     */
    @Test
    void methodsOnALoadedPlanKeepTheSameRules() {
        Plan plan = approvedPlan(year);
        Period period = periods.get(staff, agency.id(), plan.periodId());
        long docs = indicator(plan, 0).id();
        RealisationForm ninety = new RealisationForm(new BigDecimal("90"), null, null);

        // seeing: the colleague may not, even when handed the plan; the appraiser may; the period must be the plan's
        assertThatThrownBy(() -> realisations.sheet(colleague, plan, period, month)).isInstanceOf(AccessDeniedException.class);
        Period other = periods.open(admin, agency.id(), new PeriodForm(year - 1, SubPeriodScheme.MONTHLY, null));
        assertThatThrownBy(() -> realisations.sheet(staff, plan, other, month)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> realisations.sheet(staff, plan, period, 13)).isInstanceOf(InvalidInputException.class);

        // recording: only the owner, only in an open window
        assertThatThrownBy(() -> realisations.record(head, plan, period, docs, month, ninety)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> realisations.record(colleague, plan, period, docs, month, ninety)).isInstanceOf(AccessDeniedException.class);
        if (month < 12) {
            assertThat(codes(catchThrowableOfType(InvalidInputException.class,
                    () -> realisations.record(staff, plan, period, docs, month + 1, ninety)))).containsExactly("tracking.error.notYet");
        }
        realisations.record(staff, plan, period, docs, month, ninety);
        RealisationSheet sheet = realisations.sheet(head, plan, period, month);
        assertThat(sheet.period()).isEqualTo(period);
        Realisation r = sheet.results().get(0).indicators().get(0).realisation();
        assertThat(r.value()).isEqualByComparingTo("90");
        assertThat(sheet.results().get(0).indicators().get(1).realisation()).isNull();

        // evidence: only the owner; what is added shows on the sheet, oldest first, and is removed only from its realisation
        assertThatThrownBy(() -> realisations.addLink(head, plan, period, r, "https://drive.example.go.id/a"))
                .isInstanceOf(AccessDeniedException.class);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> realisations.addFile(colleague, plan, period, r, "a.pdf", pdf)).isInstanceOf(AccessDeniedException.class);
        Evidence file = realisations.addFile(staff, plan, period, r, "laporan.pdf", pdf);
        Evidence link = realisations.addLink(staff, plan, period, r, "https://drive.example.go.id/a");
        assertThat(file.fileName()).isEqualTo("laporan.pdf");
        assertThat(link.url()).isEqualTo("https://drive.example.go.id/a");
        Realisation withEvidence = realisations.sheet(staff, plan, period, month).results().get(0).indicators().get(0).realisation();
        assertThat(withEvidence.evidence()).extracting(Evidence::id).containsExactly(file.id(), link.id());
        assertThat(realisations.progressEntries(realisations.sheet(staff, plan, period, month))).isEmpty();
        assertThatThrownBy(() -> realisations.removeEvidence(staff, plan, period, r, file.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> realisations.removeEvidence(head, plan, period, withEvidence, file.id()))
                .isInstanceOf(AccessDeniedException.class);
        realisations.removeEvidence(staff, plan, period, withEvidence, file.id());
        assertThat(realisations.get(staff, agency.id(), r.id()).evidence()).extracting(Evidence::id).containsExactly(link.id());

        // daily progress: only the owner
        LocalDate today = LocalDate.now(RealisationManagement.JAKARTA);
        assertThatThrownBy(() -> realisations.addProgress(head, plan, period, docs, today, BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
        realisations.addProgress(staff, plan, period, docs, today, new BigDecimal("3"), "hari ini");
        RealisationSheet after = realisations.sheet(staff, plan, period, today.getMonthValue());
        assertThat(realisations.progressEntries(after)).extracting(ProgressEntry::note).containsExactly("hari ini");

        // reviewing: only the appraiser, and only a realisation of this plan
        assertThatThrownBy(() -> realisations.review(staff, plan, r, ReviewStatus.REVIEWED)).isInstanceOf(AccessDeniedException.class);
        Plan otherPlan = plans.get(admin, agency.id(), plans.create(colleague, agency.id(), period.id(), colleague.employeeId()).id());
        assertThatThrownBy(() -> realisations.review(head, otherPlan, r, ReviewStatus.REVIEWED)).isInstanceOf(NotFoundException.class);
        realisations.review(head, plan, r, ReviewStatus.REVIEWED);
        assertThat(realisations.get(head, agency.id(), r.id()).reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
    }
}
