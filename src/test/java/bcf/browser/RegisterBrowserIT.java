package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The risk register in a real (headless) Chromium, every page checked by axe: a visitor reads the
 * seed register and an entry; an editor starts a register from a plan, is told beside the field
 * when a review leaves out the impact, reviews a risk into its history, escalates it and records
 * the decision; a signatory signs the register.
 */
class RegisterBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "register";
  }

  @Test
  void a_visitor_reads_the_register_and_an_editor_reviews_a_risk() {
    browser.get(base() + "/plans/warwickshire-2017-19/register");

    WebElement svg = browser.findElement(By.cssSelector("#heat-map-figure svg"));
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(browser.findElements(By.cssSelector("#entries tbody tr"))).hasSize(4);
    screenshot("seed");
    clickAndWaitForNewPage(browser.findElement(By.cssSelector("#entries tbody tr a")));
    assertThat(browser.findElement(By.id("no-history")).getText()).isEqualTo("Not rated yet.");

    String plan = copyOfSeed("warwickshire-2014-16");
    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan + "/register");

    clickAndWaitForNewPage(browser.findElement(By.id("start")));
    assertThat(browser.findElement(By.id("saved")).getText()).contains("started");
    clickAndWaitForNewPage(
        browser.findElement(
            By.linkText(
                "Inability to meet financial challenges across the health and social care economy")));
    clickAndWaitForNewPage(browser.findElement(By.id("review")));
    browser.findElement(By.id("date-day")).sendKeys("1");
    browser.findElement(By.id("date-month")).sendKeys("6");
    browser.findElement(By.id("date-year")).sendKeys("2014");
    new Select(browser.findElement(By.id("rating-likelihood"))).selectByValue("5");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("Choose both the likelihood and the impact");
    new Select(browser.findElement(By.id("rating-impact"))).selectByValue("4");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.id("rating")).getText())
        .isEqualTo("likelihood 5 x impact 4 = 20 (Very high)");
    assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(2);
    screenshot("entry");

    // Escalated, then the decision recorded: nothing is left awaiting one.
    clickAndWaitForNewPage(browser.findElement(By.id("escalate")));
    new Select(browser.findElement(By.id("to"))).selectByIndex(1);
    browser.findElement(By.id("on-day")).sendKeys("2");
    browser.findElement(By.id("on-month")).sendKeys("6");
    browser.findElement(By.id("on-year")).sendKeys("2014");
    browser.findElement(By.id("reason")).sendKeys("Needs a decision on the shared envelope");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    clickAndWaitForNewPage(browser.findElement(By.id("decide")));
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    browser.findElement(By.id("decision")).sendKeys("Envelope shared 60:40");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.id("escalation")).getText())
        .contains("Envelope shared 60:40");
    browser.get(base() + "/plans/" + plan + "/register");
    assertThat(browser.findElements(By.id("awaiting"))).isEmpty();

    // A signatory of the plan signs the register; the page says the sign-off counts.
    browser.manage().deleteAllCookies();
    signIn(SIGNATORY);
    browser.get(base() + "/plans/" + plan + "/register");
    clickAndWaitForNewPage(browser.findElement(By.id("sign-register")));
    clickAndWaitForNewPage(browser.findElement(By.id("sign")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    browser.findElement(By.id("signature")).click();
    browser.findElement(By.id("name")).sendKeys("Pat Partner");
    clickAndWaitForNewPage(browser.findElement(By.id("sign")));
    assertThat(browser.findElement(By.id("sign-offs")).getText())
        .contains("Pat Partner")
        .contains("Counts");
    screenshot("signed");
  }

  @Test
  void an_editor_changes_the_scale_and_the_details_and_a_too_small_scale_is_refused() {
    String plan = copyOfSeed("warwickshire-2014-16");
    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan + "/register");
    clickAndWaitForNewPage(browser.findElement(By.id("start")));
    clickAndWaitForNewPage(browser.findElement(By.id("change-scale")));
    WebElement likelihood = browser.findElement(By.id("likelihood"));
    likelihood.clear();
    likelihood.sendKeys("Low\nMedium\nHigh");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: Change the rating scale");
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("the score 16 is outside the register's scale of 1 to 15.");
    screenshot("scale-refused");
    browser.get(base() + "/plans/" + plan + "/register/scale");
    WebElement threshold = browser.findElement(By.id("threshold"));
    threshold.clear();
    threshold.sendKeys("Very high");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.id("scale")).getText()).contains("From Very high");

    clickAndWaitForNewPage(browser.findElement(By.id("change-details")));
    browser.findElement(By.id("programme-managedBy")).sendKeys("the Programme Manager");
    browser.findElement(By.id("programme-everyWeeks")).sendKeys("six");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    screenshot("details-refused");
    WebElement weeks = browser.findElement(By.id("programme-everyWeeks"));
    weeks.clear();
    browser.findElement(By.id("programme-reportsTo")).sendKeys("the HWB Executive team");
    weeks.sendKeys("4");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.id("arrangements")).getText())
        .contains("Managed by the Programme Manager.")
        .contains("Reports to the HWB Executive team every 4 weeks.");
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
