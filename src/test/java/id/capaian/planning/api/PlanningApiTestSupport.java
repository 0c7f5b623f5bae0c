package id.capaian.planning.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the planning API tests share: callers as {@code Authorization} header values (a bearer token of a role, or a
 * person's NIP and password with HTTP Basic), JSON requests, and reading values from answers.
 */
abstract class PlanningApiTestSupport {

    static final String BASE = "/api/v1/agencies/{a}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    TestData data;

    /** An {@code Authorization} value for a token of the role in the agency. */
    String token(Agency agency, Role role) {
        return "Bearer " + tokens.issue(Actor.system(), agency.id(), "test", role, null).secret();
    }

    /** An {@code Authorization} value for the person with their NIP and password. */
    static String basic(Employee employee) {
        return basic(employee.nip(), TestData.PASSWORD);
    }

    static String basic(String nip, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((nip + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ResultActions getAs(String auth, String path, Object... vars) throws Exception {
        return mvc.perform(auth(get(path, vars), auth));
    }

    ResultActions postAs(String auth, String json, String path, Object... vars) throws Exception {
        return mvc.perform(auth(post(path, vars), auth).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions postAs(String auth, String path, Object... vars) throws Exception {
        return mvc.perform(auth(post(path, vars), auth));
    }

    ResultActions putAs(String auth, String json, String path, Object... vars) throws Exception {
        return mvc.perform(auth(put(path, vars), auth).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions deleteAs(String auth, String path, Object... vars) throws Exception {
        return mvc.perform(auth(delete(path, vars), auth));
    }

    static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String auth) {
        return request.header(HttpHeaders.AUTHORIZATION, auth).accept(MediaType.APPLICATION_JSON);
    }

    static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) read(result, "$.id")).longValue();
    }

    static int version(ResultActions result) throws Exception {
        return ((Number) read(result, "$.version")).intValue();
    }

    /** A JSON string literal, or null. */
    static String str(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String resultJson(String kind, String statement, Long parentResultId, Long unitIndicatorId) {
        return """
                {"kind": %s, "statement": %s, "parentResultId": %s, "unitIndicatorId": %s}
                """.formatted(str(kind), str(statement), parentResultId, unitIndicatorId);
    }

    static String numberIndicatorJson(String aspect, String name, String value, String unit) {
        return """
                {"aspect": %s, "name": %s, "targetKind": "NUMBER", "targetValue": %s, "targetUnit": %s, "direction": "HIGHER"}
                """.formatted(str(aspect), str(name), value, str(unit));
    }
}
