package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey of a plan for an HWB that is not one of the seeds, every step in the browser
 * and nothing typed as a code: the admin adds the BCF lead, the four signatories and the regional
 * assurer; the lead starts Gateshead's 2025-26 plan, fills every part (contributions, schemes,
 * finance, conditions, metrics, risks, narrative), fixes the finding the finance page exists for,
 * explains one, and imports actuals; each signatory signs for their own organisation only; the lead
 * submits without an override; the assurer assures it from the queue; an anonymous visitor reads
 * the published plan with its actuals. axe-core checks every page on the way (see {@link
 * BrowserTestSupport}).
 */
class WholeJourneyBrowserIT extends BrowserTestSupport {

  private static final String HWB = "Gateshead";
  private static final String HWB_CODE = "E08000037";
  private static final String COUNCIL = "Gateshead Council";
  private static final String ICB = "NHS North East and North Cumbria Integrated Care Board";
  private static final String REGION = "North East and Yorkshire";

  @TempDir Path dir;

  @Override
  protected String screenshotPrefix() {
    return "whole-journey";
  }

  @Test
  void aNewHwbPlansFromABlankPageToAnAssuredPublishedPlan() throws IOException {
    String suffix = Long.toString(System.nanoTime() % 100000);

    // The admin adds the people, in the browser; each password is shown once.
    signIn(ADMIN, PASSWORD);
    String lead = "lead." + suffix;
    String leadPassword = addUser(lead, "Lee Lead", List.of("Editor"), null, null, null);
    // Each signatory signs for one organisation in one position, both chosen from lists.
    Map<String, String> signatories = new LinkedHashMap<>();
    Map<String, String> positions = new LinkedHashMap<>();
    signatories.put("ce.council." + suffix, COUNCIL);
    positions.put("ce.council." + suffix, "Chief executive of each partner");
    signatories.put("s151.council." + suffix, COUNCIL);
    positions.put("s151.council." + suffix, "The council's section 151 officer");
    signatories.put("ce.icb." + suffix, ICB);
    positions.put("ce.icb." + suffix, "Chief executive of each partner");
    signatories.put("chair." + suffix, HWB);
    positions.put("chair." + suffix, "Chair of the Health and Wellbeing Board");
    Map<String, String> passwords = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : signatories.entrySet()) {
      passwords.put(
          s.getKey(),
          addUser(
              s.getKey(),
              "Sam Signer",
              List.of("Signatory"),
              null,
              s.getValue(),
              positions.get(s.getKey())));
    }
    String assurer = "assurer." + suffix;
    String assurerPassword =
        addUser(assurer, "Ash Assurer", List.of("Assurer"), REGION, null, null);
    signOut();

    // The lead starts the plan: the round, the board and the ICB by name.
    signIn(lead, leadPassword);
    browser.get(base() + "/plans");
    clickAndWaitForNewPage(browser.findElement(By.linkText("Start a plan")));
    clickLabel("Better Care Fund 2025-26");
    new Select(browser.findElement(By.id("hwb"))).selectByVisibleText(HWB);
    new Select(browser.findElement(By.id("icb"))).selectByVisibleText(ICB);
    clickAndWaitForNewPage(browser.findElement(By.id("start-plan")));
    String id = HWB_CODE.toLowerCase() + "-2025-26";
    assertThat(browser.getCurrentUrl()).contains("/plans/" + id);
    screenshot("started");

    // Contributions: the ICB's NHS minimum, the council's grant and the DFG.
    edit(id, "contributions");
    contribution(0, ICB, "NHS minimum contribution", "9,000,000");
    contribution(1, COUNCIL, "Local Authority Better Care Grant (formerly iBCF)", "2,000,000");
    contribution(2, COUNCIL, "Disabled Facilities Grant", "1,000,000");
    save();

    // Schemes, one page each, every coded value chosen by name.
    scheme(
        id,
        0,
        "Home first",
        "NHS minimum contribution",
        "Home Care or Domiciliary Care",
        "9,000,000");
    scheme(
        id,
        1,
        "Care market",
        "Local Authority Better Care Grant (formerly iBCF)",
        "Residential Placements",
        "2,000,000");
    scheme(
        id, 2, "Home adaptations", "Disabled Facilities Grant", "DFG Related Schemes", "1,000,000");

