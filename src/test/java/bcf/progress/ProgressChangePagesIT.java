package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Changing and removing a commitment and a milestone, a commitment's own page with its history in
 * words, and adding or changing a row of a performance table: each saved from the version the form
 * was opened at, a conflict or a mistake refused in words with nothing saved.
 */
class ProgressChangePagesIT extends AppTestSupport {

  static final String SEED = "warwickshire-2017-19";

  /** A copy of the seed plan with a log: HomeFirst, one milestone, red then amber. */
  private String planWithLog() {
    String plan = copyOfSeed(SEED);
    ApiClient.Response saved =
        api(EDITOR)
            .put(
                "/api/v1/plans/" + plan + "/progress",
                ProgressApiIT.log(plan, ProgressApiIT.RED_Q1 + "," + ProgressApiIT.AMBER_Q2),
                "\"0\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return plan;
  }

  /** The id bcf gave the first commitment of the plan's log. */
  private String first(String plan) {
    return stored(plan).at("/themes/0/commitments/0/id").asString();
  }

  /** The id bcf gave the first milestone of the first commitment. */
  private String firstMilestone(String plan) {
    return stored(plan).at("/themes/0/commitments/0/milestones/0/id").asString();
  }

  private JsonNode stored(String plan) {
    return api(EDITOR).get("/api/v1/plans/" + plan + "/progress").json();
  }

  private static Map<String, String> commitmentForm(String version) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("baseVersion", version);
    form.put("theme", "Integrated Care");
    form.put("newTheme", "");
    form.put("name", "Home First");
    form.put("scheme", "");
    form.put("since-day", "");
    form.put("since-month", "5");
    form.put("since-year", "2017");
    form.put("aim", "Integrate intermediate care");
    form.put("achieved", "Two hubs open");
    return form;
  }

  @Test
  void aCommitmentsPageShowsItsAimMilestonesQuartersAndHistoryInWords() {
    String plan = planWithLog();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    WebClient.Page page = editor.get("/plans/" + plan + "/progress/commitments/" + first(plan));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>HomeFirst – ")
        .contains("Integrate intermediate care")
        .contains("Reablement")
        .contains("April 2017")
        .contains("Hubs live")
        .contains("30 September 2017")
        .contains("Recorded as red in 2017/18 quarter 1: No hub open.")
        .contains("Red to amber in 2017/18 quarter 2: One hub open.")
        .contains("North hub live")
        .contains("Change the commitment")
        .doesNotContain("2017-18 Q1")
        .doesNotContain("-progress");
    assertThat(editor.get("/plans/" + plan + "/progress").body())
        .contains("/plans/" + plan + "/progress/commitments/" + first(plan) + "\"");
    // No such commitment: not found, in words.
    assertThat(editor.get("/plans/" + plan + "/progress/commitments/3-0").status()).isEqualTo(404);
    assertThat(editor.get("/plans/" + plan + "/progress/commitments/x").status()).isEqualTo(404);
  }

  @Test
  void aReaderOfAPublishedPlanSeesACommitmentButNotItsChangeLinks() {
    WebClient.Page page = web().get("/plans/" + SEED + "/progress/commitments/" + first(SEED));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("What we achieved").doesNotContain("Change the commitment");
  }

  @Test
  void anEditorChangesACommitmentKeepingItsMilestonesAndStatuses() {
    String plan = planWithLog();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String path = "/plans/" + plan + "/progress/commitments/" + first(plan) + "/change";
    WebClient.Page form = editor.get(path);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"HomeFirst\"")
        .contains(
            "id=\"since-month\" name=\"since-month\" type=\"text\" inputmode=\"numeric\" value=\"4\"")
        .contains("<option value=\"Reablement\" selected=\"selected\">");

    Map<String, String> bad = commitmentForm("1");
    bad.put("scheme", "No such scheme");
    bad.put("since-month", "13");
    bad.put("name", "");
    WebClient.Page refused = editor.post(path, bad, path);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("Choose one of the plan&#39;s schemes, or none")
        .contains("Enter what the commitment is called")
        .contains("The date since must be a real date");
    assertThat(stored(plan).at("/themes/0/commitments/0/name").asString()).isEqualTo("HomeFirst");

