package kz.ecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, for browser tests: the binary and the driver named explicitly (so
 * Selenium Manager never goes to the network), a fresh profile, a window of the given size.
 * Screenshots go to {@code app/target/screenshots}. Skips the test where chromium is not installed,
 * except in CI, which installs it.
 */
public final class Chromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final int MAX_SHOT_HEIGHT = 6000;

  private Chromium() {}

  public static WebDriver start(int width, int height) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "chromium and chromium-driver are not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("ecase-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(width, height));
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    Files.createDirectories(SCREENSHOTS);
    return browser;
  }

  /**
   * Signs in through the sign-in form of a fresh session (no cookies), in the given language, and
   * waits until the browser has left the sign-in page.
   */
  public static void signIn(
      WebDriver browser, int port, String language, String username, String password) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login?lang=" + language);
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    String loginPage = browser.getCurrentUrl();
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> !loginPage.equals(driver.getCurrentUrl()));
  }

  public static void screenshot(WebDriver browser, String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  /**
   * A screenshot of the whole page (up to 6000 px high), not only what the window shows: the window
   * grows to the page's height for the shot and is given its size back after.
   */
  public static void screenshotOfWholePage(WebDriver browser, String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    Object chrome =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [document.documentElement.scrollHeight, window.outerHeight -"
                    + " window.innerHeight, window.scrollY]");
    java.util.List<?> sizes = (java.util.List<?>) chrome;
    int page = ((Number) sizes.get(0)).intValue();
    int frame = ((Number) sizes.get(1)).intValue();
    try {
      int height = Math.min(page, MAX_SHOT_HEIGHT) + frame;
      browser.manage().window().setSize(new Dimension(window.getWidth(), height));
      screenshot(browser, name);
    } finally {
      browser.manage().window().setSize(window);
      ((JavascriptExecutor) browser)
          .executeScript("window.scrollTo(0, arguments[0])", sizes.get(2));
    }
  }

  /** Waits up to 15 s for the condition, looking again at elements the page replaced meanwhile. */
  public static <T> T waitFor(WebDriver browser, ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Waits until the element has left the page (the page that answers a form has replaced it).
   * Selenium's {@code stalenessOf} knows only "stale element reference"; a Chromium caught in the
   * middle of replacing the document answers "Node with given id does not belong to the document"
   * instead, which says the same.
   */
  public static void waitUntilGone(WebDriver browser, WebElement element) {
    waitFor(
        browser,
        ignored -> {
          try {
            element.isEnabled();
            return false;
          } catch (StaleElementReferenceException gone) {
            return true;
          } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return true;
            }
            throw e;
          }
        });
  }

  /** The page shows no message key without its translation (Thymeleaf's {@code ??key??}). */
  public static void assertNoMissingMessages(WebDriver browser) {
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("no message key without a translation")
        .doesNotContain("??");
  }

  /** The page is no wider than the window (a phone scrolls only down). */
  public static void assertNoSidewaysScrolling(WebDriver browser) {
    Object widths =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth + ' > '"
                    + " + document.documentElement.clientWidth");
    String[] sides = widths.toString().split(" > ");
    assertThat(Integer.parseInt(sides[0]))
        .as("the page is no wider than the phone (" + widths + ")")
        .isLessThanOrEqualTo(Integer.parseInt(sides[1]));
  }
}
