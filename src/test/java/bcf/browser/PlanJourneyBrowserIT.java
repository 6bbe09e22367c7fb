package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journey of a plan in a real (headless) Chromium: an editor signs in, opens a seed plan,
 * corrects a contribution so that a finding disappears; a signatory signs off for every partner;
 * the editor records agreement and approval and submits (giving a reason for the errors that
 * remain); the regional assurer assures it.
 */
class PlanJourneyBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "journey";
  }

  @Test
  void editorCorrectsAContributionSignatoriesSignEditorSubmitsAssurerAssures() {
    String id = copyOfPublishedSeed("warwickshire-2014-16");

    signIn(EDITOR);
    browser.get(base() + "/plans/" + id);
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Warwickshire");
    int before = incomeFindings();
    assertThat(before).as("the seed over-spends in both years").isEqualTo(2);

    // 2014/15: spend exceeds contributions by £80,000; the council's 2014/15 contribution
    // (£1,244,000 for BCF schemes) is corrected to £1,324,000.
    clickAndWaitForNewPage(browser.findElement(By.id("edit-contributions")));
    WebElement actual = contributionActual("wcc", "2014-15");
    assertThat(new BigDecimal(actual.getAttribute("value").replace(",", "").replace("£", "")))
        .isEqualByComparingTo("1244000");
    actual.clear();
    actual.sendKeys("1,324,000");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));

    assertThat(browser.getCurrentUrl()).contains("/plans/" + id);
    assertThat(incomeFindings()).isEqualTo(before - 1);
    screenshot("after-correction");
    signOut();

    // Each partner signs with its own account, linked to the party it signs for.
    signIn(SIGNATORY);
    browser.get(base() + "/plans/" + id + "/sign-off");
    List<String> parties =
        browser.findElements(By.cssSelector("select[name=party] option")).stream()
            .map(option -> option.getAttribute("value"))
            .toList();
    assertThat(parties).isNotEmpty();
    signOut();
    for (String party : parties) {
      signIn(signatoryFor("warwickshire", party));
      browser.get(base() + "/plans/" + id + "/sign-off");
      assertThat(browser.findElements(By.cssSelector("select[name=party] option"))).hasSize(1);
      clickAndWaitForNewPage(browser.findElement(By.id("sign-button")));
      assertThat(browser.findElement(By.id("you-signed")).getText()).contains("You have signed");
      signOut();
    }
    signIn(SIGNATORY);
    browser.get(base() + "/plans/" + id + "/sign-off");
    assertThat(browser.findElements(By.cssSelector("select[name=party]"))).isEmpty();
    signOut();

    signIn(EDITOR);
    browser.get(base() + "/plans/" + id + "/sign-off");
    act("agree", null);
    act("approve", null);
    act(
        "submit",
        "The 2015/16 over-spend is met by the council's contingency; agreed by the board.");
    assertThat(status()).isEqualTo("Submitted");
    signOut();

    signIn(ASSURER);
    browser.get(base() + "/plans/" + id + "/sign-off");
    assertThat(browser.getPageSource()).contains("met by the council's contingency");
    WebElement assure = workflowForm("assure");
    assure.findElement(By.cssSelector("input[value=approved-with-support]")).click();
    clickAndWaitForNewPage(assure.findElement(By.cssSelector("button[type=submit]")));
    assertThat(status()).startsWith("Assured");
    screenshot("assured");
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }

  private void signOut() {
    clickAndWaitForNewPage(browser.findElement(By.id("sign-out")));
  }

  private int incomeFindings() {
    return browser
        .findElements(By.cssSelector("li.finding[data-rule=income-equals-expenditure]"))
        .size();
  }

  /** The actual-contribution field of the row for an organisation and year. */
  private WebElement contributionActual(String organisation, String year) {
    List<WebElement> organisations =
        browser.findElements(By.cssSelector("select[name$='/organisation']"));
    for (WebElement select : organisations) {
      String prefix = select.getAttribute("name").replace("/organisation", "");
      String selected = new Select(select).getFirstSelectedOption().getAttribute("value");
      String rowYear =
          new Select(browser.findElement(By.name(prefix + "/year")))
              .getFirstSelectedOption()
              .getAttribute("value");
      if (organisation.equals(selected) && year.equals(rowYear)) {
        return browser.findElement(By.name(prefix + "/actual"));
      }
    }
    throw new AssertionError("no contribution row for " + organisation + " " + year);
  }

  private WebElement workflowForm(String action) {
    return browser.findElement(By.cssSelector("form[action$='/workflow/" + action + "']"));
  }

  private void act(String action, String overrideReason) {
    WebElement form = workflowForm(action);
    if (overrideReason != null) {
      form.findElement(By.name("overrideReason")).sendKeys(overrideReason);
    }
    clickAndWaitForNewPage(form.findElement(By.cssSelector("button[type=submit]")));
  }

  private String status() {
    return browser.findElement(By.id("status")).getText();
  }
}
