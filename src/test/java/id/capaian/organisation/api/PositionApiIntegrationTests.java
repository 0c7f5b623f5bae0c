package id.capaian.organisation.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class PositionApiIntegrationTests extends ApiTestSupport {

    static final String POSITIONS = "/api/v1/agencies/{agencyId}/positions";

    Agency agency;
    String admin;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        admin = token(agency, Role.AGENCY_ADMIN);
    }

    static String positionJson(String code, String name, String kind, String level, Integer grade, Integer version) {
        return """
                {"code": %s, "name": %s, "kind": %s, "jfLevel": %s, "classGrade": %s, "version": %s}
                """.formatted(str(code), str(name), str(kind), str(level), grade, version);
    }

    @Test
    void createsReadsUpdatesAndDeactivatesPositions() throws Exception {
        var doctor = postAs(admin, positionJson("JF-DR", "Dokter Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", 9, null),
                POSITIONS, agency.id())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/positions/")))
                .andExpect(jsonPath("$.kind").value("FUNGSIONAL"))
                .andExpect(jsonPath("$.jfLevel").value("AHLI_PERTAMA"))
                .andExpect(jsonPath("$.classGrade").value(9));
        long doctorId = id(doctor);
        long headId = id(postAs(admin, positionJson("KADIS", "Kepala Dinas", "JPT", null, 14, null), POSITIONS, agency.id())
                .andExpect(status().isCreated()));

        getAs(admin, POSITIONS + "/{id}", agency.id(), doctorId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dokter Ahli Pertama"));
        getAs(admin, POSITIONS, agency.id()).andExpect(jsonPath("$", hasSize(2)));
        getAs(admin, POSITIONS + "?kind=JPT", agency.id())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(headId));
        getAs(admin, POSITIONS + "?q=dokter", agency.id())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(doctorId));

        putAs(admin, positionJson("JF-DR", "Dokter Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", 11, version(doctor)),
                POSITIONS + "/{id}", agency.id(), doctorId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dokter Ahli Muda"))
                .andExpect(jsonPath("$.jfLevel").value("AHLI_MUDA"))
                .andExpect(jsonPath("$.version").value(version(doctor) + 1));

        postAs(admin, POSITIONS + "/{id}/deactivate", agency.id(), doctorId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        getAs(admin, POSITIONS, agency.id()).andExpect(jsonPath("$[*].id", not(hasItem((int) doctorId))));
        getAs(admin, POSITIONS + "?includeInactive=true", agency.id()).andExpect(jsonPath("$[*].id", hasItem((int) doctorId)));
        postAs(admin, POSITIONS + "/{id}/activate", agency.id(), doctorId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void validatesPositions() throws Exception {
        postAs(admin, positionJson("JF-X", "Auditor", "FUNGSIONAL", null, 30, null), POSITIONS, agency.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'jfLevel')].code", hasItem("position.error.levelRequired")))
                .andExpect(jsonPath("$.errors[?(@.field == 'classGrade')].code", hasItem("validation.range")));
        postAs(admin, positionJson("JF-X", "Auditor", "NOT_A_KIND", null, null, null), POSITIONS, agency.id())
                .andExpect(status().isBadRequest());
        getAs(admin, POSITIONS + "?kind=NOT_A_KIND", agency.id()).andExpect(status().isBadRequest());
    }

    @Test
    void refusesAStaleUpdateWith409() throws Exception {
        Position p = data.position(agency, PositionKind.PELAKSANA, "Pengadministrasi Umum");
        putAs(admin, positionJson(p.code(), "Pengadministrasi Perkantoran", "PELAKSANA", null, 6, p.version()),
                POSITIONS + "/{id}", agency.id(), p.id()).andExpect(status().isOk());
        putAs(admin, positionJson(p.code(), "Pengadministrasi Lama", "PELAKSANA", null, 6, p.version()),
                POSITIONS + "/{id}", agency.id(), p.id()).andExpect(status().isConflict());
    }
}