    WebClient.Page saved = editor.post(path, commitmentForm("1"), path);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/progress?saved=commitment-changed");
    JsonNode c = stored(plan).at("/themes/0/commitments/0");
    assertThat(c.get("name").asString()).isEqualTo("Home First");
    assertThat(c.has("scheme")).isFalse();
    assertThat(c.get("since").asString()).isEqualTo("2017-05");
    assertThat(c.get("achieved").asString()).isEqualTo("Two hubs open");
    assertThat(c.get("statuses")).hasSize(2);
    assertThat(c.get("milestones")).hasSize(1);

    // The same form again from version 1: the log changed since, nothing saved.
    Map<String, String> stale = commitmentForm("1");
    stale.put("name", "Stale name");
    WebClient.Page conflict = editor.post(path, stale, path);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body()).contains("changed after you opened version 1");
    assertThat(stored(plan).at("/themes/0/commitments/0/name").asString()).isEqualTo("Home First");

    // Moved to a new theme.
    Map<String, String> moved = commitmentForm("2");
    moved.put("theme", "");
    moved.put("newTheme", "Care at Home");
    assertThat(editor.post(path, moved, path).status()).isEqualTo(302);
    assertThat(stored(plan).at("/themes/0/name").asString()).isEqualTo("Care at Home");
    assertThat(stored(plan).get("themes")).hasSize(1);
  }

  @Test
  void anEditorChangesThenRemovesAMilestoneAndRemovesTheCommitmentAfterBeingAsked() {
    String plan = planWithLog();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String milestone =
        "/plans/"
            + plan
            + "/progress/commitments/"
            + first(plan)
            + "/milestones/"
            + firstMilestone(plan);
    WebClient.Page form = editor.get(milestone + "/change");
    assertThat(form.body()).contains("value=\"Hubs live\"").contains("A milestone of");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", "1");
    fields.put("what", "All hubs live");
    fields.put("due-day", "");
    fields.put("due-month", "10");
    fields.put("due-year", "2017");
    fields.put("done-day", "31");
    fields.put("done-month", "2");
    fields.put("done-year", "2017");
    WebClient.Page refused = editor.post(milestone + "/change", fields, milestone + "/change");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("The date done must be a real date");

    fields.put("done-day", "");
    fields.put("done-month", "");
    fields.put("done-year", "");
    WebClient.Page saved = editor.post(milestone + "/change", fields, milestone + "/change");
    assertThat(saved.status()).isEqualTo(302);
    JsonNode m = stored(plan).at("/themes/0/commitments/0/milestones/0");
    assertThat(m.get("what").asString()).isEqualTo("All hubs live");
    assertThat(m.get("due").asString()).isEqualTo("2017-10");
    assertThat(m.has("done")).isFalse();

    WebClient.Page ask = editor.get(milestone + "/remove");
    assertThat(ask.body())
        .contains("Remove the milestone All hubs live?")
        .contains("Yes, remove it");
    WebClient.Page removed =
        editor.post(milestone + "/remove", Map.of("baseVersion", "2"), milestone + "/remove");
    assertThat(removed.status()).isEqualTo(302);
    assertThat(stored(plan).at("/themes/0/commitments/0/milestones")).isEmpty();
    assertThat(editor.get(milestone + "/remove").status()).isEqualTo(404);

    String commitment = "/plans/" + plan + "/progress/commitments/" + first(plan) + "/remove";
    assertThat(editor.get(commitment).body()).contains("Remove the commitment HomeFirst?");
    WebClient.Page stale = editor.post(commitment, Map.of("baseVersion", "2"), commitment);
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("<title>Error: ").contains("Nothing was removed");
    assertThat(stored(plan).get("themes")).hasSize(1);
    WebClient.Page gone = editor.post(commitment, Map.of("baseVersion", "3"), commitment);
    assertThat(gone.status()).isEqualTo(302);
    assertThat(gone.location()).endsWith("?saved=commitment-removed");
    assertThat(stored(plan).get("themes")).isEmpty();
  }

  @Test
  void anEditorAddsAPerformanceRowFromListsThenChangesIt() {
    String plan = planWithLog();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String path = "/plans/" + plan + "/progress/performance";
    WebClient.Page form = editor.get(path);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains(">2017/18<").contains(">2016/17<").contains(">Rising<");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", "1");
    fields.put("row", "");
    fields.put("year", "2017-18");
    fields.put("comparedWith", "2017-18");
    fields.put("metric", "Non-elective admissions");
    fields.put("rag", "red");
    fields.put("weeklyVolume", "lots");
    fields.put("growth", "2.7");
    fields.put("growthUnit", "percent");
    fields.put("weeklyGrowth", "26");
    fields.put("trend", "up");
    WebClient.Page refused = editor.post(path, fields, path);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("The volume per week must be a number")
        .contains("The year compared with must be before the table&#39;s year");
    assertThat(stored(plan).get("performance")).isEmpty();

    fields.put("weeklyVolume", "1,974");
    fields.put("comparedWith", "2016-17");
    WebClient.Page saved = editor.post(path, fields, path);
    assertThat(saved.status()).isEqualTo(302);
    JsonNode table = stored(plan).at("/performance/0");
    assertThat(table.get("year").asString()).isEqualTo("2017-18");
    assertThat(table.get("comparedWith").asString()).isEqualTo("2016-17");
    JsonNode row = table.at("/rows/0");
    assertThat(row.get("weeklyVolume").decimalValue()).isEqualByComparingTo("1974");
    assertThat(row.get("growthPercent").decimalValue()).isEqualByComparingTo("2.7");
    assertThat(row.get("trend").asString()).isEqualTo("up");
    assertThat(editor.get("/plans/" + plan + "/progress").body()).contains(">1,974<");

    WebClient.Page change = editor.get(path + "?year=2017-18&row=0");
    assertThat(change.body()).contains("value=\"1974\"").contains("Change a row");
    fields.put("baseVersion", "2");
    fields.put("row", "0");
    fields.put("rag", "green");
    fields.put("growth", "4");
    fields.put("growthUnit", "points");
    assertThat(editor.post(path, fields, path).status()).isEqualTo(302);
    JsonNode changed = stored(plan).at("/performance/0/rows");
    assertThat(changed).hasSize(1);
    assertThat(changed.at("/0/rag").asString()).isEqualTo("green");
    assertThat(changed.at("/0/growthPercentagePoints").decimalValue()).isEqualByComparingTo("4");
    assertThat(changed.at("/0").has("growthPercent")).isFalse();

    assertThat(editor.get(path + "?year=2017-18&row=5").status()).isEqualTo(404);
    fields.put("baseVersion", "3");
    fields.put("row", "5");
    assertThat(editor.post(path, fields, path).status()).isEqualTo(404);

    // Removed after being asked; from an older version it is refused and nothing is removed.
    String remove = path + "/remove?year=2017-18&row=0";
    WebClient.Page asked = editor.get(remove);
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Remove Non-elective admissions from the 2017/18 performance table?")
        .contains("name=\"baseVersion\" id=\"baseVersion\" value=\"3\"");
    assertThat(editor.get("/plans/" + plan + "/progress").body())
        .contains("/progress/performance/remove?year=2017-18&amp;row=0");
    WebClient.Page old = editor.post(remove, Map.of("baseVersion", "2"), remove);
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.body()).contains("Error: ").contains("Nothing was removed.");
    assertThat(stored(plan).at("/performance/0/rows")).hasSize(1);
    WebClient.Page removed = editor.post(remove, Map.of("baseVersion", "3"), remove);
    assertThat(removed.status()).isEqualTo(302);
    assertThat(removed.location()).endsWith("/progress?saved=performance-removed");
    assertThat(stored(plan).get("performance")).isEmpty();
    assertThat(editor.get("/plans/" + plan + "/progress?saved=performance-removed").body())
        .contains("The row was removed from the performance table.");
    assertThat(editor.get(remove).status()).isEqualTo(404);
    assertThat(editor.post(remove, Map.of("baseVersion", "4"), remove).status()).isEqualTo(404);
  }
}
