package id.capaian.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Through the web pages, an agency's people see and change only their own agency, and only as their role allows. */
@IntegrationTest
class WebAccessIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired UnitManagement units;
    @Autowired EmployeeManagement employees;
    @Autowired AccountManagement accounts;

    /** Refused: 403, or 404 where even the existence of another agency's record is not told. */
    static final org.springframework.test.web.servlet.ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getRequestURI()).isIn(403, 404);

    Agency a;
    Agency b;
    Unit unitB;
    Employee employeeB;
    UserDetails adminA;
    UserDetails staffA;

    @BeforeEach
    void setUp() {
        a = data.agency();
        b = data.agency();
        Unit unitA = data.unit(a, null, "BKPSDM A");
        unitB = data.unit(b, null, "BKPSDM B");
        Employee admin = data.employee(a, unitA, data.position(a, PositionKind.PELAKSANA, "Analis SDM"), null, "Admin A");
        Employee staff = data.employee(a, unitA, null, admin, "Staf A");
        employeeB = data.employee(b, unitB, null, null, "Pegawai B");
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(staff, Role.EMPLOYEE);
        adminA = users.loadUserByUsername(admin.nip());
        staffA = users.loadUserByUsername(staff.nip());
    }

    @Test
    void anAdministratorWorksInTheirOwnAgency() throws Exception {
        mvc.perform(get("/agencies/{a}/employees", a.id()).with(user(adminA)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Staf A")));
        mvc.perform(get("/agencies/{a}/org-chart", a.id()).with(user(adminA)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("BKPSDM A")));
        mvc.perform(post("/agencies/{a}/units/new", a.id()).with(user(adminA)).with(csrf())
                        .param("code", "NEW-1").param("name", "Bidang Baru"))
                .andExpect(status().is3xxRedirection());
        assertThat(units.tree(Actor.system(), a.id(), false)).extracting(r -> r.unit().name()).contains("Bidang Baru");
    }

    @Test
    void everyPageOfTheAgencyRendersForItsAdministrator() throws Exception {
        for (String page : new String[] {"/", "/agencies", "/agencies/{a}/employees", "/agencies/{a}/units",
                "/agencies/{a}/positions", "/agencies/{a}/org-chart", "/agencies/{a}/accounts", "/agencies/{a}/audit",
                "/agencies/{a}/audit?type=employee", "/agencies/{a}/api-tokens", "/agencies/{a}/imports",
                "/agencies/{a}/units/new", "/agencies/{a}/positions/new", "/agencies/{a}/employees/new", "/account/password"}) {
            mvc.perform(get(page, a.id()).with(user(adminA))).andExpect(status().isOk());
        }
        Employee someone = employees.search(Actor.system(), a.id(), new EmployeeManagement.Search("Staf A", null, false, null, 0, 1))
                .content().get(0);
        mvc.perform(get("/agencies/{a}/employees/{e}", a.id(), someone.id()).with(user(adminA))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Admin A")));
        mvc.perform(get("/agencies/{a}/employees/{e}/edit", a.id(), someone.id()).with(user(adminA))).andExpect(status().isOk());
        mvc.perform(get("/agencies/{a}/audit", a.id()).with(user(adminA)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Staf A")));
        mvc.perform(get("/audit").with(user(adminA))).andExpect(DENIED);
        // the page a save redirects to shows its confirmation, with and without arguments (a real session)
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").userParameter("nip").user(adminA.getUsername()).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        String saved = mvc.perform(post("/agencies/{a}/units/new", a.id()).cookie(session).with(csrf())
                .param("code", "FLASH-1").param("name", "Bidang Kilat")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(saved).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Perubahan tersimpan.")));
        long accountId = accounts.credentials(staffA.getUsername()).orElseThrow().account().id();
        String reset = mvc.perform(post("/agencies/{a}/accounts/{id}/reset", a.id(), accountId).cookie(session).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(reset).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi sementara untuk " + staffA.getUsername())));
    }

    @Test
    void anAdministratorCanNeitherReadNorChangeAnotherAgency() throws Exception {
        for (String page : new String[] {"/agencies/{b}/employees", "/agencies/{b}/units", "/agencies/{b}/positions",
                "/agencies/{b}/org-chart", "/agencies/{b}/accounts", "/agencies/{b}/audit", "/agencies/{b}/api-tokens",
                "/agencies/{b}/units/new"}) {
            mvc.perform(get(page, b.id()).with(user(adminA))).andExpect(DENIED);
        }
        mvc.perform(get("/agencies/{b}/employees/{e}", b.id(), employeeB.id()).with(user(adminA)))
                .andExpect(DENIED);
        // and an agency A address with a record of B finds nothing
        mvc.perform(get("/agencies/{a}/employees/{e}", a.id(), employeeB.id()).with(user(adminA)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/agencies/{b}/units/new", b.id()).with(user(adminA)).with(csrf())
                .param("code", "X-1").param("name", "Sisipan")).andExpect(DENIED);
        mvc.perform(post("/agencies/{b}/employees/{e}/edit", b.id(), employeeB.id()).with(user(adminA)).with(csrf())
                .param("nip", employeeB.nip()).param("name", "Diubah").param("asnType", "PNS"))
                .andExpect(DENIED);
        mvc.perform(post("/agencies/{b}/employees/{e}/deactivate", b.id(), employeeB.id()).with(user(adminA)).with(csrf())
                .param("reason", "x")).andExpect(DENIED);
        mvc.perform(post("/agencies/{b}/units/{u}/active", b.id(), unitB.id()).with(user(adminA)).with(csrf())
                .param("active", "false")).andExpect(DENIED);

        assertThat(units.tree(Actor.system(), b.id(), true)).extracting(r -> r.unit().name()).containsExactly("BKPSDM B");
        Employee unchanged = employees.get(Actor.system(), b.id(), employeeB.id());
        assertThat(unchanged.name()).isEqualTo("Pegawai B");
        assertThat(unchanged.active()).isTrue();
        assertThat(units.get(Actor.system(), b.id(), unitB.id()).active()).isTrue();
    }

    @Test
    void anEmployeeReadsTheirAgencyButChangesNothing() throws Exception {
        mvc.perform(get("/agencies/{a}/org-chart", a.id()).with(user(staffA))).andExpect(status().isOk());
        mvc.perform(get("/agencies/{a}/units/new", a.id()).with(user(staffA))).andExpect(DENIED);
        mvc.perform(post("/agencies/{a}/units/new", a.id()).with(user(staffA)).with(csrf())
                .param("code", "S-1").param("name", "Tidak boleh")).andExpect(DENIED);
        mvc.perform(get("/agencies/{a}/accounts", a.id()).with(user(staffA))).andExpect(DENIED);
        mvc.perform(get("/agencies/{b}/org-chart", b.id()).with(user(staffA))).andExpect(DENIED);
        assertThat(units.tree(Actor.system(), a.id(), true)).extracting(r -> r.unit().name()).doesNotContain("Tidak boleh");
    }

    @Test
    void pagesNeedSignInAndFormsNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/agencies/{a}/employees", a.id())).andExpect(status().is3xxRedirection());
        // signed in, but the form lacks the CSRF token: refused
        var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").userParameter("nip").user(adminA.getUsername()).password(TestData.PASSWORD)).andReturn();
        var session = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/agencies/{a}/units/new", a.id()).cookie(session)).andExpect(status().isOk()); // the form holds a token
        mvc.perform(post("/agencies/{a}/units/new", a.id()).cookie(session)
                .param("code", "NOCSRF").param("name", "Tanpa token")).andExpect(status().isForbidden());
        // no session at all (it expired): back to the sign-in page, nothing stored
        mvc.perform(post("/agencies/{a}/units/new", a.id())
                .param("code", "NOCSRF").param("name", "Tanpa token"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?expired"));
        assertThat(units.tree(Actor.system(), a.id(), true)).extracting(r -> r.unit().name()).doesNotContain("Tanpa token");
    }

    @Test
    void theAgencyListShowsOnlyOnesOwnAgencyToAnAgencyAdministrator() throws Exception {
        mvc.perform(get("/agencies").with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.name())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(b.name()))));
        mvc.perform(get("/agencies/new").with(user(adminA))).andExpect(DENIED);
    }

    @Test
    void invalidFormInputIsShownTranslatedAndNothingIsStored() throws Exception {
        mvc.perform(post("/agencies/{a}/employees/new", a.id()).with(user(adminA)).with(csrf())
                        .param("nip", "123").param("name", "Budi").param("asnType", "PNS"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIP harus tepat 18 angka.")));
        mvc.perform(post("/agencies/{a}/employees/new", a.id()).with(user(adminA)).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("capaian-lang", "en"))
                        .param("nip", "123").param("name", "Budi").param("asnType", "PNS"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A NIP has exactly 18 digits.")));
        assertThat(employees.search(Actor.system(), a.id(), new EmployeeManagement.Search("Budi", null, false, null, 0, 10))
                .totalElements()).isZero();
    }
}
