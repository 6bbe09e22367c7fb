package bcf.app;

import static bcf.app.PlanEditPagesIT.formFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The finance and metrics edit pages and explanations of findings, as a browser without JavaScript
 * uses them, on a blank 2025-26 plan and on a seed: every value chosen by name or typed as an
 * amount, bad input refused in words with nothing saved.
 */
class FinanceEditPagesIT extends AppTestSupport {

  private static final String DFG = "dfg-passthrough";

  /**
   * A new 2025-26 plan for Warwickshire with its council, a district council and the council's
   * Disabled Facilities Grant, and nothing else: what a lead starts from.
   */
  private String blankPlan() {
    String id = "warwickshire-2025-26-blank-" + System.nanoTime() % 1_000_000_000L;
    String document =
        """
        {"id": "%s", "round": "2025-26", "title": "Warwickshire Better Care Fund plan 2025-26",
         "hwbs": [{"id": "warwickshire", "name": "Warwickshire Health and Wellbeing Board"}],
         "organisations": [
           {"id": "wcc", "name": "Warwickshire County Council", "type": "local-authority"},
           {"id": "nbbc", "name": "Nuneaton and Bedworth Borough Council", "type": "other"}],
         "contributions": [
           {"organisation": "wcc", "stream": "dfg", "year": "2025-26", "actual": 1000000}]}
        """
            .formatted(id);
    ApiClient.Response created = api(EDITOR).post("/api/v1/plans", document);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return id;
  }

  private JsonNode document(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
  }

  private int version(String id) {
    return api(ADMIN).get("/api/v1/plans/" + id).json().get("currentVersion").intValue();
  }

  private List<JsonNode> findings(String id, String rule) {
    return api(EDITOR)
        .get("/api/v1/plans/" + id + "/validation")
        .json()
        .get("findings")
        .valueStream()
        .filter(f -> f.get("rule").asString().equals(rule))
        .toList();
  }

  private static String edit(String id, String part) {
    return "/plans/" + id + "/edit/" + part;
  }

  /** The finance pages, by the code in their address. */
  private static final List<String> SECTIONS =
      List.of(
          "pooled-budget",
          "dfg-pass-through",
          "dfg-allocation",
          "ibcf",
          "out-of-hospital",
          "social-care",
          "contingency",
          "payment-for-performance",
          "explanations");

  private static String finance(String id, String section) {
    return "/plans/" + id + "/edit/finance/" + section;
  }

  /**
   * Opens a finance section's page, types {@code values} over what it shows and saves: the save
   * goes back to the finance overview.
   */
  private static void saveSection(
      WebClient web, String id, String section, Map<String, String> values) {
    String path = finance(id, section);
    WebClient.Page page = web.get(path);
    assertThat(page.status()).as(section).isEqualTo(200);
    Map<String, String> form = formFields(page.body());
    form.putAll(values);
    WebClient.Page saved = web.post(path, form, path);
    assertSaved(saved);
    assertThat(saved.location())
        .as(section)
        .endsWith("/plans/" + id + "/edit/finance?saved=" + section);
  }

  @Test
  void everyFinanceValueOfABlankPlanIsSavedFromItsSectionsPageAndTheDfgFindingIsFixed() {
    String id = blankPlan();
    assertThat(findings(id, DFG)).as("the DFG is pooled but not passed through").isNotEmpty();
    WebClient web = signedIn(EDITOR);

    // the overview: a row per section with a "Change" link, nothing given yet
    WebClient.Page overview = web.get(edit(id, "finance"));
    assertThat(overview.status()).isEqualTo(200);
    assertThat(overview.body())
        .contains("<title>Pooled budget and other finance – ")
        .contains("govuk-summary-list")
        .contains("Not given")
        .doesNotContain("id=\"edit-form\"");
    for (String section : SECTIONS) {
      assertThat(overview.body()).contains("href=\"" + finance(id, section) + "\"");
    }

    // the DFG finding links to the field at fault on its section's page
    String link = finance(id, "dfg-pass-through") + "#f-dfg-passThrough";
    assertThat(web.get("/plans/" + id).body()).contains("href=\"" + link + "\"");
    WebClient.Page dfg = web.get(finance(id, "dfg-pass-through"));
    assertThat(dfg.body())
        .contains("<title>Disabled Facilities Grant passed through – ")
        .contains("id=\"f-dfg-passThrough\"")
        .contains("Underspend brought forward into 2025/26")
        .doesNotContain("id=\"f-pooledBudget-host\"")
        .doesNotContain("id=\"f-declared");
    // a row added without JavaScript, its housing authority chosen by name
    String dfgPath = finance(id, "dfg-pass-through");
    WebClient.Page added =
        web.post(dfgPath, addRow(formFields(dfg.body()), "/dfg/passThrough"), dfgPath);
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.body())
        .contains("id=\"f-dfg-passThrough-0-district\"")
        .contains(">Nuneaton and Bedworth Borough Council</option>");

