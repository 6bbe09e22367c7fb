package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The progress pages: the seed log in words (RAG tags carry the word, figures as printed), and the
 * forms that add a commitment and a milestone and record a quarter's status, with errors named on
 * the form and nothing saved.
 */
class ProgressPagesIT extends AppTestSupport {

  @Test
  void theSeedLogInWordsForAnyone() {
    WebClient.Page page = web().get("/plans/warwickshire-2017-19/progress");
    assertThat(page.status()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("<title>Progress against aims – ");
    assertThat(body)
        .contains("Theme: Community Capacity Resilience / Primary Prevention")
        .contains("Theme: Integrated Care")
        .contains("Theme: Care at Home")
        .contains("Care Coordination for the Over 75&#39;s")
        .contains("Implement a county wide service.")
        .contains("Performance in 2016/17")
        .contains("Non-elective Admissions")
        .contains(">974<")
        .contains(">2.7%<")
        .contains(">-13%<")
        .contains(">4 percentage points<")
        .contains("↑ Rising")
        .contains("↓ Falling")
        .contains("10 July 2017")
        .contains("September 2017");
    // The tag says the word; the colour is beside it, never alone.
    assertThat(body).contains("govuk-tag--red\">Red</strong>");
    assertThat(body).contains("govuk-tag--green\">Green</strong>");
    // No codes, ids or JSON on a page for people.
    assertThat(body)
        .doesNotContain("warwickshire-2017-19-progress")
        .doesNotContain("/themes/")
        .doesNotContain("2016-17")
        .doesNotContain("growthPercent");
    assertThat(body).doesNotContain("id=\"record-status\""); // readers cannot edit
  }

  @Test
  void anEditorAddsACommitmentAMilestoneAndRecordsRedThenAmber() {
    String plan = copyOfSeed("warwickshire-2017-19");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String progress = "/plans/" + plan + "/progress";
    assertThat(editor.get(progress).body()).contains("No progress has been recorded");

    WebClient.Page added =
        editor.post(
            progress + "/commitment",
            Map.of(
                "baseVersion", "0",
                "theme", "",
                "newTheme", "Integrated Care",
                "name", "HomeFirst",
                "scheme", "Reablement",
                "aim", "Integrate intermediate care"),
            progress + "/commitment");
    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).endsWith(progress + "?saved=commitment");
    commitmentId = firstCommitmentId(plan);

    WebClient.Page milestone =
        editor.post(
            progress + "/milestone",
            Map.of(
                "baseVersion", "1",
                "commitment", commitmentId,
                "what", "Hubs live",
                "due-day", "",
                "due-month", "9",
                "due-year", "2017",
                "done-day", "30",
                "done-month", "9",
                "done-year", "2017"),
            progress + "/milestone");
    assertThat(milestone.status()).isEqualTo(302);

    Map<String, String> red = status("2", "2017-18 Q1", "red", "");
    WebClient.Page refused = editor.post(progress + "/status", red, progress + "/status");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: Record a quarter")
        .contains("govuk-error-summary")
        .contains("href=\"#reason\"")
        .contains("A red status needs a reason saying why");
    assertThat(editor.get(progress).body()).doesNotContain("No status recorded</strong>".repeat(2));

    red.put("reason", "No hub open");
    assertThat(editor.post(progress + "/status", red, progress + "/status").status())
        .isEqualTo(302);
    Map<String, String> amber = status("3", "2017-18 Q2", "amber", "One hub open");
    assertThat(editor.post(progress + "/status", amber, progress + "/status").status())
        .isEqualTo(302);

    String body = editor.get(progress + "?saved=status").body();
    assertThat(body).contains("The quarter&#39;s status was recorded.");
    assertThat(body).contains("Red to amber").contains("One hub open").contains("No hub open");
    assertThat(body).contains("Amber in 2017/18 quarter 2");
    assertThat(body).contains("Hubs live").contains("30 September 2017");
    assertThat(body).contains("2017/18 quarter 1").contains("Reablement");
  }

  @Test
  void aStaleFormOrABadChoiceIsRefusedOnTheForm() {
    String plan = copyOfSeed("warwickshire-2017-19");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String progress = "/plans/" + plan + "/progress";
    Map<String, String> commitment = new LinkedHashMap<>();
    commitment.put("baseVersion", "0");
    commitment.put("theme", "");
    commitment.put("newTheme", "Care at Home");
    commitment.put("name", "Falls");
    commitment.put("scheme", "Not a scheme");
    commitment.put("aim", "Fewer falls");
    WebClient.Page badScheme =
        editor.post(progress + "/commitment", commitment, progress + "/commitment");
    assertThat(badScheme.status()).isEqualTo(200);
    assertThat(badScheme.body()).contains("Choose one of the plan&#39;s schemes, or none");

    commitment.put("scheme", "");
    assertThat(editor.post(progress + "/commitment", commitment, progress + "/commitment").status())
        .isEqualTo(302);
    commitmentId = firstCommitmentId(plan);
    // The same form again, from version 0: the log changed since.
    WebClient.Page stale =
        editor.post(progress + "/commitment", commitment, progress + "/commitment");
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body())
        .contains("changed after you opened version 0")
        .contains("Nothing was saved");

    Map<String, String> outside = status("1", "2016-17 Q4", "green", "");
    WebClient.Page badQuarter = editor.post(progress + "/status", outside, progress + "/status");
    assertThat(badQuarter.body()).contains("Choose a quarter of the plan&#39;s years");

    WebClient.Page badDate =
        editor.post(
            progress + "/milestone",
            Map.of(
                "baseVersion",
                "1",
                "commitment",
                commitmentId,
                "what",
                "Pilot",
                "due-day",
                "31",
                "due-month",
                "2",
                "due-year",
                "2018",
                "done-day",
                "",
                "done-month",
                "",
                "done-year",
                ""),
            progress + "/milestone");
    assertThat(badDate.body()).contains("The date due must be a real date");
    assertThat(api(EDITOR).get("/api/v1/plans/" + plan + "/progress").header("ETag"))
        .as("only the one good save")
        .isEqualTo("\"1\"");
  }

  @Test
  void onlyEditorsGetTheForms() {
    WebClient signatory = web();
    signatory.signIn(SIGNATORY, PASSWORD);
    assertThat(signatory.get("/plans/warwickshire-2017-19/progress/status").status())
        .isEqualTo(403);
    WebClient.Page anonymous = web().get("/plans/warwickshire-2017-19/progress/status");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.location()).endsWith("/login");
  }

  /** The commitment the forms choose: bcf's id of the first, read back once it is added. */
  private String commitmentId = "";

  private String firstCommitmentId(String plan) {
    return api(EDITOR)
        .get("/api/v1/plans/" + plan + "/progress")
        .json()
        .at("/themes/0/commitments/0/id")
        .asString();
  }

  private Map<String, String> status(String base, String quarter, String rag, String reason) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", base);
    fields.put("commitment", commitmentId);
    fields.put("quarter", quarter);
    fields.put("rag", rag);
    fields.put("reason", reason);
    fields.put("achieved", "");
    return fields;
  }
}
