package id.capaian.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.identity.IssuedApiToken;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Token authentication, and every read and write scoped to the token's agency and role. */
@IntegrationTest
class ApiSecurityIntegrationTests extends ApiTestSupport {

    Agency a;
    Agency b;
    Unit bUnit;
    Unit bOtherUnit;
    Position bPosition;
    Employee bBoss;
    Employee bEmployee;
    String aAdmin;
    String bAdmin;

    @BeforeEach
    void setUp() {
        a = data.agency();
        b = data.agency();
        bUnit = data.unit(b, null, "Dinas Pendidikan B");
        bOtherUnit = data.unit(b, null, "Dinas Sosial B");
        bPosition = data.position(b, PositionKind.PELAKSANA, "Pengelola Data B");
        bBoss = data.employee(b, bUnit, null, null, "Kepala B");
        bEmployee = data.employee(b, bUnit, bPosition, bBoss, "Pegawai B");
        aAdmin = token(a, Role.AGENCY_ADMIN);
        bAdmin = token(b, Role.AGENCY_ADMIN);
    }

    @Test
    void refusesCallsWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/agencies/{a}/employees", b.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/agencies/{a}/units", b.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"X\", \"name\": \"X\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnUnknownToken() throws Exception {
        getAs("cap_" + "x".repeat(43), "/api/v1/agencies/{a}/employees", b.id()).andExpect(status().isUnauthorized());
        getAs("not-a-capaian-token", "/api/v1/agencies/{a}/employees", b.id()).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agencies/{a}/employees", b.id()).header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesARevokedToken() throws Exception {
        IssuedApiToken issued = tokens.issue(Actor.system(), b.id(), "to-revoke", Role.AGENCY_ADMIN, null);
        getAs(issued.secret(), "/api/v1/agencies/{a}/employees", b.id()).andExpect(status().isOk());
        tokens.revoke(Actor.system(), b.id(), issued.token().id());
        getAs(issued.secret(), "/api/v1/agencies/{a}/employees", b.id()).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorOfOneAgencyCanNeitherReadNorChangeAnotherAgencysData() throws Exception {
        String before = snapshotOfB();
        String bUnits = "/api/v1/agencies/{b}/units";
        String bPositions = "/api/v1/agencies/{b}/positions";
        String bEmployees = "/api/v1/agencies/{b}/employees";

        // Through B's own paths: every read and every write is refused.
        refused(getAs(aAdmin, "/api/v1/agencies/{b}", b.id()));
        refused(getAs(aAdmin, bUnits, b.id()));
        refused(getAs(aAdmin, bUnits + "/{id}", b.id(), bUnit.id()));
        refused(postAs(aAdmin, UnitApiIntegrationTests.unitJson("HACK", "Hacked", null, null, null), bUnits, b.id()));
        refused(putAs(aAdmin, UnitApiIntegrationTests.unitJson(bUnit.code(), "Hacked", null, null, bUnit.version()),
                bUnits + "/{id}", b.id(), bUnit.id()));
        refused(postAs(aAdmin, "{\"parentId\": " + bOtherUnit.id() + "}", bUnits + "/{id}/move", b.id(), bUnit.id()));
        refused(postAs(aAdmin, bUnits + "/{id}/deactivate", b.id(), bOtherUnit.id()));

        refused(getAs(aAdmin, bPositions, b.id()));
        refused(getAs(aAdmin, bPositions + "/{id}", b.id(), bPosition.id()));
        refused(postAs(aAdmin, PositionApiIntegrationTests.positionJson("HACK", "Hacked", "PELAKSANA", null, null, null),
                bPositions, b.id()));
        refused(putAs(aAdmin, PositionApiIntegrationTests.positionJson(bPosition.code(), "Hacked", "PELAKSANA", null, null,
                bPosition.version()), bPositions + "/{id}", b.id(), bPosition.id()));
        refused(postAs(aAdmin, bPositions + "/{id}/deactivate", b.id(), bPosition.id()));

        refused(getAs(aAdmin, bEmployees, b.id()));
        refused(getAs(aAdmin, bEmployees + "/{id}", b.id(), bEmployee.id()));
        refused(getAs(aAdmin, bEmployees + "/{id}/subordinates", b.id(), bBoss.id()));
        refused(getAs(aAdmin, bEmployees + "/{id}/history", b.id(), bEmployee.id()));
        refused(postAs(aAdmin, EmployeeApiIntegrationTests.employeeJson(TestData.pnsNip(), "Hacker", null, null, null, null,
                null), bEmployees, b.id()));
        refused(putAs(aAdmin, EmployeeApiIntegrationTests.employeeJson(bEmployee.nip(), "Hacked", bUnit.id(), null, null,
                null, bEmployee.version()), bEmployees + "/{id}", b.id(), bEmployee.id()));
        refused(postAs(aAdmin, "{\"reason\": \"Hacked\"}", bEmployees + "/{id}/deactivate", b.id(), bEmployee.id()));

        // Through A's own paths with B's ids: not found in A.
        String aUnits = "/api/v1/agencies/{a}/units";
        String aPositions = "/api/v1/agencies/{a}/positions";
        String aEmployees = "/api/v1/agencies/{a}/employees";
        refused(getAs(aAdmin, aUnits + "/{id}", a.id(), bUnit.id()));
        refused(putAs(aAdmin, UnitApiIntegrationTests.unitJson(bUnit.code(), "Hacked", null, null, bUnit.version()),
                aUnits + "/{id}", a.id(), bUnit.id()));
        refused(postAs(aAdmin, "{\"parentId\": null}", aUnits + "/{id}/move", a.id(), bUnit.id()));
        refused(postAs(aAdmin, aUnits + "/{id}/deactivate", a.id(), bOtherUnit.id()));
        refused(getAs(aAdmin, aPositions + "/{id}", a.id(), bPosition.id()));
        refused(putAs(aAdmin, PositionApiIntegrationTests.positionJson(bPosition.code(), "Hacked", "PELAKSANA", null, null,
                bPosition.version()), aPositions + "/{id}", a.id(), bPosition.id()));
        refused(postAs(aAdmin, aPositions + "/{id}/deactivate", a.id(), bPosition.id()));
        refused(getAs(aAdmin, aEmployees + "/{id}", a.id(), bEmployee.id()));
        refused(getAs(aAdmin, aEmployees + "/{id}/subordinates", a.id(), bBoss.id()));
        refused(getAs(aAdmin, aEmployees + "/{id}/history", a.id(), bEmployee.id()));
        refused(putAs(aAdmin, EmployeeApiIntegrationTests.employeeJson(bEmployee.nip(), "Hacked", null, null, null, null,
                bEmployee.version()), aEmployees + "/{id}", a.id(), bEmployee.id()));
        refused(postAs(aAdmin, "{\"reason\": \"Hacked\"}", aEmployees + "/{id}/deactivate", a.id(), bEmployee.id()));
        refused(postAs(aAdmin, "{}", aEmployees + "/{id}/reactivate", a.id(), bEmployee.id()));

        // B's records cannot be wired into A's: a unit, position or superior of B is not found in A (422).
        postAs(aAdmin, UnitApiIntegrationTests.unitJson("A-SUB", "Sub A", bUnit.id(), null, null), aUnits, a.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        postAs(aAdmin, EmployeeApiIntegrationTests.employeeJson(TestData.pnsNip(), "Pegawai A", bUnit.id(), bPosition.id(),
                bBoss.id(), bEmployee.id(), null), aEmployees, a.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'positionId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'superiorId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'appraiserId')]").exists());
        // Filtering A's employees by a unit of B shows nothing of B.
        getAs(aAdmin, aEmployees + "?unitId={u}&status=all", a.id(), bUnit.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));