    saveSection(
        web,
        id,
        "pooled-budget",
        Map.ofEntries(
            Map.entry("/pooledBudget/host", "wcc"),
            Map.entry("/pooledBudget/arrangement", "Section 75 agreement"),
            Map.entry("/pooledBudget/riskShare", "Overspends fall to the commissioning partner."),
            Map.entry("rows:/pooledBudget/riskShares", "1"),
            Map.entry("/pooledBudget/riskShares/0/description", "Payment for performance"),
            Map.entry("/pooledBudget/riskShares/0/condition", "Admissions fall by 3.5%"),
            Map.entry("/pooledBudget/riskShares/0/retainedShare", "25%"),
            Map.entry("/pooledBudget/riskShares/0/amount/2025-26", "£400,000"),
            Map.entry("/pooledBudget/riskShares/0/retained/2025-26", "100,000"),
            Map.entry("rows:/pooledBudget/pools", "1"),
            Map.entry("/pooledBudget/pools/0/name", "Integrated community equipment"),
            Map.entry("/pooledBudget/pools/0/host", "wcc"),
            Map.entry("/pooledBudget/pools/0/amounts/2025-26", "2,500,000")));
    saveSection(
        web,
        id,
        "dfg-pass-through",
        Map.of(
            "rows:/dfg/passThrough", "1",
            "/dfg/passThrough/0/year", "2025-26",
            "/dfg/passThrough/0/district", "nbbc",
            "/dfg/passThrough/0/amount", "1,000,000",
            "/dfg/carriedForward/2025-26", "12,000"));
    assertThat(findings(id, DFG)).as("passed through in full").isEmpty();
    saveSection(
        web,
        id,
        "dfg-allocation",
        Map.of(
            "rows:/dfg/allocation", "1",
            "/dfg/allocation/0/year", "2025-26",
            "/dfg/allocation/0/district", "nbbc",
            "/dfg/allocation/0/total", "1,000,000",
            "/dfg/allocation/0/dfg", "800,000",
            "/dfg/allocation/0/other", "200,000"));
    saveSection(
        web,
        id,
        "ibcf",
        Map.of(
            "rows:/ibcf/purposes", "1",
            "/ibcf/purposes/0/purpose", "Meeting adult social care needs",
            "/ibcf/purposes/0/objectives", "Stabilise the home care market.",
            "/ibcf/purposes/0/amounts/2025-26", "3,000,000"));
    saveSection(
        web,
        id,
        "out-of-hospital",
        Map.of(
            "rows:/outOfHospital/spend", "1",
            "/outOfHospital/spend/0/areaOfSpend", "Community Health",
            "/outOfHospital/spend/0/amounts/2025-26", "5,000,000",
            "/outOfHospital/ringFence/2025-26", "4,000,000"));
    saveSection(
        web,
        id,
        "social-care",
        Map.of(
            "/socialCareMaintenance/baseline/2025-26", "6,000,000",
            "/socialCareMaintenance/planned/2025-26", "6,300,000",
            "/socialCareMaintenance/uplift/2025-26", "1.79%"));
    saveSection(
        web,
        id,
        "contingency",
        Map.of(
            "rows:/contingency", "1",
            "/contingency/0/period", "ongoing",
            "/contingency/0/plannedSavings", "250,000",
            "/contingency/0/maximumSupport", "750,000"));
    saveSection(
        web,
        id,
        "payment-for-performance",
        Map.ofEntries(
            Map.entry("/paymentForPerformance/valuePerAvoidedAdmission", "1,490"),
            Map.entry("rows:/paymentForPerformance/byHwb", "1"),
            Map.entry("/paymentForPerformance/byHwb/0/hwb", "warwickshire"),
            Map.entry("/paymentForPerformance/byHwb/0/baselineAdmissions", "60000"),
            Map.entry("/paymentForPerformance/byHwb/0/plannedReduction", "2100"),
            Map.entry("/paymentForPerformance/byHwb/0/plannedReductionPercent", "3.5"),
            Map.entry("rows:/paymentForPerformance/schedule", "1"),
            Map.entry("/paymentForPerformance/schedule/0/payment", "At year end"),
            Map.entry("/paymentForPerformance/schedule/0/share", "50%")));

