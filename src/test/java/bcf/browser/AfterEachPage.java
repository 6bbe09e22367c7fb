package bcf.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs a check after every page the driver opens with {@code get}. Public because Selenium's
 * decorator calls it by reflection; it logs and ignores what a listener throws, so the check must
 * record its own failures (as {@link BrowserTestSupport#checkAccessibility} does).
 */
public final class AfterEachPage implements WebDriverListener {

  private final Runnable check;

  AfterEachPage(Runnable check) {
    this.check = check;
  }

  @Override
  public void afterGet(WebDriver driver, String url) {
    check.run();
  }
}
