package id.capaian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a 360 px phone the appraiser opens the annual evaluation sheet from the worklist, rates every RHK and value,
 * sees the matrix mark the predikat as the overall ratings are chosen, is told in place that a rating above the
 * suggestion needs a reason, writes it, and sees the predikat; the employee then reads the same sheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class EvaluationBrowserTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAppraiserRatesTheYearOnAPhoneAndSeesThePredikat() throws Exception {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        Employee head = data.employee(agency, unit, data.position(agency, PositionKind.JPT, "Kepala Dinas"), null, "Yohana Simanjuntak");
        Employee staff = data.employee(agency, unit, data.position(agency, PositionKind.PELAKSANA, "Analis Perizinan Berusaha"),
                head, "Rudi Hartono Panjaitan");
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
        data.account(head, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(staff);
        Actor headActor = (Actor) users.loadUserByUsername(head.nip());
        Actor staffActor = (Actor) users.loadUserByUsername(staff.nip());
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        var period = periods.open(headActor, agency.id(), new PeriodForm(year, SubPeriodScheme.QUARTERLY, null));
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlannedResult result = plans.addResult(staffActor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Terbitnya perizinan berusaha yang tepat waktu bagi seluruh pemohon yang memenuhi syarat", null, null));
        ResultIndicator permits = plans.addIndicator(staffActor, agency.id(), result.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Izin yang diterbitkan tepat waktu", new BigDecimal("200"), "izin", Direction.HIGHER));
        plans.submit(staffActor, agency.id(), plan.id());
        plans.approve(headActor, agency.id(), plan.id());
        jdbc.sql("""
                INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, recorded_by)
                VALUES (:a, :p, :i, 1, 200, 'test')
                """).param("a", agency.id()).param("p", plan.id()).param("i", permits.id()).update();

        browser = Browser.start(360, 780);
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        // the appraiser: the worklist leads to the annual sheet
        signIn(base, head);
        browser.get(base + "/evaluations");
        wait.until(ExpectedConditions.urlContains("/agencies/" + agency.id() + "/evaluations"));
        assertThat(browser.findElement(By.id("worklist")).getText()).contains("Rudi Hartono Panjaitan");
        assertNarrow();
        click(By.id("cell-" + plan.id() + "-0"));
        wait.until(ExpectedConditions.urlContains("/plans/" + plan.id() + "/evaluation/0"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Evaluasi Tahunan " + year);
        String r = "result-" + result.id();
        assertThat(browser.findElement(By.id(r + "-achievement")).getText()).contains("100,00%");
        assertThat(browser.findElement(By.id(r + "-suggestion")).getText()).contains("Sesuai ekspektasi");
        assertNarrow();

        // every RHK and value as expected; the overall result above expectation: the matrix marks "Baik"
        click(By.id(r + "-SESUAI_EKSPEKTASI"));
        for (BerakhlakValue v : BerakhlakValue.values()) {
            click(By.id("behaviour-" + v.name() + "-SESUAI_EKSPEKTASI"));
        }
        click(By.id("behaviourRating-SESUAI_EKSPEKTASI"));
        click(By.id("resultRating-DIATAS_EKSPEKTASI"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matrix-live"), "Predikat dari pilihan ini: Baik"));
        assertThat(browser.findElement(By.cssSelector("#matrix td.matrix-hit")).getDomAttribute("data-result")).isEqualTo("DIATAS_EKSPEKTASI");
        assertThat(browser.findElement(By.id("resultReason")).getDomProperty("required")).isEqualTo("true");

        // no reason: told next to the field, nothing stored, the choices kept
        click(By.id("rate-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultReason-error")));
        assertThat(browser.findElement(By.id("resultReason-error")).getText())
                .isEqualTo("Penilaian hasil kerja berbeda dari saran sistem: tuliskan alasannya.");
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("Alasan penilaian hasil kerja");
        assertThat(browser.findElement(By.id("resultRating-DIATAS_EKSPEKTASI")).isSelected()).isTrue();
        assertNarrow();
        screenshot("evaluation-error-360.png");

        browser.findElement(By.id("resultReason")).sendKeys("Seluruh izin terbit rata-rata 2 hari lebih cepat dari standar layanan");
        click(By.id("rate-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Baik",
                "hasil kerja Di atas ekspektasi dan perilaku kerja Sesuai ekspektasi menghasilkan Baik");
        assertThat(browser.findElement(By.cssSelector("[role=status].alert-success")).getText()).contains("Evaluasi tahunan tersimpan dengan predikat Baik");
        assertThat(browser.findElement(By.id("sheet-status")).getText()).contains("Sudah dinilai", "Baik");
        assertNarrow();
        screenshot("evaluation-sheet-360.png");

        // the unit's distribution: the leader sets the grade; the spread is drawn and the broken rules named
        browser.get(base + "/agencies/" + agency.id() + "/periods/" + period.id() + "/units/" + unit.id() + "/distribution");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("grade-select"))).selectByValue("BAIK");
        click(By.id("grade-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("curve-verdict")));
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(window.Chart && Chart.getChart('spread-chart'))")));
        assertThat(browser.findElement(By.id("curve-verdict")).getText()).contains("Sebaran belum sesuai kurva");
        assertThat(browser.findElement(By.id("blockers")).getText()).contains("paling banyak 70% Baik");
        assertThat(browser.findElement(By.id("finalise-submit")).isEnabled()).isFalse();
        assertNarrow();
        screenshot("evaluation-distribution-360.png");

        // the employee reads it
        browser.manage().deleteAllCookies();
        signIn(base, staff);
        browser.get(base + "/evaluations/mine");
        assertThat(browser.findElement(By.id("plan-" + plan.id())).getText()).contains("Tahunan", "Baik");
        assertNarrow();
        browser.get(base + "/agencies/" + agency.id() + "/plans/" + plan.id() + "/evaluation/0");
        assertThat(browser.findElement(By.id("resultRating-value")).getText()).contains("Di atas ekspektasi");
        assertThat(browser.findElements(By.id("rate-submit"))).isEmpty();
        assertNarrow();
    }

    private void assertNarrow() {
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("page width of " + browser.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }

    private void click(By by) {
        Browser.click(browser, by);
    }

    private void signIn(String base, Employee who) {
        Browser.signIn(browser, base, who.nip());
    }

    private void screenshot(String name) throws Exception {
        Dimension phone = browser.manage().window().getSize();
        Long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(phone.getWidth(), (int) Math.min(height + 120, 12000)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(phone);
    }
}
