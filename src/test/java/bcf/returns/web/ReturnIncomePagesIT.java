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
 * A return's income lines on the income-and-expenditure page: a line added with its source and
 * organisation chosen by name, changed, and removed when asked; a figure that is not an amount, a
 * source the plan has no contribution from and a new line that says nothing of where it comes from
 * each refused at its field with nothing saved; and a save from an older version refused in words.
 */
class ReturnIncomePagesIT extends AppTestSupport {

  private static final String SECTION = "income-and-expenditure";

  private String ret;
  private WebClient editor;

  @BeforeEach
  void aDraftReturnOfDorset() {
    String plan = copyOfSeed("dorset-2015-16");
    editor = web();
    editor.signIn(OTHER_EDITOR, PASSWORD);
    WebClient.Page started =
        editor.post(
            "/plans/" + plan + "/returns",
            Map.of("period", "2015-16|Q2"),
            "/plans/" + plan + "/returns");
    assertThat(started.status()).isIn(302, 303);
    ret = plan + "-2015-16-q2";
  }

  private String section() {
    return "/returns/" + ret + "/sections/" + SECTION;
  }

  private int version() {
    return Integer.parseInt(
        api(ADMIN).get("/api/v1/returns/" + ret).header("ETag").replace("\"", ""));
  }

  private JsonNode income() {
    return api(ADMIN)
        .get("/api/v1/returns/" + ret + "/document")
        .json()
        .path("incomeAndExpenditure")
        .path("income");
  }

  private Map<String, String> aNewLine(int base) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(base));
    fields.put("in0-source", "carers-breaks");
    fields.put("in0-organisation", "dorset-ccg");
    fields.put("in0-description", "Carers funding");
    fields.put("in0-plan", "£1,000,000");
    fields.put("in0-actualToDate", "480,000");
    fields.put("in0-forecastOutturn", "1,050,000.25");
    return fields;
  }

  @Test
  void an_income_line_is_added_by_name_changed_and_removed_when_asked() {
    WebClient.Page form = editor.get(section());
    assertThat(form.status()).isEqualTo(200);
    // Sources and organisations are offered by name; the codes are only the values sent.
    assertThat(form.body())
        .contains("Add an income line")
        .contains(">Carers&#39; breaks</option>")
        .contains(">NHS Dorset Clinical Commissioning Group</option>")
        .doesNotContain(">carers-breaks<")
        .doesNotContain("in0-remove"); // nothing to remove yet

    WebClient.Page saved = editor.post(section(), aNewLine(version()), "/returns/" + ret);
    assertThat(saved.status()).isIn(302, 303);
    JsonNode line = income().get(0);
    assertThat(income().size()).isEqualTo(1);
    assertThat(line.path("source").asString()).isEqualTo("carers-breaks");
    assertThat(line.path("organisation").asString()).isEqualTo("dorset-ccg");
    assertThat(line.path("plan").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(line.path("actualToDate").decimalValue()).isEqualByComparingTo("480000");
    assertThat(line.path("forecastOutturn").decimalValue()).isEqualByComparingTo("1050000.25");

    // The return's page lists it by name, with its variance in pounds.
    assertThat(editor.get("/returns/" + ret).body())
        .contains("Income by source and organisation")
        .contains("Carers funding")
        .contains("NHS Dorset Clinical Commissioning Group")
        .contains("£1,050,000.25")
        .contains("£50,000.25");

    // Opened again, the line is there to change, chosen by name, with a new empty line after it.
    WebClient.Page again = editor.get(section());
    assertThat(again.body())
        .contains("Income: Carers funding")
        .contains("value=\"carers-breaks\" selected")
        .contains("value=\"1050000.25\"")
        .contains("Remove this income line")
        .contains("id=\"in1-source\"");
    Map<String, String> changed = aNewLine(version());
    changed.put("in0-forecastOutturn", "990000");
    changed.put("in1-source", "social-care-transfer");
    changed.put("in1-plan", "15843000");
    assertThat(editor.post(section(), changed, "/returns/" + ret).status()).isIn(302, 303);
    assertThat(income().size()).isEqualTo(2);
    assertThat(income().get(0).path("forecastOutturn").decimalValue())
        .isEqualByComparingTo("990000");
    assertThat(income().get(1).path("source").asString()).isEqualTo("social-care-transfer");

    // Removal is asked for by ticking it; the other line stays as it was.
    Map<String, String> remove = new LinkedHashMap<>(changed);
    remove.put("baseVersion", String.valueOf(version()));
    remove.put("in0-remove", "yes");
    assertThat(editor.post(section(), remove, "/returns/" + ret).status()).isIn(302, 303);
    assertThat(income().size()).isEqualTo(1);
    assertThat(income().get(0).path("source").asString()).isEqualTo("social-care-transfer");
    assertThat(income().get(0).path("plan").decimalValue()).isEqualByComparingTo("15843000");
  }

  @Test
  void a_forecast_that_is_not_a_number_is_refused_at_its_field_and_nothing_is_saved() {
    int before = version();
    Map<String, String> bad = aNewLine(before);
    bad.put("in0-forecastOutturn", "about a million");
    WebClient.Page refused = editor.post(section(), bad, section());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("href=\"#in0-forecastOutturn\"")
        .contains("The forecast outturn of the new income line must be an amount in pounds")
        // What was typed is shown again.
        .contains("value=\"about a million\"");
    assertThat(version()).isEqualTo(before);
    assertThat(income().size()).isZero();
  }

  @Test
  void a_source_the_plan_does_not_have_or_a_line_from_nowhere_is_refused_at_its_field() {
    int before = version();
    Map<String, String> unknown = aNewLine(before);
    unknown.put("in0-source", "ibcf"); // a 2017-19 grant; this plan has no contribution from it
    WebClient.Page refused = editor.post(section(), unknown, section());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("href=\"#in0-source\"")
        .contains("Choose one of the options listed");

    Map<String, String> nowhere = new LinkedHashMap<>();
    nowhere.put("baseVersion", String.valueOf(before));
    nowhere.put("in0-plan", "100");
    WebClient.Page asked = editor.post(section(), nowhere, section());
    assertThat(asked.status()).isEqualTo(400);
    assertThat(asked.body())
        .contains("href=\"#in0-source\"")
        .contains("Choose the funding source or the organisation of the new income line");

    Map<String, String> negative = aNewLine(before);
    negative.put("in0-actualToDate", "-5");
    WebClient.Page rule = editor.post(section(), negative, section());
    assertThat(rule.status()).isEqualTo(400);
    assertThat(rule.body()).contains("href=\"#in0-actualToDate\"").contains("cannot be negative");

    assertThat(version()).isEqualTo(before);
    assertThat(income().size()).isZero();
  }

  @Test
  void a_save_from_an_older_version_is_refused_in_words_and_keeps_the_other_editors_line() {
    int opened = version();
    WebClient other = web();
    other.signIn(OTHER_EDITOR, PASSWORD);
    assertThat(other.post(section(), aNewLine(opened), "/returns/" + ret).status()).isIn(302, 303);

    Map<String, String> mine = aNewLine(opened);
    mine.put("in0-description", "My carers line");
    WebClient.Page conflict = editor.post(section(), mine, section());
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("changed after you opened version " + opened)
        .contains("Nothing was saved")
        .contains("value=\"My carers line\"");
    assertThat(income().size()).isEqualTo(1);
    assertThat(income().get(0).path("description").asString()).isEqualTo("Carers funding");
  }
}
