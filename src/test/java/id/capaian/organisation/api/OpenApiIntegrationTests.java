package id.capaian.organisation.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description and Swagger UI, open without signing in. */
@IntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiWithTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString("/api/v1/agencies/{agencyId}/employees")))
                .andExpect(jsonPath("$.info.title").value("Capaian API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.info.description", containsString("Bearer")))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerToken").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees'].get.tags[0]").value("Employees"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees'].get.security[0].bearerToken").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees/{id}'].put.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees/{id}'].get.operationId")
                        .value("getEmployee"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/employees/{id}'].get.responses['200']"
                        + ".content['application/json']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/units/{id}/move'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/positions'].get").exists())
                // The caller comes from the token, never from a parameter; only /api/** is described.
                .andExpect(content().string(not(containsString("\"actor\""))))
                .andExpect(content().string(not(containsString("\"/agencies/{agencyId}/units\""))));
    }

    @Test
    void servesSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/v3/api-docs/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }
}
