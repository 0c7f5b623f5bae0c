package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The navigation menus are drawn once per language and roles, and still carry each person's own agency. */
@IntegrationTest
class NavigationMenuIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;

    UserDetails person(Agency agency, Role... roles) {
        Unit unit = data.unit(agency, null, "BKPSDM");
        Employee employee = data.employee(agency, unit, null, null, "Pegawai " + TestData.next());
        data.account(employee, roles);
        return users.loadUserByUsername(employee.nip());
    }

    String page(String path, UserDetails who, String language, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(user(who)).cookie(new Cookie("capaian-lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachPersonsMenusLeadToTheirOwnAgency() throws Exception {
        Agency a = data.agency();
        Agency b = data.agency();
        UserDetails adminA = person(a, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        UserDetails adminB = person(b, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        UserDetails staffA = person(a, Role.EMPLOYEE);

        String first = page("/", adminA, "id");
        String second = page("/", adminB, "id");
        assertThat(first).contains("href=\"/agencies/" + a.id() + "/imports\"", "href=\"/agencies/" + a.id() + "/trainings\"",
                "Kinerja Saya", "Impor Data").doesNotContain("/agencies/" + b.id() + "/");
        assertThat(second).contains("href=\"/agencies/" + b.id() + "/imports\"", "href=\"/agencies/" + b.id() + "/trainings\"")
                .doesNotContain("/agencies/" + a.id() + "/");

        // an employee without an administrator's role: their own menus, none of the office's
        String staff = page("/", staffA, "id");
        assertThat(staff).contains("href=\"/agencies/" + a.id() + "/trainings\"", "Kinerja Saya")
                .doesNotContain("/imports\"", "/agencies/" + a.id() + "/dashboard\"");

        assertThat(page("/", adminA, "en")).contains("My performance", "Import data", "href=\"/agencies/" + a.id() + "/imports\"")
                .doesNotContain("Kinerja Saya");
        for (String html : new String[] {first, second, staff}) {
            assertThat(html).doesNotContain(String.valueOf(NavigationMenu.OWN_AGENCY), String.valueOf(NavigationMenu.AGENCY_ON_SCREEN));
        }
    }

    @Test
    void theContextsMessagesAreRemembered(@Autowired org.springframework.context.MessageSource messages) {
        assertThat(messages).isInstanceOf(RememberedMessages.class);
        assertThat(messages.getMessage("nav.group.mine", null, java.util.Locale.ENGLISH)).isEqualTo("My performance");
        assertThat(messages.getMessage("nav.group.mine", null, WebConfiguration.INDONESIAN)).isEqualTo("Kinerja Saya");
    }

    @Test
    void theNationalAdministratorSeesTheAgencyOnScreen() throws Exception {
        Agency b = data.agency();
        UserDetails national = users.loadUserByUsername(TestData.NATIONAL_ADMIN_NIP);
        String html = page("/agencies/{b}/employees", national, "id", b.id());
        assertThat(html).contains("href=\"/agencies\"", "href=\"/audit\"", "href=\"/agencies/" + b.id() + "/imports\"",
                "href=\"/agencies/" + b.id() + "/dashboard\"")
                .doesNotContain("Kinerja Saya", String.valueOf(NavigationMenu.AGENCY_ON_SCREEN));
        // on a page of no agency: the national menus only
        assertThat(page("/agencies", national, "id")).contains("href=\"/agencies\"").doesNotContain("/imports\"");
    }
}
