package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The risk register in a real (headless) Chromium, every page checked by axe: a visitor reads the
 * seed register and an entry; an editor starts a register from a plan, is told beside the field
 * when a review leaves out the impact, and reviews a risk into its history.
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
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