    // The plan now has one error: the DFG is not shown passed to the housing authority.
    browser.get(base() + "/plans/" + id);
    assertThat(findings("dfg-passthrough", "error")).isEqualTo(1);

    // Finance, a section at a time: the pooled budget's host from the finance overview, and the
    // DFG passed through (a unitary council: itself) reached from the finding itself.
    edit(id, "finance");
    clickAndWaitForNewPage(browser.findElement(By.id("change-pooled-budget")));
    choose("/pooledBudget/host", COUNCIL);
    fill("/pooledBudget/arrangement", "Section 75 agreement");
    save();
    assertThat(browser.getCurrentUrl()).contains("/plans/" + id + "/edit/finance?saved=");
    assertThat(browser.findElement(By.id("section-pooled-budget")).getText())
        .contains("Host: " + COUNCIL);
    browser.get(base() + "/plans/" + id);
    clickAndWaitForNewPage(
        browser
            .findElement(By.cssSelector("li.finding[data-rule=dfg-passthrough]"))
            .findElement(By.partialLinkText("Go to")));
    assertThat(browser.getCurrentUrl())
        .contains("/edit/finance/dfg-pass-through#f-dfg-passThrough");
    add("f-dfg-passThrough-add");
    chooseValue("/dfg/passThrough/0/year", "2025-26");
    choose("/dfg/passThrough/0/district", COUNCIL);
    fill("/dfg/passThrough/0/amount", "1,000,000");
    save();
    assertThat(browser.findElement(By.id("section-dfg-pass-through")).getText())
        .contains("2025/26: £1,000,000 passed to housing authorities");
    browser.get(base() + "/plans/" + id);
    assertThat(findings("dfg-passthrough", "error")).isZero();

    // National conditions, each answered.
    edit(id, "conditions");
    String[] conditions = {
      "NC1: plan jointly agreed",
      "NC2: implementing the BCF policy objectives",
      "NC3: complying with grant and funding conditions, including maintaining the NHS minimum"
          + " contribution to adult social care"
    };
    for (int i = 0; i < conditions.length; i++) {
      add("f-nationalConditions-add");
      choose("/nationalConditions/" + i + "/condition", conditions[i]);
      choose("/nationalConditions/" + i + "/status", "Met");
      fill("/nationalConditions/" + i + "/evidence", "Agreed by the board in March 2025.");
    }
    save();

    // Metrics: one of the round's, added by its name, on a page of its own: a baseline, a target
    // and a value for each quarter, every period chosen or labelled in words.
    edit(id, "metrics");
    new Select(browser.findElement(By.id("metric")))
        .selectByVisibleText(
            "Long-term admissions to residential and nursing care homes for people aged 65+ per"
                + " 100,000 population");
    add("add-metric");
    choose("/metrics/0/baseline/period", "2024/25");
    fill("/metrics/0/baseline/value", "620");
    add("add-target");
    choose("/metrics/0/targets/0/period", "Quarter 1 (April to June 2025)");
    fill("/metrics/0/targets/0/value", "150");
    String[] quarters = {"150", "148", "146", "145"};
    for (int q = 0; q < quarters.length; q++) {
      fill("/metrics/0/trajectory/values/2025-26 Q" + (q + 1), quarters[q]);
    }
    screenshot("metric");
    save();
    assertThat(browser.findElement(By.id("metrics")).getText())
        .contains("620 (2024/25)", "150 (Quarter 1 (April to June 2025))");

    // Risks and narrative.
    edit(id, "risks");
    add("f-risks-add");
    fill("/risks/0/description", "Demand for home care grows faster than the budget.");
    choose("/risks/0/likelihood", "3");
    choose("/risks/0/impact", "4");
    save();
    edit(id, "narrative");
    for (int i = 0; i < 3; i++) {
      fill("/narrative/" + i + "/text", "What the partners agreed, section " + (i + 1) + ".");
    }
    save();

