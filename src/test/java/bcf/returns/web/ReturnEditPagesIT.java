package bcf.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A return's pages to fill each section, sign it for the board, submit it and give the assurer's
 * view: a save from the version the page was opened at, someone else's save in between refused in
 * words, a broken rule shown at its field with nothing saved, and each move refused in words to
 * whoever may not make it.
 */
class ReturnEditPagesIT extends AppTestSupport {

  private String plan;
  private String ret;
  private WebClient editor;

  @BeforeEach
  void aDraftReturn() {
    plan = copyOfSeed("warwickshire-2014-16");
    editor = web();
    editor.signIn(EDITOR, PASSWORD);
    WebClient.Page started =
        editor.post(
            "/plans/" + plan + "/returns",
            Map.of("period", "2015-16|Q1"),
            "/plans/" + plan + "/returns");
    assertThat(started.status()).isIn(302, 303);
    ret = plan + "-2015-16-q1";
  }

  private String section(String code) {
    return "/returns/" + ret + "/sections/" + code;
  }

  private int version() {
    return Integer.parseInt(
        api(ADMIN).get("/api/v1/returns/" + ret).header("ETag").replace("\"", ""));
  }

  private JsonNode document() {
    return api(ADMIN).get("/api/v1/returns/" + ret + "/document").json();
  }

  @Test
  void the_return_page_links_each_section_of_the_round_and_says_what_happens_next() {
    WebClient.Page page = editor.get("/returns/" + ret);
    assertThat(page.body())
        .contains("Fill the return")
        .contains(section("budget-arrangements"))
        .contains(section("national-conditions"))
        .contains(section("metric-progress"))
        .contains(section("income-and-expenditure"))
        .contains(section("narrative"))
        .doesNotContain(section("high-impact-change-model")) // not in 2014-16
        .contains("No board has signed off this version yet.")
        .contains("Each board&#39;s signatory signs it off");
    // A reader who may not edit is not offered the sections.
    WebClient assurer = web();
    assurer.signIn(ASSURER, PASSWORD);
    assertThat(assurer.get("/returns/" + ret).body()).doesNotContain(section("narrative"));
    assertThat(assurer.get(section("narrative")).status()).isEqualTo(403);
  }

