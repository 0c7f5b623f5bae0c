package id.capaian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.evaluation.Predikat;
import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import id.capaian.talent.CareerCandidate;
import id.capaian.talent.CareerManagement;
import id.capaian.talent.CareerProposal;
import id.capaian.talent.PotentialForm;
import id.capaian.talent.PotentialMethod;
import id.capaian.talent.ProposalForm;
import id.capaian.talent.ProposalKind;
import id.capaian.talent.TalentManagement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
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
 * The two talent scripts in a real Chromium: on the 9-box an HR administrator clicks a box (or presses Enter on it)
 * and sees only that box's people, then "show all" brings every list back, while an empty box stays plain; on a
 * ranked proposal, choosing someone other than the first-ranked marks "why not the first" as required, and choosing
 * the first-ranked clears it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
class TalentBrowserTests {

    /** The last closed year: the 9-box period, as in the talent module's own tests. */
    static final int YEAR = LocalDate.now(TalentManagement.JAKARTA).getYear() - 1;

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired PeriodManagement periods;
    @Autowired TalentManagement talent;
    @Autowired CareerManagement careers;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;
    Agency agency;
    Unit seksi;
    Position target;
    Employee admin;
    Employee star;
    Employee highPotential;
    Employee core;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Three people placed in boxes 9, 8 and 5 of the standard numbering (box 7, among others, stays empty). */
    @BeforeEach
    void scenario() {
        agency = data.agency();
        Unit dinas = data.unit(agency, null, "Badan Kepegawaian dan Pengembangan SDM");
        seksi = data.unit(agency, dinas.id(), "Subbidang Evaluasi Kinerja");
        target = data.position(agency, PositionKind.ADMINISTRATOR, "Kepala Bidang Penilaian Kinerja");
        Employee kasi = data.employee(agency, seksi, data.position(agency, PositionKind.PENGAWAS, "Kepala Subbidang"), null,
                "Rina Marpaung");
        Position analyst = data.position(agency, PositionKind.PELAKSANA, "Analis SDM Aparatur");
        star = data.employee(agency, seksi, analyst, kasi, "Yohanes Sitorus");
        highPotential = data.employee(agency, seksi, analyst, kasi, "Dewi Lestari Nasution");
        core = data.employee(agency, seksi, analyst, kasi, "Hotman Simanjuntak");
        admin = data.employee(agency, dinas, null, null, "Theresia Manurung");
        data.account(admin, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        Actor adminActor = (Actor) users.loadUserByUsername(admin.nip());

        long period = periods.open(adminActor, agency.id(), new PeriodForm(YEAR, SubPeriodScheme.QUARTERLY, null)).id();
        // above expectation and potential 85: box 9; as expected and 82: box 8; as expected and 70: box 5
        finalEvaluation(star, period, Predikat.SANGAT_BAIK);
        finalEvaluation(highPotential, period, Predikat.BAIK);
        finalEvaluation(core, period, Predikat.BAIK);
        talent.recordPotential(adminActor, agency.id(), potential(star, "85"));
        talent.recordPotential(adminActor, agency.id(), potential(highPotential, "82"));
        talent.recordPotential(adminActor, agency.id(), potential(core, "70"));
    }

    @Test
    void aClickOrEnterOnABoxShowsOnlyItsPeopleAndShowAllBringsEveryListBack() throws Exception {
        browser = Browser.start(1280, 900);
        String base = "http://localhost:" + port;
        signIn(base, admin);
        browser.get(base + "/agencies/" + agency.id() + "/talent");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("9-box talenta", String.valueOf(YEAR));
        assertThat(browser.findElements(By.cssSelector(".box-list[data-box]"))).extracting(e -> e.getDomAttribute("data-box"))
                .containsExactly("9", "8", "5");
        assertThat(browser.findElement(By.id("list-box-9")).getText()).contains(star.name());
        assertThat(browser.findElement(By.id("list-box-8")).getText()).contains(highPotential.name());
        assertThat(browser.findElement(By.id("list-box-5")).getText()).contains(core.name());

        // the script made every box with people a toggle button; the empty ones stay plain cells
        for (String box : List.of("9", "8", "5")) {
            WebElement cell = browser.findElement(By.id("box-" + box));
            assertThat(cell.getDomAttribute("role")).as("role of box " + box).isEqualTo("button");
            assertThat(cell.getDomAttribute("tabindex")).as("tabindex of box " + box).isEqualTo("0");
            assertThat(cell.getDomAttribute("aria-pressed")).as("aria-pressed of box " + box).isEqualTo("false");
        }
        WebElement empty = browser.findElement(By.id("box-7"));
        assertThat(empty.getDomAttribute("data-count")).isEqualTo("0");
        assertThat(empty.getDomAttribute("role")).isNull();
        assertThat(empty.getDomAttribute("tabindex")).isNull();
        assertThat(empty.getDomAttribute("aria-pressed")).isNull();
        assertAllListsShown();

        // a click on the empty box changes nothing
        click(By.cssSelector("#box-7 .fw-bold"));
        assertAllListsShown();

        // a click on box 9 shows only its list and marks only that box pressed
        click(By.cssSelector("#box-9 .fw-bold"));
        assertOnlyListShown("9");

        // "show all" brings every list back and nothing stays pressed
        click(By.id("show-all-boxes"));
        assertAllListsShown();
        assertThat(browser.findElements(By.cssSelector("#nine-box td[data-box]"))).hasSize(9)
                .allSatisfy(td -> assertThat(td.getDomAttribute("aria-pressed")).as("aria-pressed of box " + td.getDomAttribute("data-box"))
                        .isEqualTo("false"));

        // Enter on a focused box does what a click does
        WebElement box5 = browser.findElement(By.id("box-5"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus()", box5);
        assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("box-5");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertOnlyListShown("5");

        // another box replaces the filter rather than adding to it
        click(By.cssSelector("#box-8 .fw-bold"));
        assertOnlyListShown("8");
        click(By.id("show-all-boxes"));
        assertAllListsShown();
    }

    @Test
    void choosingSomeoneOtherThanTheFirstRankedMakesWhyNotTheFirstRequired() throws Exception {
        Actor adminActor = (Actor) users.loadUserByUsername(admin.nip());
        CareerProposal p = careers.create(adminActor, agency.id(), new ProposalForm(ProposalKind.PROMOTION, target.id(),
                seksi.id(), "Promosi Kepala Bidang Penilaian Kinerja"));
        for (Employee e : List.of(core, star, highPotential)) {
            careers.addCandidate(adminActor, agency.id(), p.id(), e.nip());
        }
        CareerProposal ranked = careers.rank(adminActor, agency.id(), p.id());
        assertThat(ranked.top().employeeId()).isEqualTo(star.id());
        long second = ranked.candidates().stream().filter(c -> c.rank() == 2).map(CareerCandidate::employeeId)
                .findFirst().orElseThrow();
        long third = ranked.candidates().stream().filter(c -> c.rank() == 3).map(CareerCandidate::employeeId)
                .findFirst().orElseThrow();

        browser = Browser.start(1280, 900);
        String base = "http://localhost:" + port;
        signIn(base, admin);
        browser.get(base + "/agencies/" + agency.id() + "/talent/proposals/" + p.id());
        assertThat(browser.findElement(By.id("chosen-" + star.id())).getDomAttribute("data-rank")).isEqualTo("1");
        assertThat(browser.findElement(By.id("chosen-" + second)).getDomAttribute("data-rank")).isEqualTo("2");
        // the first-ranked comes chosen: the reason why not the first is not asked for
        assertThat(browser.findElement(By.id("chosen-" + star.id())).isSelected()).isTrue();
        assertWhyNotTopRequired(false);

        click(By.id("chosen-" + second));
        assertWhyNotTopRequired(true);

        click(By.id("chosen-" + star.id()));
        assertWhyNotTopRequired(false);

        click(By.id("chosen-" + third));
        assertWhyNotTopRequired(true);

        click(By.id("chosen-" + star.id()));
        assertWhyNotTopRequired(false);

        // sent without the reason why not the first: the form comes back with that choice, and the field is marked at once
        click(By.id("chosen-" + second));
        browser.findElement(By.id("reason")).sendKeys("Lebih lama di bidang penilaian");
        click(By.cssSelector("#decision button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("decision-errors")));
        assertThat(browser.findElement(By.id("decision")).getText()).contains("tuliskan mengapa bukan " + star.name());
        assertThat(browser.findElement(By.id("chosen-" + second)).isSelected()).isTrue();
        assertWhyNotTopRequired(true);
    }

    private void assertWhyNotTopRequired(boolean required) {
        WebElement field = browser.findElement(By.id("whyNotTop"));
        assertThat(field.getDomProperty("required")).as("whyNotTop required").isEqualTo(String.valueOf(required));
        assertThat(field.getDomAttribute("aria-required")).as("whyNotTop aria-required").isEqualTo(String.valueOf(required));
        String classes = browser.findElement(By.id("why-not-top")).getDomAttribute("class");
        if (required) {
            assertThat(classes).as("the highlighted field").contains("border-warning");
        } else {
            assertThat(classes).as("the plain field").doesNotContain("border-warning");
        }
    }

    private void assertOnlyListShown(String box) {
        for (WebElement list : browser.findElements(By.cssSelector(".box-list[data-box]"))) {
            String b = list.getDomAttribute("data-box");
            assertThat(list.isDisplayed()).as("list of box " + b + " shown while box " + box + " is picked").isEqualTo(b.equals(box));
        }
        for (WebElement td : browser.findElements(By.cssSelector("#nine-box td[data-box]"))) {
            String b = td.getDomAttribute("data-box");
            assertThat(td.getDomAttribute("aria-pressed")).as("aria-pressed of box " + b + " while box " + box + " is picked")
                    .isEqualTo(String.valueOf(b.equals(box)));
        }
        assertThat(browser.findElement(By.id("show-all-boxes")).isDisplayed()).as("show all").isTrue();
    }

    private void assertAllListsShown() {
        List<WebElement> lists = browser.findElements(By.cssSelector(".box-list[data-box]"));
        assertThat(lists).hasSize(3).allSatisfy(l -> assertThat(l.isDisplayed()).as("list of box " + l.getDomAttribute("data-box"))
                .isTrue());
        assertThat(browser.findElement(By.id("show-all-boxes")).isDisplayed()).as("show all").isFalse();
    }

    private PotentialForm potential(Employee e, String score) {
        return new PotentialForm(e.nip(), new BigDecimal(score), PotentialMethod.ASSESSMENT_CENTER, LocalDate.of(YEAR, 11, 20),
                "UPT Penilaian Kompetensi", null);
    }

    /**
     * A final annual evaluation with this predikat, written straight into the tables (with its approved plan) as the
     * talent module's own tests do: the talent module only reads them.
     */
    private void finalEvaluation(Employee e, long period, Predikat predikat) {
        long plan = jdbc.sql("""
                INSERT INTO performance_plan (agency_id, period_id, employee_id, unit_id, position_id, appraiser_id, status)
                VALUES (:a, :p, :e, :u, :pos, :ap, 'APPROVED') RETURNING id
                """).param("a", agency.id()).param("p", period).param("e", e.id()).param("u", e.unitId())
                .param("pos", e.positionId()).param("ap", e.appraiserId()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO evaluation (agency_id, period_id, plan_id, employee_id, appraiser_id, unit_id, kind, sub_period,
                                        predikat, final_predikat, status, finalised_at)
                VALUES (:a, :p, :plan, :e, :ap, :u, 'ANNUAL', 0, :pr, :pr, 'FINAL', now())
                """).param("a", agency.id()).param("p", period).param("plan", plan).param("e", e.id())
                .param("ap", e.appraiserId()).param("u", e.unitId()).param("pr", predikat.name()).update();
    }

    private void click(By by) {
        Browser.click(browser, by);
    }

    private void signIn(String base, Employee who) {
        Browser.signIn(browser, base, who.nip());
    }
}
