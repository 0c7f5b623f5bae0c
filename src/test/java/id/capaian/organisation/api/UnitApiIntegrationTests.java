package id.capaian.organisation.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class UnitApiIntegrationTests extends ApiTestSupport {

    static final String UNITS = "/api/v1/agencies/{agencyId}/units";

    Agency agency;
    String admin;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        admin = token(agency, Role.AGENCY_ADMIN);
    }

    static String unitJson(String code, String name, Long parentId, Long headId, Integer version) {
        return """
                {"code": %s, "name": %s, "parentId": %s, "headEmployeeId": %s, "version": %s}
                """.formatted(str(code), str(name), parentId, headId, version);
    }

    @Test
    void createsReadsUpdatesMovesAndDeactivatesUnits() throws Exception {
        var root = postAs(admin, unitJson("SETDA", "Sekretariat Daerah", null, null, null), UNITS, agency.id())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/agencies/" + agency.id() + "/units/")))
                .andExpect(jsonPath("$.code").value("SETDA"))
                .andExpect(jsonPath("$.parentId").doesNotExist())
                .andExpect(jsonPath("$.depth").doesNotExist())
                .andExpect(jsonPath("$.active").value(true));
        long rootId = id(root);
        long health = id(postAs(admin, unitJson("DINKES", "Dinas Kesehatan", null, null, null), UNITS, agency.id())
                .andExpect(status().isCreated()));
        var clinic = postAs(admin, unitJson("PKM-01", "Puskesmas Merdeka", health, null, null), UNITS, agency.id())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentId").value(health))
                .andExpect(jsonPath("$.parentName").value("Dinas Kesehatan"));
        long clinicId = id(clinic);

        // Tree order: parents before children, siblings by name, each with its depth.
        getAs(admin, UNITS, agency.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].code").value("DINKES"))
                .andExpect(jsonPath("$[0].depth").value(0))
                .andExpect(jsonPath("$[1].code").value("PKM-01"))
                .andExpect(jsonPath("$[1].depth").value(1))
                .andExpect(jsonPath("$[1].parentId").value(health))
                .andExpect(jsonPath("$[2].code").value("SETDA"))
                .andExpect(jsonPath("$[2].depth").value(0));
        getAs(admin, UNITS + "?q=puskesmas", agency.id())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(clinicId));

        Employee head = data.employee(agency, data.unit(agency, null, "Tempat"), null, null, "Indah Sari");
        getAs(admin, UNITS + "/{id}", agency.id(), clinicId).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Puskesmas Merdeka"));
        putAs(admin, unitJson("PKM-01", "UPT Puskesmas Merdeka", health, head.id(), version(clinic)),
                UNITS + "/{id}", agency.id(), clinicId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("UPT Puskesmas Merdeka"))
                .andExpect(jsonPath("$.headEmployeeId").value(head.id()))
                .andExpect(jsonPath("$.headName").value("Indah Sari"))
                .andExpect(jsonPath("$.version").value(version(clinic) + 1));

        postAs(admin, "{\"parentId\": " + rootId + "}", UNITS + "/{id}/move", agency.id(), clinicId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(rootId))
                .andExpect(jsonPath("$.parentName").value("Sekretariat Daerah"));
        // A unit cannot go below its own descendant.
        postAs(admin, "{\"parentId\": " + clinicId + "}", UNITS + "/{id}/move", agency.id(), rootId)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        postAs(admin, "{\"parentId\": null}", UNITS + "/{id}/move", agency.id(), clinicId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").doesNotExist());

        postAs(admin, UNITS + "/{id}/deactivate", agency.id(), health)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        getAs(admin, UNITS, agency.id()).andExpect(jsonPath("$[*].id", not(hasItem((int) health))));
        getAs(admin, UNITS + "?includeInactive=true", agency.id()).andExpect(jsonPath("$[*].id", hasItem((int) health)));
        postAs(admin, UNITS + "/{id}/activate", agency.id(), health)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void refusesToDeactivateAUnitWithStaff() throws Exception {
        Unit unit = data.unit(agency, null, "Bagian Umum");
        data.employee(agency, unit, null, null, "Joko Susilo");
        postAs(admin, UNITS + "/{id}/deactivate", agency.id(), unit.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("unit.error.hasActiveStaff"));
    }

    @Test
    void validatesUnits() throws Exception {
        postAs(admin, unitJson("bad code", "", null, null, null), UNITS, agency.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].code", hasItem("validation.code")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code", hasItem("validation.required")));
    }

    @Test
    void refusesStaleChangesWith409() throws Exception {
        Unit unit = data.unit(agency, null, "Bagian Hukum");
        putAs(admin, unitJson(unit.code(), "Bagian Hukum dan HAM", null, null, unit.version()), UNITS + "/{id}",
                agency.id(), unit.id()).andExpect(status().isOk());
        putAs(admin, unitJson(unit.code(), "Bagian Hukum lama", null, null, unit.version()), UNITS + "/{id}",
                agency.id(), unit.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        postAs(admin, "{\"parentId\": null, \"version\": " + unit.version() + "}", UNITS + "/{id}/move",
                agency.id(), unit.id())
                .andExpect(status().isConflict());
        getAs(admin, UNITS + "/{id}", agency.id(), unit.id()).andExpect(jsonPath("$.name").value("Bagian Hukum dan HAM"));
    }

    @Test
    void answersAnUnknownUnitWith404() throws Exception {
        getAs(admin, UNITS + "/{id}", agency.id(), Long.MAX_VALUE)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