    JsonNode doc = document(id);
    assertThat(doc.at("/pooledBudget/host").asString()).isEqualTo("wcc");
    assertThat(doc.at("/pooledBudget/arrangement").asString()).isEqualTo("Section 75 agreement");
    assertThat(doc.at("/pooledBudget/riskShare").asString()).startsWith("Overspends");
    JsonNode share = doc.at("/pooledBudget/riskShares/0");
    assertThat(share.at("/retainedShare").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(share.at("/amount/2025-26").decimalValue()).isEqualByComparingTo("400000");
    assertThat(share.at("/retained/2025-26").decimalValue()).isEqualByComparingTo("100000");
    assertThat(share.at("/condition").asString()).isEqualTo("Admissions fall by 3.5%");
    assertThat(doc.at("/pooledBudget/pools/0/host").asString()).isEqualTo("wcc");
    assertThat(doc.at("/pooledBudget/pools/0/amounts/2025-26").decimalValue())
        .isEqualByComparingTo("2500000");
    assertThat(doc.at("/dfg/passThrough/0/district").asString()).isEqualTo("nbbc");
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(doc.at("/dfg/allocation/0/other").decimalValue()).isEqualByComparingTo("200000");
    assertThat(doc.at("/dfg/carriedForward/2025-26").decimalValue()).isEqualByComparingTo("12000");
    assertThat(doc.at("/ibcf/purposes/0/purpose").asString()).startsWith("Meeting adult");
    assertThat(doc.at("/ibcf/purposes/0/amounts/2025-26").decimalValue())
        .isEqualByComparingTo("3000000");
    assertThat(doc.at("/outOfHospital/spend/0/areaOfSpend").asString())
        .isEqualTo("Community Health");
    assertThat(doc.at("/outOfHospital/ringFence/2025-26").decimalValue())
        .isEqualByComparingTo("4000000");
    assertThat(doc.at("/socialCareMaintenance/planned/2025-26").decimalValue())
        .isEqualByComparingTo("6300000");
    assertThat(doc.at("/socialCareMaintenance/uplift/2025-26").decimalValue())
        .isEqualByComparingTo("0.0179");
    assertThat(doc.at("/contingency/0/period").asString()).isEqualTo("ongoing");
    assertThat(doc.at("/contingency/0/maximumSupport").decimalValue())
        .isEqualByComparingTo("750000");
    assertThat(doc.at("/paymentForPerformance/valuePerAvoidedAdmission").decimalValue())
        .isEqualByComparingTo("1490");
    assertThat(doc.at("/paymentForPerformance/byHwb/0/hwb").asString()).isEqualTo("warwickshire");
    assertThat(doc.at("/paymentForPerformance/byHwb/0/plannedReductionPercent").decimalValue())
        .isEqualByComparingTo("3.5");
    assertThat(doc.at("/paymentForPerformance/schedule/0/share").decimalValue())
        .isEqualByComparingTo("0.5");
    assertThat(findings(id, DFG)).as("still passed through in full").isEmpty();

    // the overview shows each section's key figures as money, in words
    WebClient.Page filled = web.get(edit(id, "finance") + "?saved=contingency");
    assertThat(filled.body())
        .contains("Saved. The plan is now at version")
        .contains("Host: Warwickshire County Council")
        .contains("1 risk share, £400,000 at risk")
        .contains("2025/26: £1,000,000 passed to housing authorities")
        .contains("Carried forward into 2025/26: £12,000")
        .contains("2025/26: £1,000,000 allocated")
        .contains("2025/26: £3,000,000")
        .contains("2025/26: £5,000,000 spend")
        .contains("2025/26: £4,000,000 ring-fenced")
        .contains("2025/26: £6,300,000 planned on social care")
        .contains("2025/26: inflation uplift 1.79%")
        .contains("1 contingency line, up to £750,000 of support")
        .contains("£1,490 for each emergency admission avoided")
        .contains("Paid in 1 instalment");

    // each page shown again as typed, in words; saving it unchanged makes no new version
    assertThat(web.get(finance(id, "pooled-budget")).body()).contains("value=\"25%\"");
    assertThat(web.get(finance(id, "social-care")).body()).contains("value=\"1.79%\"");
    int before = version(id);
    for (String section : SECTIONS) {
      saveSection(web, id, section, Map.of());
    }
    assertThat(version(id)).isEqualTo(before);
  }

