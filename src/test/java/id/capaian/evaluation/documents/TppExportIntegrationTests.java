package id.capaian.evaluation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.Rating;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XLSX of final results for TPP processing through the web: the header and one row per final evaluation with
 * the right values (read back with fastexcel-reader), the unit and sub-period filters, download headers, and that
 * only the agency's administrators and head get it.
 */
@IntegrationTest
class TppExportIntegrationTests {

    static final List<String> HEADER = List.of("NIP", "Nama", "Jenis ASN", "Golongan", "Pangkat", "Jabatan", "Kelas jabatan",
            "Unit kerja", "Rating hasil kerja", "Rating perilaku kerja", "Predikat final", "Angka kredit", "Status", "Tanggal final");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired ObjectionManagement objections;

    DocumentScenario s;

    @BeforeEach
    void scenario() {
        s = new DocumentScenario(data, users, periods, planning, jdbc, 2026);
    }

    private UserDetails login(Actor actor) {
        return (UserDetails) actor;
    }

    private String url() {
        return "/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/tpp.xlsx";
    }

    private static List<List<String>> rows(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = wb.getSheets().toList().get(sheet);
            return sh.read().stream().map((Row r) -> IntStream.range(0, HEADER.size())
                    .mapToObj(c -> c < r.getCellCount() && r.getCell(c) != null && r.getCell(c).getText() != null
                            ? r.getCell(c).getText() : "")
                    .toList()).toList();
        }
    }

    private static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    @Test
    void theExportHasTheHeaderAndOneRowPerFinalAnnualEvaluationWithItsValues() throws Exception {
        s.rateAndFinalise(evaluations, calibration);
        // an objection is being decided for one of them
        var e = evaluations.forPlan(s.staffActors.get(2), s.agency.id(), s.plan(s.staffActors.get(2)).id()).get(0);
        Objection o = objections.file(s.staffActors.get(2), s.agency.id(), e.id(), "Realisasi belum dihitung", null);
        assertThat(o.open()).isTrue();

        MockHttpServletResponse response = mvc.perform(get(url()).with(user(login(s.adminActor))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment; filename=\"TPP-")))
                .andReturn().getResponse();
        byte[] xlsx = response.getContentAsByteArray();
        assertThat(sheetNames(xlsx)).containsExactly("Hasil evaluasi", "Keterangan");
        List<List<String>> rows = rows(xlsx, 0);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSize(1 + 5);
        List<String> head = rows.stream().filter(r -> r.get(0).equals(s.head.nip())).findFirst().orElseThrow();
        assertThat(head.subList(0, 12)).containsExactly(s.head.nip(), "Kepala Seksi Yankes", "PNS", "III/a", "Penata Muda, III/a",
                "Epidemiolog Kesehatan Ahli Pertama", "9", "Seksi Pelayanan Kesehatan Primer", "Sesuai ekspektasi",
                "Sesuai ekspektasi", "Baik", "12.5");
        assertThat(head.get(12)).isEqualTo("Final");
        assertThat(head.get(13)).isNotBlank();
        List<String> objecting = rows.stream().filter(r -> r.get(0).equals(s.staff.get(2).nip())).findFirst().orElseThrow();
        assertThat(objecting.get(10)).isEqualTo("Butuh Perbaikan");
        assertThat(objecting.get(11)).isEmpty();       // not functional: no credit points
        assertThat(objecting.get(6)).isEmpty();        // no position, no class
        assertThat(objecting.get(12)).isEqualTo("Final, keberatan sedang diproses");
        assertThat(rows.stream().skip(1).map(r -> r.get(10)).toList())
                .containsExactlyInAnyOrder("Baik", "Baik", "Baik", "Butuh Perbaikan", "Sangat Baik");
        assertThat(rows(xlsx, 1).get(4).get(1)).isEqualTo("5");

        // in English for an English reader
        byte[] english = mvc.perform(get(url()).param("lang", "en").with(user(login(s.bupatiActor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(rows(english, 0).get(0).get(1)).isEqualTo("Name");
    }

    @Test
    void theUnitAndSubPeriodFiltersChooseTheRows() throws Exception {
        s.rateAndFinalise(evaluations, calibration);
        // the seksi holds everyone's plan; a new empty unit holds nobody
        var empty = data.unit(s.agency, s.dinas.id(), "Seksi Kosong");
        assertThat(rows(mvc.perform(get(url()).param("unit", String.valueOf(s.seksi.id())).with(user(login(s.adminActor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), 0)).hasSize(6);
        assertThat(rows(mvc.perform(get(url()).param("unit", String.valueOf(s.dinas.id())).with(user(login(s.adminActor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), 0)).hasSize(6);
        assertThat(rows(mvc.perform(get(url()).param("unit", String.valueOf(empty.id())).with(user(login(s.adminActor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), 0)).containsExactly(HEADER);

        // the first quarter: only the one rated for it
        Plan plan = s.plan(s.staffActors.get(0));
        evaluations.rate(s.headActor, s.agency.id(), plan.id(), 1,
                DocumentScenario.form(plan, Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI, "luar biasa", 0));
        List<List<String>> q1 = rows(mvc.perform(get(url()).param("sub", "1").with(user(login(s.adminActor))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.containsString("-2026-1.xlsx")))
                .andReturn().getResponse().getContentAsByteArray(), 0);
        assertThat(q1).hasSize(2);
        assertThat(q1.get(1).get(0)).isEqualTo(s.staff.get(0).nip());
        assertThat(q1.get(1).get(10)).isEqualTo("Sangat Baik");

        // a sub-period the period does not have: back to the page with the reason
        mvc.perform(get(url()).param("sub", "7").with(user(login(s.adminActor))))
                .andExpect(redirectedUrl("/agencies/" + s.agency.id() + "/periods/" + s.period.id() + "/evaluation-documents#tpp"))
                .andExpect(flash().attribute("tppProblem", "evaluation.error.subPeriod"));
    }

    @Test
    void onlyTheAgencysAdministratorsAndHeadExport() throws Exception {
        s.rateAndFinalise(evaluations, calibration);
        for (Actor a : List.of(s.staffActors.get(0), s.headActor, s.kadisActor, s.strangerActor)) {
            int code = mvc.perform(get(url()).with(user(login(a)))).andReturn().getResponse().getStatus();
            assertThat(code).as("status for %s", a.username()).isIn(403, 404);
        }
        mvc.perform(get(url()).with(user(login(s.bupatiActor)))).andExpect(status().isOk());
    }
}
