package id.capaian.browser;

import id.capaian.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by its chromedriver (installed by .ci/run), never a downloaded browser. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(int width, int height) throws Exception {
        String chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        String driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createTempDirectory("capaian-chromium"),
                "--window-size=" + width + "," + height, "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return browser;
    }

    /** Bootstrap scrolls smoothly; a click waits for the element to stand still in the middle of the screen. */
    static void click(ChromeDriver browser, By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Signs in through the login form with the test password and waits to leave the login page. */
    static void signIn(ChromeDriver browser, String base, String nip) {
        browser.get(base + "/login");
        browser.findElement(By.id("nip")).sendKeys(nip);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        click(browser, By.cssSelector("form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("Chromium and chromedriver are needed for browser tests: apt-get install chromium chromium-driver (looked for "
                + String.join(", ", paths) + ")");
    }
}