        // B's data, read with B's own token, is exactly as it was.
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void anAgencyHeadTokenReadsButCannotWrite() throws Exception {
        String head = token(b, Role.AGENCY_HEAD);
        getAs(head, "/api/v1/agencies/{b}", b.id()).andExpect(status().isOk());
        getAs(head, "/api/v1/agencies/{b}/units", b.id()).andExpect(status().isOk());
        getAs(head, "/api/v1/agencies/{b}/units/{id}", b.id(), bUnit.id()).andExpect(status().isOk());
        getAs(head, "/api/v1/agencies/{b}/positions", b.id()).andExpect(status().isOk());
        getAs(head, "/api/v1/agencies/{b}/employees", b.id()).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2));
        getAs(head, "/api/v1/agencies/{b}/employees/{id}", b.id(), bEmployee.id()).andExpect(status().isOk());
        getAs(head, "/api/v1/agencies/{b}/employees/{id}/history", b.id(), bEmployee.id()).andExpect(status().isOk());

        String before = snapshotOfB();
        forbidden(postAs(head, UnitApiIntegrationTests.unitJson("NEW", "New", null, null, null),
                "/api/v1/agencies/{b}/units", b.id()));
        forbidden(putAs(head, UnitApiIntegrationTests.unitJson(bUnit.code(), "Renamed", null, null, bUnit.version()),
                "/api/v1/agencies/{b}/units/{id}", b.id(), bUnit.id()));
        forbidden(postAs(head, "{\"parentId\": " + bOtherUnit.id() + "}", "/api/v1/agencies/{b}/units/{id}/move",
                b.id(), bUnit.id()));
        forbidden(postAs(head, "/api/v1/agencies/{b}/units/{id}/deactivate", b.id(), bOtherUnit.id()));
        forbidden(postAs(head, PositionApiIntegrationTests.positionJson("NEW", "New", "PELAKSANA", null, null, null),
                "/api/v1/agencies/{b}/positions", b.id()));
        forbidden(putAs(head, PositionApiIntegrationTests.positionJson(bPosition.code(), "Renamed", "PELAKSANA", null,
                null, bPosition.version()), "/api/v1/agencies/{b}/positions/{id}", b.id(), bPosition.id()));
        forbidden(postAs(head, "/api/v1/agencies/{b}/positions/{id}/deactivate", b.id(), bPosition.id()));
        forbidden(postAs(head, EmployeeApiIntegrationTests.employeeJson(TestData.pnsNip(), "Baru", null, null, null,
                null, null), "/api/v1/agencies/{b}/employees", b.id()));
        forbidden(putAs(head, EmployeeApiIntegrationTests.employeeJson(bEmployee.nip(), "Renamed", bUnit.id(), null,
                null, null, bEmployee.version()), "/api/v1/agencies/{b}/employees/{id}", b.id(), bEmployee.id()));
        forbidden(postAs(head, "{\"reason\": \"Pensiun\"}", "/api/v1/agencies/{b}/employees/{id}/deactivate", b.id(),
                bEmployee.id()));
        forbidden(postAs(head, "/api/v1/agencies/{b}/deactivate", b.id()));
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void aNationalTokenReadsEveryAgency() throws Exception {
        String national = nationalToken();
        getAs(national, "/api/v1/agencies/{b}/employees/{id}", b.id(), bEmployee.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Pegawai B"));
        getAs(national, "/api/v1/agencies/{a}/units", a.id()).andExpect(status().isOk());
    }

    private void refused(ResultActions result) throws Exception {
        int status = result.andReturn().getResponse().getStatus();
        assertThat(status).as(result.andReturn().getRequest().getMethod() + " "
                + result.andReturn().getRequest().getRequestURI()).isIn(403, 404);
        assertThat(result.andReturn().getResponse().getContentType()).startsWith("application/problem+json");
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Pegawai B", "Kepala B", "Dinas Pendidikan B", "Dinas Sosial B", "Pengelola Data B",
                bEmployee.nip());
    }

    private static void forbidden(ResultActions result) throws Exception {
        assertThat(result.andReturn().getResponse().getStatus()).as(result.andReturn().getRequest().getRequestURI())
                .isEqualTo(403);
    }

    /** Everything of B as B's own administrator sees it through the API. */
    private String snapshotOfB() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String path : List.of("/api/v1/agencies/{b}", "/api/v1/agencies/{b}/units?includeInactive=true",
                "/api/v1/agencies/{b}/positions?includeInactive=true", "/api/v1/agencies/{b}/employees?status=all&size=200")) {
            sb.append(getAs(bAdmin, path, b.id()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .append('\n');
        }
        sb.append(getAs(bAdmin, "/api/v1/agencies/{b}/employees/{id}/history", b.id(), bEmployee.id())
                .andReturn().getResponse().getContentAsString());
        return sb.toString();
    }
}
