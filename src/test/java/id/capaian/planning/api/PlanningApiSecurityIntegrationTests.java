package id.capaian.planning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.UnitIndicatorForm;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/** Every planning endpoint is scoped to the caller's agency, and an agency head's token only reads. */
@IntegrationTest
class PlanningApiSecurityIntegrationTests extends PlanningApiTestSupport {

    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired AgreementManagement agreements;
    @Autowired PlanManagement plans;

    Agency a;
    Agency b;
    Unit bUnit;
    Employee bHead;
    Employee bStaff;
    long bPeriod;
    long bAgreement;
    long bIku;
    long bHeadPlan;
    long bPlan;
    long bResult;
    long bIndicator;
    String aAdmin;
    String bAdmin;

    /** One call: method, path template (with {agency} first), body. */
    record Call(HttpMethod method, String path, String body, Object[] ids) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void setUp() {
        a = data.agency();
        b = data.agency();
        bUnit = data.unit(b, null, "Dinas Pendidikan B");
        bHead = data.employee(b, bUnit, data.position(b, PositionKind.JPT, "Kepala Dinas B"), null, "Kepala B");
        bStaff = data.employee(b, bUnit, null, bHead, "Pegawai B");
        UnitForm f = UnitForm.of(bUnit);
        f.setHeadEmployeeId(bHead.id());
        units.update(Actor.system(), b.id(), bUnit.id(), f);
        data.account(bHead);
        data.account(bStaff);
        Actor head = (Actor) users.loadUserByUsername(bHead.nip());
        Actor staff = (Actor) users.loadUserByUsername(bStaff.nip());
        bPeriod = periods.open(Actor.system(), b.id(), new PeriodForm(2026, SubPeriodScheme.MONTHLY, null)).id();
        bAgreement = agreements.open(head, b.id(), bPeriod, bUnit.id()).id();
        bIku = agreements.addIndicator(head, b.id(), bAgreement, new UnitIndicatorForm("Mutu pendidikan B",
                "Angka partisipasi sekolah B", new BigDecimal("98"), "%", Direction.HIGHER)).id();
        bHeadPlan = plans.create(head, b.id(), bPeriod, bHead.id()).id();
        long headResult = plans.addResult(head, b.id(), bHeadPlan, new ResultForm(ResultKind.UTAMA,
                "Rahasia RHK Kepala B", null, bIku)).id();
        bPlan = plans.create(staff, b.id(), bPeriod, bStaff.id()).id();
        bResult = plans.addResult(staff, b.id(), bPlan, new ResultForm(ResultKind.UTAMA, "Rahasia RHK Pegawai B",
                headResult, null)).id();
        bIndicator = plans.addIndicator(staff, b.id(), bResult, IndicatorForm.number(Aspect.KUANTITAS,
                "Rahasia IKI B", new BigDecimal("10"), "dokumen", Direction.HIGHER)).id();
        plans.setActions(staff, b.id(), bResult, Map.of(1, "Rahasia aksi B"));
        plans.submit(staff, b.id(), bPlan);
        aAdmin = token(a, Role.AGENCY_ADMIN);
        bAdmin = token(b, Role.AGENCY_ADMIN);
    }

    private static Call call(HttpMethod method, String path, String body, Object... ids) {
        return new Call(method, path, body, ids);
    }

    /** Every read of the planning API, on B's records. */
    private List<Call> reads() {
        return List.of(
                call(HttpMethod.GET, "/periods", null),
                call(HttpMethod.GET, "/periods/{p}", null, bPeriod),
                call(HttpMethod.GET, "/periods/{p}/agreements", null, bPeriod),
                call(HttpMethod.GET, "/periods/{p}/units/{u}/agreement", null, bPeriod, bUnit.id()),
                call(HttpMethod.GET, "/agreements/{g}", null, bAgreement),
                call(HttpMethod.GET, "/agreements/{g}/indicators/{i}", null, bAgreement, bIku),
                call(HttpMethod.GET, "/periods/{p}/plans", null, bPeriod),
                call(HttpMethod.GET, "/plans/{id}", null, bPlan),
                call(HttpMethod.GET, "/plans/{id}/history", null, bPlan),
                call(HttpMethod.GET, "/plans/{id}/candidates", null, bPlan),
                call(HttpMethod.GET, "/plans/{id}/readiness", null, bPlan),
                call(HttpMethod.GET, "/plans/{id}/results/{r}", null, bPlan, bResult),
                call(HttpMethod.GET, "/plans/{id}/results/{r}/indicators/{i}", null, bPlan, bResult, bIndicator),
                call(HttpMethod.GET, "/plans/{id}/pdf", null, bPlan));
    }

