package bcf.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through Debian's chromedriver: nothing is downloaded at run time. {@code
 * .ci/run} installs the packages; the paths can be overridden with BCF_CHROMIUM and
 * BCF_CHROMEDRIVER.
 */
final class Browser {

  private Browser() {}

  static Path chromium() {
    return Path.of(env("BCF_CHROMIUM", "/usr/bin/chromium"));
  }

  static Path chromedriver() {
    return Path.of(env("BCF_CHROMEDRIVER", "/usr/bin/chromedriver"));
  }

  static boolean installed() {
    return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
  }

  static WebDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1600");
    // The console, so that a test can see what the Content-Security-Policy blocked.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
