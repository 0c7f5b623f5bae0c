package id.capaian.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    Agency agency;
    Employee employee;
    long accountId;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kesehatan");
        employee = data.employee(agency, unit, null, null, "Sondang Hutapea");
        accountId = data.account(employee, Role.EMPLOYEE, Role.AGENCY_ADMIN);
    }

    @Test
    void signsInWithNipAndPasswordIntoADatabaseSession() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sondang Hutapea")));
        long stored = jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                .param("p", employee.nip()).query(Long.class).single();
        assertThat(stored).isPositive();
        assertThat(accounts.credentials(employee.nip()).orElseThrow().account().lastLoginAt()).isNotNull();
    }

    @Test
    void theSessionsLastAccessIsWrittenAtMostOnceAMinute() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        long signedIn = lastAccess();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess()).as("pages within the minute write nothing").isEqualTo(signedIn);

        // two minutes later (the stored time moved back): the next page writes the new time, and the session lives on
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000"
                + " WHERE principal_name = :p").param("p", employee.nip()).update();
        long before = System.currentTimeMillis();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sondang Hutapea")));
        assertThat(lastAccess()).isBetween(before, System.currentTimeMillis());
    }

    private long lastAccess() {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :p")
                .param("p", employee.nip()).query(Long.class).single();
    }

    @Test
    void anExpiredSessionLeadsBackToTheSignInPageWithAReason() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :p").param("p", employee.nip()).update();
        mvc.perform(get("/agencies/{a}/employees", agency.id()).cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sesi Anda berakhir")));
    }

    @Test
    void theNipMayBeTypedWithSpaces() throws Exception {
        String spaced = employee.nip().substring(0, 8) + " " + employee.nip().substring(8, 14) + " "
                + employee.nip().charAt(14) + " " + employee.nip().substring(15);
        mvc.perform(formLogin("/login").userParameter("nip").user(spaced).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveFailuresLockTheAccountAndAnAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < AccountManagement.MAX_FAILED_ATTEMPTS; i++) {
            mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password("salah-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        accounts.unlock(Actor.system(), agency.id(), accountId);
        mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aResetForcesANewPasswordAtTheNextSignIn() throws Exception {
        TemporaryPassword temp = accounts.resetPassword(Actor.system(), agency.id(), accountId);
        MvcResult result = mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(temp.password()))
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/agencies/{a}/employees", agency.id()).cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", temp.password()).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi minimal 10 karakter.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", temp.password()).param("password", "BaruSekali2026").param("confirmation", "BaruSekali2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/agencies/{a}/employees", agency.id()).cookie(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password("BaruSekali2026"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        accounts.setEnabled(Actor.system(), agency.id(), accountId, false);
        mvc.perform(formLogin("/login").userParameter("nip").user(employee.nip()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void theSignInPageSpeaksIndonesianByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Masuk ke Capaian")))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to Capaian")));
    }

    @Test
    void staticFilesAreServedUnderAssetsWithoutSignIn() throws Exception {
        mvc.perform(get("/assets/css/capaian.css")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(".bg-capaian")));
        mvc.perform(get("/assets/js/capaian.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("/assets/css/capaian.css")));
    }

    @Test
    void healthIsPublicAndMetricsNeedANationalToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String agencyToken = tokens.issue(Actor.system(), agency.id(), "agency", Role.AGENCY_ADMIN, null).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + agencyToken)).andExpect(status().isForbidden());
        String national = tokens.issue(Actor.system(), null, "prometheus", Role.NATIONAL_ADMIN, null).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + national)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }
}