  @Test
  void theSeedsFinanceIsEditedASectionAtATime() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient web = signedIn(EDITOR);
    WebClient.Page page = web.get(finance(id, "dfg-pass-through"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(">North Warwickshire Borough Council</option>")
        .contains("id=\"f-dfg-passThrough-0-amount\"")
        .contains("value=\"801,000\"")
        .contains("2018/19 (5 pass-throughs)");
    assertThat(web.get(finance(id, "ibcf")).body()).contains("id=\"f-ibcf-purposes-0-purpose\"");
    assertThat(web.get(finance(id, "explanations")).body())
        .contains("id=\"f-explanations-0-text\"");
    assertThat(web.get(edit(id, "finance")).body())
        .contains("2017/18: £4,632,000 passed to housing authorities")
        .contains("4 purposes");
    int before = version(id);

    saveSection(
        web,
        id,
        "dfg-pass-through",
        Map.of(
            "/dfg/passThrough/0/amount", "802,000",
            "/dfg/passThrough/1/district", "wdc",
            // a value of another section posted by hand to this page is not saved
            "/pooledBudget/host", "wcc"));
    JsonNode doc = document(id);
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("802000");
    assertThat(doc.at("/dfg/passThrough/1/district").asString()).isEqualTo("wdc");
    assertThat(doc.at("/pooledBudget/host").isMissingNode()).as("not this page's").isTrue();
    assertThat(doc.at("/pooledBudget/arrangement").asString()).startsWith("Section 75");
    assertThat(doc.at("/explanations/0/rule").asString()).isEqualTo(DFG);
    assertThat(version(id)).isEqualTo(before + 1);

    saveSection(web, id, "pooled-budget", Map.of("/pooledBudget/host", "wcc"));
    doc = document(id);
    assertThat(doc.at("/pooledBudget/host").asString()).isEqualTo("wcc");
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("802000");
    assertThat(version(id)).isEqualTo(before + 2);
  }

  @Test
  void savingASeedsFinanceAndMetricsUnchangedMakesNoNewVersion() {
    Map<String, String> editors =
        Map.of(
            "warwickshire-2014-16", EDITOR,
            "warwickshire-2017-19", EDITOR,
            "dorset-2015-16", OTHER_EDITOR);
    for (Map.Entry<String, String> seed : editors.entrySet()) {
      String id = copyOfSeed(seed.getKey());
      // Every finance section and every metric's own page (MetricPages).
      List<String> pages = new java.util.ArrayList<>();
      SECTIONS.forEach(s -> pages.add("finance/" + s));
      int metrics = bcf.golden.Examples.plan(seed.getKey()).metrics().size();
      assertThat(metrics).as(seed.getKey()).isPositive();
      for (int m = 1; m <= metrics; m++) {
        pages.add("metrics/" + m);
      }
      WebClient web = web();
      assertThat(web.signIn(seed.getValue(), PASSWORD).status()).isIn(302, 303);
      for (String part : pages) {
        String path = edit(id, part);
        WebClient.Page page = web.get(path);
        assertThat(page.status()).as(seed.getKey() + " " + part).isEqualTo(200);
        int before = version(id);
        assertSaved(web.post(path, formFields(page.body()), path));
        assertThat(version(id)).as(seed.getKey() + " " + part).isEqualTo(before);
      }
    }
  }

  @Test
  void badFinanceInputIsRefusedInWordsAndNothingIsSaved() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient web = signedIn(EDITOR);
    int before = version(id);

    String dfg = finance(id, "dfg-pass-through");
    Map<String, String> form = formFields(web.get(dfg).body());
    form.put("/dfg/passThrough/0/amount", "-5");
    form.put("/dfg/passThrough/1/district", "no-such-council");
    form.put("/dfg/carriedForward/2018-19", "12,000");
    WebClient.Page refused = web.post(dfg, form, dfg);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: Disabled Facilities Grant passed through – ")
        .contains("There is a problem")
        .contains("Pass-through 1: Enter amount passed through as £0 or more")
        .contains("Pass-through 2: Choose housing authority from the list")
        .contains("href=\"#f-dfg-passThrough-0-amount\"")
        .contains("value=\"12,000\"")
        .doesNotContain("Exception");

    String pooled = finance(id, "pooled-budget");
    form = formFields(web.get(pooled).body());
    form.put("rows:/pooledBudget/riskShares", "1");
    form.put("/pooledBudget/riskShares/0/description", "Payment for performance");
    form.put("/pooledBudget/riskShares/0/retainedShare", "150%");
    form.put("/pooledBudget/host", "an-id-typed-by-hand");
    form.put("/pooledBudget/arrangement", "Changed, but not saved");
    refused = web.post(pooled, form, pooled);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains(
            "Risk share 1: Enter share retained if the condition is not met as a percentage"
                + " from 0% to 100%")
        .contains("Choose host of the pooled budget from the list")
        .doesNotContain("Exception");

    String contingency = finance(id, "contingency");
    form = formFields(web.get(contingency).body());
    form.put("rows:/contingency", "1");
    form.put("/contingency/0/period", "2099-00");
    form.put("/contingency/0/maximumSupport", "-750,000");
    refused = web.post(contingency, form, contingency);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Contingency line 1: Choose year from the list")
        .contains("Contingency line 1: Enter maximum support needed if targets are not met as £0");

    assertThat(version(id)).as("nothing saved").isEqualTo(before);
    JsonNode doc = document(id);
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("801000");
    assertThat(doc.at("/dfg/carriedForward/2018-19").isMissingNode()).isTrue();
    assertThat(doc.at("/pooledBudget/arrangement").asString()).startsWith("Section 75");

    WebClient.Page unknown = web.get(finance(id, "no-such-section"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("There is no finance page").doesNotContain("Exception");
    // the whole part is saved only a section at a time
    Map<String, String> whole = formFields(web.get(dfg).body());
    whole.put("/dfg/passThrough/0/amount", "1");
    WebClient.Page part = web.post(edit(id, "finance"), whole, dfg);
    assertThat(part.status()).isEqualTo(400);
    assertThat(part.body()).contains("Finance is saved a section at a time");
    assertThat(version(id)).isEqualTo(before);
  }

  @Test
  void aConflictOnOneSectionIsRefusedWithWhatChangedAndOtherSectionsAreKept() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient first = signedIn(EDITOR);
    WebClient second = signedIn(EDITOR);
    String dfg = finance(id, "dfg-pass-through");
    String ibcf = finance(id, "ibcf");
    Map<String, String> mine = formFields(first.get(dfg).body());
    Map<String, String> myIbcf = formFields(first.get(ibcf).body());
    Map<String, String> theirs = formFields(second.get(dfg).body());
    theirs.put("/dfg/passThrough/0/amount", "900,000");
    assertThat(second.post(dfg, theirs, dfg).status()).isIn(302, 303);

    // the same section: refused with their change, in words and money
    mine.put("/dfg/passThrough/0/amount", "700,000");
    WebClient.Page conflict = first.post(dfg, mine, dfg);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("Someone else changed")
        .containsPattern("900,?000")
        .contains("value=\"700,000\"");
    assertThat(document(id).at("/dfg/passThrough/0/amount").decimalValue())
        .isEqualByComparingTo("900000");

    // another section, from a form opened before their save: saved over their version, theirs kept
    myIbcf.put("/ibcf/purposes/0/amounts/2017-18", "1,234,567");
    assertSaved(first.post(ibcf, myIbcf, ibcf));
    JsonNode doc = document(id);
    assertThat(doc.at("/ibcf/purposes/0/amounts/2017-18").decimalValue())
        .isEqualByComparingTo("1234567");
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("900000");

    // saving the refused form again, from the version it now shows, replaces their value
    Map<String, String> again = formFields(conflict.body());
    assertSaved(first.post(dfg, again, dfg));
    doc = document(id);
    assertThat(doc.at("/dfg/passThrough/0/amount").decimalValue()).isEqualByComparingTo("700000");
    assertThat(doc.at("/ibcf/purposes/0/amounts/2017-18").decimalValue())
        .isEqualByComparingTo("1234567");
  }

  @Test
  void anExplanationIsRecordedFromTheFindingItself() {
    String id = blankPlan();
    WebClient web = signedIn(EDITOR);
    WebClient.Page overview = web.get("/plans/" + id);
    String link = "/plans/" + id + "/explain?rule=" + DFG + "&amp;where=dfg.passThrough";
    assertThat(overview.body()).contains("href=\"" + link + "\"");
    String path = link.replace("&amp;", "&");
    WebClient.Page page = web.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Explain a finding – ")
        .contains("Disabled Facilities Grant passed through")
        .contains("does not show it passed to the housing authorities")
        .doesNotContain(">dfg-passthrough<");
    Map<String, String> form = formFields(page.body());
    int before = version(id);

    form.put("text", "  ");
    WebClient.Page blank = web.post("/plans/" + id + "/explain", form, path);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("<title>Error: ").contains("Enter the explanation");
    Map<String, String> unknown = new LinkedHashMap<>(form);
    unknown.put("rule", "no-such-rule");
    unknown.put("text", "Because.");
    WebClient.Page refused = web.post("/plans/" + id + "/explain", unknown, path);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("not one the round checks");
    assertThat(version(id)).isEqualTo(before);

    form.put("year", "2025-26");
    form.put("text", "The council passes the grant on in the first week of April.");
    WebClient.Page saved = web.post("/plans/" + id + "/explain", form, path);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode explanation = document(id).at("/explanations/0");
    assertThat(explanation.at("/rule").asString()).isEqualTo(DFG);
    assertThat(explanation.at("/year").asString()).isEqualTo("2025-26");
    assertThat(explanation.at("/where").asString()).isEqualTo("dfg.passThrough");
    assertThat(findings(id, DFG))
        .allSatisfy(f -> assertThat(f.path("explanation").asString()).contains("first week"));
    assertThat(web.get("/plans/" + id).body())
        .contains("The plan explains: The council passes the grant on");

    // the same form again is based on an earlier version: refused, nothing lost
    form.put("text", "Passed on in April.");
    assertThat(web.post("/plans/" + id + "/explain", form, path).status()).isEqualTo(409);
    // explaining it again replaces the explanation rather than adding another
    form = formFields(web.get(path).body());
    assertThat(form.get("text")).startsWith("The council passes");
    assertThat(form.get("year")).isEqualTo("2025-26");
    form.put("text", "Passed on in April.");
    assertSaved(web.post("/plans/" + id + "/explain", form, path));
    JsonNode all = document(id).at("/explanations");
    assertThat(all.size()).isEqualTo(1);
    assertThat(all.at("/0/text").asString()).isEqualTo("Passed on in April.");
  }

  /** A save that went through: the page answered with a redirect (else its errors are shown). */
  private static void assertSaved(WebClient.Page page) {
    String errors =
        page.body().contains("error-summary__list")
            ? page.body().substring(page.body().indexOf("error-summary__list"))
            : page.body();
    assertThat(page.status())
        .as(errors.substring(0, Math.min(2000, errors.length())))
        .isIn(302, 303);
  }

  private static Map<String, String> addRow(Map<String, String> form, String section) {
    Map<String, String> more = new LinkedHashMap<>(form);
    more.put("action", "add-row:" + section);
    return more;
  }
}
