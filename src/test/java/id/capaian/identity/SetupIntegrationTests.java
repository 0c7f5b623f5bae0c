package id.capaian.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.platform.Role;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** On an empty database (its own, here) the one-time set-up page creates the first national administrator. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "capaian.embedded-db.database=setup_test")
class SetupIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;

    @Test
    void theFirstVisitorCreatesTheNationalAdministratorOnceOnly() throws Exception {
        assertThat(accounts.setupNeeded()).isTrue();
        mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Penyiapan Awal")));

        mvc.perform(post("/setup").with(csrf()).param("nip", "1986").param("name", "")
                        .param("password", "abc").param("confirmation", "abd"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIP harus tepat 18 angka.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi minimal 10 karakter.")));
        assertThat(accounts.setupNeeded()).isTrue();

        mvc.perform(post("/setup").with(csrf()).param("nip", "19750817 200003 1 002").param("name", "Dr. Hendra Saragih, M.Si.")
                        .param("password", "Nasional2026!").param("confirmation", "Nasional2026!"))
                .andExpect(redirectedUrl("/login?setup"));
        assertThat(accounts.setupNeeded()).isFalse();
        var created = accounts.credentials("197508172000031002").orElseThrow().account();
        assertThat(created.roles()).containsExactly(Role.NATIONAL_ADMIN);

        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/setup").with(csrf()).param("nip", "19800101 200501 1 001").param("name", "Penyusup")
                        .param("password", "Penyusup2026").param("confirmation", "Penyusup2026"))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.credentials("198001012005011001")).isEmpty();

        mvc.perform(formLogin("/login").userParameter("nip").user("197508172000031002").password("Nasional2026!"))
                .andExpect(redirectedUrl("/"));
    }
}
