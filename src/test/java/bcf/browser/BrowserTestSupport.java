package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bcf.app.AppTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium against the running application, one per test. Without Chromium the test is
 * skipped with the reason, unless {@code BCF_REQUIRE_BROWSER} is set (as {@code .ci/run} sets it),
 * when it fails. Screenshots go to {@code target/screenshots}, the last page of each test included.
 * axe-core checks every page the test visits (each {@code get}, each page a click leads to, and the
 * last page): the test fails with any violation of any impact, naming the page.
 */
abstract class BrowserTestSupport extends AppTestSupport {

  protected WebDriver browser;

  /** Every axe violation seen so far, with its page; empty at the end of a passing test. */
  private final List<String> inaccessible = new ArrayList<>();

  /** How many pages axe checked, so that a test cannot pass by checking none. */
  private int checkedPages;

  /** The prefix of this class's screenshot files. */
  protected abstract String screenshotPrefix();

  @BeforeEach
  void openBrowser() {
    if (System.getenv("BCF_REQUIRE_BROWSER") != null) {
      assertThat(Browser.installed())
          .as("Chromium and chromedriver at %s and %s", Browser.chromium(), Browser.chromedriver())
          .isTrue();
    }
    assumeTrue(
        Browser.installed(),
        "needs Debian's chromium and chromium-driver (bash .ci/run installs them)");
    browser =
        new EventFiringDecorator<WebDriver>(new AfterEachPage(this::checkAccessibility))
            .decorate(Browser.start());
  }

  /** Runs axe on the page the browser shows and keeps what it finds for the end of the test. */
  protected void checkAccessibility() {
    String page = browser.getCurrentUrl();
    try {
      for (String violation : Axe.violations(browser)) {
        inaccessible.add(page + ": " + violation);
      }
    } catch (RuntimeException e) {
      inaccessible.add(page + ": axe could not run: " + e.getMessage());
    }
    checkedPages++;
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      try {
        screenshot("last-page");
        checkAccessibility();
        ranUnderTheContentSecurityPolicy();
        assertThat(inaccessible).as("axe-core violations on the pages visited").isEmpty();
        assertThat(checkedPages).as("pages axe checked").isGreaterThan(1);
      } finally {
        browser.quit();
      }
    }
  }

  /**
   * Every page of the test ran with the Content-Security-Policy on: the browser blocked nothing
   * (its console says so when it does), and GOV.UK Frontend started on the last page (its script
   * files ran: the body says JavaScript is supported and the skip link is initialised).
   */
  private void ranUnderTheContentSecurityPolicy() {
    List<String> blocked =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            b ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "return document.body.classList.contains('govuk-frontend-supported')"
                                + " && document.querySelector('[data-govuk-skip-link-init]')"
                                + " !== null")));
  }

  /**
   * Clicks a link or submit button and waits until the browser has left the page it was on, so that
   * the next look-up finds an element of the new page, never a stale one of the old (a click
   * returns before the navigation it starts has finished).
   */
  protected void clickAndWaitForNewPage(WebElement element) {
    // A mark on the page being left: a new page has none. (Waiting for the old page's element to
    // go stale raced the navigation: Chrome sometimes answers "node does not belong to the
    // document" rather than "stale", which failed the test.)
    ((JavascriptExecutor) browser).executeScript("window.bcfPageLeft = false;");
    element.click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            driver ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return window.bcfPageLeft === undefined"
                                + " && document.readyState === 'complete';")));
    checkAccessibility();
  }

  protected void screenshot(String name) {
    try {
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      Files.write(
          shots.resolve(screenshotPrefix() + "-" + name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
