package id.capaian.planning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.capaian.identity.AccountManagement;
import id.capaian.identity.TemporaryPassword;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Plans through {@code /api/v1} under the same rules as the web pages: an administrator's token opens the period,
 * the employee and the appraiser act as themselves with HTTP Basic.
 */
@IntegrationTest
class PlanningApiIntegrationTests extends PlanningApiTestSupport {

    @Autowired UnitManagement units;
    @Autowired AccountManagement accounts;

    Agency agency;
    Unit dinkes;
    Employee head;
    Employee staff;
    Employee colleague;
    String admin;
    String headBasic;
    String staffBasic;
    String colleagueBasic;

    @BeforeEach
    void setUp() {
        agency = data.agency();
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"), null, "Ronald Sitorus");
        staff = data.employee(agency, dinkes, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog"), head, "Maria Tambunan");
        colleague = data.employee(agency, dinkes, null, head, "Tono Sirait");
        UnitForm f = UnitForm.of(dinkes);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), dinkes.id(), f);
        data.account(head);
        data.account(staff);
        data.account(colleague);
        admin = token(agency, Role.AGENCY_ADMIN);
        headBasic = basic(head);
        staffBasic = basic(staff);
        colleagueBasic = basic(colleague);
    }

    long openPeriod() throws Exception {
        return id(postAs(admin, "{\"year\": 2026, \"scheme\": \"QUARTERLY\"}", BASE + "/periods", agency.id())
                .andExpect(status().isCreated()));
    }

    @Test
    void aPlanGoesFromDraftToApprovedThroughTheApi() throws Exception {
        // the administrator's token opens the period
        var opened = postAs(admin, "{\"year\": 2026, \"scheme\": \"QUARTERLY\"}", BASE + "/periods", agency.id())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/agencies/" + agency.id() + "/periods/")))
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.planDeadline").value("2026-01-31"))
                .andExpect(jsonPath("$.subPeriods", hasSize(4)))
                .andExpect(jsonPath("$.subPeriods[1].start").value("2026-04-01"));
        long period = id(opened);
        getAs(staffBasic, BASE + "/periods", agency.id()).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) period)));

        // the head of the unit drafts and signs the unit's agreement, then plans against its IKU
        long agreement = id(postAs(headBasic, BASE + "/periods/{p}/units/{u}/agreement", agency.id(), period, dinkes.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")));
        var iku = postAs(headBasic, """
                {"goal": "Meningkatnya derajat kesehatan", "name": "Cakupan imunisasi", "targetValue": 90, "targetUnit": "%"}
                """, BASE + "/agreements/{g}/indicators", agency.id(), agreement)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targetDescription").value("90 %"))
                .andExpect(jsonPath("$.direction").value("HIGHER"));
        long ikuId = id(iku);
        putAs(headBasic, """
                {"goal": "Meningkatnya derajat kesehatan", "name": "Cakupan imunisasi dasar lengkap", "targetValue": 95,
                 "targetUnit": "%", "direction": "HIGHER"}
                """, BASE + "/agreements/{g}/indicators/{i}", agency.id(), agreement, ikuId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cakupan imunisasi dasar lengkap"));
        postAs(headBasic, BASE + "/agreements/{g}/sign", agency.id(), agreement)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signedBy").value(head.id()));
        getAs(staffBasic, BASE + "/periods/{p}/units/{u}/agreement", agency.id(), period, dinkes.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].name").value("Cakupan imunisasi dasar lengkap"));
        getAs(admin, BASE + "/periods/{p}/agreements", agency.id(), period).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));

        long headPlan = id(postAs(headBasic, "{\"employeeId\": " + head.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isCreated()));
        long headResult = id(postAs(headBasic, resultJson("UTAMA", "Terlaksananya imunisasi dasar lengkap", null, ikuId),
                BASE + "/plans/{id}/results", agency.id(), headPlan)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitIndicatorName").value("Cakupan imunisasi dasar lengkap")));

        // the employee creates their plan, adds an RHK linked to the superior's, an IKI and actions, and submits
        var created = postAs(staffBasic, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.employeeNip").value(staff.nip()))
                .andExpect(jsonPath("$.appraiserId").value(head.id()))
                .andExpect(jsonPath("$.behaviours", hasSize(7)))
                .andExpect(jsonPath("$.behaviours[0].value").value("BERORIENTASI_PELAYANAN"));
        long plan = id(created);
        assertThat(created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION))
                .endsWith("/api/v1/agencies/" + agency.id() + "/plans/" + plan);
        getAs(staffBasic, BASE + "/plans/{id}/candidates", agency.id(), plan).andExpect(status().isOk())
                .andExpect(jsonPath("$.superiorResults[0].id").value(headResult))
                .andExpect(jsonPath("$.unitIndicators", hasSize(0)));
        getAs(staffBasic, BASE + "/plans/{id}/readiness", agency.id(), plan).andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("plan.error.noMainResult"))
                .andExpect(jsonPath("$.problems[0].message").value("Tambahkan minimal satu RHK utama."));

        long result = id(postAs(staffBasic, resultJson("UTAMA", "Tersusunnya laporan surveilans", headResult, null),
                BASE + "/plans/{id}/results", agency.id(), plan)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/agencies/" + agency.id() + "/plans/" + plan + "/results/")))
                .andExpect(jsonPath("$.parentStatement").value("Terlaksananya imunisasi dasar lengkap")));
        long indicator = id(postAs(staffBasic, numberIndicatorJson("KUANTITAS", "Jumlah laporan", "12", "laporan"),
                BASE + "/plans/{id}/results/{r}/indicators", agency.id(), plan, result)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targetDescription").value("12 laporan")));
        putAs(staffBasic, numberIndicatorJson("KUANTITAS", "Jumlah laporan surveilans", "12", "laporan"),
                BASE + "/plans/{id}/results/{r}/indicators/{i}", agency.id(), plan, result, indicator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jumlah laporan surveilans"));
        putAs(staffBasic, """
                {"actions": [{"subPeriod": 1, "description": "Mengumpulkan data"}, {"subPeriod": 3, "description": " "},
                             {"subPeriod": 4, "description": "Menyusun laporan tahunan"}]}
                """, BASE + "/plans/{id}/results/{r}/actions", agency.id(), plan, result)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subPeriod").value(org.hamcrest.Matchers.contains(1, 4)));
        long extra = id(postAs(staffBasic, resultJson("TAMBAHAN", "Membantu posyandu", null, null),
                BASE + "/plans/{id}/results", agency.id(), plan).andExpect(status().isCreated()));
        putAs(staffBasic, resultJson("TAMBAHAN", "Membantu penyuluhan posyandu", null, null),
                BASE + "/plans/{id}/results/{r}", agency.id(), plan, extra)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statement").value("Membantu penyuluhan posyandu"));
        deleteAs(staffBasic, BASE + "/plans/{id}/results/{r}", agency.id(), plan, extra).andExpect(status().isNoContent());
        int version = version(getAs(staffBasic, BASE + "/plans/{id}", agency.id(), plan));
        putAs(staffBasic, """
                {"approach": "QUANTITATIVE", "resourceSupport": "Aplikasi pencatatan", "accountability": "Laporan bulanan",
                 "consequences": "Teguran", "version": %d}
                """.formatted(version), BASE + "/plans/{id}", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resourceSupport").value("Aplikasi pencatatan"))
                .andExpect(jsonPath("$.version").value(version + 1));
        putAs(headBasic, "{\"special\": \"Mengikuti pelatihan analisis data\"}",
                BASE + "/plans/{id}/behaviours/KOMPETEN", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.behaviours[?(@.value == 'KOMPETEN')].special").value(hasItem("Mengikuti pelatihan analisis data")));
        getAs(staffBasic, BASE + "/plans/{id}/readiness", agency.id(), plan)
                .andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.problems", hasSize(0)));
        postAs(staffBasic, BASE + "/plans/{id}/submit", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedAt").exists());

        // the appraiser approves as themselves
        getAs(headBasic, BASE + "/periods/{p}/plans?status=SUBMITTED&appraiserId={h}", agency.id(), period, head.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.contains((int) plan)));
        postAs(headBasic, BASE + "/plans/{id}/approve", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        getAs(staffBasic, BASE + "/plans/{id}", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedAt").exists())
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].kind").value("UTAMA"))
                .andExpect(jsonPath("$.results[0].parentResultId").value(headResult))
                .andExpect(jsonPath("$.results[0].indicators[0].aspect").value("KUANTITAS"))
                .andExpect(jsonPath("$.results[0].indicators[0].targetValue").value(12))
                .andExpect(jsonPath("$.results[0].actions[1].description").value("Menyusun laporan tahunan"));
        getAs(admin, BASE + "/plans/{id}/history", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("CREATED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$[1].performedBy").value(staff.nip()))
                .andExpect(jsonPath("$[2].performedBy").value(head.nip()));
        getAs(admin, BASE + "/periods/{p}/plans?unitId={u}", agency.id(), period, dinkes.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].employeeName").value(org.hamcrest.Matchers.contains("Maria Tambunan", "Ronald Sitorus")));
        mvc.perform(get(BASE + "/plans/{id}/pdf", agency.id(), plan).header(HttpHeaders.AUTHORIZATION, staffBasic))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("SKP-" + staff.nip() + "-2026.pdf")));

        // a revision with a reason, then a return with a reason
        postAs(staffBasic, "{\"reason\": \"Target disesuaikan\"}", BASE + "/plans/{id}/revise", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1));
        postAs(staffBasic, BASE + "/plans/{id}/submit", agency.id(), plan).andExpect(status().isOk());
        postAs(headBasic, "{\"reason\": \"Tambahkan indikator kualitas\"}", BASE + "/plans/{id}/return", agency.id(), plan)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnedReason").value("Tambahkan indikator kualitas"));
        getAs(headBasic, BASE + "/plans/{id}/history", agency.id(), plan)
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("CREATED", "SUBMITTED", "APPROVED",
                        "REVISION", "SUBMITTED", "RETURNED")))
                .andExpect(jsonPath("$[3].reason").value("Target disesuaikan"));

        // the administrator closes the period: from then on read-only
        postAs(admin, BASE + "/periods/{p}/close", agency.id(), period)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        postAs(staffBasic, resultJson("UTAMA", "Terlambat", null, null), BASE + "/plans/{id}/results", agency.id(), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("period.error.closed"));
    }

    @Test
    void invalidInputIsAnsweredWithEveryProblemInTheCallersLanguage() throws Exception {
        long period = openPeriod();
        postAs(admin, "{\"year\": 1990, \"scheme\": null}", BASE + "/periods", agency.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].code").value(hasItem("validation.range")))
                .andExpect(jsonPath("$.errors[?(@.field == 'scheme')].code").value(hasItem("validation.required")));
        long plan = id(postAs(staffBasic, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period));
        postAs(staffBasic, "{}", BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("employeeId"));
        postAs(staffBasic, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.exists"));

        mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(BASE + "/plans/{id}/results",
                        agency.id(), plan), staffBasic).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": null, \"statement\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].code").value(hasItem("validation.required")))
                .andExpect(jsonPath("$.errors[?(@.field == 'statement')].message").value(hasItem("Required.")));
        long result = id(postAs(staffBasic, resultJson("UTAMA", "Laporan", null, null), BASE + "/plans/{id}/results",
                agency.id(), plan).andExpect(status().isCreated()));
        postAs(staffBasic, """
                {"aspect": "KUALITAS", "name": "Mutu laporan", "targetKind": "TEXT", "targetText": "Lengkap"}
                """, BASE + "/plans/{id}/results/{r}/indicators", agency.id(), plan, result)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.textTargetInQuantitative"));
        postAs(staffBasic, """
                {"aspect": "WAKTU", "name": "Lama", "targetKind": "RANGE", "targetMin": 5, "targetMax": 3}
                """, BASE + "/plans/{id}/results/{r}/indicators", agency.id(), plan, result)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("targetMax"));
        putAs(staffBasic, "{\"actions\": [{\"subPeriod\": 7, \"description\": \"x\"}]}",
                BASE + "/plans/{id}/results/{r}/actions", agency.id(), plan, result)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.subPeriod"));
        putAs(staffBasic, "{\"approach\": \"QUALITATIVE\"}", BASE + "/plans/{id}", agency.id(), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        putAs(staffBasic, "{\"approach\": \"QUALITATIVE\", \"version\": 0}", BASE + "/plans/{id}", agency.id(), plan)
                .andExpect(status().isConflict());
        postAs(staffBasic, BASE + "/plans/{id}/submit", agency.id(), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("plan.error.noIndicator")));
        postAs(headBasic, BASE + "/plans/{id}/approve", agency.id(), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("plan.error.notSubmitted"));
        postAs(headBasic, "{}", BASE + "/plans/{id}/return", agency.id(), plan)
                .andExpect(status().isUnprocessableContent());
        postAs(staffBasic, "{\"kind\": \"SIDE\"}", BASE + "/plans/{id}/results", agency.id(), plan)
                .andExpect(status().isBadRequest());
        putAs(headBasic, "{\"special\": \"x\"}", BASE + "/plans/{id}/behaviours/SOPAN", agency.id(), plan)
                .andExpect(status().isBadRequest());
        // a result of this plan under another plan's address is not found
        long otherPlan = id(postAs(colleagueBasic, "{\"employeeId\": " + colleague.id() + "}", BASE + "/periods/{p}/plans",
                agency.id(), period));
        putAs(headBasic, resultJson("UTAMA", "x", null, null), BASE + "/plans/{id}/results/{r}", agency.id(), otherPlan, result)
                .andExpect(status().isNotFound());
    }

    @Test
    void aColleagueCanNeitherReadNorChangeAnotherPlan() throws Exception {
        long period = openPeriod();
        long plan = id(postAs(staffBasic, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period));
        long result = id(postAs(staffBasic, resultJson("UTAMA", "Laporan surveilans", null, null), BASE + "/plans/{id}/results",
                agency.id(), plan));
        long indicator = id(postAs(staffBasic, numberIndicatorJson("KUANTITAS", "Jumlah laporan", "12", "laporan"),
                BASE + "/plans/{id}/results/{r}/indicators", agency.id(), plan, result));
        String before = getAs(staffBasic, BASE + "/plans/{id}", agency.id(), plan).andReturn().getResponse().getContentAsString();

        List<ResultActions> attempts = List.of(
                getAs(colleagueBasic, BASE + "/plans/{id}", agency.id(), plan),
                getAs(colleagueBasic, BASE + "/plans/{id}/history", agency.id(), plan),
                getAs(colleagueBasic, BASE + "/plans/{id}/candidates", agency.id(), plan),
                getAs(colleagueBasic, BASE + "/plans/{id}/readiness", agency.id(), plan),
                getAs(colleagueBasic, BASE + "/plans/{id}/results/{r}", agency.id(), plan, result),
                mvc.perform(get(BASE + "/plans/{id}/pdf", agency.id(), plan).header(HttpHeaders.AUTHORIZATION, colleagueBasic)
                        .accept(MediaType.APPLICATION_PDF)),
                putAs(colleagueBasic, "{\"approach\": \"QUANTITATIVE\", \"version\": 99}", BASE + "/plans/{id}", agency.id(), plan),
                postAs(colleagueBasic, resultJson("UTAMA", "Sisipan", null, null), BASE + "/plans/{id}/results", agency.id(), plan),
                putAs(colleagueBasic, resultJson("UTAMA", "Diubah", null, null), BASE + "/plans/{id}/results/{r}", agency.id(), plan, result),
                deleteAs(colleagueBasic, BASE + "/plans/{id}/results/{r}", agency.id(), plan, result),
                postAs(colleagueBasic, numberIndicatorJson("KUANTITAS", "x", "1", null),
                        BASE + "/plans/{id}/results/{r}/indicators", agency.id(), plan, result),
                putAs(colleagueBasic, numberIndicatorJson("KUANTITAS", "x", "1", null),
                        BASE + "/plans/{id}/results/{r}/indicators/{i}", agency.id(), plan, result, indicator),
                deleteAs(colleagueBasic, BASE + "/plans/{id}/results/{r}/indicators/{i}", agency.id(), plan, result, indicator),
                putAs(colleagueBasic, "{\"actions\": [{\"subPeriod\": 1, \"description\": \"x\"}]}",
                        BASE + "/plans/{id}/results/{r}/actions", agency.id(), plan, result),
                putAs(colleagueBasic, "{\"special\": \"x\"}", BASE + "/plans/{id}/behaviours/LOYAL", agency.id(), plan),
                postAs(colleagueBasic, BASE + "/plans/{id}/submit", agency.id(), plan),
                postAs(colleagueBasic, "{\"reason\": \"x\"}", BASE + "/plans/{id}/revise", agency.id(), plan),
                postAs(colleagueBasic, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period));
        for (ResultActions attempt : attempts) {
            var response = attempt.andReturn().getResponse();
            assertThat(response.getStatus()).as(attempt.andReturn().getRequest().getMethod() + " "
                    + attempt.andReturn().getRequest().getRequestURI()).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("Laporan surveilans", "Jumlah laporan");
        }
        // the colleague's list shows only their own plans
        getAs(colleagueBasic, BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(getAs(staffBasic, BASE + "/plans/{id}", agency.id(), plan).andReturn().getResponse().getContentAsString())
                .isEqualTo(before);
    }

    @Test
    void workflowStepsNeedAPersonNotAToken() throws Exception {
        long period = openPeriod();
        long plan = id(postAs(admin, "{\"employeeId\": " + staff.id() + "}", BASE + "/periods/{p}/plans", agency.id(), period)
                .andExpect(status().isCreated()));
        getAs(admin, BASE + "/plans/{id}", agency.id(), plan).andExpect(status().isOk());
        postAs(admin, resultJson("UTAMA", "Laporan", null, null), BASE + "/plans/{id}/results", agency.id(), plan)
                .andExpect(status().isForbidden());
        postAs(admin, BASE + "/plans/{id}/submit", agency.id(), plan).andExpect(status().isForbidden());
        postAs(admin, "{\"reason\": \"x\"}", BASE + "/plans/{id}/revise", agency.id(), plan).andExpect(status().isForbidden());
    }

    @Test
    void basicAuthenticationUsesTheAccountsPasswordAndLockout() throws Exception {
        long period = openPeriod();
        getAs(basic(staff.nip(), "salah-sekali-1"), BASE + "/periods/{p}", agency.id(), period)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")));
        getAs(basic("199001012015011999", TestPassword.ANY), BASE + "/periods/{p}", agency.id(), period)
                .andExpect(status().isUnauthorized());
        // the NIP may be written in its groups, as on the sign-in page
        getAs(basic(staff.nipFormatted(), id.capaian.support.TestData.PASSWORD), BASE + "/periods/{p}", agency.id(), period)
                .andExpect(status().isOk());
        // five wrong passwords lock the account, on the API as on the sign-in page
        for (int i = 0; i < AccountManagement.MAX_FAILED_ATTEMPTS; i++) {
            getAs(basic(colleague.nip(), "salah-sekali-" + i), BASE + "/periods", agency.id()).andExpect(status().isUnauthorized());
        }
        getAs(colleagueBasic, BASE + "/periods", agency.id()).andExpect(status().isUnauthorized());
        // a temporary password must first be changed on the web
        Employee newcomer = data.employee(agency, dinkes, null, head, "Pegawai Baru");
        TemporaryPassword temporary = accounts.createForEmployee(Actor.system(), agency.id(), newcomer.id(),
                java.util.Set.of(Role.EMPLOYEE));
        getAs(basic(newcomer.nip(), temporary.password()), BASE + "/periods", agency.id())
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("kata sandi sementara")));
        // bearer tokens keep working next to Basic
        getAs(admin, BASE + "/periods", agency.id()).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionHasThePlanningEndpointsAndBothWaysToAuthenticate() throws Exception {
        var docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerToken").exists())
                .andExpect(jsonPath("$.security[1].basicAuth").exists())
                .andExpect(jsonPath("$.info.description", containsString("HTTP Basic")))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/periods'].post.operationId").value("openPeriod"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/periods/{periodId}/plans'].get.tags[0]").value("Plans"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}'].get.responses['200']"
                        + ".content['application/json'].schema['$ref']").value(containsString("PlanResponse")))
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}'].put.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}/submit'].post.security[1].basicAuth").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}/results/{resultId}/indicators'].post"
                        + ".responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/plans/{planId}/pdf'].get.responses['200']"
                        + ".content['application/pdf']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}/agreements/{agreementId}/sign'].post.tags[0]")
                        .value("Agreements"))
                .andExpect(jsonPath("$.components.schemas.PlannedResultRequest").exists())
                .andExpect(jsonPath("$.components.schemas.PlanPageResponse").exists());
        assertThat(docs.andReturn().getResponse().getContentAsString()).doesNotContain("\"actor\"");
    }

    /** A password no account has. */
    private static final class TestPassword {
        static final String ANY = "TidakAda12345";
    }
}
