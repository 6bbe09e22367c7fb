package bcf.app;

import static bcf.app.PlanEditPagesIT.formFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Metrics as a list with a page each: a metric added by name, its baseline, targets and a value for
 * each period of its trajectory (periods in words, never codes), removed after asking; bad input
 * refused in words with nothing saved; a stale save refused with what changed.
 */
class MetricPagesIT extends AppTestSupport {

  private static final String ADMISSIONS = "permanent-admissions-65";

  private String blankPlan() {
    String id = "blank-met-" + System.nanoTime() % 1_000_000_000L;
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

  private JsonNode document(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
  }

  private int currentVersion(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").intValue();
  }

  @Test
  void onABlankPlanAMetricIsAddedWithItsBaselineTargetsAndAValueForEachQuarter() {
    String id = blankPlan();
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/metrics";
    WebClient.Page empty = web.get(list);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body())
        .contains("The plan sets no metrics yet")
        .contains(
            "<option value=\"" + ADMISSIONS + "\">Long-term admissions to residential and nursing")
        .doesNotContain("name=\"/metrics");

    String add = list + "/new?metric=" + ADMISSIONS;
    WebClient.Page form = web.get(add);
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    // a quarterly metric: four quarters of 2025/26, in words
    assertThat(form.body())
        .contains("Value for Quarter 1 (April to June 2025)")
        .contains("Value for Quarter 4 (January to March 2026)")
        .contains("name=\"/metrics/0/trajectory/values/2025-26 Q2\"")
        .doesNotContain(">2025-26 Q1<");
    Map<String, String> fields = formFields(form.body());
    assertThat(fields).containsEntry("/metrics/0/metric", ADMISSIONS);
    fields.put("/metrics/0/baseline/period", "2024-25");
    fields.put("/metrics/0/baseline/numerator", "1,320");
    fields.put("/metrics/0/baseline/denominator", "212,900");
    fields.put("/metrics/0/baseline/value", "620");
    fields.put("/metrics/0/trajectory/values/2025-26 Q1", "160");
    fields.put("/metrics/0/trajectory/values/2025-26 Q3", "150.5");
    String save = list + "/new";
    // a target row first: the page shows one more without saving
    fields.put("action", "add-row");
    WebClient.Page more = web.post(save, fields, save);
    assertThat(more.status()).isEqualTo(200);
    assertThat(currentVersion(id)).isEqualTo(1);
    fields = formFields(more.body());
    assertThat(fields).containsEntry("/metrics/0/baseline/value", "620");
    fields.put("/metrics/0/targets/0/period", "2025-26 Q4");
    fields.put("/metrics/0/targets/0/value", "145");
    WebClient.Page added = web.post(save, fields, save);
    assertThat(added.status()).as(added.body()).isIn(302, 303);
    assertThat(added.location()).endsWith(list + "?saved");

    JsonNode metric = document(id).at("/metrics/0");
    assertThat(metric.get("metric").asString()).isEqualTo(ADMISSIONS);
    assertThat(metric.at("/baseline/period").asString()).isEqualTo("2024-25");
    assertThat(metric.at("/baseline/numerator").intValue()).isEqualTo(1320);
    assertThat(metric.at("/targets/0/period").asString()).isEqualTo("2025-26 Q4");
    assertThat(metric.at("/targets/0/value").intValue()).isEqualTo(145);
    assertThat(metric.at("/trajectory/method").asString()).isEqualTo("per-period");
    assertThat(metric.at("/trajectory/values").propertyNames())
        .containsExactlyInAnyOrder("2025-26 Q1", "2025-26 Q3");
    assertThat(metric.at("/trajectory/values/2025-26 Q3").decimalValue())
        .isEqualByComparingTo("150.5");

    WebClient.Page listed = web.get(list + "?saved");
    assertThat(listed.body())
        .contains("Metric saved")
        .contains("620 (2024/25)")
        .contains("145 (Quarter 4 (January to March 2026))")
        .contains("Add another metric");

    // change it: a value cleared, another typed, the baseline changed
    String one = list + "/1";
    Map<String, String> change = formFields(web.get(one).body());
    assertThat(change).containsEntry("/metrics/0/trajectory/values/2025-26 Q1", "160");
    change.put("/metrics/0/trajectory/values/2025-26 Q1", "");
    change.put("/metrics/0/trajectory/values/2025-26 Q4", "140");
    change.put("/metrics/0/baseline/value", "610");
    assertThat(web.post(one, change, one).status()).isIn(302, 303);
    metric = document(id).at("/metrics/0");
    assertThat(metric.at("/trajectory/values").propertyNames())
        .containsExactlyInAnyOrder("2025-26 Q3", "2025-26 Q4");
    assertThat(metric.at("/baseline/value").intValue()).isEqualTo(610);
    assertThat(metric.at("/targets/0/value").intValue()).isEqualTo(145);

    // the same metric a second time is refused
    Map<String, String> again = formFields(web.get(add).body());
    WebClient.Page twice = web.post(save, again, save);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("The plan already sets this metric");

    // remove it, after asking
    WebClient.Page confirm = web.get(one + "/remove");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body()).contains("Remove the metric &#39;Long-term admissions");
    WebClient.Page removed = web.post(one + "/remove", formFields(confirm.body()), one + "/remove");
    assertThat(removed.status()).isIn(302, 303);
    assertThat(removed.location()).endsWith(list + "?removed");
    assertThat(document(id).path("metrics").size()).isZero();
  }

  @Test
  void aLocalMetricIsNamedAndDescribedInThePlansOwnWords() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/metrics";
    assertThat(web.get(list + "/1").body()).doesNotContain("Name of the local metric");
    String local = list + "/6";
    WebClient.Page form = web.get(local);
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.body())
        .contains("Name of the local metric")
        .contains("What the local metric measures");
    Map<String, String> fields = formFields(form.body());
    assertThat(fields).containsEntry("/metrics/5/metric", "local-metric");
    fields.put("/metrics/5/name", "Patient and service user experience");
    fields.put("/metrics/5/description", "People who say their care helped them stay at home");
    WebClient.Page saved = web.post(local, fields, local);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode metric = document(id).at("/metrics/5");
    assertThat(metric.get("name").asString()).isEqualTo("Patient and service user experience");
    assertThat(metric.get("description").asString())
        .isEqualTo("People who say their care helped them stay at home");
    assertThat(web.get(list).body()).contains("Patient and service user experience");
  }

  @Test
  void onTheLargestSeedEachMetricHasAShortPageInWordsAndOthersAreKept() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/metrics";
    WebClient.Page page = web.get(list);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("4 metrics")
        .contains("Delayed transfers of care")
        .contains("87 (January to May 2017)")
        .contains("40 (November 2017)")
        .doesNotContain("name=\"/metrics");

    JsonNode before = document(id).at("/metrics");
    int version = currentVersion(id);
    for (int n = 1; n <= before.size(); n++) {
      String path = list + "/" + n;
      WebClient.Page form = web.get(path);
      assertThat(form.status()).isEqualTo(200);
      assertThat(form.body()).doesNotContain(">2017-18 Q").doesNotContain(">2017-07<");
      // an unchanged save changes nothing
      WebClient.Page saved = web.post(path, formFields(form.body()), path);
      assertThat(saved.status()).as(n + ": " + saved.body()).isIn(302, 303);
      assertThat(currentVersion(id)).as("metric " + n).isEqualTo(version);
    }
    // the monthly metric: its baseline over five months, chosen in words; 24 months of values
    String four = list + "/4";
    WebClient.Page dtoc = web.get(four);
    assertThat(dtoc.body())
        .contains("<option value=\"2017-01..2017-05\" selected=\"selected\">January to May 2017")
        .contains("Value for April 2017")
        .contains("Value for March 2019");
    Map<String, String> fields = formFields(dtoc.body());
    fields.put("/metrics/3/notes", "Reworded");
    assertThat(web.post(four, fields, four).status()).isIn(302, 303);
    JsonNode after = document(id).at("/metrics");
    assertThat(after.get(3).get("notes").asString()).isEqualTo("Reworded");
    assertThat(after.get(3).get("trajectory")).isEqualTo(before.get(3).get("trajectory"));
    for (int i = 0; i < 3; i++) {
      assertThat(after.get(i)).as("metric " + (i + 1)).isEqualTo(before.get(i));
    }
  }

  @Test
  void badInputIsRefusedInWordsNamingTheFieldAndNothingIsSaved() {
    String id = copyOfSeed("warwickshire-2017-19");
    int version = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/metrics";
    String four = list + "/4";
    Map<String, String> fields = formFields(web.get(four).body());

    Map<String, String> text = new java.util.LinkedHashMap<>(fields);
    text.put("/metrics/3/baseline/value", "about ninety");
    text.put("/metrics/3/notes", "Not saved");
    WebClient.Page refused = web.post(four, text, four);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("There is a problem")
        .contains("Enter baseline value as a number")
        .contains("href=\"#f-metrics-3-baseline-value\"")
        .contains("value=\"about ninety\"")
        .doesNotContain("Exception");

    Map<String, String> negative = new java.util.LinkedHashMap<>(fields);
    negative.put("/metrics/3/targets/0/value", "-4");
    negative.put("/metrics/3/baseline/numerator", "-8,257");
    WebClient.Page below = web.post(four, negative, four);
    assertThat(below.status()).isEqualTo(400);
    assertThat(below.body())
        .contains("Enter baseline numerator as 0 or more")
        .contains("Enter the target&#39;s value as 0 or more")
        .contains("href=\"#f-metrics-3-targets-0-value\"");

    Map<String, String> unknown = new java.util.LinkedHashMap<>(fields);
    unknown.put("/metrics/3/metric", "made-up-metric");
    WebClient.Page byHand = web.post(four, unknown, four);
    assertThat(byHand.status()).isEqualTo(400);
    assertThat(byHand.body())
        .contains("Choose metric from the list")
        .contains("href=\"#f-metrics-3-metric\"");

    Map<String, String> outside = new java.util.LinkedHashMap<>(fields);
    outside.put("/metrics/3/trajectory/values/2071-04", "12");
    outside.put("/metrics/3/targets/0/period", "2071-72");
    WebClient.Page later = web.post(four, outside, four);
    assertThat(later.status()).isEqualTo(400);
    assertThat(later.body())
        .contains("The trajectory cannot have a value for April 2071")
        .contains("Target 1: Choose period from the list");

    // values for each period with a straight line: refused, saying how to give them
    Map<String, String> mixed = new java.util.LinkedHashMap<>(fields);
    mixed.put("/metrics/3/trajectory/values/2017-08", "70");
    WebClient.Page both = web.post(four, mixed, four);
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).contains("Choose &#39;A value for each period&#39;");

    assertThat(currentVersion(id)).isEqualTo(version);
    assertThat(web.get(list + "/new?metric=made-up").status()).isEqualTo(400);
    assertThat(web.get(list + "/9").status()).isEqualTo(400);
    assertThat(web.get(list + "/9/remove").status()).isEqualTo(400);
    assertThat(currentVersion(id)).isEqualTo(version);
  }

  @Test
  void aJointPlanSetsAMetricForEachHwbChosenByName() {
    String id = "joint-met-" + System.nanoTime() % 1_000_000_000L;
    ApiClient.Response created =
        api(ADMIN)
            .post(
                "/api/v1/plans",
                """
                {"documentVersion": 1, "id": "%s", "round": "2025-26", "title": "Joint",
                 "hwbs": [{"id": "warwickshire", "name": "Warwickshire"},
                          {"id": "coventry", "name": "Coventry"}],
                 "organisations": [{"id": "wcc", "name": "Warwickshire County Council",
                                    "type": "local-authority"}]}
                """
                    .formatted(id));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/metrics";
    assertThat(web.get(list).body()).contains("<option value=\"coventry\">Coventry</option>");
    for (String hwb : java.util.List.of("coventry", "warwickshire")) {
      String add = list + "/new?metric=" + ADMISSIONS + "&hwb=" + hwb;
      Map<String, String> fields = formFields(web.get(add).body());
      int row = document(id).path("metrics").size();
      assertThat(fields).containsEntry("/metrics/" + row + "/hwb", hwb);
      fields.put("/metrics/" + row + "/baseline/value", "600");
      WebClient.Page saved = web.post(list + "/new", fields, list + "/new");
      assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    }
    JsonNode metrics = document(id).path("metrics");
    assertThat(metrics.get(0).get("hwb").asString()).isEqualTo("coventry");
    assertThat(metrics.get(1).get("hwb").asString()).isEqualTo("warwickshire");
    assertThat(web.get(list).body()).contains(">Coventry</td>").contains(">Warwickshire</td>");
  }

  @Test
  void aSaveFromAStaleVersionIsRefusedWithWhatChanged() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient first = signedIn(EDITOR);
    WebClient second = signedIn(EDITOR);
    String two = "/plans/" + id + "/edit/metrics/2";
    Map<String, String> mine = formFields(first.get(two).body());
    Map<String, String> theirs = formFields(second.get(two).body());
    mine.put("/metrics/1/baseline/value", "480");
    assertThat(first.post(two, mine, two).status()).isIn(302, 303);
    int version = currentVersion(id);

    theirs.put("/metrics/1/baseline/value", "460");
    WebClient.Page conflict = second.post(two, theirs, two);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("id=\"conflict\"")
        .contains(EDITOR)
        .contains("name=\"baseVersion\" id=\"baseVersion\" value=\"" + version + "\"");
    assertThat(document(id).at("/metrics/1/baseline/value").intValue()).isEqualTo(480);

    WebClient.Page removal =
        second.post(two + "/remove", Map.of("baseVersion", String.valueOf(version - 1)), two);
    assertThat(removal.status()).isEqualTo(409);
    assertThat(document(id).at("/metrics").size()).isEqualTo(4);
  }
}
