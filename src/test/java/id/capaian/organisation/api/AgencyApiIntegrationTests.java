package id.capaian.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class AgencyApiIntegrationTests extends ApiTestSupport {

    static final String AGENCIES = "/api/v1/agencies";

    static String agencyJson(String code, String name, String kind, Integer version) {
        return """
                {"code": %s, "name": %s, "kind": %s, "version": %s}
                """.formatted(str(code), str(name), str(kind), version);
    }

    @Test
    void nationalAdministratorsCreateReadUpdateAndDeactivateAgencies() throws Exception {
        String national = nationalToken();
        String code = "API-" + System.nanoTime() % 1_000_000;
        var created = postAs(national, agencyJson(code, "Pemerintah Kabupaten Uji", "REGENCY", null), AGENCIES)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/agencies/")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.kind").value("REGENCY"))
                .andExpect(jsonPath("$.active").value(true));
        long id = id(created);

        getAs(national, AGENCIES + "/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Pemerintah Kabupaten Uji"));
        getAs(national, AGENCIES + "?q={code}", code).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(id));

        putAs(national, agencyJson(code, "Pemerintah Kabupaten Uji Coba", "REGENCY", version(created)), AGENCIES + "/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Pemerintah Kabupaten Uji Coba"));
        putAs(national, agencyJson(code, "Stale", "REGENCY", version(created)), AGENCIES + "/{id}", id)
                .andExpect(status().isConflict());

        postAs(national, AGENCIES + "/{id}/deactivate", id).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        postAs(national, AGENCIES + "/{id}/activate", id).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void validatesAgencies() throws Exception {
        postAs(nationalToken(), agencyJson("x", "", null, null), AGENCIES)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]", hasSize(1)))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]", hasSize(1)))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]", hasSize(1)));
    }

    @Test
    void anAgencysTokenSeesOnlyItsOwnAgencyAndCannotChangeIt() throws Exception {
        Agency own = data.agency();
        Agency other = data.agency();
        String admin = token(own, Role.AGENCY_ADMIN);

        getAs(admin, AGENCIES).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(own.id()));
        getAs(admin, AGENCIES + "/{id}", own.id()).andExpect(status().isOk());
        getAs(admin, AGENCIES + "/{id}", other.id()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.name").doesNotExist());

        putAs(admin, agencyJson(own.code(), "Renamed", "CITY", own.version()), AGENCIES + "/{id}", own.id())
                .andExpect(status().isForbidden());
        postAs(admin, agencyJson("NEW-" + System.nanoTime() % 100000, "New", "CITY", null), AGENCIES)
                .andExpect(status().isForbidden());
        postAs(admin, AGENCIES + "/{id}/deactivate", own.id()).andExpect(status().isForbidden());
        int refused = postAs(admin, AGENCIES + "/{id}/deactivate", other.id()).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);

        getAs(nationalToken(), AGENCIES + "/{id}", own.id())
                .andExpect(jsonPath("$.name").value(own.name()))
                .andExpect(jsonPath("$.active").value(true));
        getAs(nationalToken(), AGENCIES + "/{id}", other.id()).andExpect(jsonPath("$.active").value(true));
    }
}
