package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every edit page of the largest seed (Warwickshire 2017-19: the schemes page was 33,000 px tall
 * with 324 fields) and of a blank plan fits about three screens at 1280 px, and reads at 1024 px
 * without scrolling sideways.
 */
class EditPagesFitBrowserIT extends BrowserTestSupport {

  private static final List<String> PAGES =
      List.of(
          "details",
          "contributions",
          "schemes",
          "schemes/1",
          "schemes/new",
          "conditions",
          "risks",
          "narrative",
          "finance",
          "finance/pooled-budget",
          "finance/dfg-pass-through",
          "finance/dfg-allocation",
          "finance/ibcf",
          "finance/out-of-hospital",
          "finance/social-care",
          "finance/contingency",
          "finance/payment-for-performance",
          "finance/explanations");

  /** About three screens of a laptop at 1280 px wide. */
  private static final long THREE_SCREENS = 3_000;

  @Override
  protected String screenshotPrefix() {
    return "edit-fit";
  }

  @Test
  void everyEditPageFitsThreeScreensAndA1024PxWindow() {
    String seed = copyOfSeed("warwickshire-2017-19");
    String blank = blankPlan();
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(EDITOR);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
    for (String id : List.of(seed, blank)) {
      for (String part : PAGES) {
        if (id.equals(blank) && part.equals("schemes/1")) {
          continue; // a blank plan has no scheme yet
        }
        String what = id + " " + part;
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base() + "/plans/" + id + "/edit/" + part);
        assertThat(
                browser.findElements(By.id("edit-form")).size()
                    + browser.findElements(By.id("schemes")).size()
                    + browser.findElements(By.id("add-scheme")).size()
                    + browser.findElements(By.id("finance-sections")).size())
            .as(what + " is an edit page")
            .isPositive();
        assertThat(number("return document.documentElement.scrollHeight"))
            .as(what + " height at 1280 px")
            .isLessThanOrEqualTo(THREE_SCREENS);
        browser.manage().window().setSize(new Dimension(1024, 1000));
        assertThat(number("return document.documentElement.scrollWidth"))
            .as(what + " width at 1024 px")
            .isLessThanOrEqualTo(1024);
      }
    }
    browser.manage().window().setSize(new Dimension(1024, 1000));
    browser.get(base() + "/plans/" + seed + "/edit/contributions");
    screenshot("contributions-1024");
    browser.get(base() + "/plans/" + seed + "/edit/finance/dfg-pass-through");
    screenshot("finance-dfg-1024");
  }

  /**
   * The metrics list and each metric's page (a value for each month of two years, for
   * Warwickshire's delayed transfers) fit three screens and 1024 px, on the largest seed and on a
   * blank plan.
   */
  @Test
  void everyMetricPageFitsThreeScreensAndA1024PxWindow() {
    String seed = copyOfSeed("warwickshire-2017-19");
    String blank = blankPlan();
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(EDITOR);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
    List<String> pages = new java.util.ArrayList<>();
    for (String part : List.of("metrics", "metrics/1", "metrics/2", "metrics/3", "metrics/4")) {
      pages.add(seed + "/edit/" + part);
    }
    pages.add(blank + "/edit/metrics");
    for (String metric :
        List.of("emergency-admissions-65", "discharge-delays", "permanent-admissions-65")) {
      pages.add(blank + "/edit/metrics/new?metric=" + metric);
    }
    for (String page : pages) {
      browser.manage().window().setSize(new Dimension(1280, 1000));
      browser.get(base() + "/plans/" + page);
      assertThat(
              browser.findElements(By.id("edit-form")).size()
                  + browser.findElements(By.id("add-metric-form")).size())
          .as(page + " is an edit page")
          .isPositive();
      assertThat(number("return document.documentElement.scrollHeight"))
          .as(page + " height at 1280 px")
          .isLessThanOrEqualTo(THREE_SCREENS);
      browser.manage().window().setSize(new Dimension(1024, 1000));
      assertThat(number("return document.documentElement.scrollWidth"))
          .as(page + " width at 1024 px")
          .isLessThanOrEqualTo(1024);
    }
    browser.manage().window().setSize(new Dimension(1024, 1000));
    browser.get(base() + "/plans/" + seed + "/edit/metrics/4");
    screenshot("metric-1024");
    browser.get(base() + "/plans/" + seed + "/edit/metrics");
    screenshot("metrics-1024");
    browser.manage().window().setSize(new Dimension(1280, 3000));
    browser.get(base() + "/plans/" + seed + "/edit/metrics/4");
    screenshot("metric-whole-page");
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  private String blankPlan() {
    String id = "blank-fit-" + System.nanoTime() % 1_000_000_000L;
    ApiClient.Response created =
        api(ADMIN)
            .post(
                "/api/v1/plans",
                """
                {"documentVersion": 1, "id": "%s", "round": "2025-26", "title": "Blank",
                 "hwbs": [{"id": "warwickshire", "name": "Warwickshire"}],
                 "organisations": [{"id": "wcc", "name": "Warwickshire County Council",
                                    "type": "local-authority"}]}
                """
                    .formatted(id));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return id;
  }
}
