package id.capaian.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.BehaviourExpectation;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PeriodStatus;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.UnitAgreement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The planning pages through the web: every page for the people it is meant for, the whole SKP workflow through the
 * forms (with and without htmx), refusals for colleagues and other agencies, translated validation, read-only
 * closed periods.
 */
@IntegrationTest
class PlanWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;

    static final ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI())
                    .isIn(403, 404);

    Agency agency;
    Unit dinkes;
    Employee head;
    Employee staff;
    Employee colleague;
    UserDetails admin;
    UserDetails headUser;
    UserDetails staffUser;
    UserDetails colleagueUser;
    UserDetails outsider;
    Actor headActor;
    Actor staffActor;
    Period period;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "Ronald Sitorus");
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
        admin = users.loadUserByUsername(adminEmployee.nip());
        headUser = users.loadUserByUsername(head.nip());
        staffUser = users.loadUserByUsername(staff.nip());
        colleagueUser = users.loadUserByUsername(colleague.nip());
        headActor = (Actor) headUser;
        staffActor = (Actor) staffUser;
        period = periods.open((Actor) admin, agency.id(), new PeriodForm(2026, SubPeriodScheme.QUARTERLY, null));

        Agency other = data.agency();
        Employee stranger = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        outsider = users.loadUserByUsername(stranger.nip());
    }

    // ---------------------------------------------------------------- helpers

    private String page(UserDetails who, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(UserDetails who, String url, Object... vars) {
        return post(url, vars).with(user(who)).with(csrf());
    }

    private String planUrl(Plan plan) {
        return "/agencies/" + agency.id() + "/plans/" + plan.id();
    }

    private Plan planOf(Employee e) {
        return plans.forEmployee(Actor.system(), agency.id(), period.id(), e.id()).orElseThrow();
    }

    /** The head's plan with one main RHK, for staff to link to. */
    private PlannedResult headResult() {
        Plan headPlan = plans.create(headActor, agency.id(), period.id(), head.id());
        return plans.addResult(headActor, agency.id(), headPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Terlaksananya imunisasi dasar lengkap di seluruh puskesmas", null, null));
    }

    // ---------------------------------------------------------------- pages

    @Test
    void everyPlanningPageRendersForThePeopleItIsMeantFor() throws Exception {
        String periodsPage = page(admin, "/agencies/{a}/periods", agency.id());
        assertThat(periodsPage).contains("Periode Kinerja", "Tahun 2026", "Triwulanan", "31 Januari 2026", "Buka periode baru",
                "Tutup periode");
        assertThat(page(staffUser, "/agencies/{a}/periods", agency.id())).contains("Tahun 2026").doesNotContain("Buka periode baru",
                "Tutup periode");

        assertThat(page(admin, "/agencies/{a}/periods/{p}/agreements", agency.id(), period.id()))
                .contains("Perjanjian Kinerja 2026", "Dinas Kesehatan", "Ronald Sitorus", "Belum disusun");
        assertThat(page(staffUser, "/agencies/{a}/periods/{p}/agreements/units/{u}", agency.id(), period.id(), dinkes.id()))
                .contains("Perjanjian Kinerja Dinas Kesehatan", "Belum ada IKU").doesNotContain("Tambah IKU");
        assertThat(page(headUser, "/agencies/{a}/periods/{p}/agreements/units/{u}", agency.id(), period.id(), dinkes.id()))
                .contains("Tambah IKU", "Sasaran strategis");
        mvc.perform(get("/agencies/{a}/agreements", agency.id()).with(user(admin)))
                .andExpect(redirectedUrl("/agencies/" + agency.id() + "/periods/" + period.id() + "/agreements"));
        mvc.perform(get("/agencies/{a}/plans", agency.id()).with(user(admin)))
                .andExpect(redirectedUrl("/agencies/" + agency.id() + "/periods/" + period.id() + "/plans"));

        // my plan: first the offer to start, then the plan itself
        assertThat(page(staffUser, "/plans/mine")).contains("Anda belum memiliki SKP 2026", "Buat SKP", "Ronald Sitorus");
        mvc.perform(form(staffUser, "/plans/mine")).andExpect(redirectedUrlPattern("/agencies/*/plans/*"));
        Plan staffPlan = planOf(staff);
        mvc.perform(get("/plans/mine").with(user(staffUser))).andExpect(redirectedUrl(planUrl(staffPlan)));
        String planPage = page(staffUser, planUrl(staffPlan));
        assertThat(planPage).contains("SKP 2026", "Maria Tambunan", "Epidemiolog", "Dinas Kesehatan", "Ronald Sitorus", "Draf",
                "RHK Utama (0)", "RHK Tambahan (0)", "Tambah RHK utama", "Berorientasi Pelayanan",
                "Memahami dan memenuhi kebutuhan masyarakat", "Kolaboratif", "Sebelum mengajukan", "Minimal satu RHK utama",
                "Ajukan ke pejabat penilai", "Riwayat", "SKP dibuat", "Dukungan sumber daya", "Skema pertanggungjawaban",
                "Konsekuensi", "Unduh PDF", planUrl(staffPlan) + "/pdf")
                .doesNotContain("Tetapkan SKP", "Simpan ekspektasi khusus");
        // the navigation and the home page lead there
        assertThat(planPage).contains("href=\"/plans/mine\"", "href=\"/plans/approvals\"");
        assertThat(page(staffUser, "/")).contains("SKP Saya", "Buka SKP saya", "Perjanjian Kinerja");
        assertThat(page(admin, "/")).contains("Perencanaan", "/agencies/" + agency.id() + "/periods", "Semua SKP");

        // the appraiser's inbox: the plan, and who has none yet
        mvc.perform(get("/plans/approvals").with(user(headUser)))
                .andExpect(redirectedUrl("/agencies/" + agency.id() + "/periods/" + period.id() + "/approvals"));
        String inbox = page(headUser, "/agencies/{a}/periods/{p}/approvals", agency.id(), period.id());
        assertThat(inbox).contains("Persetujuan SKP 2026", "Maria Tambunan", "Tono Sirait", "Admin BKPSDM", "Mulai draf",
                "Belum memiliki SKP (2)");
        assertThat(page(headUser, planUrl(staffPlan))).contains("Simpan ekspektasi khusus", "Ekspektasi khusus pimpinan");
        // someone who appraises nobody sees an empty state
        assertThat(page(staffUser, "/agencies/{a}/periods/{p}/approvals", agency.id(), period.id()))
                .contains("Tidak ada pegawai yang Anda nilai");

        // the administrators' list, with filters and the plan in it
        String all = page(admin, "/agencies/{a}/periods/{p}/plans", agency.id(), period.id());
        assertThat(all).contains("Semua SKP 2026", "Maria Tambunan", "1 SKP ditemukan");
        assertThat(page(admin, "/agencies/{a}/periods/{p}/plans?status=APPROVED", agency.id(), period.id()))
                .contains("0 SKP ditemukan");
        assertThat(page(admin, "/agencies/{a}/periods/{p}/plans?q=maria&unit={u}", agency.id(), period.id(), dinkes.id()))
                .contains("1 SKP ditemukan");
        assertThat(page(admin, planUrl(staffPlan))).contains("Maria Tambunan").doesNotContain("Tambah RHK utama");

        // English on request
        String english = mvc.perform(get(planUrl(staffPlan)).with(user(staffUser)).cookie(new Cookie("capaian-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Main RHK (0)", "Submit to the appraiser", "Before submitting", "Download PDF");
    }

    // ---------------------------------------------------------------- the workflow

    @Test
    void theEmployeeDraftsAndSubmitsThroughTheFormsAndTheAppraiserReturnsAndApproves() throws Exception {
        PlannedResult parent = headResult();
        mvc.perform(form(staffUser, "/plans/mine")).andExpect(status().is3xxRedirection());
        Plan plan = planOf(staff);
        String url = planUrl(plan);

        // the superior's RHK is offered to link to
        assertThat(page(staffUser, url)).contains("RHK pejabat penilai", parent.statement(), "r:" + parent.id());

        mvc.perform(form(staffUser, url + "/results").param("kind", "UTAMA")
                        .param("statement", "Tersusunnya laporan surveilans imunisasi").param("link", "r:" + parent.id()))
                .andExpect(status().is3xxRedirection());
        PlannedResult rhk = planOf(staff).results().get(0);
        assertThat(rhk.parentResultId()).isEqualTo(parent.id());

        mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).param("aspect", "KUANTITAS")
                        .param("name", "Jumlah laporan surveilans").param("targetKind", "NUMBER").param("targetValue", "12")
                        .param("targetUnit", "laporan").param("direction", "HIGHER"))
                .andExpect(status().is3xxRedirection());
        // with htmx only the RHK comes back, with the checklist and the confirmation out of band
        String fragment = mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).header("HX-Request", "true")
                        .param("aspect", "WAKTU").param("name", "Ketepatan waktu laporan").param("targetKind", "RANGE")
                        .param("targetMin", "10").param("targetMax", "12").param("targetUnit", "bulan").param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"result-" + rhk.id() + "\"", "Ketepatan waktu laporan", "10 - 12 bulan",
                "id=\"readiness\" hx-swap-oob=\"true\"", "id=\"plan-live\"", "Perubahan tersimpan.", "id=\"plan-version\"")
                .doesNotContain("<html", "Riwayat");
        mvc.perform(form(staffUser, url + "/results/{r}/actions", rhk.id()).param("actions[1]", "Mengumpulkan data")
                .param("actions[2]", "Menyusun laporan triwulan II").param("actions[3]", "").param("actions[4]", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(staffUser, url + "/header").param("approach", "QUANTITATIVE")
                        .param("resourceSupport", "Akses data imunisasi puskesmas").param("accountability", "Laporan bulanan")
                        .param("consequences", "").param("version", String.valueOf(planOf(staff).version())))
                .andExpect(status().is3xxRedirection());
        Plan drafted = planOf(staff);
        assertThat(drafted.results().get(0).indicators()).extracting(i -> i.target().describe())
                .containsExactly("12 laporan", "10 - 12 bulan");
        assertThat(drafted.results().get(0).actions()).extracting(a -> a.subPeriod()).containsExactly(1, 2);
        assertThat(drafted.resourceSupport()).isEqualTo("Akses data imunisasi puskesmas");
        assertThat(page(staffUser, url)).contains("Triwulan 2", "Menyusun laporan triwulan II", "12 laporan",
                "Mengintervensi RHK atasan", parent.statement());

        // an additional RHK via htmx: the whole results region comes back
        String results = mvc.perform(form(staffUser, url + "/results").header("HX-Request", "true").param("kind", "TAMBAHAN")
                        .param("statement", "Membantu pelaksanaan posyandu").param("link", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("id=\"results\"", "RHK Tambahan (1)", "Membantu pelaksanaan posyandu");
        PlannedResult extra = planOf(staff).results(ResultKind.TAMBAHAN).get(0);
        mvc.perform(form(staffUser, url + "/results/{r}/remove", extra.id())).andExpect(status().is3xxRedirection());
        assertThat(planOf(staff).results()).hasSize(1);

        // submit
        mvc.perform(form(staffUser, url + "/submit")).andExpect(redirectedUrl(url));
        assertThat(planOf(staff).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(page(staffUser, url)).contains("Diajukan", "sedang diperiksa oleh").doesNotContain("Tambah indikator");

        // the appraiser: special expectation, a return without a reason is refused, then with one
        String review = page(headUser, url);
        assertThat(review).contains("Tetapkan SKP", "Kembalikan untuk diperbaiki", "Alasan pengembalian");
        mvc.perform(form(headUser, url + "/behaviours").param("special[KOMPETEN]", "Mengikuti pelatihan analisis data")
                .param("special[LOYAL]", "")).andExpect(status().is3xxRedirection());
        assertThat(planOf(staff).behaviours()).filteredOn(b -> b.value() == BerakhlakValue.KOMPETEN)
                .extracting(BehaviourExpectation::special).containsExactly("Mengikuti pelatihan analisis data");
        assertThat(mvc.perform(form(headUser, url + "/return").param("reason", " ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Tuliskan alasannya.");
        assertThat(planOf(staff).status()).isEqualTo(PlanStatus.SUBMITTED);
        mvc.perform(form(headUser, url + "/return").param("reason", "Tambahkan indikator kualitas laporan"))
                .andExpect(redirectedUrl(url));
        assertThat(planOf(staff).status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(page(staffUser, url)).contains("Dikembalikan oleh pejabat penilai", "Tambahkan indikator kualitas laporan",
                "Tambah indikator");

        // fixed and submitted again; the appraiser approves
        mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).param("aspect", "KUALITAS")
                .param("name", "Kelengkapan laporan").param("targetKind", "NUMBER").param("targetValue", "100")
                .param("targetUnit", "%").param("direction", "HIGHER")).andExpect(status().is3xxRedirection());
        mvc.perform(form(staffUser, url + "/submit")).andExpect(redirectedUrl(url));
        mvc.perform(form(headUser, url + "/approve")).andExpect(redirectedUrl(url));
        assertThat(planOf(staff).status()).isEqualTo(PlanStatus.APPROVED);
        String approved = page(staffUser, url);
        assertThat(approved).contains("Ditetapkan", "Revisi SKP", "Ditetapkan oleh pejabat penilai", "Dikembalikan untuk diperbaiki")
                .doesNotContain("Tambah indikator", "Ajukan ke pejabat penilai");

        // a revision needs a reason
        assertThat(mvc.perform(form(staffUser, url + "/revise").param("reason", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Tuliskan alasannya.");
        mvc.perform(form(staffUser, url + "/revise").param("reason", "Target disesuaikan dengan anggaran perubahan"))
                .andExpect(redirectedUrl(url));
        Plan revising = planOf(staff);
        assertThat(revising.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(page(headUser, url)).contains("Revisi ke-1", "Target disesuaikan dengan anggaran perubahan");
    }

    @Test
    void theAppraiserStartsADraftForSomeoneTheyAppraiseAndConfirmsAChangedLink() throws Exception {
        PlannedResult parent = headResult();
        mvc.perform(form(headUser, "/agencies/{a}/periods/{p}/approvals/drafts", agency.id(), period.id())
                .param("employeeId", String.valueOf(colleague.id()))).andExpect(redirectedUrlPattern("/agencies/*/plans/*"));
        Plan plan = planOf(colleague);
        mvc.perform(form(headUser, planUrl(plan) + "/results").param("kind", "UTAMA")
                .param("statement", "Terlaksananya sweeping imunisasi").param("link", "r:" + parent.id()))
                .andExpect(status().is3xxRedirection());
        // the superior rewrites their RHK: the colleague's RHK is flagged and confirmed with one button
        plans.updateResult(headActor, agency.id(), parent.id(), new ResultForm(ResultKind.UTAMA,
                "Tercapainya imunisasi dasar lengkap 95%", null, null));
        PlannedResult flagged = planOf(colleague).results().get(0);
        assertThat(flagged.parentChanged()).isTrue();
        assertThat(page(colleagueUser, planUrl(plan))).contains("RHK atasan berubah", "Konfirmasi", "Tercapainya imunisasi dasar lengkap 95%");
        mvc.perform(form(colleagueUser, planUrl(plan) + "/results/{r}/confirm", flagged.id())).andExpect(status().is3xxRedirection());
        assertThat(planOf(colleague).results().get(0).parentChanged()).isFalse();
        // nobody outside the line starts a draft for someone else
        mvc.perform(form(staffUser, "/agencies/{a}/periods/{p}/approvals/drafts", agency.id(), period.id())
                .param("employeeId", String.valueOf(head.id()))).andExpect(DENIED);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aColleagueIsRefusedOnSomeoneElsesPlanAndNothingChanges() throws Exception {
        PlannedResult parent = headResult();
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlannedResult rhk = plans.addResult(staffActor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Tersusunnya laporan surveilans", parent.id(), null));
        plans.addIndicator(staffActor, agency.id(), rhk.id(), id.capaian.planning.IndicatorForm.number(
                id.capaian.planning.Aspect.KUANTITAS, "Jumlah laporan", new java.math.BigDecimal("12"), "laporan",
                id.capaian.planning.Direction.HIGHER));
        long indicatorId = planOf(staff).results().get(0).indicators().get(0).id();
        String url = planUrl(plan);

        mvc.perform(get(url).with(user(colleagueUser))).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results").param("kind", "UTAMA").param("statement", "Sisipan"))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}", rhk.id()).param("kind", "UTAMA").param("statement", "Diubah"))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/remove", rhk.id())).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/confirm", rhk.id())).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/indicators", rhk.id()).param("name", "x").param("targetValue", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/indicators/{i}", rhk.id(), indicatorId).param("name", "x")
                .param("targetValue", "1")).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/indicators/{i}/remove", rhk.id(), indicatorId))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/results/{r}/actions", rhk.id()).param("actions[1]", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/header").param("approach", "QUALITATIVE").param("resourceSupport", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/behaviours").param("special[KOMPETEN]", "x")).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/submit")).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/approve")).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/return").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(form(colleagueUser, url + "/revise").param("reason", "x")).andExpect(status().isForbidden());
        // the owner cannot decide on their own plan nor set the leader's expectations
        mvc.perform(form(staffUser, url + "/submit")).andExpect(status().is3xxRedirection());
        mvc.perform(form(staffUser, url + "/approve")).andExpect(status().isForbidden());
        mvc.perform(form(staffUser, url + "/behaviours").param("special[KOMPETEN]", "x")).andExpect(status().isForbidden());

        Plan after = planOf(staff);
        assertThat(after.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(after.approach().name()).isEqualTo("QUANTITATIVE");
        assertThat(after.resourceSupport()).isNull();
        assertThat(after.results()).extracting(PlannedResult::statement).containsExactly("Tersusunnya laporan surveilans");
        assertThat(after.results().get(0).indicators()).hasSize(1);
        assertThat(after.results().get(0).actions()).isEmpty();
        assertThat(after.behaviours()).allMatch(b -> b.special() == null);
    }

    @Test
    void anAdministratorOfAnotherAgencyIsRefusedOnEveryPlanningPage() throws Exception {
        PlannedResult parent = headResult();
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        UnitAgreement pk = agreements.open(headActor, agency.id(), period.id(), dinkes.id());
        long a = agency.id();
        long p = period.id();
        for (String url : List.of("/agencies/" + a + "/periods", "/agencies/" + a + "/periods/" + p + "/close",
                "/agencies/" + a + "/agreements", "/agencies/" + a + "/periods/" + p + "/agreements",
                "/agencies/" + a + "/periods/" + p + "/agreements/units/" + dinkes.id(), "/agencies/" + a + "/plans",
                "/agencies/" + a + "/periods/" + p + "/plans", "/agencies/" + a + "/periods/" + p + "/approvals",
                planUrl(plan))) {
            mvc.perform(get(url).with(user(outsider))).andExpect(DENIED);
        }
        mvc.perform(form(outsider, "/agencies/{a}/periods", a).param("year", "2030").param("scheme", "MONTHLY")).andExpect(DENIED);
        mvc.perform(form(outsider, "/agencies/{a}/periods/{p}/close", a, p)).andExpect(DENIED);
        mvc.perform(form(outsider, "/agencies/{a}/periods/{p}/agreements/units/{u}/indicators", a, p, dinkes.id())
                .param("goal", "x").param("name", "y").param("targetValue", "1")).andExpect(DENIED);
        mvc.perform(form(outsider, "/agencies/{a}/periods/{p}/agreements/units/{u}/sign", a, p, dinkes.id())).andExpect(DENIED);
        mvc.perform(form(outsider, "/agencies/{a}/periods/{p}/approvals/drafts", a, p).param("employeeId", String.valueOf(colleague.id())))
                .andExpect(DENIED);
        mvc.perform(form(outsider, planUrl(plan) + "/results").param("kind", "UTAMA").param("statement", "Sisipan")
                .param("link", "r:" + parent.id())).andExpect(DENIED);
        mvc.perform(form(outsider, planUrl(plan) + "/submit")).andExpect(DENIED);

        assertThat(periods.list(Actor.system(), a)).extracting(Period::year).containsExactly(2026);
        assertThat(periods.get(Actor.system(), a, p).status()).isEqualTo(PeriodStatus.OPEN);
        assertThat(agreements.get(Actor.system(), a, pk.id()).indicators()).isEmpty();
        assertThat(planOf(staff).results()).isEmpty();
        assertThat(plans.forEmployee(Actor.system(), a, p, colleague.id())).isEmpty();
    }

    // ---------------------------------------------------------------- validation and read-only

    @Test
    void invalidInputShowsTheTranslatedMessageAndStoresNothing() throws Exception {
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        String url = planUrl(plan);

        String empty = mvc.perform(form(staffUser, url + "/results").param("kind", "UTAMA").param("statement", " ").param("link", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Periksa kembali isian berikut:", "Wajib diisi.", "is-invalid");
        assertThat(planOf(staff).results()).isEmpty();

        PlannedResult rhk = plans.addResult(staffActor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA, "Laporan", null, null));
        String text = mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).param("aspect", "KUALITAS")
                        .param("name", "Mutu laporan").param("targetKind", "TEXT").param("targetText", "Laporan lengkap")
                        .param("direction", "EXACT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text).contains("Mutu laporan", "memakai target uraian; pada pendekatan kuantitatif");
        String letters = mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).header("HX-Request", "true")
                        .param("aspect", "KUANTITAS").param("name", "Jumlah").param("targetKind", "NUMBER").param("targetValue", "dua belas")
                        .param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(letters).contains("Isi dengan angka", "Jumlah", "id=\"result-" + rhk.id() + "\"");
        String range = mvc.perform(form(staffUser, url + "/results/{r}/indicators", rhk.id()).param("aspect", "WAKTU")
                        .param("name", "Waktu").param("targetKind", "RANGE").param("targetMin", "12").param("targetMax", "10")
                        .param("direction", "LOWER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(range).contains("Batas atas rentang harus lebih besar");
        assertThat(planOf(staff).results().get(0).indicators()).isEmpty();

        // in English
        String english = mvc.perform(form(staffUser, url + "/results").cookie(new Cookie("capaian-lang", "en"))
                        .param("kind", "UTAMA").param("statement", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Required.");

        // the period form and the IKU form say what is wrong too
        assertThat(mvc.perform(form(admin, "/agencies/{a}/periods", agency.id()).param("year", "").param("scheme", "MONTHLY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Wajib diisi.");
        assertThat(mvc.perform(form(admin, "/agencies/{a}/periods", agency.id()).param("year", "2026").param("scheme", "MONTHLY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Periode tahun 2026 sudah ada.");
        assertThat(mvc.perform(form(headUser, "/agencies/{a}/periods/{p}/agreements/units/{u}/indicators", agency.id(),
                        period.id(), dinkes.id()).param("goal", "").param("name", "Cakupan imunisasi").param("targetValue", "abc")
                        .param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Isi dengan angka");
        assertThat(mvc.perform(form(headUser, "/agencies/{a}/periods/{p}/agreements/units/{u}/indicators", agency.id(),
                        period.id(), dinkes.id()).param("goal", "").param("name", "Cakupan imunisasi").param("targetValue", "95")
                        .param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Wajib diisi.");
        assertThat(agreements.forUnit(Actor.system(), agency.id(), period.id(), dinkes.id())
                .map(x -> x.indicators().size()).orElse(0)).isZero();
        assertThat(periods.list(Actor.system(), agency.id())).hasSize(1);
    }

    @Test
    void aClosedPeriodShowsEverythingReadOnly() throws Exception {
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlannedResult rhk = plans.addResult(staffActor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA, "Laporan surveilans", null, null));
        UnitAgreement pk = agreements.open(headActor, agency.id(), period.id(), dinkes.id());
        agreements.addIndicator(headActor, agency.id(), pk.id(), new id.capaian.planning.UnitIndicatorForm("Sasaran",
                "Cakupan imunisasi", new java.math.BigDecimal("95"), "%", id.capaian.planning.Direction.HIGHER));

        assertThat(page(admin, "/agencies/{a}/periods/{p}/close", agency.id(), period.id())).contains("Ya, tutup periode 2026");
        mvc.perform(form(staffUser, "/agencies/{a}/periods/{p}/close", agency.id(), period.id())).andExpect(DENIED);
        mvc.perform(form(admin, "/agencies/{a}/periods/{p}/close", agency.id(), period.id()))
                .andExpect(redirectedUrl("/agencies/" + agency.id() + "/periods"));
        assertThat(periods.get(Actor.system(), agency.id(), period.id()).open()).isFalse();
        assertThat(page(admin, "/agencies/{a}/periods", agency.id())).contains("Ditutup").doesNotContain("Tutup periode</a>");

        String readOnly = page(staffUser, planUrl(plan));
        assertThat(readOnly).contains("Periode ini sudah ditutup", "Laporan surveilans")
                .doesNotContain("Tambah RHK utama", "Tambah indikator", "Ubah RHK", "Ajukan ke pejabat penilai",
                        "name=\"statement\"", "name=\"resourceSupport\"", "name=\"actions[1]\"", "/plans/" + plan.id() + "/results\"");
        assertThat(page(headUser, planUrl(plan))).doesNotContain("Simpan ekspektasi khusus", "name=\"special[");
        String pkPage = page(headUser, "/agencies/{a}/periods/{p}/agreements/units/{u}", agency.id(), period.id(), dinkes.id());
        assertThat(pkPage).contains("Cakupan imunisasi", "95 %").doesNotContain("Tambah IKU", "Tandatangani", "name=\"goal\"");
        // and the forms themselves refuse
        assertThat(mvc.perform(form(staffUser, planUrl(plan) + "/results/{r}/indicators", rhk.id()).param("aspect", "KUANTITAS")
                        .param("name", "Jumlah").param("targetKind", "NUMBER").param("targetValue", "1").param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Periode ini sudah ditutup");
        assertThat(planOf(staff).results().get(0).indicators()).isEmpty();
        mvc.perform(get("/plans/mine").with(user(colleagueUser))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- periods and agreements

    @Test
    void administratorsOpenPeriodsAndUnitHeadsDraftAndSignTheirAgreement() throws Exception {
        mvc.perform(form(admin, "/agencies/{a}/periods", agency.id()).param("year", "2027").param("scheme", "MONTHLY")
                .param("planDeadline", "")).andExpect(redirectedUrl("/agencies/" + agency.id() + "/periods"));
        Period p2027 = periods.list(Actor.system(), agency.id()).get(0);
        assertThat(p2027.year()).isEqualTo(2027);
        assertThat(p2027.planDeadline()).isEqualTo(java.time.LocalDate.of(2027, 1, 31));
        mvc.perform(form(admin, "/agencies/{a}/periods", agency.id()).param("year", "2028").param("scheme", "QUARTERLY")
                .param("planDeadline", "2028-02-15")).andExpect(status().is3xxRedirection());
        assertThat(periods.list(Actor.system(), agency.id()).get(0).planDeadline()).isEqualTo(java.time.LocalDate.of(2028, 2, 15));
        mvc.perform(form(staffUser, "/agencies/{a}/periods", agency.id()).param("year", "2029").param("scheme", "MONTHLY"))
                .andExpect(DENIED);
        assertThat(periods.list(Actor.system(), agency.id())).hasSize(3);

        String base = "/agencies/" + agency.id() + "/periods/" + period.id() + "/agreements/units/" + dinkes.id();
        mvc.perform(form(staffUser, base + "/indicators").param("goal", "x").param("name", "y").param("targetValue", "1")
                .param("direction", "HIGHER")).andExpect(DENIED);
        mvc.perform(form(headUser, base + "/indicators").param("goal", "Meningkatnya derajat kesehatan masyarakat")
                .param("name", "Cakupan imunisasi dasar lengkap").param("targetValue", "95").param("targetUnit", "%")
                .param("direction", "HIGHER")).andExpect(redirectedUrl(base));
        UnitAgreement pk = agreements.forUnit(Actor.system(), agency.id(), period.id(), dinkes.id()).orElseThrow();
        long iku = pk.indicators().get(0).id();
        String fragment = mvc.perform(form(headUser, base + "/indicators/{i}", iku).header("HX-Request", "true")
                        .param("goal", "Meningkatnya derajat kesehatan masyarakat").param("name", "Cakupan imunisasi dasar lengkap")
                        .param("targetValue", "97").param("targetUnit", "%").param("direction", "HIGHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"agreement\"", "97 %").doesNotContain("<html");
        assertThat(page(admin, "/agencies/{a}/periods/{p}/agreements", agency.id(), period.id())).contains("Draf");

        mvc.perform(form(headUser, base + "/sign")).andExpect(redirectedUrl(base));
        assertThat(agreements.get(Actor.system(), agency.id(), pk.id()).signed()).isTrue();
        String signed = page(headUser, base);
        assertThat(signed).contains("Ditandatangani oleh Ronald Sitorus", "sudah ditandatangani").doesNotContain("Tambah IKU");
        assertThat(page(admin, "/agencies/{a}/periods/{p}/agreements", agency.id(), period.id()))
                .contains("1 dari 1 unit sudah menandatangani.");
        mvc.perform(form(headUser, base + "/reopen")).andExpect(DENIED);
        assertThat(page(admin, base)).contains("Buka kembali untuk perubahan");
        mvc.perform(form(admin, base + "/reopen")).andExpect(redirectedUrl(base));
        assertThat(agreements.get(Actor.system(), agency.id(), pk.id()).signed()).isFalse();
        mvc.perform(form(headUser, base + "/indicators/{i}/remove", iku)).andExpect(redirectedUrl(base));
        assertThat(agreements.get(Actor.system(), agency.id(), pk.id()).indicators()).isEmpty();

        // the unit's IKU is offered to the head's own RHK
        Plan headPlan = plans.create(headActor, agency.id(), period.id(), head.id());
        agreements.addIndicator(headActor, agency.id(), pk.id(), new id.capaian.planning.UnitIndicatorForm("Sasaran",
                "Indeks kepuasan masyarakat puskesmas", new java.math.BigDecimal("82"), "indeks", id.capaian.planning.Direction.HIGHER));
        assertThat(page(headUser, planUrl(headPlan))).contains("IKU unit yang Anda pimpin", "Indeks kepuasan masyarakat puskesmas (82 indeks)");
    }
}