  @Test
  void a_national_condition_is_chosen_in_words_and_saved_with_its_expected_date() {
    WebClient.Page form = editor.get(section("national-conditions"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("National conditions: ")
        .contains("Plans to be jointly agreed")
        .contains(">Partly met</option>")
        .contains("Day")
        .doesNotContain("not-met\">Not met</option>".replace("not-met", "x")); // words shown
    int before = version();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(before));
    fields.put("r0-status", "not-met");
    fields.put("r0-expectedDate-day", "31");
    fields.put("r0-expectedDate-month", "3");
    fields.put("r0-expectedDate-year", "2016");
    fields.put("r0-narrative", "Agreed at the March board");
    WebClient.Page saved =
        editor.post(section("national-conditions"), fields, section("narrative"));
    assertThat(saved.status()).isIn(302, 303);
    assertThat(saved.location()).contains("/returns/" + ret + "?saved=national-conditions");
    assertThat(version()).isEqualTo(before + 1);
    JsonNode row = document().path("nationalConditions").get(0);
    assertThat(row.path("status").asString()).isEqualTo("not-met");
    assertThat(row.path("expectedDate").asString()).isEqualTo("2016-03-31");
    assertThat(row.path("narrative").asString()).isEqualTo("Agreed at the March board");
    assertThat(document().path("nationalConditions").size()).isEqualTo(1);
    WebClient.Page page = editor.get("/returns/" + ret + "?saved=national-conditions");
    assertThat(page.body())
        .contains("National conditions saved")
        .contains("not met")
        .contains("31 March 2016");
    // The page opens again with the saved values.
    WebClient.Page again = editor.get(section("national-conditions"));
    assertThat(again.body()).contains("value=\"31\"").contains("Agreed at the March board");
  }

  @Test
  void a_broken_rule_is_shown_at_its_field_and_nothing_is_saved() {
    int before = version();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(before));
    // Met, but expected after the return's date (30 June 2015): return-met-date.
    fields.put("r0-status", "met");
    fields.put("r0-expectedDate-day", "1");
    fields.put("r0-expectedDate-month", "1");
    fields.put("r0-expectedDate-year", "2030");
    WebClient.Page refused =
        editor.post(section("national-conditions"), fields, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: National conditions")
        .contains("govuk-error-summary")
        .contains("href=\"#r0-expectedDate-day\"")
        .contains("id=\"r0-expectedDate-day-error\"")
        .contains("value=\"2030\"");
    assertThat(version()).isEqualTo(before);
    assertThat(document().path("nationalConditions").size()).isZero();

    // A status for a row with only a date given is asked for.
    Map<String, String> noStatus = new LinkedHashMap<>();
    noStatus.put("baseVersion", String.valueOf(before));
    noStatus.put("r1-expectedDateText", "by the end of the year");
    WebClient.Page asked =
        editor.post(section("national-conditions"), noStatus, section("narrative"));
    assertThat(asked.status()).isEqualTo(400);
    assertThat(asked.body()).contains("href=\"#r1-status\"").contains("Choose the status of");
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void amounts_are_in_pounds_and_one_that_is_not_is_refused_at_its_field() {
    WebClient.Page form = editor.get(section("income-and-expenditure"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Actual to date").contains("Plan for the year");
    int before = version();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("baseVersion", String.valueOf(before));
    bad.put("r0-actualToDate", "lots");
    WebClient.Page refused =
        editor.post(section("income-and-expenditure"), bad, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("href=\"#r0-actualToDate\"")
        .contains("must be an amount in pounds");
    assertThat(version()).isEqualTo(before);

    Map<String, String> negative = new LinkedHashMap<>();
    negative.put("baseVersion", String.valueOf(before));
    negative.put("r0-actualToDate", "-5");
    WebClient.Page rule =
        editor.post(section("income-and-expenditure"), negative, section("narrative"));
    assertThat(rule.status()).isEqualTo(400);
    assertThat(rule.body()).contains("href=\"#r0-actualToDate\"");
    assertThat(version()).isEqualTo(before);

    String plan =
        document()
            .path("incomeAndExpenditure")
            .path("expenditure")
            .get(0)
            .path("plan")
            .decimalValue()
            .stripTrailingZeros()
            .toPlainString();
    assertThat(form.body()).contains("value=\"" + plan + "\"");
    Map<String, String> good = new LinkedHashMap<>();
    good.put("baseVersion", String.valueOf(before));
    good.put("r0-plan", plan);
    good.put("r0-actualToDate", "£1,234,567.50");
    good.put("r0-forecastOutturn", "2500000");
    WebClient.Page saved =
        editor.post(section("income-and-expenditure"), good, section("narrative"));
    assertThat(saved.status()).isIn(302, 303);
    JsonNode line = document().path("incomeAndExpenditure").path("expenditure").get(0);
    assertThat(line.path("actualToDate").decimalValue()).isEqualByComparingTo("1234567.50");
    assertThat(line.path("forecastOutturn").decimalValue()).isEqualByComparingTo("2500000");
    // The plan's figure, pre-filled and posted back, stays.
    assertThat(line.path("plan").decimalValue()).isEqualByComparingTo(plan);
    assertThat(editor.get("/returns/" + ret).body()).contains("£1,234,567.50");
  }

  @Test
  void metric_progress_keeps_what_was_prefilled_and_is_chosen_in_words() {
    JsonNode prefilled = document().path("metrics");
    WebClient.Page form = editor.get(section("metric-progress"));
    assertThat(form.body()).contains(">On track</option>").contains(">Data not available</option>");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(version()));
    fields.put("r0-progress", "on-track");
    assertThat(editor.post(section("metric-progress"), fields, section("narrative")).status())
        .isIn(302, 303);
    JsonNode metrics = document().path("metrics");
    assertThat(metrics.size()).isEqualTo(prefilled.size());
    assertThat(metrics.get(0).path("progress").asString()).isEqualTo("on-track");
    assertThat(metrics.get(0).path("metric")).isEqualTo(prefilled.get(0).path("metric"));
    assertThat(metrics.get(0).path("latestActual"))
        .isEqualTo(prefilled.get(0).path("latestActual"));

    fields.put("baseVersion", String.valueOf(version()));
    fields.put("r0-progress", "excellent");
    WebClient.Page refused = editor.post(section("metric-progress"), fields, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose one of the options listed");
  }

  @Test
  void a_save_from_an_older_version_of_the_same_section_is_refused_in_words() {
    int opened = version();
    WebClient other = web();
    other.signIn(EDITOR, PASSWORD);
    Map<String, String> theirs = new LinkedHashMap<>();
    theirs.put("baseVersion", String.valueOf(opened));
    theirs.put("progress", "Their words");
    assertThat(other.post(section("narrative"), theirs, section("narrative")).status())
        .isIn(302, 303);

    Map<String, String> mine = new LinkedHashMap<>();
    mine.put("baseVersion", String.valueOf(opened));
    mine.put("progress", "My words");
    WebClient.Page conflict = editor.post(section("narrative"), mine, section("narrative"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("changed after you opened version " + opened)
        .contains("Nothing was saved")
        .contains("My words")
        .contains("name=\"baseVersion\" value=\"" + (opened + 1) + "\"");
    assertThat(document().path("narrative").path("progress").asString()).isEqualTo("Their words");

    // Saved again from the version shown, it replaces theirs.
    mine.put("baseVersion", String.valueOf(opened + 1));
    assertThat(editor.post(section("narrative"), mine, section("narrative")).status())
        .isIn(302, 303);
    assertThat(document().path("narrative").path("progress").asString()).isEqualTo("My words");
  }

  @Test
  void the_board_signs_the_editor_submits_and_the_assurer_gives_a_view_each_refused_to_others() {
    WebClient signatory = web();
    signatory.signIn(SIGNATORY, PASSWORD);
    String sign = "/returns/" + ret + "/actions/sign-off";
    assertThat(signatory.get("/returns/" + ret).body()).contains(sign);
    WebClient.Page confirm = signatory.get(sign);
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("Sign off the return for your board – bcf")
        .contains("Warwickshire Health and Wellbeing Board");
    // The editor may not sign, nor may the signatory submit.
    assertThat(editor.get(sign).status()).isEqualTo(403);
    assertThat(editor.post(sign, Map.of("hwb", "warwickshire"), "/returns/" + ret).status())
        .isEqualTo(403);
    assertThat(signatory.get("/returns/" + ret + "/actions/submit").status()).isEqualTo(403);

    // Submitting before sign-off is refused in words.
    WebClient.Page early = editor.get("/returns/" + ret + "/actions/submit");
    assertThat(early.status()).isEqualTo(200);
    assertThat(early.body())
        .contains("until every board has signed it off")
        .doesNotContain("id=\"confirm\"");
    WebClient.Page earlyPost =
        editor.post("/returns/" + ret + "/actions/submit", Map.of(), "/returns/" + ret);
    assertThat(earlyPost.status()).isEqualTo(409);
    assertThat(earlyPost.body()).contains("cannot be submitted");

    WebClient.Page unchosen = signatory.post(sign, Map.of(), sign);
    assertThat(unchosen.status()).isEqualTo(400);
    assertThat(unchosen.body()).contains("Error: ").contains("Choose the board you sign for");

    WebClient.Page signed = signatory.post(sign, Map.of("hwb", "warwickshire"), sign);
    assertThat(signed.status()).isIn(302, 303);
    assertThat(signed.location()).contains("?done=sign-off");
    WebClient.Page afterSign = editor.get("/returns/" + ret);
    assertThat(afterSign.body())
        .contains("Signed off by the HWB")
        .contains("/returns/" + ret + "/actions/submit")
        .doesNotContain("No board has signed off this version yet.");
    WebClient.Page twice = signatory.post(sign, Map.of("hwb", "warwickshire"), "/returns/" + ret);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("cannot be signed off");

    WebClient.Page submitted =
        editor.post("/returns/" + ret + "/actions/submit", Map.of(), "/returns/" + ret);
    assertThat(submitted.status()).isIn(302, 303);
    assertThat(editor.get("/returns/" + ret).body())
        .contains("Submitted")
        .doesNotContain(section("narrative"));
    // Nothing more is filled once submitted.
    assertThat(editor.get(section("narrative")).status()).isEqualTo(409);

    WebClient assurer = web();
    assurer.signIn(ASSURER, PASSWORD);
    String assure = "/returns/" + ret + "/actions/assure";
    assertThat(assurer.get("/returns/" + ret).body()).contains(assure);
    assertThat(editor.get(assure).status()).isEqualTo(403);
    WebClient.Page empty = assurer.post(assure, Map.of("comment", " "), assure);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("Give the assurer&#39;s view of the return");
    WebClient.Page assured =
        assurer.post(assure, Map.of("comment", "Assured: conditions on course"), assure);
    assertThat(assured.status()).isIn(302, 303);
    assertThat(assurer.get("/returns/" + ret).body())
        .contains("Assured")
        .contains("Assured: conditions on course");
  }

  @Test
  void the_national_desk_links_to_the_stocktake() {
    WebClient assurer = web();
    assurer.signIn(NATIONAL_ASSURER, PASSWORD);
    assertThat(assurer.get("/national?round=2017-19").body())
        .contains("/national/stocktake?round=2017-19");
  }

  @Test
  void payment_for_performance_is_filled_on_its_page_and_a_wrong_maximum_is_refused_beside_it() {
    WebClient.Page returnPage = editor.get("/returns/" + ret);
    assertThat(returnPage.body()).contains(section("payment-for-performance"));
    WebClient.Page form = editor.get(section("payment-for-performance"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("<title>Payment for performance: ")
        .contains("Value of each emergency admission avoided")
        .contains("Warwickshire Health and Wellbeing Board")
        .contains("Most payable in total")
        .doesNotContain("byHwb");
    int before = version();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(before));
    fields.put("valuePerAvoidedAdmission", "755");
    fields.put("r0-maximumReduction", "584");
    fields.put("r0-maximumPayment", "£440,921");
    fields.put("maximumTotal", "440921");
    fields.put("paymentLikely", "no");
    fields.put("judgement", "Unlikely on current performance");
    WebClient.Page refused =
        editor.post(section("payment-for-performance"), fields, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: Payment for performance")
        .contains("href=\"#r0-maximumPayment\"")
        .contains("id=\"r0-maximumPayment-error\"")
        .contains("584 admissions at £755 each is £440,920")
        .contains("value=\"£440,921\"");
    assertThat(version()).isEqualTo(before);
    assertThat(document().path("paymentForPerformance").path("byHwb").isArray()).isFalse();

    Map<String, String> count = new LinkedHashMap<>(fields);
    count.put("r0-maximumReduction", "many");
    WebClient.Page notACount =
        editor.post(section("payment-for-performance"), count, section("narrative"));
    assertThat(notACount.status()).isEqualTo(400);
    assertThat(notACount.body())
        .contains("href=\"#r0-maximumReduction\"")
        .contains("must be a whole number of admissions");
    assertThat(version()).isEqualTo(before);

    fields.put("r0-maximumPayment", "440920");
    fields.put("maximumTotal", "440920");
    WebClient.Page saved =
        editor.post(section("payment-for-performance"), fields, section("narrative"));
    assertThat(saved.status()).isIn(302, 303);
    assertThat(version()).isEqualTo(before + 1);
    JsonNode p4p = document().path("paymentForPerformance");
    assertThat(p4p.path("valuePerAvoidedAdmission").decimalValue()).isEqualByComparingTo("755");
    assertThat(p4p.path("byHwb").get(0).path("hwb").asString()).isEqualTo("warwickshire");
    assertThat(p4p.path("byHwb").get(0).path("maximumReduction").asInt()).isEqualTo(584);
    assertThat(p4p.path("byHwb").get(0).path("maximumPayment").decimalValue())
        .isEqualByComparingTo("440920");
    assertThat(p4p.path("maximumTotal").decimalValue()).isEqualByComparingTo("440920");
    assertThat(p4p.path("paymentLikely").asBoolean()).isFalse();
    assertThat(p4p.path("judgement").asString()).isEqualTo("Unlikely on current performance");

    // A second save from the version the first was opened at is refused in words.
    fields.put("judgement", "Someone else's view");
    WebClient.Page conflict =
        editor.post(section("payment-for-performance"), fields, section("narrative"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body()).contains("govuk-error-summary").contains("conflict-hint");
    assertThat(version()).isEqualTo(before + 1);
    assertThat(document().path("paymentForPerformance").path("judgement").asString())
        .isEqualTo("Unlikely on current performance");
  }

  @Test
  void a_schemes_host_is_chosen_from_the_plans_organisations_by_name() {
    WebClient.Page form = editor.get(section("budget-arrangements"));
    assertThat(form.body())
        .contains("Host organisation")
        .contains(">Warwickshire County Council</option>")
        .contains(">No host named</option>");
    int before = version();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(before));
    fields.put("r0-arrangement", "pooled");
    fields.put("r0-host", "nowhere");
    WebClient.Page refused =
        editor.post(section("budget-arrangements"), fields, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("href=\"#r0-host\"").contains("Choose one of the options");
    assertThat(version()).isEqualTo(before);

    Map<String, String> noArrangement = new LinkedHashMap<>();
    noArrangement.put("baseVersion", String.valueOf(before));
    noArrangement.put("r1-host", "wcc");
    WebClient.Page asked =
        editor.post(section("budget-arrangements"), noArrangement, section("narrative"));
    assertThat(asked.status()).isEqualTo(400);
    assertThat(asked.body()).contains("href=\"#r1-arrangement\"");
    assertThat(version()).isEqualTo(before);

    fields.put("r0-host", "wcc");
    WebClient.Page saved =
        editor.post(section("budget-arrangements"), fields, section("narrative"));
    assertThat(saved.status()).isIn(302, 303);
    JsonNode row = document().path("budgetArrangements").path("schemes").get(0);
    assertThat(row.path("arrangement").asString()).isEqualTo("pooled");
    assertThat(row.path("host").asString()).isEqualTo("wcc");
    WebClient.Page again = editor.get(section("budget-arrangements"));
    assertThat(again.body()).contains("value=\"wcc\" selected");
  }

  @Test
  void an_expenditure_lines_plan_is_changed_on_the_page() {
    int before = version();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(before));
    fields.put("r0-plan", "£1,000,000.5");
    WebClient.Page saved =
        editor.post(section("income-and-expenditure"), fields, section("narrative"));
    assertThat(saved.status()).isIn(302, 303);
    JsonNode line = document().path("incomeAndExpenditure").path("expenditure").get(0);
    assertThat(line.path("plan").decimalValue()).isEqualByComparingTo("1000000.50");

    Map<String, String> negative = new LinkedHashMap<>();
    negative.put("baseVersion", String.valueOf(version()));
    negative.put("r0-plan", "-1");
    WebClient.Page refused =
        editor.post(section("income-and-expenditure"), negative, section("narrative"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("href=\"#r0-plan\"");
    assertThat(
            document()
                .path("incomeAndExpenditure")
                .path("expenditure")
                .get(0)
                .path("plan")
                .decimalValue())
        .isEqualByComparingTo("1000000.50");
  }
}
