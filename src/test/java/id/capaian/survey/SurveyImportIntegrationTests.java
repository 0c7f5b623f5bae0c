package id.capaian.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.audit.AuditEntry;
import id.capaian.audit.AuditTrail;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.survey.internal.PaperRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Paper surveys imported from XLSX, all or nothing: a good file is stored as accepted paper responses that count in
 * the IKM; a file with any bad row stores nothing and names every problem by row, column and value; the template
 * downloaded from the page is itself a valid file.
 */
@IntegrationTest
class SurveyImportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired UnitManagement units;
    @Autowired SurveyManagement surveys;
    @Autowired ResponseManagement responses;
    @Autowired IkmManagement ikm;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    Agency agency;
    Actor admin;
    UserDetails adminUser;
    UserDetails headUser;
    Survey survey;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @BeforeEach
    void setUp() {
        agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kependudukan dan Pencatatan Sipil");
        Employee head = data.employee(agency, unit, null, null, "Kepala Disdukcapil");
        Employee a = data.employee(agency, unit, null, head, "Admin BKPSDM");
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
        data.account(head);
        data.account(a, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        adminUser = users.loadUserByUsername(a.nip());
        headUser = users.loadUserByUsername(head.nip());
        admin = (Actor) adminUser;
        survey = surveys.enable(admin, agency.id(), unit.id());
        surveys.addService(admin, agency.id(), survey.id(), "KTP elektronik");
        surveys.addService(admin, agency.id(), survey.id(), "Akta kelahiran");
        survey = surveys.get(admin, agency.id(), survey.id());
    }

    /** A workbook whose first sheet holds these rows; a cell of a Number is written as a number. */
    static byte[] xlsx(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("data");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    static final List<Object> HEADER = row("Tanggal", "Layanan", "U1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "usia",
            "jenis kelamin", "pendidikan", "pekerjaan", "saran");

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = :s").param("s", survey.id()).query(Long.class).single();
    }

    @Test
    void aGoodFileIsStoredWholeAndCounts() throws Exception {
        byte[] file = xlsx(List.of(HEADER,
                row("2025-03-15", "KTP elektronik", 4, 4, 3, 4, 3, 4, 4, 3, 3, "34", "P", "D3", "wirausaha", "Antrean panjang"),
                row("16/03/2025", "akta  kelahiran", 3, 3, 3, 4, 3, 3, 4, 3, 2, "60+", "laki-laki", "SMA", "PNS", ""),
                // a date typed as a date: the spreadsheet keeps its day number, 45733 (2025-03-17)
                row(45733, "KTP elektronik", 4, 3, 4, 4, 4, 4, 4, 3, 3, null, null, null, null, null),
                row("2025-03-18", "KTP elektronik", "3", "3", "2", "4", "3", "3", "3", "3", "2", "", "", "", "", "")));
        ImportResult result = responses.importPaper(admin, agency.id(), survey.id(), "C:\\data\\survei-maret.xlsx", file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.stored()).isEqualTo(4);
        assertThat(result.fileName()).isEqualTo("survei-maret.xlsx");
        assertThat(jdbc.sql("SELECT survey_date FROM survey_response WHERE survey_id = :s ORDER BY survey_date")
                .param("s", survey.id()).query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 18));
        assertThat(jdbc.sql("SELECT DISTINCT channel || '/' || status FROM survey_response WHERE survey_id = :s")
                .param("s", survey.id()).query(String.class).list()).containsExactly("PAPER/ACCEPTED");

        // the four respondents of the IKM worked out by hand: 119 points, 82.64
        IkmFigures march = ikm.figures(admin, agency.id(), survey.id(), IkmPeriod.month(2025, 3));
        assertThat(march.ikm().index()).isEqualByComparingTo("82.64");
        assertThat(march.paper()).isEqualTo(4);
        assertThat(march.profile().age(Respondent.AgeBand.FROM_30)).isEqualTo(1);
        assertThat(march.profile().age(Respondent.AgeBand.FROM_60)).isEqualTo(1);
        assertThat(march.profile().sex(Respondent.Sex.L)).isEqualTo(1);
        assertThat(march.profile().education(Respondent.Education.DIPLOMA)).isEqualTo(1);
        assertThat(march.services()).extracting(IkmFigures.ServiceCount::name, IkmFigures.ServiceCount::respondents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KTP elektronik", 3L), org.assertj.core.groups.Tuple.tuple("Akta kelahiran", 1L));
        assertThat(march.suggestions()).containsExactly("Antrean panjang");

        assertThat(responses.imports(admin, agency.id(), survey.id())).singleElement()
                .satisfies(i -> {
                    assertThat(i.rows()).isEqualTo(4);
                    assertThat(i.fileName()).isEqualTo("survei-maret.xlsx");
                });
        assertThat(audit.find(admin, agency.id(), "survey_import", 0, 5).content()).extracting(AuditEntry::action)
                .containsExactly("IMPORT");
    }

    @Test
    void aBadRowStoresNothingAndEveryProblemIsNamed() throws Exception {
        String tomorrow = today.plusDays(1).toString();
        byte[] file = xlsx(List.of(HEADER,
                row("2025-03-15", "KTP elektronik", 4, 4, 3, 4, 3, 4, 4, 3, 3, "34", "P", "D3", "wirausaha", ""),
                row("", "Paspor", 5, 4, 3, 4, 3, 4, 4, 3, "", "", "X", "", "", ""),
                row("31/02/2025", "Akta kelahiran", 4, 4, 4, 4, 4, 4, 4, 4, 4, "tua", "", "SD", "petani", ""),
                row(tomorrow, "KTP elektronik", 4, 4, 4, 4, 4, 4, 4, 4, 4, "", "", "", "", "x".repeat(2001))));
        ImportResult result = responses.importPaper(admin, agency.id(), survey.id(), "survei.xlsx", file);
        assertThat(result.ok()).isFalse();
        assertThat(result.stored()).isZero();
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.code()).containsExactly(
                "3|Tanggal|survey.import.error.required",
                "3|Layanan|survey.import.error.service",
                "3|U1|survey.import.error.answer",
                "3|u9|survey.import.error.required",
                "3|jenis kelamin|survey.import.error.sex",
                "4|Tanggal|survey.import.error.date",
                "4|usia|survey.import.error.age",
                "4|pekerjaan|survey.import.error.occupation",
                "5|Tanggal|survey.import.error.futureDate",
                "5|saran|survey.import.error.tooLong");
        assertThat(result.problems().get(1).args()).containsExactly("KTP elektronik, Akta kelahiran");
        assertThat(result.problems().get(2).value()).isEqualTo("5");
        // nothing at all: not even the good first row, nor the import itself
        assertThat(stored()).isZero();
        assertThat(responses.imports(admin, agency.id(), survey.id())).isEmpty();
    }

    @Test
    void aFileThatIsNoSurveyTableIsToldWhy() throws Exception {
        assertThat(problemCodes(responses.importPaper(admin, agency.id(), survey.id(), "a.csv",
                "tanggal,u1\n2025-01-01,4\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("survey.import.error.fileType");
        assertThat(problemCodes(responses.importPaper(admin, agency.id(), survey.id(), "a.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}))).containsExactly("survey.import.error.legacyExcel");
        assertThat(problemCodes(responses.importPaper(admin, agency.id(), survey.id(), "a.xlsx", new byte[0])))
                .containsExactly("survey.import.error.empty");
        assertThat(problemCodes(responses.importPaper(admin, agency.id(), survey.id(), "a.xlsx", xlsx(List.of(HEADER)))))
                .containsExactly("survey.import.error.noRows");
        // a typo in a column name, a required column missing
        ImportResult columns = responses.importPaper(admin, agency.id(), survey.id(), "a.xlsx", xlsx(List.of(
                row("tanggal", "layanan", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u10"),
                row("2025-01-01", "KTP elektronik", 4, 4, 4, 4, 4, 4, 4, 4, 4))));
        assertThat(columns.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.code())
                .containsExactly("1|u10|survey.import.error.unknownColumn", "null|u9|survey.import.error.missingColumn");
        assertThat(stored()).isZero();
    }

    static List<String> problemCodes(ImportResult r) {
        return r.problems().stream().map(ImportProblem::code).toList();
    }

    @Test
    void theTemplateIsAValidFileAndThePageReportsRowByRow() throws Exception {
        String base = "/agencies/" + agency.id() + "/surveys/" + survey.id() + "/import";
        byte[] template = mvc.perform(get(base + "/template.xlsx").with(user(adminUser))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> header = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            wb.getSheets().forEach(s -> sheets.add(s.getName()));
            try (var rows = wb.getFirstSheet().openStream()) {
                Iterator<Row> it = rows.iterator();
                Row first = it.next();
                for (int c = 0; c < first.getCellCount(); c++) {
                    header.add(first.getCellText(c));
                }
            }
        }
        assertThat(header).isEqualTo(PaperRows.columns());
        assertThat(sheets).containsExactly("data", "petunjuk");
        // the template as downloaded, example row and all, imports
        String ok = mvc.perform(multipart(base).file(new MockMultipartFile("file", "templat.xlsx", null, template))
                        .with(user(adminUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("id=\"import-ok\"", "1 jawaban dari templat.xlsx tersimpan.", "templat.xlsx");
        assertThat(stored()).isEqualTo(1);

        byte[] bad = xlsx(List.of(HEADER, row("2025-03-15", "KTP elektronik", 4, 4, 7, 4, 3, 4, 4, 3, 3, "", "", "", "", "")));
        String report = mvc.perform(multipart(base).file(new MockMultipartFile("file", "salah.xlsx", null, bad))
                        .with(user(adminUser)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("id=\"import-problems\"", "Tidak ada yang disimpan dari salah.xlsx: 1 masalah.",
                "<td data-label=\"Baris\">2</td>", "<td data-label=\"Kolom\">u3</td>", "Isi dengan angka 1, 2, 3 atau 4.");
        assertThat(stored()).isEqualTo(1);

        // the unit's head reads the survey but does not import
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "salah.xlsx", null, bad)).with(user(headUser)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(get(base + "/template.xlsx").with(user(headUser))).andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
    }
}
