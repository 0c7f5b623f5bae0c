package id.capaian.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationSetting;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.PublicResults;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Nip;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public results page: signed out, no session, cacheable; aggregates only, with not one name or NIP of the
 * agency's people on it; small units hidden together; 404 when the agency does not publish.
 */
@IntegrationTest
class PublicResultsWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired EvaluationSettings settings;
    @Autowired ResultsBoard board;

    FollowUpScenario s;
    String url;

    @BeforeEach
    void scenario() {
        s = new FollowUpScenario(data, users, periods, planning, jdbc, 2026);
        url = "/public/agencies/" + s.agency.code() + "/results";
    }

    private void publish(boolean on) {
        EvaluationSetting now = settings.get(s.agency.id());
        settings.update(s.adminActor, s.agency.id(), now.thresholds().above(), now.thresholds().below(), now.objectionDays(),
                now.showNames(), on, now.version());
    }

    private void assertNoPersonalData(String html) {
        for (Employee e : s.everyone) {
            assertThat(html).as("name of " + e.name()).doesNotContain(e.name());
            assertThat(html).as("NIP of " + e.name()).doesNotContain(e.nip());
            Nip.Result nip = Nip.check(e.nip());
            if (nip.valid()) {
                assertThat(html).as("formatted NIP of " + e.name()).doesNotContain(nip.nip().formatted());
            }
        }
    }

    @Test
    void thePublicPageShowsAggregatesWithoutAccountAndWithoutPersonalData() throws Exception {
        s.finaliseSection(evaluations, calibration);
        s.smallUnit(evaluations, calibration, "Badan Pendapatan Daerah", "Saut Pardede", "Lamtiur Gultom");
        s.smallUnit(evaluations, calibration, "Kecamatan Siantar Barat", "Rudolf Tambunan", "Mega Situmorang", "Agus Purba");
        jdbc.sql("""
                INSERT INTO recognition (evaluation_id, agency_id, award, given_by)
                SELECT ev.id, ev.agency_id, 'Piagam', 'uji' FROM evaluation ev WHERE ev.plan_id = :p AND ev.sub_period = 0
                """).param("p", s.plan(s.staffActors.get(3)).id()).update();

        MvcResult r = mvc.perform(get(url)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(r.getRequest().getSession(false)).as("no session for a visitor").isNull();
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains(s.agency.name()).contains("Hasil kinerja pegawai").contains("tahun 2026")
                .contains("Dinas Kesehatan").contains("Badan Pendapatan Daerah").contains("Kecamatan Siantar Barat")
                .doesNotContain("<script").doesNotContain("Seksi Pelayanan Kesehatan Primer");
        assertNoPersonalData(html);
        // the agency: 10 final (the administrator's evaluation is not final), its spread and recognitions
        assertThat(html).contains("id=\"agency-evaluated\">10<").contains("id=\"agency-recognised\">1<");
        // the two small units are hidden and shown together (2 + 3 = 5); the Dinas (5) is shown
        assertThat(html).contains("Disembunyikan untuk melindungi privasi").contains("Gabungan 2 unit yang disembunyikan")
                .contains("1 (20,0%)");
        String dinas = html.substring(html.indexOf("Dinas Kesehatan"));
        assertThat(dinas.substring(0, dinas.indexOf("</tr>"))).doesNotContain("Disembunyikan").contains("3 (60,0%)");
        String badan = html.substring(html.indexOf("Badan Pendapatan Daerah"));
        assertThat(badan.substring(0, badan.indexOf("</tr>"))).contains("Disembunyikan untuk melindungi privasi");

        // the same through the service
        PublicResults p = board.published(s.agency.code(), 2026).orElseThrow();
        assertThat(p.evaluated()).isEqualTo(10);
        assertThat(p.spread().count(Predikat.BAIK)).isEqualTo(8);
        assertThat(p.units()).extracting(PublicResults.Unit::name, PublicResults.Unit::suppressed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Badan Pendapatan Daerah", true),
                org.assertj.core.groups.Tuple.tuple("Dinas Kesehatan", false),
                org.assertj.core.groups.Tuple.tuple("Kecamatan Siantar Barat", true));
        assertThat(p.combined().evaluated()).isEqualTo(5);
        assertThat(p.combined().spread().count(Predikat.BAIK)).isEqualTo(5);

        // in English on request
        String en = mvc.perform(get(url).param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Employee performance results of " + s.agency.name() + ", 2026").contains("Hidden to protect privacy")
                .contains("href=\"/public/agencies/" + s.agency.code() + "/results?lang=id\"");
        assertNoPersonalData(en);
        // a year without a period: not found
        assertThat(mvc.perform(get(url).param("year", "2019")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(url).param("year", "dua")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSingleSmallUnitIsHiddenWithTheNextSmallestSoThatNoSubtractionRevealsIt() throws Exception {
        s.finaliseSection(evaluations, calibration);
        s.smallUnit(evaluations, calibration, "Badan Pendapatan Daerah", "Saut Pardede", "Lamtiur Gultom");
        PublicResults p = board.published(s.agency.code(), null).orElseThrow();
        // 5 + 2: the Dinas alone would give the Badan's spread as the total minus the Dinas
        assertThat(p.evaluated()).isEqualTo(7);
        assertThat(p.units()).allSatisfy(u -> assertThat(u.suppressed()).isTrue());
        assertThat(p.combined()).isNull();
        String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"agency-spread\"");
        String dinas = html.substring(html.indexOf("Dinas Kesehatan"));
        assertThat(dinas.substring(0, dinas.indexOf("</tr>"))).contains("Disembunyikan untuk melindungi privasi");
        assertNoPersonalData(html);
    }

    @Test
    void nothingFinalYetIsSaidAndTooFewAreNotBrokenDown() throws Exception {
        String before = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Belum ada hasil final yang dapat diumumkan untuk tahun 2026.");
        s.smallUnit(evaluations, calibration, "Kecamatan Siantar Barat", "Rudolf Tambunan", "Mega Situmorang", "Agus Purba");
        String small = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
        assertThat(small).contains("id=\"agency-suppressed\"").doesNotContain("id=\"agency-spread\"")
                .contains("Pegawai yang dievaluasi kurang dari 5");
        assertNoPersonalData(small);
    }

    @Test
    void notFoundWhenTheAgencyDoesNotPublishOrDoesNotExist() throws Exception {
        s.finaliseSection(evaluations, calibration);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(200);
        publish(false);
        MvcResult off = mvc.perform(get(url)).andReturn();
        assertThat(off.getResponse().getStatus()).isEqualTo(404);
        assertNoPersonalData(off.getResponse().getContentAsString());
        assertThat(board.published(s.agency.code(), null)).isEmpty();
        // also for a signed-in member of the agency, and with a language cookie
        assertThat(mvc.perform(get(url).cookie(new Cookie("capaian-lang", "en"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/public/agencies/NO-SUCH-AGENCY/results")).andReturn().getResponse().getStatus()).isEqualTo(404);
        publish(true);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
