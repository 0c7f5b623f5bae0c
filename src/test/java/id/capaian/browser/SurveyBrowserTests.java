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
import id.capaian.survey.CitizenFeedback;
import id.capaian.survey.IkmFigures;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.IkmPeriod;
import id.capaian.survey.ResponseManagement;
import id.capaian.survey.Survey;
import id.capaian.survey.SurveyManagement;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen on a 360 px phone opens a Puskesmas' public survey without signing in, answers the nine questions, leaves
 * a suggestion and a compliment for the nurse, sends it and is thanked; the answer counts in the IKM and the
 * compliment reaches the nurse's appraiser. The page carries no script and needs none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class SurveyBrowserTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired SurveyManagement surveys;
    @Autowired ResponseManagement responses;
    @Autowired IkmManagement ikm;
    @Autowired UserDetailsService users;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenAnswersTheSurveyOnACheapPhone() throws Exception {
        Agency agency = data.agency();
        Unit unit = data.unit(agency, null, "UPTD Puskesmas Kesatria");
        Employee head = data.employee(agency, unit, data.position(agency, PositionKind.PENGAWAS, "Kepala Puskesmas"), null,
                "dr. Siti Aminah");
        Employee nurse = data.employee(agency, unit, data.position(agency, PositionKind.PELAKSANA, "Perawat"), head, "Maria Tambunan");
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), agency.id(), unit.id(), f);
        data.account(head);
        Employee adminE = data.employee(agency, unit, null, head, "Admin");
        data.account(adminE, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor admin = (Actor) users.loadUserByUsername(adminE.nip());
        Actor kapus = (Actor) users.loadUserByUsername(head.nip());
        Survey survey = surveys.enable(admin, agency.id(), unit.id());
        surveys.addService(admin, agency.id(), survey.id(), "Poli umum");
        var kia = surveys.addService(admin, agency.id(), survey.id(), "Kesehatan ibu dan anak");

        browser = Browser.start(360, 780);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String url = "http://localhost:" + port + "/public/survey/" + survey.token();
        browser.get(url);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Survei Kepuasan Masyarakat");
        assertThat(browser.findElement(By.cssSelector(".unit")).getText()).isEqualTo("UPTD Puskesmas Kesatria");
        // plain HTML: no script at all, one small stylesheet, no cookie of a session
        assertThat((Long) browser.executeScript("return document.scripts.length")).isZero();
        assertThat((Long) browser.executeScript("return document.styleSheets.length")).isEqualTo(1L);
        assertThat(browser.manage().getCookies()).noneMatch(c -> c.getName().startsWith("SESSION"));
        assertNarrow();

        new Select(browser.findElement(By.id("serviceId"))).selectByVisibleText("Kesehatan ibu dan anak");
        int[] answers = {4, 3, 4, 4, 3, 4, 4, 3, 3};
        for (int i = 0; i < answers.length; i++) {
            // the whole row is the tap target: click its text, not the small circle
            click(By.cssSelector("label.choice:has(#u" + (i + 1) + "-" + answers[i] + ")"));
            assertThat(browser.findElement(By.id("u" + (i + 1) + "-" + answers[i])).isSelected()).isTrue();
        }
        assertThat(browser.findElement(By.cssSelector("#q-u4")).getText()).contains("Sangat mahal", "Cukup mahal", "Murah", "Gratis");
        new Select(browser.findElement(By.id("ageBand"))).selectByVisibleText("30-39 tahun");
        new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Perempuan");
        browser.findElement(By.id("suggestion")).sendKeys("Ruang tunggu KIA perlu kursi tambahan");
        click(By.cssSelector("#officer > summary"));
        new Select(browser.findElement(By.id("officerId"))).selectByVisibleText("Maria Tambunan");
        click(By.cssSelector("label.choice:has(#officerKind-COMPLIMENT)"));
        browser.findElement(By.id("officerText")).sendKeys("Bidan Maria sabar menjelaskan jadwal imunisasi");
        // the honeypot is out of sight and out of the tab order
        WebElement trap = browser.findElement(By.id("website"));
        assertThat(trap.isDisplayed()).isFalse();
        assertThat(trap.getDomAttribute("tabindex")).isEqualTo("-1");
        assertNarrow();
        screenshot("survey-form-360.png");

        click(By.id("submit"));
        wait.until(ExpectedConditions.urlToBe(url + "/thanks"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terima kasih");
        assertThat(browser.findElement(By.cssSelector(".ok")).getText()).contains("UPTD Puskesmas Kesatria");
        assertNarrow();
        screenshot("survey-thanks-360.png");

        IkmFigures figures = ikm.figures(admin, agency.id(), survey.id(),
                IkmPeriod.containing(IkmPeriod.Kind.QUARTER, LocalDate.now(ZoneId.of("Asia/Jakarta"))));
        assertThat(figures.ikm().respondents()).isEqualTo(1);
        // 32 points: 25 x 32 / 9 = 88.89
        assertThat(figures.ikm().index()).isEqualByComparingTo("88.89");
        assertThat(figures.services()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo(kia.name()));
        assertThat(figures.suggestions()).containsExactly("Ruang tunggu KIA perlu kursi tambahan");
        assertThat(responses.citizenFeedback(kapus, agency.id()).aboutMyTeam()).extracting(CitizenFeedback::text)
                .containsExactly("Bidan Maria sabar menjelaskan jadwal imunisasi");

        // in English, on the same phone
        browser.get(url + "?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Public Satisfaction Survey");
        assertThat(browser.findElement(By.cssSelector("#q-u3")).getText()).contains("How quick was the service?", "Very quick");
        assertNarrow();
    }

    private void assertNarrow() {
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("page width of " + browser.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void screenshot(String name) throws Exception {
        Dimension phone = browser.manage().window().getSize();
        Long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(phone.getWidth(), (int) Math.min(height + 120, 12000)));
        // next to the test classes: under this build's own directory (-Dbuild.dir)
        Path dir = Path.of(SurveyBrowserTests.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(phone);
    }
}
