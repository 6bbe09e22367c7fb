package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ActualsFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A performance analyst in a real (headless) Chromium: uploads a file of actuals with a mistake,
 * reads the problem, uploads the corrected file, finds delayed transfers off track against the
 * trajectory, and redraws its control chart re-based where the trajectory began.
 */
class MetricsBrowserIT extends BrowserTestSupport {

  @TempDir Path dir;

  @Override
  protected String screenshotPrefix() {
    return "metrics";
  }

  @Test
  void anAnalystImportsActualsThenRedrawsTheControlChart() throws IOException {
    String id = copyOfSeed("warwickshire-2017-19");
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            "hwb,metric,period,numerator,denominator\n"
                + "warwickshire,delayed-transfers,2017-04,lots,30\n");
    Path good = Files.writeString(dir.resolve("returns.csv"), ActualsFixtures.goodCsv());

    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(EDITOR);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
    browser.get(base() + "/plans/" + id + "/metrics");

    browser.findElement(By.id("file")).sendKeys(bad.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("import")));
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("1 problem in bad.csv. Nothing was imported.");
    assertThat(browser.findElement(By.id("problems")).getText())
        .contains("2 numerator 'lots' is not a number");

    browser.findElement(By.id("file")).sendKeys(good.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("import")));
    assertThat(browser.findElement(By.id("success-banner")).getText())
        .contains("Imported 18 rows from returns.csv");
    WebElement dtoc =
        browser.findElement(By.cssSelector("#metrics-summary tr[data-metric=delayed-transfers]"));
    // May 2018: 1,260 delayed days / 31 = 40.6 a day against the trajectory's 40, with no interval.
    assertThat(dtoc.getAttribute("data-rag")).isEqualTo("red");
    assertThat(dtoc.getText()).contains("40.6").contains("May 2018");
    screenshot("imported");

    browser.findElement(By.cssSelector("#redraw-delayed-transfers summary")).click();
    browser.findElement(By.id("rebaseAt-delayed-transfers")).sendKeys("2017-07");
    clickAndWaitForNewPage(browser.findElement(By.id("redraw-button-delayed-transfers")));
    assertThat(browser.getCurrentUrl())
        .contains("rebaseAt=2017-07")
        .endsWith("#metric-delayed-transfers");
    assertThat(browser.findElement(By.id("redrawn-delayed-transfers")).getText())
        .isEqualTo("This control chart is redrawn: re-based at 2017-07.");
    WebElement chart =
        browser.findElement(By.cssSelector("#metric-delayed-transfers figure[data-chart=spc] svg"));
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    screenshot("redrawn");
  }
}
