package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The edit pages, as a browser without JavaScript uses them. */
class PlanEditPagesIT extends AppTestSupport {

  private static final String INCOME_EQUALS_EXPENDITURE = "income-equals-expenditure";

  private int currentVersion(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").intValue();
  }

  private List<String> imbalanceYears(String id) {
    JsonNode findings = api(EDITOR).get("/api/v1/plans/" + id + "/validation").json();
    return findings
        .get("findings")
        .valueStream()
        .filter(f -> f.get("rule").asString().equals(INCOME_EQUALS_EXPENDITURE))
        .filter(f -> f.has("year"))
        .map(f -> f.get("year").asString())
        .toList();
  }

  /** The form's fields as a browser would send them (inputs, selects, textareas, hidden). */
  static Map<String, String> formFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = Pattern.compile("<input([^>]*)>", Pattern.DOTALL).matcher(html);
    while (inputs.find()) {
      String attrs = inputs.group(1);
      String name = attr(attrs, "name");
      if (name == null || name.equals("_csrf") || attrs.contains("type=\"checkbox\"")) {
        continue;
      }
      fields.put(name, unescape(attr(attrs, "value") == null ? "" : attr(attrs, "value")));
    }
    Matcher areas =
        Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
    while (areas.find()) {
      fields.put(attr(areas.group(1), "name"), unescape(areas.group(2)));
    }
    Matcher selects =
        Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
    while (selects.find()) {
      Matcher selected =
          Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected[^>]*>")
              .matcher(selects.group(2));
      fields.put(
          attr(selects.group(1), "name"), selected.find() ? unescape(selected.group(1)) : "");
    }
    return fields;
  }

  private static String attr(String attrs, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String editPath(String id, String part) {
    return "/plans/" + id + "/edit/" + part;
  }

  @Test
  void everyEditPageShowsItsFields() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("details", "id=\"f-title\"");
    expected.put("contributions", "id=\"f-contributions-3-actual\"");
    expected.put("conditions", "id=\"f-nationalConditions-0-status\"");
    expected.put("metrics/1", "id=\"f-metrics-0-baseline-numerator\"");
    expected.put("risks", "id=\"f-risks-0-description\"");
    expected.put("narrative", "id=\"f-narrative-0-text\"");
    for (Map.Entry<String, String> part : expected.entrySet()) {
      WebClient.Page page = web.get(editPath(id, part.getKey()));
      assertThat(page.status()).as(part.getKey()).isEqualTo(200);
      assertThat(page.body()).as(part.getKey()).contains(part.getValue());
      assertThat(page.body()).contains("name=\"baseVersion\"").contains("name=\"_csrf\"");
      assertThat(page.body()).contains("value=\"add-row");
    }
    WebClient.Page contributions = web.get(editPath(id, "contributions"));
    assertThat(contributions.body())
        .contains("name=\"/contributions/0/actual\"")
        .contains("value=\"1,244,000\"")
        .contains("name=\"remove\"")
        .contains("value=\"add-row\"");
  }

  @Test
  void savingAnUnchangedFormChangesNothing() {
    for (String seed : List.of("warwickshire-2014-16", "warwickshire-2017-19")) {
      String id = copyOfSeed(seed);
      int before = currentVersion(id);
      WebClient web = signedIn(EDITOR);
      for (String part :
          List.of("details", "contributions", "conditions", "metrics/1", "metrics/2", "risks")) {
        String path = editPath(id, part);
        WebClient.Page saved = web.post(path, formFields(web.get(path).body()), path);
        assertThat(saved.status()).as(seed + " " + part + ": " + saved.body()).isIn(302, 303);
        assertThat(currentVersion(id))
            .as(
                () ->
                    seed
                        + " "
                        + part
                        + ": "
                        + api(EDITOR).get("/api/v1/plans/" + id + "/history").json().get("changes"))
            .isEqualTo(before);
      }
      String narrative = editPath(id, "narrative");
      WebClient.Page saved = web.post(narrative, formFields(web.get(narrative).body()), narrative);
      assertThat(saved.status()).isIn(302, 303);
    }
  }

  @Test
  void correctingAContributionClearsTheImbalanceForThatYear() {
    String id = copyOfSeed("warwickshire-2014-16");
    assertThat(imbalanceYears(id)).contains("2014-15", "2015-16");
    int before = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String path = editPath(id, "contributions");
    Map<String, String> fields = formFields(web.get(path).body());
    assertThat(fields).containsEntry("/contributions/0/actual", "1,244,000");
    fields.put("/contributions/0/actual", "£1,324,000"); // seed over-spends by £80,000
    fields.put("action", "save");
    WebClient.Page saved = web.post(path, fields, path);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    assertThat(saved.location()).endsWith("/plans/" + id + "?saved");
    assertThat(currentVersion(id)).isEqualTo(before + 1);
    assertThat(imbalanceYears(id)).doesNotContain("2014-15").contains("2015-16");
    JsonNode document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/contributions/0/actual").intValue()).isEqualTo(1324000);
    assertThat(document.at("/contributions/0/notes").asString())
        .isEqualTo("Holds the pooled budget? (Y/N): Y");
    assertThat(document.at("/contributions").size()).isEqualTo(10);
    WebClient.Page overview = web.get("/plans/" + id + "?saved");
    assertThat(overview.body()).contains("id=\"saved-banner\"");
  }

  @Test
  void badMoneyIsShownWithTheTypedValueAndNothingIsSaved() {
    String id = copyOfSeed("warwickshire-2014-16");
    int before = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String path = editPath(id, "contributions");
    Map<String, String> fields = formFields(web.get(path).body());
    fields.put("/contributions/0/actual", "about a million");
    fields.put("/contributions/1/actual", "900,000"); // a good change in the same post
    WebClient.Page page = web.post(path, fields, path);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("govuk-error-summary")
        .contains("There is a problem")
        .contains("href=\"#f-contributions-0-actual\"")
        .contains("Enter actual as an amount in pounds, like 1,244,000")
        .contains("govuk-form-group--error")
        .contains("value=\"about a million\"")
        .contains("value=\"900,000\"")
        .doesNotContain("Exception");
    assertThat(currentVersion(id)).isEqualTo(before);
  }

  @Test
  void aValueThePlanDocumentRefusesIsShownOnItsField() {
    String id = copyOfSeed("warwickshire-2014-16");
    int before = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String path = editPath(id, "metrics/1");
    Map<String, String> fields = formFields(web.get(path).body());
    assertThat(fields).containsEntry("/metrics/0/baseline/period", "2012-13");
    fields.put("/metrics/0/baseline/period", "last year");
    WebClient.Page page = web.post(path, fields, path);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("There is a problem")
        .contains("href=\"#f-metrics-0-baseline-period\"")
        .contains("value=\"last year\"");
    assertThat(currentVersion(id)).isEqualTo(before);
  }

  @Test
  void addARowShowsABlankRowWithoutSaving() {
    String id = copyOfSeed("warwickshire-2014-16");
    int before = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String path = editPath(id, "risks");
    Map<String, String> fields = formFields(web.get(path).body());
    assertThat(fields)
        .containsKey("/risks/7/description")
        .doesNotContainKey("/risks/8/description");
    fields.put("/risks/0/owner", "Typed but not saved");
    fields.put("action", "add-row");
    WebClient.Page page = web.post(path, fields, path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"f-risks-8-description\"")
        .contains("value=\"Typed but not saved\"");
    assertThat(currentVersion(id)).isEqualTo(before);

    Map<String, String> withRow = formFields(page.body());
    withRow.put("/risks/8/description", "A new risk");
    withRow.put("/risks/8/likelihood", "3");
    withRow.put("action", "save");
    WebClient.Page saved = web.post(path, withRow, path);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/risks").size()).isEqualTo(9);
    assertThat(document.at("/risks/8/description").asString()).isEqualTo("A new risk");
    assertThat(document.at("/risks/8/likelihood").intValue()).isEqualTo(3);
    assertThat(document.at("/risks/0/owner").asString()).isEqualTo("Typed but not saved");
  }

  @Test
  void aRowMarkedForRemovalIsRemoved() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    String path = editPath(id, "narrative");
    Map<String, String> fields = formFields(web.get(path).body());
    fields.put("remove", "/narrative/0");
    WebClient.Page saved = web.post(path, fields, path);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/narrative").size()).isEqualTo(8);
    assertThat(document.at("/narrative/0/key").asString()).isEqualTo("related-documentation");
  }

  @Test
  void aSecondSaveFromTheSameVersionIsAConflictUntilDoneDeliberately() {
    String id = copyOfSeed("warwickshire-2014-16");
    int base = currentVersion(id);
    WebClient first = signedIn(EDITOR);
    WebClient second = signedIn(EDITOR);
    String path = editPath(id, "contributions");
    Map<String, String> mine = formFields(first.get(path).body());
    Map<String, String> theirs = formFields(second.get(path).body());
    mine.put("/contributions/0/actual", "1,300,000");
    assertThat(first.post(path, mine, path).status()).isIn(302, 303);
    assertThat(currentVersion(id)).isEqualTo(base + 1);

    theirs.put("/contributions/0/actual", "1,400,000");
    WebClient.Page conflict = second.post(path, theirs, path);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("id=\"conflict\"")
        .contains("/contributions/0/actual")
        .contains(EDITOR)
        .contains("value=\"1,400,000\"")
        .contains("name=\"baseVersion\" id=\"baseVersion\" value=\"" + (base + 1) + "\"");
    assertThat(currentVersion(id)).isEqualTo(base + 1);
    JsonNode document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/contributions/0/actual").intValue()).isEqualTo(1300000);

    Map<String, String> again = formFields(conflict.body());
    WebClient.Page saved = second.post(path, again, path);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/contributions/0/actual").intValue()).isEqualTo(1400000);
  }

  @Test
  void aSaveToAnotherPartFromAnOldVersionGoesThrough() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    String contributions = editPath(id, "contributions");
    String risks = editPath(id, "risks");
    Map<String, String> riskFields = formFields(web.get(risks).body());
    Map<String, String> money = formFields(web.get(contributions).body());
    money.put("/contributions/0/actual", "1,300,000");
    assertThat(web.post(contributions, money, contributions).status()).isIn(302, 303);

    riskFields.put("/risks/0/owner", "Director of Public Health");
    WebClient.Page saved = web.post(risks, riskFields, risks);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode document = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.at("/risks/0/owner").asString()).isEqualTo("Director of Public Health");
    assertThat(document.at("/contributions/0/actual").intValue()).isEqualTo(1300000);
  }

  @Test
  void onlyThePlansEditorsMayEdit() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient other = signedIn(OTHER_EDITOR);
    assertThat(other.get(editPath(id, "contributions")).status()).isEqualTo(404);
    WebClient signatory = signedIn(SIGNATORY);
    assertThat(signatory.get(editPath(id, "contributions")).status()).isEqualTo(403);
    WebClient.Page anonymous = web().get(editPath(id, "contributions"));
    assertThat(anonymous.status()).isIn(302, 303);
    assertThat(anonymous.location()).endsWith("/login");
  }
}
