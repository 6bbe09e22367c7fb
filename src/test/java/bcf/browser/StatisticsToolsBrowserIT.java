package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics tools in a real (headless) Chromium, signed out: a series pasted into the control
 * chart form is drawn with its special causes; the intervals page, reached from the chart's page,
 * answers a pasted table of proportions, and a bad row is shown in the problems table.
 */
class StatisticsToolsBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "statistics";
  }

  @Test
  void aVisitorDrawsAControlChartThenWorksOutIntervals() {
    browser.get(base() + "/plans");
    clickAndWaitForNewPage(browser.findElement(By.id("nav-statistics")));
    clickAndWaitForNewPage(browser.findElement(By.linkText("control chart (SPC)")));
    assertThat(browser.getTitle()).contains("Control chart");

    double[] values = {87, 91, 84, 89, 86, 90, 88, 85, 62, 60, 58, 61, 59, 57, 60, 58};
    browser.findElement(By.id("csv")).sendKeys(monthly(values));
    browser.findElement(By.id("title")).sendKeys("Delayed transfers");
    new Select(browser.findElement(By.id("polarity"))).selectByValue("low-is-good");
    browser.findElement(By.id("target")).sendKeys("70");
    clickAndWaitForNewPage(browser.findElement(By.id("draw")));

    WebElement chart = browser.findElement(By.cssSelector("#chart-result svg"));
    assertThat(chart.getSize().getWidth()).isGreaterThan(500);
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    assertThat(browser.findElement(By.id("variation")).getText())
        .isEqualTo("special cause, improving, low (or falling) values");
    List<WebElement> causes = browser.findElements(By.cssSelector("#special-causes tbody tr"));
    assertThat(causes).isNotEmpty();
    assertThat(causes.get(causes.size() - 1).getText()).contains("2025-04").contains("improvement");
    screenshot("spc");

    clickAndWaitForNewPage(browser.findElement(By.linkText("confidence intervals")));
    browser.findElement(By.id("type-proportion")).click();
    browser.findElement(By.id("csv")).sendKeys("group,numerator,denominator\nA,65,100\nB,x,100\n");
    clickAndWaitForNewPage(browser.findElement(By.id("compute")));
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("1 problem in the CSV");
    assertThat(browser.findElement(By.id("problems")).getText()).contains("'x' is not a number");

    WebElement text = browser.findElement(By.id("csv"));
    text.clear();
    text.sendKeys("group,numerator,denominator\nA,65,100\nB,30,100\n");
    clickAndWaitForNewPage(browser.findElement(By.id("compute")));
    String results = browser.findElement(By.id("results")).getText();
    assertThat(results).contains("A 65 100 0.6500 0.5525 0.7364 Wilson");
    assertThat(results).contains("B 30 100 0.3000");
    screenshot("intervals");
  }

  private static String monthly(double... values) {
    StringBuilder csv = new StringBuilder("period,value\n");
    for (int i = 0; i < values.length; i++) {
      csv.append(String.format("%d-%02d,%s%n", 2024 + i / 12, i % 12 + 1, (int) values[i]));
    }
    return csv.toString();
  }
}
