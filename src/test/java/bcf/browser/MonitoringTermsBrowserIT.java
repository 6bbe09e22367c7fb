package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The monitoring terms pages in a real (headless) Chromium, every page checked by axe: Dorset's
 * editor goes from monitoring to the terms, adds a risk share whose shares do not add up to 100%
 * and is told so beside the field, corrects it, judges the CHC risk share not met with a date and
 * reason, and sees it on the terms page.
 */
class MonitoringTermsBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "monitoring-terms";
  }

  @Test
  void an_editor_adds_a_risk_share_and_judges_the_chc_risk_share() {
    String plan = copyOfSeed("dorset-2015-16");
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(OTHER_EDITOR);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));

    browser.get(base() + "/plans/" + plan + "/monitoring");
    assertThat(browser.findElements(By.id("download-position"))).isNotEmpty();
    clickAndWaitForNewPage(browser.findElement(By.id("change-terms")));
    assertThat(browser.getTitle()).startsWith("Monitoring terms – ");
    clickAndWaitForNewPage(browser.findElement(By.id("add-agreement")));

    browser.findElement(By.id("name")).sendKeys("Section 75 agreement");
    browser.findElement(By.id("basis-fixed")).click();
    browser.findElement(By.id("share-dorset-ccg")).sendKeys("60");
    browser.findElement(By.id("share-dorset-cc")).sendKeys("30");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("The shares add up to 90%: they must add up to 100%");
    screenshot("shares-not-whole");
    browser.findElement(By.id("share-dorset-cc")).clear();
    browser.findElement(By.id("share-dorset-cc")).sendKeys("40");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Monitoring terms – ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("NHS Dorset Clinical Commissioning Group 60%", "Dorset County Council 40%");

    browser.get(base() + "/plans/" + plan + "/monitoring/terms/retention");
    browser.findElement(By.id("judgement-1-not-met")).click();
    browser.findElement(By.id("judgedOn-1-day")).sendKeys("29");
    browser.findElement(By.id("judgedOn-1-month")).sendKeys("2");
    browser.findElement(By.id("judgedOn-1-year")).sendKeys("2016");
    browser.findElement(By.id("reason-1")).sendKeys("CHC spend at month 10 is above 2014/15.");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Condition not met, judged on 29 February 2016");
    screenshot("terms");

    // A ceiling on a scheme's spend, refused beside its field without an amount.
    browser.get(base() + "/plans/" + plan + "/monitoring/terms/retention");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scheme-1")))
        .selectByVisibleText("Maintaining Independence");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Enter the most Maintaining Independence may spend");
    screenshot("ceiling-error");
    browser.findElement(By.id("ceiling-1")).sendKeys("5,000,000");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Monitoring terms – ");

    // The contracting partner of a scheme, chosen by name.
    clickAndWaitForNewPage(browser.findElement(By.id("add-agreement")));
    browser.findElement(By.id("name")).sendKeys("ICES agreement");
    browser.findElement(By.id("basis-contracting-partner")).click();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("contracting-ices")))
        .selectByVisibleText("Bournemouth Borough Council");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Integrated Community Equipment Services (ICES): Bournemouth Borough Council");

    // The underspends carried forward.
    clickAndWaitForNewPage(browser.findElement(By.id("change-carry-forward")));
    assertThat(browser.getTitle()).startsWith("Underspends carried forward – ");
    browser.findElement(By.id("scheme-1")).click();
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The underspends carried forward are saved.", "Integrated Community Equipment");
    screenshot("terms-complete");
  }
}
