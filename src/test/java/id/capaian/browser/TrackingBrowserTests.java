package id.capaian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
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
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a 360 px phone: the employee enters a realisation (in place, without a reload) and sees the achievement with
 * how it was computed, gets a typing mistake told in place, attaches a PDF; the appraiser finds it on the team page,
 * marks it reviewed, and opens the dashboard with its charts and table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class TrackingBrowserTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired UserDetailsService users;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEmployeeEntersARealisationOnAPhoneAndTheAppraiserSeesIt() throws Exception {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "Dinas Kependudukan dan Pencatatan Sipil");
        Employee head = data.employee(agency, unit, data.position(agency, PositionKind.JPT, "Kepala Dinas"), null, "Ronald Sitorus");
        Employee staff = data.employee(agency, unit, data.position(agency, PositionKind.PELAKSANA, "Operator Layanan Administrasi Kependudukan"),
                head, "Maria Tambunan");
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
        data.account(head, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(staff);
        Actor headActor = (Actor) users.loadUserByUsername(head.nip());
        Actor staffActor = (Actor) users.loadUserByUsername(staff.nip());
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        var period = periods.open(headActor, agency.id(), new PeriodForm(year, SubPeriodScheme.MONTHLY, null));
        Plan plan = plans.create(staffActor, agency.id(), period.id(), staff.id());
        PlannedResult result = plans.addResult(staffActor, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                "Terlayaninya penerbitan dokumen kependudukan yang cepat dan akurat bagi seluruh warga", null, null));
        ResultIndicator docs = plans.addIndicator(staffActor, agency.id(), result.id(), IndicatorForm.number(Aspect.KUANTITAS,
                "Jumlah dokumen kependudukan yang diterbitkan", new BigDecimal("100"), "dokumen", Direction.HIGHER));
        ResultIndicator days = plans.addIndicator(staffActor, agency.id(), result.id(), IndicatorForm.number(Aspect.WAKTU,
                "Rata-rata waktu penyelesaian", new BigDecimal("2"), "hari", Direction.LOWER));
        plans.submit(staffActor, agency.id(), plan.id());
        plans.approve(headActor, agency.id(), plan.id());

        browser = Browser.start(360, 780);
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        // the employee: "Realisasi" leads to this sub-period's page
        signIn(base, staff);
        browser.get(base + "/realisations/mine");
        wait.until(ExpectedConditions.urlContains("/plans/" + plan.id() + "/realisations"));
        String pageUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Realisasi SKP " + year);
        assertThat(browser.findElement(By.id("window-state")).getText()).isEqualTo("Terbuka");
        assertNarrow();

        // a realisation, saved in place: the achievement and how it was computed
        String v = "value-" + docs.id();
        browser.findElement(By.id(v + "-value")).sendKeys("90");
        browser.findElement(By.id(v + "-note")).sendKeys("Sesuai register harian");
        click(By.id(v + "-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("achievement-" + docs.id()), "90,00%"));
        assertThat(browser.findElement(By.id("achievement-" + docs.id())).getText())
                .contains("Makin tinggi makin baik: realisasi 90 ÷ target 100 × 100%");
        assertThat(browser.findElement(By.id("source-" + docs.id())).getText()).isEqualTo("Diisi pegawai");
        assertThat(browser.findElement(By.id("review-" + docs.id())).getText()).isEqualTo("Menunggu diperiksa");
        assertThat(browser.findElement(By.id("realisation-live")).getText()).contains("Realisasi tersimpan.");
        assertThat(browser.getCurrentUrl()).isEqualTo(pageUrl);

        // a typing mistake is told in place, and focused
        String w = "value-" + days.id();
        browser.findElement(By.id(w + "-value")).sendKeys("dua");
        click(By.id(w + "-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(w + "-value-error"), "Isi dengan angka"));
        // htmx moves the focus to the problems (autofocus) when the swap settles, a moment after the text is in
        wait.until(d -> "form-errors".equals(browser.executeScript("return document.activeElement.id")));
        screenshot("realisation-error-360.png");
        WebElement field = browser.findElement(By.id(w + "-value"));
        field.clear();
        field.sendKeys("2,5");
        click(By.id(w + "-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("achievement-" + days.id()), "75,00%"));
        assertThat(browser.findElement(By.id("rhk-" + result.id() + "-achievement")).getText()).contains("82,50%");

        // evidence: a PDF, uploaded in place
        Path pdf = Files.createTempFile("laporan-", ".pdf");
        pdf.toFile().deleteOnExit();
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        // the folded forms are drawn when unfolded: htmx asks for them then
        click(By.cssSelector("#iki-" + docs.id() + " details summary.btn-outline-secondary"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-" + docs.id() + "-file")))
                .sendKeys(pdf.toString());
        click(By.id("file-" + docs.id() + "-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-" + docs.id() + " a")));
        assertThat(browser.findElement(By.id("evidence-" + docs.id())).getText()).contains(pdf.getFileName().toString());
        assertNarrow();
        screenshot("realisation-360.png");

        // the appraiser: the team page shows who entered what
        browser.manage().deleteAllCookies();
        signIn(base, head);
        browser.get(base + "/agencies/" + agency.id() + "/team");
        WebElement row = browser.findElement(By.id("member-" + staff.id()));
        assertThat(row.getText()).contains("Maria Tambunan", "Ditetapkan", "2 / 2", "82,50%");
        assertThat(browser.findElement(By.id("team-board")).getDomAttribute("hx-trigger")).isEqualTo("every 30s");
        assertNarrow();
        screenshot("team-360.png");
        click(By.linkText("Maria Tambunan"));
        wait.until(ExpectedConditions.urlContains("/plans/" + plan.id() + "/realisations"));
        assertThat(browser.findElement(By.id("achievement-" + docs.id())).getText()).contains("90,00%");
        click(By.id("review-" + docs.id() + "-ok"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-" + docs.id()), "Sudah diperiksa"));
        assertNarrow();
        screenshot("realisation-review-360.png");

        // the dashboard: charts fed by JSON, the same numbers in a table
        browser.get(base + "/agencies/" + agency.id() + "/dashboard");
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!(window.Chart && Chart.getChart('chart-rates') && Chart.getChart('chart-counts'))")));
        assertThat(browser.findElement(By.id("unit-" + unit.id())).getText()).contains("Dinas Kependudukan", "2 / 2", "100,0%", "82,50%");
        assertNarrow();
        screenshot("dashboard-360.png");
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
