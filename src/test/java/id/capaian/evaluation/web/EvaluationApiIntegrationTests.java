package id.capaian.evaluation.web;

import static id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI;
import static id.capaian.evaluation.Rating.SESUAI_EKSPEKTASI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitGrade;
import id.capaian.organisation.Employee;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The evaluation API with people calling as themselves (HTTP Basic): a plan's evaluations and sheet for those who may
 * see them, the appraiser's rating (403 for anyone else, 400 for an unreadable body, 422 with every problem), a
 * unit's distribution and the agency overview; problems as RFC 9457 problem details.
 */
@IntegrationTest
class EvaluationApiIntegrationTests {

    static final String PROBLEM = "application/problem+json";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;

    EvaluationWebScenario s;

    @BeforeEach
    void scenario() {
        s = new EvaluationWebScenario(data, users, periods, planning, jdbc, 2026);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, Employee who) {
        return b.with(httpBasic(who.nip(), TestData.PASSWORD));
    }

    private String base(String path) {
        return "/api/v1/agencies/" + s.agency.id() + path;
    }

    private static String body(Plan plan, Rating perResult, Rating overall, String reason, Integer version) {
        String results = plan.results().stream().map(r -> "\"" + r.id() + "\": \"" + perResult.name() + "\"")
                .collect(Collectors.joining(", "));
        String values = java.util.Arrays.stream(BerakhlakValue.values()).map(v -> "\"" + v.name() + "\": \"SESUAI_EKSPEKTASI\"")
                .collect(Collectors.joining(", "));
        return "{\"resultRatings\": {" + results + "}, \"resultRating\": \"" + overall.name() + "\""
                + (reason == null ? "" : ", \"resultReason\": \"" + reason + "\"")
                + ", \"behaviourRatings\": {" + values + "}, \"behaviourRating\": \"SESUAI_EKSPEKTASI\", \"months\": 12"
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    @Test
    void theAppraiserRatesThroughTheApiAndOthersAreRefusedWithProblemDetails() throws Exception {
        Plan plan = s.plan(s.staffActors.get(0));
        s.realise(plan, 0, 1, "100");
        s.realise(plan, 1, 1, "10");
        String rate = base("/plans/" + plan.id() + "/evaluations/0");

        // the sheet: every RHK with its achievement and suggestion explained, in the caller's language
        mvc.perform(as(get(rate), s.head).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("ANNUAL"))
                .andExpect(jsonPath("$.results", hasSize(2)))
                .andExpect(jsonPath("$.results[0].achievement.value").value(100.0))
                .andExpect(jsonPath("$.results[0].suggestion.value").value("SESUAI_EKSPEKTASI"))
                .andExpect(jsonPath("$.results[0].suggestion.rule").value("evaluation.rule.result.asExpected"))
                .andExpect(jsonPath("$.results[0].suggestion.explanation", containsString("100%")))
                .andExpect(jsonPath("$.behaviours", hasSize(7)))
                .andExpect(jsonPath("$.evaluation").value(nullValue()))
                .andExpect(jsonPath("$.canRate").value(true));

        // unreadable: 400 as problem details
        mvc.perform(as(post(rate), s.head).contentType(MediaType.APPLICATION_JSON)
                        .content(body(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0).replace("\"resultRating\": \"SESUAI_EKSPEKTASI\"",
                                "\"resultRating\": \"LUAR_BIASA\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").exists());
        // not the appraiser: 403
        mvc.perform(as(post(rate), s.staff.get(0)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(403));
        // a different rating without its reason, and no version: 422 naming each
        mvc.perform(as(post(rate), s.head).contentType(MediaType.APPLICATION_JSON)
                        .content(body(plan, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, null, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(as(post(rate), s.head).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content(body(plan, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, null, 0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].code", hasItem("evaluation.error.reasonRequired")))
                .andExpect(jsonPath("$.errors[0].message").value("The result rating differs from the suggestion: write the reason."));

        mvc.perform(as(post(rate), s.head).contentType(MediaType.APPLICATION_JSON)
                        .content(body(plan, SESUAI_EKSPEKTASI, DIATAS_EKSPEKTASI, "Memimpin penanganan KLB", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predikat").value("BAIK"))
                .andExpect(jsonPath("$.status").value("RATED"))
                .andExpect(jsonPath("$.resultReason").value("Memimpin penanganan KLB"));
        // a stale version: 409
        mvc.perform(as(post(rate), s.head).contentType(MediaType.APPLICATION_JSON)
                        .content(body(plan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        // the employee reads the plan's evaluations; a colleague and another agency do not
        mvc.perform(as(get(base("/plans/" + plan.id() + "/evaluations")), s.staff.get(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].subPeriod").value(0))
                .andExpect(jsonPath("$[0].finalPredikat").value("BAIK"));
        mvc.perform(as(get(base("/plans/" + plan.id() + "/evaluations")), s.staff.get(1)))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(as(get(rate), s.stranger)).andExpect(EvaluationWebIntegrationTests.DENIED);
    }

    @Test
    void distributionAndOverviewAreForLeadersAndAdministrators() throws Exception {
        Plan headPlan = s.plan(s.headActor);
        evaluations.rate(s.kadisActor, s.agency.id(), headPlan.id(), 0,
                EvaluationWebScenario.form(headPlan, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0));
        for (int i = 0; i < 4; i++) {
            Plan p = s.plan(s.staffActors.get(i));
            evaluations.rate(s.headActor, s.agency.id(), p.id(), 0,
                    EvaluationWebScenario.form(p, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, 0));
        }
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), UnitGrade.BAIK, "sesuai target");
        String distribution = base("/periods/" + s.period.id() + "/units/" + s.dinas.id() + "/distribution");
        mvc.perform(as(get(distribution), s.kadis))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade.grade").value("BAIK"))
                .andExpect(jsonPath("$.members", hasSize(5)))
                .andExpect(jsonPath("$.spread.BAIK").value(5))
                .andExpect(jsonPath("$.fits").value(false))
                .andExpect(jsonPath("$.rules[?(@.satisfied == false)].kind", hasItem("MAX_PERCENT")))
                .andExpect(jsonPath("$.blockers[*].code", hasItem("evaluation.blocker.rule.MIN_COUNT")))
                .andExpect(jsonPath("$.canFinalise").value(false));
        mvc.perform(as(get(distribution), s.staff.get(0))).andExpect(status().isForbidden());

        String overview = base("/periods/" + s.period.id() + "/evaluation-overview");
        mvc.perform(as(get(overview), s.admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units", hasSize(1)))
                .andExpect(jsonPath("$.units[0].unitName").value("Dinas Kesehatan"))
                .andExpect(jsonPath("$.units[0].fits").value(false))
                .andExpect(jsonPath("$.uncovered").value(0))
                .andExpect(jsonPath("$.ready").value(false));
        calibration.finaliseAgency(s.adminActor, s.agency.id(), s.period.id());
        mvc.perform(as(get(overview), s.bupati))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastRun.status").value("BLOCKED"))
                .andExpect(jsonPath("$.lastRun.report[0].code").value("rule"))
                .andExpect(jsonPath("$.lastRun.report[0].fields[0]").value("Dinas Kesehatan"));
        mvc.perform(as(get(overview), s.staff.get(0)))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(as(get(overview), s.stranger)).andExpect(EvaluationWebIntegrationTests.DENIED);
    }
}
