package id.capaian.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@IntegrationTest
class EmployeeApiIntegrationTests extends ApiTestSupport {

    static final String EMPLOYEES = "/api/v1/agencies/{agencyId}/employees";

    Agency agency;
    Unit unit;
    Unit subunit;
    Position position;
    String admin;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        unit = data.unit(agency, null, "Dinas Kesehatan");
        subunit = data.unit(agency, unit.id(), "Puskesmas Siantar");
        position = data.position(agency, PositionKind.FUNGSIONAL, "Dokter Ahli Pertama");
        admin = token(agency, Role.AGENCY_ADMIN);
    }

    static String employeeJson(String nip, String name, Long unitId, Long positionId, Long superiorId, Long appraiserId,
            Integer version) {
        return """
                {"nip": %s, "name": %s, "frontTitle": "dr.", "backTitle": "M.Kes.", "asnType": "PNS", "rankGrade": "III/b",
                 "email": "siti@pemkot.go.id", "unitId": %s, "positionId": %s, "superiorId": %s, "appraiserId": %s,
                 "version": %s}
                """.formatted(str(nip), str(name), unitId, positionId, superiorId, appraiserId, version);
    }

    @Test
    void createsReadsUpdatesDeactivatesAndReactivatesAnEmployee() throws Exception {
        Employee boss = data.employee(agency, unit, null, null, "Budi Santoso");
        String nip = TestData.pnsNip();

        var created = postAs(admin, employeeJson(nip, "Siti Aminah", subunit.id(), position.id(), boss.id(), null, null),
                EMPLOYEES, agency.id())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/agencies/" + agency.id() + "/employees/")))
                .andExpect(jsonPath("$.nip").value(nip))
                .andExpect(jsonPath("$.nipKind").value("PNS"))
                .andExpect(jsonPath("$.displayName").value("dr. Siti Aminah, M.Kes."))
                .andExpect(jsonPath("$.asnType").value("PNS"))
                .andExpect(jsonPath("$.rankGrade").value("III/b"))
                .andExpect(jsonPath("$.unitId").value(subunit.id()))
                .andExpect(jsonPath("$.unitName").value("Puskesmas Siantar"))
                .andExpect(jsonPath("$.positionId").value(position.id()))
                .andExpect(jsonPath("$.positionName").value("Dokter Ahli Pertama"))
                .andExpect(jsonPath("$.superiorId").value(boss.id()))
                .andExpect(jsonPath("$.superiorName").value("Budi Santoso"))
                .andExpect(jsonPath("$.appraiserId").value(boss.id()))
                .andExpect(jsonPath("$.appraiserOverridden").value(false))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.agencyId").doesNotExist());
        long id = id(created);
        String location = created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).endsWith("/api/v1/agencies/" + agency.id() + "/employees/" + id);

        var read = getAs(admin, EMPLOYEES + "/{id}", agency.id(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.nipFormatted").value(nip.substring(0, 8) + " " + nip.substring(8, 14) + " "
                        + nip.charAt(14) + " " + nip.substring(15)));

        Employee appraiser = data.employee(agency, unit, null, null, "Citra Lestari");
        putAs(admin, employeeJson(nip, "Siti Aminah Putri", unit.id(), position.id(), boss.id(), appraiser.id(), version(read)),
                EMPLOYEES + "/{id}", agency.id(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Siti Aminah Putri"))
                .andExpect(jsonPath("$.unitId").value(unit.id()))
                .andExpect(jsonPath("$.appraiserId").value(appraiser.id()))
                .andExpect(jsonPath("$.appraiserName").value("Citra Lestari"))
                .andExpect(jsonPath("$.appraiserOverridden").value(true))
                .andExpect(jsonPath("$.version").value(version(read) + 1));

        getAs(admin, EMPLOYEES + "/{id}/subordinates", agency.id(), boss.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        getAs(admin, EMPLOYEES + "/{id}/appraisees", agency.id(), appraiser.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));

        postAs(admin, """
                {"reason": "Pensiun", "effectiveOn": "2026-01-31"}
                """, EMPLOYEES + "/{id}/deactivate", agency.id(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        postAs(admin, "{}", EMPLOYEES + "/{id}/reactivate", agency.id(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));

        getAs(admin, EMPLOYEES + "/{id}/history", agency.id(), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItem("APPOINTED")))
                .andExpect(jsonPath("$[*].kind", hasItem("MOVED_UNIT")))
                .andExpect(jsonPath("$[*].kind", hasItem("REACTIVATED")))
                .andExpect(jsonPath("$[?(@.kind == 'DEACTIVATED')].effectiveOn", hasItem("2026-01-31")))
                .andExpect(jsonPath("$[?(@.kind == 'DEACTIVATED')].detail", hasItem("Pensiun")));
    }

    @Test
    void pagesThroughEmployees() throws Exception {
        for (int i = 0; i < 30; i++) {
            data.employee(agency, subunit, null, null, "Pegawai %02d".formatted(i));
        }
        getAs(admin, EMPLOYEES + "?size=10&page=0", agency.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(10)))
                .andExpect(jsonPath("$.content[0].name").value("Pegawai 00"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.totalElements").value(30))
                .andExpect(jsonPath("$.totalPages").value(3));
        getAs(admin, EMPLOYEES + "?size=10&page=2", agency.id())
                .andExpect(jsonPath("$.content", hasSize(10)))
                .andExpect(jsonPath("$.content[9].name").value("Pegawai 29"))
                .andExpect(jsonPath("$.page").value(2));
        getAs(admin, EMPLOYEES + "?size=10&page=3", agency.id())
                .andExpect(jsonPath("$.content", hasSize(0)))
                .andExpect(jsonPath("$.totalElements").value(30));
        // Filters: text, unit with its sub-units, the unit alone.
        getAs(admin, EMPLOYEES + "?q=pegawai 1", agency.id())
                .andExpect(jsonPath("$.totalElements").value(10));
        getAs(admin, EMPLOYEES + "?unitId={unit}", agency.id(), unit.id())
                .andExpect(jsonPath("$.totalElements").value(30));
        getAs(admin, EMPLOYEES + "?unitId={unit}&includeSubunits=false", agency.id(), unit.id())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void filtersByStatus() throws Exception {
        Employee leaving = data.employee(agency, unit, null, null, "Dewi Kartika");
        data.employee(agency, unit, null, null, "Eko Prasetyo");
        postAs(admin, "{\"reason\": \"Mutasi keluar\"}", EMPLOYEES + "/{id}/deactivate", agency.id(), leaving.id())
                .andExpect(status().isOk());
        getAs(admin, EMPLOYEES, agency.id()).andExpect(jsonPath("$.totalElements").value(1));
        getAs(admin, EMPLOYEES + "?status=inactive", agency.id())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Dewi Kartika"));
        getAs(admin, EMPLOYEES + "?status=all", agency.id()).andExpect(jsonPath("$.totalElements").value(2));
        getAs(admin, EMPLOYEES + "?status=gone", agency.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("active, inactive")));
    }

    @Test
    void answersInvalidInputWithProblemDetailsInTheCallersLanguage() throws Exception {
        String bad = """
                {"nip": "1234", "name": "", "asnType": "PNS", "email": "not-an-email"}
                """;
        postAs(admin, bad, EMPLOYEES, agency.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.title").value("Isian belum benar"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].code", hasItem("nip.error.length")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].message", hasItem("NIP harus tepat 18 angka.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("Wajib diisi.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]", hasSize(1)));

        mvc.perform(auth(post(EMPLOYEES, agency.id()), admin).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("The input is not valid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].message", hasItem("A NIP has exactly 18 digits.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("Required.")));

        getAs(admin, EMPLOYEES, agency.id()).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void answersUnreadableJsonWith400() throws Exception {
        postAs(admin, "{\"nip\": ", EMPLOYEES, agency.id())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        getAs(admin, EMPLOYEES + "?page=first", agency.id())
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesAStaleUpdateWith409() throws Exception {
        Employee e = data.employee(agency, unit, null, null, "Fajar Nugroho");
        String first = employeeJson(e.nip(), "Fajar Nugroho, first", unit.id(), null, null, null, e.version());
        String second = employeeJson(e.nip(), "Fajar Nugroho, second", unit.id(), null, null, null, e.version());
        putAs(admin, first, EMPLOYEES + "/{id}", agency.id(), e.id()).andExpect(status().isOk());
        putAs(admin, second, EMPLOYEES + "/{id}", agency.id(), e.id())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
        getAs(admin, EMPLOYEES + "/{id}", agency.id(), e.id())
                .andExpect(jsonPath("$.name").value("Fajar Nugroho, first"));
    }

    @Test
    void requiresTheVersionOnUpdate() throws Exception {
        Employee e = data.employee(agency, unit, null, null, "Gita Permata");
        putAs(admin, employeeJson(e.nip(), "Gita", unit.id(), null, null, null, null), EMPLOYEES + "/{id}", agency.id(), e.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void answersAnUnknownEmployeeWith404() throws Exception {
        getAs(admin, EMPLOYEES + "/{id}", agency.id(), Long.MAX_VALUE)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Pegawai tidak ditemukan."));
        getAs(admin, EMPLOYEES + "/{id}/subordinates", agency.id(), Long.MAX_VALUE).andExpect(status().isNotFound());
        getAs(admin, EMPLOYEES + "/{id}/history", agency.id(), Long.MAX_VALUE).andExpect(status().isNotFound());
    }

    @Test
    void showsNoInternalFields() throws Exception {
        Employee e = data.employee(agency, unit, position, null, "Hadi Wijaya");
        String one = getAs(admin, EMPLOYEES + "/{id}", agency.id(), e.id()).andReturn().getResponse().getContentAsString();
        String page = getAs(admin, EMPLOYEES, agency.id()).andReturn().getResponse().getContentAsString();
        assertThat(one).contains("\"displayName\"").doesNotContain("agencyId", "agency_id");
        assertThat(page).contains("Hadi Wijaya").doesNotContain("agencyId", "agency_id");
    }
}
