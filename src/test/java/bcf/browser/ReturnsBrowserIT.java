package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A quarterly return filled, signed and submitted in a real (headless) Chromium, every page checked
 * by axe: the editor starts the return, fills its national conditions (a status chosen in words, a
 * date as day, month and year), is told beside the field when a date is not a date, and saves; the
 * board's signatory signs it off; the editor submits it.
 */
class ReturnsBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "returns";
  }

  @Test
  void a_return_is_filled_signed_and_submitted() {
    String plan = copyOfSeed("warwickshire-2017-19");
    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan + "/returns");
    new Select(browser.findElement(By.id("period"))).selectByIndex(1);
    clickAndWaitForNewPage(browser.findElement(By.cssSelector("#start-form button")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
    screenshot("return-draft");

    clickAndWaitForNewPage(browser.findElement(By.linkText("High Impact Change Model")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Seven-day services");
    screenshot("section-hicm");
    browser.navigate().back();

    clickAndWaitForNewPage(browser.findElement(By.linkText("National conditions")));
    assertThat(browser.getTitle()).startsWith("National conditions: ");
    new Select(browser.findElement(By.id("r0-status"))).selectByVisibleText("Not met");
    browser.findElement(By.id("r0-expectedDate-day")).sendKeys("31");
    browser.findElement(By.id("r0-expectedDate-month")).sendKeys("13");
    browser.findElement(By.id("r0-expectedDate-year")).sendKeys("2018");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("must be a real date");
    screenshot("section-error");
    browser.findElement(By.id("r0-expectedDate-month")).clear();
    browser.findElement(By.id("r0-expectedDate-month")).sendKeys("3");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).doesNotStartWith("Error: ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("National conditions saved", "31 March 2018");

    browser.manage().deleteAllCookies();
    signIn(SIGNATORY);
    browser.get(base() + "/returns/" + plan + "-2017-18-q1");
    clickAndWaitForNewPage(browser.findElement(By.id("sign-link")));
    screenshot("sign-off");
    clickAndWaitForNewPage(browser.findElement(By.id("confirm")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Signed off by the HWB");

    browser.manage().deleteAllCookies();
    signIn(EDITOR);
    browser.get(base() + "/returns/" + plan + "-2017-18-q1");
    clickAndWaitForNewPage(browser.findElement(By.id("submit-link")));
    clickAndWaitForNewPage(browser.findElement(By.id("confirm")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Submitted");
    screenshot("submitted");
  }

  @Test
  void payment_for_performance_host_and_plan_figures_are_filled_on_pages() {
    String plan = copyOfSeed("dorset-2015-16");
    signIn(OTHER_EDITOR);
    browser.get(base() + "/plans/" + plan + "/returns");
    new Select(browser.findElement(By.id("period"))).selectByValue("2015-16|Q2");
    clickAndWaitForNewPage(browser.findElement(By.cssSelector("#start-form button")));
    String ret = browser.getCurrentUrl();

    clickAndWaitForNewPage(browser.findElement(By.linkText("Payment for performance")));
    assertThat(browser.getTitle()).startsWith("Payment for performance: ");
    browser.findElement(By.id("valuePerAvoidedAdmission")).sendKeys("755");
    browser.findElement(By.id("r0-maximumReduction")).sendKeys("714");
    browser.findElement(By.id("r0-maximumPayment")).sendKeys("539,000");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("714 admissions at £755 each is £539,070");
    screenshot("section-p4p-error");
    browser.findElement(By.id("r0-maximumPayment")).clear();
    browser.findElement(By.id("r0-maximumPayment")).sendKeys("539,070");
    new Select(browser.findElement(By.id("paymentLikely"))).selectByVisibleText("No");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).doesNotStartWith("Error: ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Payment for performance saved");

    browser.get(ret);
    clickAndWaitForNewPage(browser.findElement(By.linkText("Budget arrangements")));
    new Select(browser.findElement(By.id("r0-arrangement")))
        .selectByVisibleText("Managed by a host organisation");
    new Select(browser.findElement(By.id("r0-host")))
        .selectByVisibleText("NHS Dorset Clinical Commissioning Group");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).doesNotStartWith("Error: ");
    screenshot("budget-arrangements-saved");

    browser.get(ret);
    clickAndWaitForNewPage(browser.findElement(By.linkText("Income and expenditure")));
    assertThat(browser.findElement(By.id("r0-plan")).getAttribute("value")).isNotEmpty();
    screenshot("section-income");

    // An income line, its source and organisation chosen by name; a forecast in words is refused.
    new Select(browser.findElement(By.id("in0-source"))).selectByVisibleText("Carers' breaks");
    new Select(browser.findElement(By.id("in0-organisation")))
        .selectByVisibleText("NHS Dorset Clinical Commissioning Group");
    browser.findElement(By.id("in0-plan")).sendKeys("1,000,000");
    browser.findElement(By.id("in0-forecastOutturn")).sendKeys("about the same");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("The forecast outturn of the new income line must be an amount in pounds");
    screenshot("section-income-error");
    browser.findElement(By.id("in0-forecastOutturn")).clear();
    browser.findElement(By.id("in0-forecastOutturn")).sendKeys("1,050,000");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).doesNotStartWith("Error: ");
    assertThat(browser.findElement(By.id("income")).getText())
        .contains("Carers' breaks")
        .contains("NHS Dorset Clinical Commissioning Group")
        .contains("£50,000");
    screenshot("return-with-income");
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
