package id.capaian.development;

import static id.capaian.development.TrainingScenario.today;
import static id.capaian.development.TrainingScenario.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The training API: people read their own JP and their line's, and enrol; an e-learning platform pushes verified
 * completions with an agency administrator's token, once; the rest is refused.
 */
@IntegrationTest
class TrainingApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired TrainingManagement trainings;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    static final org.springframework.test.web.servlet.ResultMatcher OTHER_AGENCY = r ->
            assertThat(r.getResponse().getStatus()).isIn(403, 404);

    TrainingScenario s;
    Training elearning;
    String platform;

    @BeforeEach
    void setUp() {
        s = new TrainingScenario(data, units, users);
        elearning = trainings.create(s.rina(), s.id(), new TrainingForm("ELEARN-ASN", "E-learning Manajemen ASN", TrainingKind.E_LEARNING,
                12, "LAN (ASN Unggul)", null, null, null, null));
        platform = "Bearer " + tokens.issue(Actor.system(), s.id(), "ASN Unggul", Role.AGENCY_ADMIN, null).secret();
    }

    static String basic(Employee e) {
        return "Basic " + Base64.getEncoder().encodeToString((e.nip() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String api(String path) {
        return "/api/v1/agencies/" + s.id() + path;
    }

    private ResultActions post(String auth, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(api(path))
                .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void peopleReadTheirJpAndEnrol() throws Exception {
        post(basic(s.sari), "/training-enrolments", "{\"trainingCode\": \"ELEARN-ASN\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"))
                .andExpect(jsonPath("$.jp").value(12)).andExpect(jsonPath("$.employeeNip").value(s.sari.nip()));
        post(basic(s.sari), "/training-enrolments", "{\"trainingCode\": \"ELEARN-ASN\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("training"));
        post(basic(s.kapus), "/training-enrolments", "{\"trainingId\": " + elearning.id() + ", \"employeeNip\": \"" + s.budi.nip() + "\"}")
                .andExpect(status().isCreated());
        post(basic(s.tono), "/training-enrolments", "{\"trainingId\": " + elearning.id() + ", \"employeeNip\": \"" + s.kapus.nip() + "\"}")
                .andExpect(status().isForbidden());
        post(basic(s.sari), "/training-enrolments", "{\"trainingCode\": \"NOPE\"}").andExpect(status().isUnprocessableContent());

        TrainingEnrolment x = trainings.mineByTraining(s.sari(), s.id()).get(elearning.id());
        x = trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", TrainingScenario.PDF));
        trainings.verify(s.kapus(), s.id(), x.id(), x.version());

        mvc.perform(get(api("/jp/mine")).header(HttpHeaders.AUTHORIZATION, basic(s.sari)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.earned").value(12)).andExpect(jsonPath("$.target").value(20))
                .andExpect(jsonPath("$.shortfall").value(8)).andExpect(jsonPath("$.met").value(false))
                .andExpect(jsonPath("$.year").value(year()));
        mvc.perform(get(api("/employees/{e}/jp"), s.sari.id()).param("year", String.valueOf(year() - 1))
                        .header(HttpHeaders.AUTHORIZATION, basic(s.kadis)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.earned").value(0));
        mvc.perform(get(api("/employees/{e}/jp"), s.sari.id()).header(HttpHeaders.AUTHORIZATION, platform))
                .andExpect(status().isOk()).andExpect(jsonPath("$.earned").value(12));
        mvc.perform(get(api("/employees/{e}/jp"), s.sari.id()).header(HttpHeaders.AUTHORIZATION, basic(s.budi)))
                .andExpect(status().isForbidden());
        // another agency: its existence is not even told (the agency in the path is checked first)
        mvc.perform(get(api("/employees/{e}/jp"), s.sari.id()).header(HttpHeaders.AUTHORIZATION, basic(s.stranger)))
                .andExpect(OTHER_AGENCY);
        mvc.perform(get(api("/jp/mine")).header(HttpHeaders.AUTHORIZATION, platform)).andExpect(status().isForbidden());
        mvc.perform(get(api("/jp/mine"))).andExpect(status().isUnauthorized());
    }

    @Test
    void anElearningPlatformPushesVerifiedCompletionsOnce() throws Exception {
        String json = """
                {"employeeNip": "%s", "trainingCode": "ELEARN-ASN", "completedOn": "%s", "source": "ASN Unggul"}
                """.formatted(s.sari.nip(), today());
        post(platform, "/training-completions", json).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replay", "false"))
                .andExpect(jsonPath("$.status").value("VERIFIED")).andExpect(jsonPath("$.jp").value(12))
                .andExpect(jsonPath("$.verifiedBy").value("token:ASN Unggul (ASN Unggul)"));
        post(platform, "/training-completions", json).andExpect(status().isOk()).andExpect(header().string("Idempotent-Replay", "true"));
        assertThat(jdbc.sql("SELECT count(*) FROM training_enrolment WHERE employee_id = :e").param("e", s.sari.id())
                .query(Long.class).single()).isEqualTo(1);

        // an external course, by title, kind and JP
        String external = """
                {"employeeNip": "%s", "title": "Literasi Digital ASN", "kind": "E_LEARNING", "jp": 8, "completedOn": "%s"}
                """.formatted(s.sari.nip(), today());
        post(platform, "/training-completions", external).andExpect(status().isCreated());
        post(platform, "/training-completions", external).andExpect(status().isOk());
        mvc.perform(get(api("/jp/mine")).header(HttpHeaders.AUTHORIZATION, basic(s.sari))).andExpect(jsonPath("$.earned").value(20))
                .andExpect(jsonPath("$.met").value(true));

        // bad input is told field by field
        post(platform, "/training-completions", "{\"employeeNip\": \"" + s.sari.nip() + "\", \"title\": \"x\"}")
                .andExpect(status().isUnprocessableContent());
        post(platform, "/training-completions", "{\"employeeNip\": \"" + s.sari.nip() + "\", \"trainingCode\": \"ELEARN-ASN\", \"jp\": 3,"
                + " \"completedOn\": \"" + today() + "\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("trainingCode"));
        post(platform, "/training-completions", """
                {"employeeNip": "%s", "trainingCode": "ELEARN-ASN", "completedOn": "%s"}
                """.formatted(s.stranger.nip(), today())).andExpect(status().isUnprocessableContent());

        // people push nothing; a head's token reads only; another agency's token nothing
        post(basic(s.rina), "/training-completions", json).andExpect(status().isForbidden());
        String head = "Bearer " + tokens.issue(Actor.system(), s.id(), "Dasbor", Role.AGENCY_HEAD, null).secret();
        post(head, "/training-completions", json).andExpect(status().isForbidden());
        String other = "Bearer " + tokens.issue(Actor.system(), s.stranger.agencyId(), "LMS lain", Role.AGENCY_ADMIN, null).secret();
        post(other, "/training-completions", json).andExpect(OTHER_AGENCY);

        // a token limited to a unit may only push realisations (identity's rule): refused here
        String clinic = "Bearer " + tokens.issue(Actor.system(), s.id(), "LMS Puskesmas", Role.AGENCY_ADMIN, null, s.puskesmas.id()).secret();
        post(clinic, "/training-completions", json.replace(s.sari.nip(), s.budi.nip())).andExpect(status().isForbidden());
    }
}