    // No errors remain; the lead explains a warning from the finding itself.
    browser.get(base() + "/plans/" + id);
    assertThat(browser.findElements(By.cssSelector("li.finding[data-severity=error]"))).isEmpty();
    WebElement warning =
        browser.findElement(By.cssSelector("li.finding[data-rule=required-fields]"));
    clickAndWaitForNewPage(warning.findElement(By.cssSelector("a.explain-link")));
    browser
        .findElement(By.id("text"))
        .sendKeys("The date is recorded when the lead submits the plan to NHS England.");
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.getPageSource()).contains("The plan explains");
    screenshot("explained");

    // Actuals for the metric, imported from a file.
    Path actuals =
        Files.writeString(
            dir.resolve("actuals.csv"),
            "hwb,metric,period,numerator,denominator\n"
                + HWB_CODE
                + ",permanent-admissions-65,2025-26 Q1,32,21500\n");
    browser.get(base() + "/plans/" + id + "/metrics");
    browser.findElement(By.id("file")).sendKeys(actuals.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("import")));
    assertThat(browser.findElement(By.id("success-banner")).getText()).contains("Imported 1 row");
    signOut();

    // Each signatory signs for their own organisation only.
    for (Map.Entry<String, String> s : signatories.entrySet()) {
      signIn(s.getKey(), passwords.get(s.getKey()));
      browser.get(base() + "/plans/" + id + "/sign-off");
      List<String> offered =
          new Select(browser.findElement(By.id("party")))
              .getOptions().stream().map(WebElement::getText).toList();
      // Only their own organisation, in their own position: the council's two signatories are
      // each offered one of its two signatures.
      assertThat(offered).containsExactly(s.getValue() + " (" + positions.get(s.getKey()) + ")");
      clickAndWaitForNewPage(browser.findElement(By.id("sign-button")));
      assertThat(browser.findElement(By.id("you-signed")).getText()).contains(s.getValue());
      assertThat(
              browser
                  .findElement(
                      By.xpath(
                          "//tr[contains(@class,'signature')][td[1]='"
                              + s.getValue()
                              + "'][td[2]=\""
                              + positions.get(s.getKey())
                              + "\"]"))
                  .getText())
          .contains("Signed", "Sam Signer, " + positions.get(s.getKey()));
      signOut();
    }

    // The lead records agreement and approval and submits, with no override.
    signIn(lead, leadPassword);
    browser.get(base() + "/plans/" + id + "/sign-off");
    assertThat(browser.findElement(By.id("all-signed")).getText()).contains("has signed");
    act("agree");
    act("approve");
    assertThat(browser.findElement(By.id("submit-errors")).getText()).contains("0 error");
    act("submit");
    assertThat(status()).isEqualTo("Submitted");
    signOut();

    // The assurer finds it in the queue and assures it.
    signIn(assurer, assurerPassword);
    browser.get(base() + "/national?round=2025-26");
    WebElement queued =
        browser.findElement(By.cssSelector("#queue tr.queue-item[data-plan='" + id + "']"));
    clickAndWaitForNewPage(queued.findElement(By.tagName("a")));
    WebElement assure = browser.findElement(By.cssSelector("form[action$='/workflow/assure']"));
    assure.findElement(By.cssSelector("input[value=approved]")).click();
    clickAndWaitForNewPage(assure.findElement(By.cssSelector("button[type=submit]")));
    assertThat(status()).startsWith("Assured");
    signOut();

    // Anyone reads the published plan, with its actuals: 32 admissions in 21,500 people is 149
    // per 100,000 against the target of 150.
    browser.get(base() + "/plans/" + id);
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(HWB);
    assertThat(browser.getPageSource()).contains("Home first", "Home adaptations");
    browser.get(base() + "/plans/" + id + "/metrics");
    assertThat(
            browser
                .findElement(
                    By.cssSelector("#metrics-summary tr[data-metric=permanent-admissions-65]"))
                .getText())
        .contains("149", "On track");
    screenshot("published");
  }

  // --- the admin's pages

  private String addUser(
      String username,
      String name,
      List<String> roles,
      String region,
      String organisation,
      String position) {
    browser.get(base() + "/admin/users");
    clickAndWaitForNewPage(browser.findElement(By.id("add-a-user")));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("fullName")).sendKeys(name);
    for (String role : roles) {
      clickLabel(role);
    }
    if (region != null) {
      clickLabel(region);
    } else {
      browser.findElement(By.xpath("//summary[contains(., 'HWBs in " + REGION + "')]")).click();
      clickLabel(HWB);
    }
    if (organisation != null) {
      // The organisations offered are those of the HWBs ticked: shown on asking, without a script.
      clickAndWaitForNewPage(browser.findElement(By.id("show-organisations")));
      new Select(browser.findElement(By.id("authorities")))
          .selectByVisibleText(organisation + " (" + kind(organisation) + ")");
      new Select(browser.findElement(By.id("position"))).selectByVisibleText(position);
    }
    clickAndWaitForNewPage(browser.findElement(By.id("add-user")));
    return browser.findElement(By.id("password")).getText().strip();
  }

  private static String kind(String organisation) {
    return organisation.equals(HWB)
        ? "health and wellbeing board"
        : organisation.equals(COUNCIL) ? "council" : "integrated care board";
  }

  // --- the lead's pages

  private void edit(String id, String part) {
    browser.get(base() + "/plans/" + id + "/edit/" + part);
  }

  private void contribution(int row, String organisation, String stream, String amount) {
    add("f-contributions-add");
    String at = "/contributions/" + row + "/";
    choose(at + "organisation", organisation);
    choose(at + "stream", stream);
    chooseValue(at + "year", "2025-26");
    fill(at + "actual", amount);
  }

  private void scheme(
      String id, int number, String name, String source, String type, String spend) {
    browser.get(base() + "/plans/" + id + "/edit/schemes");
    clickAndWaitForNewPage(browser.findElement(By.id("add-scheme")));
    String at = "/schemes/" + number + "/";
    fill(at + "name", name);
    choose(at + "source", source);
    choose(at + "type", type);
    choose(at + "areaOfSpend", "Social Care");
    fill(at + "spend/2025-26/recurrent", spend);
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
  }

  private void add(String button) {
    clickAndWaitForNewPage(browser.findElement(By.id(button)));
  }

  private void save() {
    clickAndWaitForNewPage(browser.findElement(By.id("save")));
    assertThat(browser.findElements(By.cssSelector(".govuk-error-summary")))
        .as("errors after saving %s", browser.getCurrentUrl())
        .isEmpty();
  }

  private WebElement field(String name) {
    WebElement field = browser.findElement(By.name(name));
    // A folded row opens as a person would open it.
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = arguments[0].closest('details'); if (d && !d.open) d.open = true;", field);
    return field;
  }

  private void fill(String name, String value) {
    WebElement field = field(name);
    field.clear();
    field.sendKeys(value);
  }

  private void choose(String name, String visibleText) {
    new Select(field(name)).selectByVisibleText(visibleText);
  }

  private void chooseValue(String name, String value) {
    new Select(field(name)).selectByValue(value);
  }

  private int findings(String rule, String severity) {
    return browser
        .findElements(
            By.cssSelector("li.finding[data-rule=" + rule + "][data-severity=" + severity + "]"))
        .size();
  }

  // --- sign-off and workflow

  private void act(String action) {
    WebElement form =
        browser.findElement(By.cssSelector("form[action$='/workflow/" + action + "']"));
    clickAndWaitForNewPage(form.findElement(By.cssSelector("button[type=submit]")));
  }

  private String status() {
    return browser.findElement(By.id("status")).getText();
  }

  // --- signing in and out

  private void signIn(String user, String password) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }

  private void signOut() {
    clickAndWaitForNewPage(browser.findElement(By.id("sign-out")));
  }

  private void clickLabel(String text) {
    browser.findElement(By.xpath("//label[normalize-space()=\"" + text + "\"]")).click();
  }
}
