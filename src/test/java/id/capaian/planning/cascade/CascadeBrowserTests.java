package id.capaian.planning.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.benchmark.PlanningDataset;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator of a city of 2,000 employees opens the cascade in a real Chromium, drills into the largest OPD
 * (loaded into the page by htmx, the address of the page unchanged) and from there into a sub-unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class CascadeBrowserTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmployeeManagement employees;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drillsDownFromTheAgencyIntoAUnitWithoutLeavingThePage() throws Exception {
        PlanningDataset.Result d = PlanningDataset.generate(jdbc, 2_000, LocalDate.now().getYear());
        Employee admin = employees.get(Actor.system(), d.agencyId(), d.adminEmployeeId());
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);

        browser = start(1280, 900);
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("nip")).sendKeys(admin.nip());
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        String overview = base + "/agencies/" + d.agencyId() + "/periods/" + d.periodId() + "/cascade";
        browser.get(overview);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Cascade Kinerja");
        assertThat(browser.findElement(By.id("cascade-totals")).getText()).contains("pegawai", "RHK utama tanpa induk");
        assertThat(browser.findElements(By.cssSelector("#cascade-table tbody tr"))).hasSize(d.units());
        screenshot("cascade-overview.png");

        browser.findElement(By.linkText(d.largestOpdName())).click();
        WebElement detail = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cascade-detail #cascade-unit")));
        assertThat(browser.getCurrentUrl()).isEqualTo(overview);
        assertThat(detail.findElement(By.tagName("h2")).getText()).isEqualTo(d.largestOpdName());
        assertThat(detail.findElements(By.cssSelector("#cascade-iku > li"))).hasSize(3);
        screenshot("cascade-unit.png");

        // a sub-unit replaces the detail in place
        WebElement firstSubUnit = detail.findElement(By.cssSelector("table a"));
        String subUnit = firstSubUnit.getText();
        firstSubUnit.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector("#cascade-unit h2"), subUnit));
        assertThat(browser.findElements(By.id("cascade-unit"))).hasSize(1);

        // the indicator library and its assignment form, as the administrator sees them
        browser.get(base + "/agencies/" + d.agencyId() + "/indicator-library?sector=HEALTH");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pustaka Indikator");
        assertThat(browser.findElement(By.id("library-table")).getText()).contains("Jumlah kunjungan pasien yang dilayani");
        screenshot("library.png");
        browser.findElement(By.linkText("Terapkan ke Unit/Jabatan")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terapkan Template ke Unit atau Jabatan");
        screenshot("library-apply.png");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Headless Debian Chromium with its chromedriver, as {@code id.capaian.browser.Browser} starts it. */
    private static ChromeDriver start(int width, int height) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "/usr/bin/chromium-browser");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createTempDirectory("capaian-chromium"),
                "--window-size=" + width + "," + height, "--lang=id");
        String driver = Files.isExecutable(Path.of("/usr/bin/chromedriver")) ? "/usr/bin/chromedriver" : "/usr/lib/chromium/chromedriver";
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return browser;
    }
}
