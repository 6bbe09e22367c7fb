package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The year-round pages in a real (headless) Chromium, every page checked by axe: a visitor goes
 * from the plan to its monitoring and its progress against aims; the plan's editor records a
 * quarter's red status, is told beside the field that red needs a reason, and sees it counted on
 * the monitoring page; and the form to enter a month's spend.
 */
class YearRoundBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "year-round";
  }

  @Test
  void from_the_plan_to_monitoring_and_progress_and_a_quarters_status_recorded() {
    browser.get(base() + "/plans/warwickshire-2017-19");
    clickAndWaitForNewPage(browser.findElement(By.linkText("Monitoring")));
    assertThat(browser.getTitle()).startsWith("Monitoring – ");
    assertThat(browser.findElements(By.cssSelector("svg"))).isNotEmpty();
    screenshot("monitoring");
    clickAndWaitForNewPage(
        browser.findElement(By.cssSelector("a[href='/plans/warwickshire-2017-19/progress']")));
    assertThat(browser.getTitle()).containsIgnoringCase("progress");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("HomeFirst");

    String plan = copyOfSeed("warwickshire-2017-19");
    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan + "/progress/commitment");
    // A new draft's log starts with its first commitment.
    browser.findElement(By.id("newTheme")).sendKeys("Prevention");
    browser.findElement(By.id("name")).sendKeys("Falls prevention service");
    browser.findElement(By.id("aim")).sendKeys("Fewer emergency admissions after a fall");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    clickAndWaitForNewPage(browser.findElement(By.id("record-status")));
    new Select(browser.findElement(By.id("commitment"))).selectByIndex(1);
    new Select(browser.findElement(By.id("quarter"))).selectByIndex(1);
    browser.findElement(By.id("rag")).click();
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .containsIgnoringCase("reason");
    browser.findElement(By.id("reason")).sendKeys("Recruitment delayed by three months");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).doesNotStartWith("Error: ");

    browser.get(base() + "/plans/" + plan + "/monitoring");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Progress against aims", "1 of 1 commitments");
    screenshot("monitoring-draft");
    browser.get(base() + "/plans/" + plan + "/monitoring/enter");
    assertThat(browser.findElements(By.cssSelector("form"))).isNotEmpty();
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
