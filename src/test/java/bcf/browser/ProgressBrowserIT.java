package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The progress log's change pages in a real (headless) Chromium, each checked by axe: a
 * commitment's page, changing it, changing and removing a milestone (asked first), and adding then
 * changing a row of a performance table with its choices from lists.
 */
class ProgressBrowserIT extends BrowserTestSupport {

  @Override
  protected String screenshotPrefix() {
    return "progress";
  }

  @Test
  void an_editor_changes_a_commitment_and_its_milestone_and_a_performance_row() {
    String plan = copyOfSeed("warwickshire-2017-19");
    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan + "/progress/commitment");
    browser.findElement(By.id("newTheme")).sendKeys("Prevention");
    browser.findElement(By.id("name")).sendKeys("Falls prevention service");
    browser.findElement(By.id("aim")).sendKeys("Fewer emergency admissions after a fall");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    clickAndWaitForNewPage(browser.findElement(By.id("add-milestone")));
    new Select(browser.findElement(By.id("commitment"))).selectByIndex(1);
    browser.findElement(By.id("what")).sendKeys("Service commissioned");
    browser.findElement(By.id("due-month")).sendKeys("9");
    browser.findElement(By.id("due-year")).sendKeys("2017");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));

    clickAndWaitForNewPage(browser.findElement(By.linkText("Falls prevention service")));
    assertThat(browser.getTitle()).startsWith("Falls prevention service – ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Service commissioned", "September 2017", "No status recorded");
    screenshot("commitment");

    clickAndWaitForNewPage(browser.findElement(By.id("change")));
    browser.findElement(By.id("achieved")).sendKeys("A pilot in two districts");
    browser.findElement(By.id("since-month")).sendKeys("13");
    browser.findElement(By.id("since-year")).sendKeys("2017");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getTitle()).startsWith("Error: ");
    browser.findElement(By.id("since-month")).clear();
    browser.findElement(By.id("since-month")).sendKeys("4");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The commitment was changed", "A pilot in two districts");

    // The commitment's address, with the id bcf gave it, from its link on the progress page.
    browser.get(base() + "/plans/" + plan + "/progress");
    String commitment =
        browser.findElement(By.linkText("Falls prevention service")).getAttribute("href");
    browser.get(commitment);
    clickAndWaitForNewPage(browser.findElement(By.cssSelector("#milestones a[href$='/change']")));
    browser.findElement(By.id("done-day")).sendKeys("4");
    browser.findElement(By.id("done-month")).sendKeys("9");
    browser.findElement(By.id("done-year")).sendKeys("2017");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    browser.get(commitment);
    assertThat(browser.findElement(By.id("milestones")).getText()).contains("4 September 2017");
    clickAndWaitForNewPage(browser.findElement(By.cssSelector("#milestones a[href$='/remove']")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Remove the milestone Service commissioned?");
    screenshot("remove-milestone");
    clickAndWaitForNewPage(browser.findElement(By.id("remove")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The milestone was removed");

    clickAndWaitForNewPage(browser.findElement(By.id("add-performance")));
    new Select(browser.findElement(By.id("year"))).selectByVisibleText("2017/18");
    new Select(browser.findElement(By.id("comparedWith"))).selectByVisibleText("2016/17");
    browser.findElement(By.id("metric")).sendKeys("Delayed transfers of care");
    new Select(browser.findElement(By.id("rag"))).selectByValue("red");
    browser.findElement(By.id("weeklyVolume")).sendKeys("539");
    browser.findElement(By.id("growth")).sendKeys("11");
    browser.findElement(By.id("weeklyGrowth")).sendKeys("53");
    new Select(browser.findElement(By.id("trend"))).selectByValue("up");
    screenshot("performance");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Performance in 2017/18", "Delayed transfers of care", "539", "11%");
    clickAndWaitForNewPage(
        browser.findElement(By.cssSelector("a[href*='/progress/performance?year=']")));
    new Select(browser.findElement(By.id("rag"))).selectByValue("amber");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The performance table was saved");

    // The row removed after being asked; the emptied table goes.
    clickAndWaitForNewPage(
        browser.findElement(By.cssSelector("a[href*='/progress/performance/remove?year=']")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Remove Delayed transfers of care from the 2017/18 performance table?");
    screenshot("remove-performance");
    clickAndWaitForNewPage(browser.findElement(By.id("remove")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The row was removed from the performance table")
        .doesNotContain("Performance in 2017/18");
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
