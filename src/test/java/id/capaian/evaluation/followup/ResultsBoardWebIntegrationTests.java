package id.capaian.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationSetting;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.evaluation.ResultsBoardUnit;
import id.capaian.organisation.Employee;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The results boards and the recognition list through the web: everyone in the agency sees the boards, names only
 * when the agency shows them, never a predikat that is not final, those below expectation only as a number; the
 * recognition is recorded by an administrator and refused to a staff member; another agency sees nothing.
 */
@IntegrationTest
class ResultsBoardWebIntegrationTests {

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

    @BeforeEach
    void scenario() {
        s = new FollowUpScenario(data, users, periods, planning, jdbc, 2026);
    }

    private String page(String url, Actor actor) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(user((UserDetails) actor))).andReturn().getResponse();
        assertThat(r.getStatus()).as("GET " + url).isEqualTo(200);
        return r.getContentAsString();
    }

    private int status(String url, Actor actor) throws Exception {
        return mvc.perform(get(url).with(user((UserDetails) actor))).andReturn().getResponse().getStatus();
    }

    private String unitBoard(long unitId) {
        return "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/units/" + unitId + "/results";
    }

    /** The table row of one person on the board ({@code <tr id="person-..">...</tr>}). */
    private static String row(String html, Employee e) {
        int start = html.indexOf("id=\"person-" + e.id() + "\"");
        assertThat(start).as("row of " + e.name()).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private void showNames(boolean names) {
        EvaluationSetting now = settings.get(s.agency.id());
        settings.update(s.adminActor, s.agency.id(), now.thresholds().above(), now.thresholds().below(), now.objectionDays(),
                names, now.publicBoard(), now.version());
    }

    @Test
    void beforeAnythingIsFinalTheBoardShowsNoPredikatAndSaysSo() throws Exception {
        // everyone rated, the administrator SANGAT_BAIK, but nothing finalised
        evaluations.rate(s.kadisActor, s.agency.id(), s.plan(s.adminActor).id(), 0,
                FollowUpScenario.form(s.plan(s.adminActor), id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI,
                        id.capaian.evaluation.Rating.DIATAS_EKSPEKTASI, "inovasi", 0));
        String html = page(unitBoard(s.dinas.id()), s.staffActors.get(1));
        assertThat(html).contains("Baru 0 dari 6 hasil evaluasi tahunan yang final")
                .contains("Belum ada hasil final.")
                .contains("Belum ada pegawai berpredikat final Sangat Baik.");
        assertThat(row(html, s.admin)).contains("Belum final").doesNotContain("Sangat Baik").doesNotContain("badge");
        assertThat(html).doesNotContain("id=\"spread-table\"");
    }

    @Test
    void theBoardShowsNamesAndOnlyFinalResultsWithThoseInCoachingAsANumber() throws Exception {
        s.finaliseSection(evaluations, calibration);
        // a colleague in the section sees the Dinas board: 5 of 6 final (the administrator's SANGAT_BAIK is only RATED)
        String html = page(unitBoard(s.dinas.id()), s.staffActors.get(1));
        assertThat(html).contains("<title>Hasil kinerja Dinas Kesehatan · 2026</title>")
                .contains("Baru 5 dari 6 hasil evaluasi tahunan yang final")
                .contains(s.staff.get(3).name()).contains(s.staff.get(1).name()).contains(s.head.name())
                .contains("1 pegawai mengikuti rencana pengembangan kinerja (pembinaan)")
                .contains("id=\"spread-chart\"").contains("data-chart-table=\"spread-table\"")
                .contains("/assets/js/evaluation-board.js");
        // the administrator is listed, but not final: no predikat
        assertThat(row(html, s.admin)).contains("Belum final").doesNotContain("Sangat Baik");
        assertThat(row(html, s.staff.get(3))).contains("Sangat Baik");
        assertThat(row(html, s.staff.get(1))).contains("Baik").doesNotContain("Belum final");
        // the one below expectation is not named anywhere on the board
        assertThat(html).doesNotContain(s.staff.get(0).name()).doesNotContain("id=\"person-" + s.staff.get(0).id() + "\"");
        // the spread counts only the final ones: one SANGAT_BAIK (staff 3), not the administrator
        assertThat(html).contains("data-predikat=\"SANGAT_BAIK\" data-count=\"1\"")
                .contains("data-predikat=\"BAIK\" data-count=\"3\"")
                .contains("data-predikat=\"BUTUH_PERBAIKAN\" data-count=\"1\"");
        // the high performers: staff 3 only
        String high = html.substring(html.indexOf("id=\"high-performers\""), html.indexOf("id=\"branches\""));
        assertThat(high).contains(s.staff.get(3).name()).doesNotContain(s.admin.name()).contains("Penghargaan belum dicatat");

        // the section's own board: complete, its grade and curve checked
        String section = page(unitBoard(s.seksi.id()), s.adminActor);
        assertThat(section).contains("Semua 5 hasil evaluasi tahunan sudah final.")
                .contains("Paling banyak 70% Baik").contains("terpenuhi (3 dari 5 pegawai)")
                .contains("Paling sedikit 1 orang Butuh Perbaikan atau Kurang").contains("terpenuhi (1 dari 5 pegawai)");

        // the service: the same, in a fixed number of statements
        ResultsBoardUnit b = board.unit(s.staffActors.get(0), s.agency.id(), s.period.id(), s.dinas.id());
        assertThat(b.evaluated()).isEqualTo(6);
        assertThat(b.finalCount()).isEqualTo(5);
        assertThat(b.spread().count(Predikat.SANGAT_BAIK)).isEqualTo(1);
        assertThat(b.people()).extracting(ResultsBoardUnit.Person::employeeId).doesNotContain(s.staff.get(0).id())
                .contains(s.admin.id(), s.head.id());
        assertThat(b.people()).filteredOn(p -> p.employeeId() == s.admin.id()).singleElement()
                .satisfies(p -> assertThat(p.predikat()).isNull());
        assertThat(b.branches()).extracting(ResultsBoardUnit.Branch::name).containsExactly("Dinas Kesehatan", "Seksi Pelayanan Kesehatan Primer");
    }

    @Test
    void aSectionCoveredByTheGradeOfItsDinasShowsThatGradeAndTheCurveOfTheWholeDinas() throws Exception {
        s.rateAll(evaluations);
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), id.capaian.evaluation.UnitGrade.BAIK, null);
        String open = page(unitBoard(s.seksi.id()), s.staffActors.get(1));
        assertThat(open).contains("Ditetapkan untuk Dinas Kesehatan dan berlaku juga bagi unit ini.")
                .contains("Kurva diperiksa ketika unit difinalkan.").contains("Baru 0 dari 5");
        calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        String html = page(unitBoard(s.seksi.id()), s.staffActors.get(1));
        // the section's board counts its 5; the curve is the Dinas's population of 6 (with the administrator)
        assertThat(html).contains("Semua 5 hasil evaluasi tahunan sudah final.")
                .contains("Ditetapkan untuk Dinas Kesehatan dan berlaku juga bagi unit ini.")
                .contains("terpenuhi (3 dari 6 pegawai)").contains("data-predikat=\"SANGAT_BAIK\" data-count=\"1\"");
    }

    @Test
    void withoutNamesTheBoardShowsOnlyNumbers() throws Exception {
        s.finaliseSection(evaluations, calibration);
        showNames(false);
        String html = page(unitBoard(s.dinas.id()), s.staffActors.get(2));
        assertThat(html).contains("Instansi memilih untuk tidak menampilkan nama di papan hasil")
                .contains("1 pegawai berpredikat final Sangat Baik; 0 di antaranya sudah menerima penghargaan.")
                .contains("data-predikat=\"BAIK\" data-count=\"3\"");
        for (Employee e : List.of(s.head, s.admin, s.staff.get(0), s.staff.get(1), s.staff.get(2), s.staff.get(3))) {
            assertThat(html).doesNotContain(e.name()).doesNotContain(e.nip());
        }
        // the agency board too; a unit of fewer than five final results has no breakdown
        String agency = page("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/results", s.staffActors.get(2));
        assertThat(agency).contains("Seksi Pelayanan Kesehatan Primer").doesNotContain(s.staff.get(3).name());
        s.smallUnit(evaluations, calibration, "Badan Pendapatan Daerah", "Saut Pardede", "Lamtiur Gultom");
        String small = page("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/results", s.staffActors.get(2));
        String badan = small.substring(small.indexOf("Badan Pendapatan Daerah"));
        assertThat(badan.substring(0, badan.indexOf("</tr>"))).contains("disembunyikan (kurang dari 5 hasil final)");
        // with names the same agency board shows the figures
        showNames(true);
        String named = page("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/results", s.staffActors.get(2));
        String badanNamed = named.substring(named.indexOf("Badan Pendapatan Daerah"));
        assertThat(badanNamed.substring(0, badanNamed.indexOf("</tr>"))).doesNotContain("disembunyikan");
    }

    @Test
    void theAgencyBoardIsForEveryoneInTheAgencyAndNobodyElse() throws Exception {
        s.finaliseSection(evaluations, calibration);
        String url = "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/results";
        String html = page(url, s.staffActors.get(0));
        assertThat(html).contains("Papan hasil kinerja " + s.agency.name() + " · 2026").contains("Dinas Kesehatan").contains("Seksi Pelayanan Kesehatan Primer")
                .contains("Baru 5 dari 6 hasil evaluasi tahunan yang final")
                .contains("data-predikat=\"SANGAT_BAIK\" data-count=\"1\"");
        // the start page opens the period with final results; "mine" opens one's own unit
        assertThat(mvc.perform(get("/agencies/" + s.agency.id() + "/results").with(user((UserDetails) s.staffActors.get(0))))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(mvc.perform(get("/agencies/" + s.agency.id() + "/results/mine").with(user((UserDetails) s.staffActors.get(0))))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(unitBoard(s.seksi.id()));
        // another agency's administrator: refused
        assertThat(status(url, s.strangerActor)).isIn(403, 404);
        assertThat(status(unitBoard(s.dinas.id()), s.strangerActor)).isIn(403, 404);
        assertThat(status("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/recognition", s.strangerActor)).isIn(403, 404);
        // a unit of another agency through this agency's path: not found
        long otherUnit = jdbc.sql("SELECT unit_id FROM employee WHERE id = :e").param("e", s.stranger.id()).query(Long.class).single();
        assertThat(status(unitBoard(otherUnit), s.staffActors.get(0))).isEqualTo(404);
        // an agency without any period yet: its own board says so
        assertThat(page("/agencies/" + s.stranger.agencyId() + "/results", s.strangerActor))
                .contains("Instansi ini belum memiliki periode kinerja.");
        assertThat(page("/agencies/" + s.stranger.agencyId() + "/recognition", s.strangerActor))
                .contains("Instansi ini belum memiliki periode kinerja.");
        // signed out: to the sign-in page
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl()).contains("/login");
    }

    @Test
    void theRecognitionIsRecordedByAnAdministratorAndRefusedToAStaffMember() throws Exception {
        s.finaliseSection(evaluations, calibration);
        long evaluationId = jdbc.sql("SELECT id FROM evaluation WHERE plan_id = :p AND sub_period = 0")
                .param("p", s.plan(s.staffActors.get(3)).id()).query(Long.class).single();
        String list = "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/recognition";
        String action = list + "/" + evaluationId;

        // everyone sees the list; a staff member has no form
        String seen = page(list, s.staffActors.get(1));
        assertThat(seen).contains("Daftar penghargaan 2026").contains(s.staff.get(3).name()).doesNotContain(s.admin.name()).doesNotContain("name=\"award\"");

        // a staff member may not record it
        MvcResult refused = mvc.perform(post(action).param("award", "Piagam").with(csrf()).with(user((UserDetails) s.staffActors.get(1))))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM recognition WHERE evaluation_id = :e").param("e", evaluationId)
                .query(Long.class).single()).isZero();

        // an administrator forgetting the award is told so beside the field
        String blank = mvc.perform(post(action).param("award", " ").with(csrf()).with(user((UserDetails) s.adminActor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("Tuliskan penghargaan yang diberikan").contains("is-invalid");

        // and records it
        MvcResult done = mvc.perform(post(action).param("award", "Piagam Pegawai Berkinerja Terbaik 2026").with(csrf())
                .with(user((UserDetails) s.adminActor))).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).startsWith(list);
        assertThat(page(list, s.staffActors.get(1))).contains("Penghargaan: Piagam Pegawai Berkinerja Terbaik 2026");
        assertThat(page(unitBoard(s.seksi.id()), s.staffActors.get(1))).contains("Penghargaan: Piagam Pegawai Berkinerja Terbaik 2026");
        // the agency head may too; the administrator's own RATED evaluation is not a high performer yet
        long adminEvaluation = jdbc.sql("SELECT id FROM evaluation WHERE plan_id = :p AND sub_period = 0")
                .param("p", s.plan(s.adminActor).id()).query(Long.class).single();
        String notYet = mvc.perform(post(list + "/" + adminEvaluation).param("award", "Piagam").with(csrf())
                .with(user((UserDetails) s.bupatiActor))).andReturn().getResponse().getContentAsString();
        assertThat(notYet).contains("Penghargaan dicatat untuk pegawai berpredikat final Sangat Baik.");
    }
}
