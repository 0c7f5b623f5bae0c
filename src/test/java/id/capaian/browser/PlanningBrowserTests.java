package id.capaian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a 360 px phone: an employee creates their SKP, adds an RHK that contributes to the superior's RHK and an
 * indicator (both without a page reload), submits; the appraiser approves; the employee sees it set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class PlanningBrowserTests {

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
    void anEmployeePlansOnAPhoneAndTheAppraiserApproves() throws Exception {
        Agency agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        Employee head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"),
                null, "Ronald Sitorus");
        Employee staff = data.employee(agency, dinkes, data.position(agency, PositionKind.FUNGSIONAL, "Epidemiolog Kesehatan"),
                head, "Maria Tambunan");
        UnitForm f = UnitForm.of(dinkes);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), dinkes.id(), f);
        data.account(head, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        data.account(staff);
        Actor headActor = (Actor) users.loadUserByUsername(head.nip());
        var period = periods.open(headActor, agency.id(), new PeriodForm(2026, SubPeriodScheme.MONTHLY, null));
        Plan headPlan = plans.create(headActor, agency.id(), period.id(), head.id());
        PlannedResult parent = plans.addResult(headActor, agency.id(), headPlan.id(), new ResultForm(ResultKind.UTAMA,
                "Meningkatnya cakupan imunisasi dasar lengkap di seluruh puskesmas Kota", null, null));

        browser = Browser.start(360, 780);
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        // the employee: sign in, my SKP, create it
        signIn(base, staff);
        browser.get(base + "/plans/mine");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SKP Saya");
        click(By.id("create-plan"));
        wait.until(ExpectedConditions.urlMatches("/agencies/\\d+/plans/\\d+$"));
        String planUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SKP 2026");
        assertThat(browser.findElement(By.id("submit-plan")).isEnabled()).isFalse();

        // an RHK contributing to the superior's RHK: added in place by htmx
        browser.findElement(By.id("result-new-UTAMA-statement")).sendKeys("Tersusunnya laporan surveilans imunisasi tiap bulan");
        Select link = new Select(browser.findElement(By.id("result-new-UTAMA-link")));
        link.selectByValue("r:" + parent.id());
        click(By.cssSelector("#section-UTAMA form button[type=submit]"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-UTAMA li.rhk")));
        assertThat(card.getText()).contains("Tersusunnya laporan surveilans imunisasi tiap bulan",
                "Mengintervensi RHK atasan", parent.statement());
        assertThat(browser.getCurrentUrl()).isEqualTo(planUrl);
        long resultId = Long.parseLong(card.getDomAttribute("id").substring("result-".length()));

        // an indicator: the add form is open because the RHK has none; a missing name is told in place
        String t = "iki-new-" + resultId;
        click(By.cssSelector("#result-" + resultId + " form.iki-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(t + "-name-error"), "Wajib diisi."));
        // htmx moves the focus to the problems (autofocus) when the swap settles, a moment after the text is in
        wait.until(d -> "form-errors".equals(browser.executeScript("return document.activeElement.id")));
        screenshot("plan-error-360.png");
        assertThat(browser.getCurrentUrl()).isEqualTo(planUrl);
        browser.findElement(By.id(t + "-name")).sendKeys("Jumlah laporan surveilans");
        assertThat(browser.findElement(By.id(t + "-targetMin")).isDisplayed()).as("range fields hidden for a number").isFalse();
        browser.findElement(By.id(t + "-targetValue")).sendKeys("12");
        browser.findElement(By.id(t + "-targetUnit")).sendKeys("laporan");
        click(By.cssSelector("#result-" + resultId + " form.iki-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-" + resultId), "12 laporan"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-plan")));
        assertThat(browser.findElement(By.id("plan-live")).getText()).contains("Perubahan tersimpan.");

        // nothing is wider than the phone
        assertNarrow();
        screenshot("plan-draft-360.png");

        click(By.id("submit-plan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan-summary .badge"), "Diajukan"));
        assertThat(plans.forEmployee(Actor.system(), agency.id(), period.id(), staff.id()).orElseThrow().status())
                .isEqualTo(PlanStatus.SUBMITTED);

        // the appraiser, in a new session: the inbox, then approve
        browser.manage().deleteAllCookies();
        signIn(base, head);
        browser.get(base + "/plans/approvals");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Persetujuan SKP 2026");
        assertThat(browser.findElement(By.id("waiting-title")).getText()).isEqualTo("Menunggu persetujuan Anda (1)");
        assertNarrow();
        screenshot("approvals-360.png");
        click(By.linkText("Periksa"));
        wait.until(ExpectedConditions.urlToBe(planUrl));
        assertThat(browser.findElement(By.id("decide")).getText()).contains("Tetapkan SKP", "Kembalikan untuk diperbaiki");
        assertNarrow();
        screenshot("plan-review-360.png");
        click(By.id("approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan-summary .badge"), "Ditetapkan"));

        // the same appraiser heads the unit: its performance agreement and the periods fit the phone too
        browser.get(base + "/agencies/" + agency.id() + "/periods/" + period.id() + "/agreements/units/" + dinkes.id());
        browser.findElement(By.id("iku-new-goal")).sendKeys("Meningkatnya derajat kesehatan masyarakat");
        browser.findElement(By.id("iku-new-name")).sendKeys("Cakupan imunisasi dasar lengkap");
        browser.findElement(By.id("iku-new-targetValue")).sendKeys("95");
        browser.findElement(By.id("iku-new-targetUnit")).sendKeys("%");
        click(By.cssSelector("#agreement details form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("iku-list"), "95 %"));
        assertNarrow();
        screenshot("agreement-360.png");
        for (String page : new String[] {"/agencies/" + agency.id() + "/periods", "/agencies/" + agency.id() + "/agreements",
                "/agencies/" + agency.id() + "/plans", "/"}) {
            browser.get(base + page);
            assertNarrow();
        }
        assertThat(browser.findElement(By.id("home-my-plan")).getText()).contains("SKP Saya");
        browser.get(base + "/agencies/" + agency.id() + "/plans");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Maria Tambunan", "Ditetapkan");
        screenshot("plans-360.png");

        // the employee sees it set
        browser.manage().deleteAllCookies();
        signIn(base, staff);
        browser.get(base + "/plans/mine");
        wait.until(ExpectedConditions.urlToBe(planUrl));
        assertThat(browser.findElement(By.cssSelector("#plan-summary .badge")).getText()).isEqualTo("Ditetapkan");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Ditetapkan oleh pejabat penilai");
        assertNarrow();
        screenshot("plan-approved-360.png");
    }

    /** Nothing is wider than the phone. */
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

    /** The whole page, top to bottom, at the phone's width. */
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
