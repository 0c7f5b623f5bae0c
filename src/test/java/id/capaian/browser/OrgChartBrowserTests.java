package id.capaian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A person signs in with NIP and password in a real Chromium, on a phone-sized screen, and opens the org chart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class OrgChartBrowserTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired UnitManagement units;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInAndOpensTheOrgChartOnA360PixelPhone() throws Exception {
        Agency agency = data.agency();
        Unit dinkes = data.unit(agency, null, "Dinas Kesehatan");
        Unit puskesmas = data.unit(agency, dinkes.id(), "UPTD Puskesmas Kesatria");
        Employee head = data.employee(agency, dinkes, data.position(agency, PositionKind.JPT, "Kepala Dinas Kesehatan"),
                null, "Ronald Sitorus");
        data.employee(agency, puskesmas, data.position(agency, PositionKind.FUNGSIONAL, "Dokter"), head, "Maria Tambunan");
        UnitForm f = UnitForm.of(dinkes);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), dinkes.id(), f);
        data.account(head, Role.EMPLOYEE, Role.AGENCY_ADMIN);

        browser = Browser.start(360, 780);
        String base = "http://localhost:" + port;
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk ke Capaian");

        browser.findElement(By.id("nip")).sendKeys(head.nip());
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the login page's heading may still be there for a moment: wait for the next page before reading it
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ronald Sitorus");

        browser.get(base + "/agencies/" + agency.id() + "/org-chart");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Struktur Organisasi");
        WebElement root = browser.findElement(By.cssSelector("#org-chart details"));
        assertThat(root.getText()).contains("Dinas Kesehatan", "Ronald Sitorus", "2 pegawai");
        assertThat(root.getDomAttribute("open")).isNotNull();
        WebElement child = browser.findElement(By.xpath("//*[contains(@class,'unit-name') and text()='UPTD Puskesmas Kesatria']"));
        assertThat(child.isDisplayed()).isTrue();

        // keyboard: the unit summary takes focus and closes with Enter
        WebElement summary = root.findElement(By.tagName("summary"));
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(root.getDomAttribute("open")).isNull();
        assertThat(child.isDisplayed()).isFalse();

        // nothing is wider than the phone
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(360L);

        Path shot = Path.of("target", "screenshots");
        Files.createDirectories(shot);
        Files.write(shot.resolve("org-chart-360.png"), browser.getScreenshotAs(OutputType.BYTES));

        // switch to English and back
        browser.findElement(By.cssSelector("button.navbar-toggler")).click();
        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Org chart");
    }
}
