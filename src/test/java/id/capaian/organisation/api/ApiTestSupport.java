package id.capaian.organisation.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Agency;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the API tests share: tokens, JSON requests with a bearer token, reading values from answers. */
abstract class ApiTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    TestData data;

    String token(Agency agency, Role role) {
        return tokens.issue(Actor.system(), agency.id(), "test", role, null).secret();
    }

    String nationalToken() {
        return tokens.issue(Actor.system(), null, "test-national", Role.NATIONAL_ADMIN, null).secret();
    }

    ResultActions getAs(String token, String path, Object... vars) throws Exception {
        return mvc.perform(auth(get(path, vars), token));
    }

    ResultActions postAs(String token, String json, String path, Object... vars) throws Exception {
        return mvc.perform(auth(post(path, vars), token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions postAs(String token, String path, Object... vars) throws Exception {
        return mvc.perform(auth(post(path, vars), token));
    }

    ResultActions putAs(String token, String json, String path, Object... vars) throws Exception {
        return mvc.perform(auth(put(path, vars), token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON);
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
}
