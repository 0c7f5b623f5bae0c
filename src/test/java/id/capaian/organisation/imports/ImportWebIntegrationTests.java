package id.capaian.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.organisation.internal.imports.ImportJob;
import id.capaian.organisation.internal.imports.ImportJobs;
import id.capaian.organisation.internal.imports.ImportKind;
import id.capaian.organisation.internal.imports.ImportStatus;
import id.capaian.organisation.internal.imports.SourceTable;
import id.capaian.organisation.internal.imports.TableReader;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: upload, progress, report and templates, for an agency's administrator only. */
@IntegrationTest
class ImportWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired ImportJobs jobs;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Refused: 403, or 404 where even the existence of another agency is not told. */
    static final org.springframework.test.web.servlet.ResultMatcher DENIED = r ->
            assertThat(r.getResponse().getStatus()).as("status of " + r.getRequest().getRequestURI()).isIn(403, 404);

    Agency a;
    Agency b;
    Unit unitA;
    UserDetails adminA;
    UserDetails adminB;
    UserDetails staffA;

    @BeforeEach
    void setUp() {
        a = data.agency();
        b = data.agency();
        unitA = data.unit(a, null, "BKPSDM A");
        Employee admin = data.employee(a, unitA, null, null, "Admin A");
        Employee staff = data.employee(a, unitA, null, admin, "Staf A");
        Employee other = data.employee(b, null, null, null, "Admin B");
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(staff, Role.EMPLOYEE);
        data.account(other, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        adminA = users.loadUserByUsername(admin.nip());
        staffA = users.loadUserByUsername(staff.nip());
        adminB = users.loadUserByUsername(other.nip());
    }

    private UUID upload(String kind, String fileName, byte[] content) throws Exception {
        var result = mvc.perform(multipart("/agencies/{a}/imports", a.id())
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("kind", kind).with(csrf()).with(user(adminA)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/agencies/" + a.id() + "/imports/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anAdministratorUploadsFollowsProgressAndDownloadsTheReport() throws Exception {
        mvc.perform(get("/agencies/{a}/imports", a.id()).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/imports/template/employees.xlsx")));

        String good = ImportFiles.nip();
        byte[] csv = ImportFiles.csv(List.of(
                new String[] {"nip", "nama", "jenis_asn", "kode_unit"},
                new String[] {good, "Pegawai Baik", "PNS", unitA.code()},
                new String[] {"1234", "Pegawai Salah", "PNS", unitA.code()}));
        UUID id = upload("employees", "pegawai.csv", csv);

        mvc.perform(get("/agencies/{a}/imports/{id}", a.id(), id).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pegawai.csv")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")));
        ImportJob job = ImportFiles.await(jobs, Actor.system(), a.id(), id, Duration.ofMinutes(1));
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);

        String fragment = mvc.perform(get("/agencies/{a}/imports/{id}/progress", a.id(), id).with(user(adminA))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("id=\"import-progress\"").doesNotContain("hx-trigger")
                .contains("report.xlsx").contains("NIP harus tepat 18 angka.");

        byte[] report = mvc.perform(get("/agencies/{a}/imports/{id}/report.csv", a.id(), id).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        SourceTable csvReport = TableReader.read(report, 100);
        assertThat(csvReport.header()).containsExactly("Baris", "Kolom", "Isi", "Masalah");
        assertThat(csvReport.rows()).extracting(SourceTable.SourceRow::cells)
                .containsExactly(List.of("3", "nip", "1234", "NIP harus tepat 18 angka."));

        byte[] xlsx = mvc.perform(get("/agencies/{a}/imports/{id}/report.xlsx", a.id(), id).with(user(adminA))
                        .cookie(new Cookie("capaian-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        SourceTable xlsxReport = TableReader.read(xlsx, 100);
        assertThat(xlsxReport.header()).containsExactly("Row", "Column", "Value", "Problem");
        assertThat(xlsxReport.rows().get(0).cells().subList(0, 3)).containsExactly("3", "nip", "1234");
        assertThat(xlsxReport.rows().get(0).cell(3)).isNotBlank().doesNotStartWith("??");

        mvc.perform(get("/agencies/{a}/imports", a.id()).with(user(adminA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pegawai.csv")));
    }

    @Test
    void aGoodUploadIsStoredAndTheProgressFragmentStopsPolling() throws Exception {
        UUID id = upload("units", "unit.csv", ImportFiles.csv(List.of(
                new String[] {"code", "name", "parent_code"},
                new String[] {"SUB-1", "Subbagian Umum", unitA.code()})));
        ImportJob job = ImportFiles.await(jobs, Actor.system(), a.id(), id, Duration.ofMinutes(1));
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        String fragment = mvc.perform(get("/agencies/{a}/imports/{id}/progress", a.id(), id).with(user(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).doesNotContain("hx-trigger").contains("/agencies/" + a.id() + "/units");
    }

    @Test
    void aRunningImportPollsEverySecondAndShowsAProgressBar() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_job (id, agency_id, kind, file_name, status, total_rows, processed, created_by)
                VALUES (:id, :agency, 'EMPLOYEES', 'besar.xlsx', 'VALIDATING', 10000, 2500, 'test')
                """).param("id", id).param("agency", a.id()).update();

        String fragment = mvc.perform(get("/agencies/{a}/imports/{id}/progress", a.id(), id).with(user(adminA))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("hx-trigger=\"every 1s\"")
                .contains("hx-get=\"/agencies/" + a.id() + "/imports/" + id + "/progress\"")
                .contains("<progress").contains("value=\"2500\"").contains("max=\"10000\"")
                .contains("Memeriksa baris: 2.500 dari 10.000")
                .contains("href=\"/agencies/" + a.id() + "/imports/" + id + "\""); // refresh without JavaScript

        mvc.perform(get("/agencies/{a}/imports/{id}", a.id(), id).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
        mvc.perform(get("/agencies/{a}/imports", a.id()).with(user(adminA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("besar.xlsx")));
    }

    @Test
    void wrongFilesAreRefusedOnTheFormWithATranslatedMessage() throws Exception {
        mvc.perform(multipart("/agencies/{a}/imports", a.id())
                        .file(new MockMultipartFile("file", "foto.csv", "text/csv",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                        .param("kind", "units").with(csrf()).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jenis berkas tidak dikenali")));
        mvc.perform(multipart("/agencies/{a}/imports", a.id()).param("kind", "units").with(csrf()).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas yang akan diunggah.")));
        assertThat(jobs.list(Actor.system(), a.id(), 10)).isEmpty();
    }

    @Test
    void templatesHoldTheHeaderAndAnExampleRow() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            for (String ext : new String[] {"xlsx", "csv"}) {
                byte[] body = mvc.perform(get("/agencies/{a}/imports/template/{k}." + ext, a.id(), kind.key())
                                .with(user(adminA)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Disposition", containsString(kind.key() + "." + ext)))
                        .andReturn().getResponse().getContentAsByteArray();
                SourceTable table = TableReader.read(body, 10);
                assertThat(table.header()).containsExactlyElementsOf(
                        kind.columns().stream().map(c -> c.name()).toList());
                assertThat(table.rows()).hasSize(1);
            }
        }
        mvc.perform(get("/agencies/{a}/imports/template/nothing.csv", a.id()).with(user(adminA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void otherAgenciesAndOrdinaryStaffAreRefused() throws Exception {
        UUID id = upload("units", "unit.csv", ImportFiles.csv(List.of(
                new String[] {"code", "name"}, new String[] {"SUB-2", "Subbagian Keuangan"})));
        ImportFiles.await(jobs, Actor.system(), a.id(), id, Duration.ofMinutes(1));

        for (String page : new String[] {"/agencies/{a}/imports", "/agencies/{a}/imports/" + id,
                "/agencies/{a}/imports/" + id + "/progress", "/agencies/{a}/imports/" + id + "/report.csv",
                "/agencies/{a}/imports/template/units.xlsx"}) {
            mvc.perform(get(page, a.id()).with(user(adminB))).andExpect(DENIED);
            mvc.perform(get(page, a.id()).with(user(staffA))).andExpect(status().isForbidden());
        }
        // Through their own agency's address, another agency's import does not exist.
        mvc.perform(get("/agencies/{b}/imports/{id}", b.id(), id).with(user(adminB))).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{b}/imports/{id}/report.xlsx", b.id(), id).with(user(adminB)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/agencies/{a}/imports", a.id())
                        .file(new MockMultipartFile("file", "u.csv", "text/csv", "code,name\nZ,Z\n".getBytes()))
                        .param("kind", "units").with(csrf()).with(user(adminB)))
                .andExpect(DENIED);
        int before = jobs.list(Actor.system(), a.id(), 100).size();
        var noToken = mvc.perform(multipart("/agencies/{a}/imports", a.id())
                        .file(new MockMultipartFile("file", "u.csv", "text/csv", "code,name\nZ,Z\n".getBytes()))
                        .param("kind", "units").with(user(adminA)))
                .andReturn().getResponse();
        assertThat(noToken.getStatus()).as("without a CSRF token").isNotEqualTo(200);
        assertThat(noToken.getRedirectedUrl()).as("without a CSRF token").doesNotContain("/imports/");
        assertThat(jobs.list(Actor.system(), a.id(), 100)).hasSize(before);
    }
}