    /** Every write of the planning API, on B's records. */
    private List<Call> writes() {
        String iku = "{\"goal\": \"Dibobol\", \"name\": \"Dibobol\", \"targetValue\": 1}";
        String result = resultJson("UTAMA", "Dibobol", null, null);
        String indicator = numberIndicatorJson("KUANTITAS", "Dibobol", "1", null);
        return List.of(
                call(HttpMethod.POST, "/periods", "{\"year\": 2031, \"scheme\": \"MONTHLY\"}"),
                call(HttpMethod.POST, "/periods/{p}/close", null, bPeriod),
                call(HttpMethod.POST, "/periods/{p}/units/{u}/agreement", null, bPeriod, bUnit.id()),
                call(HttpMethod.POST, "/agreements/{g}/indicators", iku, bAgreement),
                call(HttpMethod.PUT, "/agreements/{g}/indicators/{i}", iku, bAgreement, bIku),
                call(HttpMethod.DELETE, "/agreements/{g}/indicators/{i}", null, bAgreement, bIku),
                call(HttpMethod.POST, "/agreements/{g}/sign", null, bAgreement),
                call(HttpMethod.POST, "/agreements/{g}/reopen", null, bAgreement),
                call(HttpMethod.POST, "/periods/{p}/plans", "{\"employeeId\": " + bHead.id() + "}", bPeriod),
                call(HttpMethod.PUT, "/plans/{id}", "{\"approach\": \"QUALITATIVE\", \"version\": 0}", bPlan),
                call(HttpMethod.POST, "/plans/{id}/results", result, bPlan),
                call(HttpMethod.PUT, "/plans/{id}/results/{r}", result, bPlan, bResult),
                call(HttpMethod.DELETE, "/plans/{id}/results/{r}", null, bPlan, bResult),
                call(HttpMethod.POST, "/plans/{id}/results/{r}/acknowledge-parent-change", null, bPlan, bResult),
                call(HttpMethod.POST, "/plans/{id}/results/{r}/indicators", indicator, bPlan, bResult),
                call(HttpMethod.PUT, "/plans/{id}/results/{r}/indicators/{i}", indicator, bPlan, bResult, bIndicator),
                call(HttpMethod.DELETE, "/plans/{id}/results/{r}/indicators/{i}", null, bPlan, bResult, bIndicator),
                call(HttpMethod.PUT, "/plans/{id}/results/{r}/actions", "{\"actions\": []}", bPlan, bResult),
                call(HttpMethod.PUT, "/plans/{id}/behaviours/LOYAL", "{\"special\": \"Dibobol\"}", bPlan),
                call(HttpMethod.POST, "/plans/{id}/submit", null, bPlan),
                call(HttpMethod.POST, "/plans/{id}/approve", null, bPlan),
                call(HttpMethod.POST, "/plans/{id}/return", "{\"reason\": \"Dibobol\"}", bPlan),
                call(HttpMethod.POST, "/plans/{id}/revise", "{\"reason\": \"Dibobol\"}", bPlan));
    }

    private MvcResult perform(String auth, long agencyId, Call call) throws Exception {
        Object[] vars = new Object[call.ids().length + 1];
        vars[0] = agencyId;
        System.arraycopy(call.ids(), 0, vars, 1, call.ids().length);
        var request = request(call.method(), "/api/v1/agencies/{a}" + call.path(), vars)
                .header(HttpHeaders.AUTHORIZATION, auth)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PDF);
        if (call.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(call.body());
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void anAdministratorOfAnotherAgencyReachesNothingOfThisAgencysPlanning() throws Exception {
        String before = snapshotOfB();
        List<Call> all = new ArrayList<>(reads());
        all.addAll(writes());
        for (Call call : all) {
            // through B's own paths
            refused(perform(aAdmin, b.id(), call), call + " on B");
            // through A's paths with B's ids (opening a period in A is A's own business)
            if (!call.path().equals("/periods")) {
                refused(perform(aAdmin, a.id(), call), call + " on A with B's ids");
            }
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void anAgencyHeadTokenReadsEverythingAndChangesNothing() throws Exception {
        String head = token(b, Role.AGENCY_HEAD);
        for (Call call : reads()) {
            assertThat(perform(head, b.id(), call).getResponse().getStatus()).as(call.toString()).isEqualTo(200);
        }
        String before = snapshotOfB();
        for (Call call : writes()) {
            assertThat(perform(head, b.id(), call).getResponse().getStatus()).as(call.toString()).isEqualTo(403);
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void aNationalTokenReadsPlansOfEveryAgency() throws Exception {
        String national = "Bearer " + tokens.issue(Actor.system(), null, "national", Role.NATIONAL_ADMIN, null).secret();
        getAs(national, BASE + "/plans/{id}", b.id(), bPlan).andExpect(status().isOk());
        getAs(national, BASE + "/periods/{p}/plans", b.id(), bPeriod).andExpect(status().isOk());
    }

    private void refused(MvcResult result, String what) throws Exception {
        assertThat(result.getResponse().getStatus()).as(what).isIn(403, 404);
        assertThat(result.getResponse().getContentType()).as(what).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).as(what)
                .doesNotContain("Rahasia", "Kepala B", "Pegawai B", "Dinas Pendidikan B", "Angka partisipasi", bStaff.nip());
    }

    /** Everything of B's planning as B's own administrator sees it through the API. */
    private String snapshotOfB() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Call call : reads()) {
            if (call.path().endsWith("/pdf")) {
                continue;
            }
            MvcResult r = perform(bAdmin, b.id(), call);
            assertThat(r.getResponse().getStatus()).as(call.toString()).isEqualTo(200);
            sb.append(r.getResponse().getContentAsString()).append('\n');
        }
        getAs(bAdmin, BASE + "/plans/{id}", b.id(), bHeadPlan).andExpect(status().isOk());
        return sb.toString();
    }
}
