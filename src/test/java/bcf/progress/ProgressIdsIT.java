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
 * Pages address commitments and milestones by the ids bcf gave them, never by their place: an edit
 * lands on the row the page was opened for whatever else changed, a row removed meanwhile is
 * refused in words, and a log stored without ids gets the same ids on every reading and keeps them
 * from its next save.
 */
class ProgressIdsIT extends AppTestSupport {

  /** Two commitments under one theme, each with a milestone; no ids, as logs stored before them. */
  private static String twoCommitments(String plan) {
    return """
        {"documentVersion": 1, "id": "x", "plan": "%s", "title": "Our progress",
         "themes": [{"name": "Integrated Care", "commitments": [
           {"name": "HomeFirst", "aim": "Integrate intermediate care",
            "milestones": [{"what": "Hubs live", "due": "2017-09"}]},
           {"name": "D2A", "aim": "Discharge to assess",
            "milestones": [{"what": "Pathway agreed", "due": "2017-10"}]}]}],
         "performance": []}
        """
        .formatted(plan);
  }

  private String planWithTwoCommitments() {
    String plan = copyOfSeed("warwickshire-2017-19");
    ApiClient.Response saved =
        api(EDITOR).put("/api/v1/plans/" + plan + "/progress", twoCommitments(plan), "\"0\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return plan;
  }

  private JsonNode stored(String plan) {
    return api(EDITOR).get("/api/v1/plans/" + plan + "/progress").json();
  }

  private String version(String plan) {
    return api(EDITOR).get("/api/v1/plans/" + plan + "/progress").header("ETag").replace("\"", "");
  }

  private static Map<String, String> change(String version, String name, String aim) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("baseVersion", version);
    form.put("theme", "Integrated Care");
    form.put("newTheme", "");
    form.put("name", name);
    form.put("scheme", "");
    form.put("since-day", "");
    form.put("since-month", "");
    form.put("since-year", "");
    form.put("aim", aim);
    form.put("achieved", "");
    return form;
  }

  @Test
  void aLogWithoutIdsGetsTheSameIdsOnEveryReadingAndKeepsThemFromItsNextSave() {
    String plan = planWithTwoCommitments();
    JsonNode first = stored(plan);
    String homeFirst = first.at("/themes/0/commitments/0/id").asString();
    String d2a = first.at("/themes/0/commitments/1/id").asString();
    assertThat(homeFirst).isNotBlank().isNotEqualTo(d2a);
    assertThat(first.at("/themes/0/commitments/0/milestones/0/id").asString()).isNotBlank();
    assertThat(stored(plan)).isEqualTo(first);

    // The seed's log, stored without ids, reads with them too, and the same each time.
    JsonNode seed = stored("warwickshire-2017-19");
    assertThat(seed.at("/themes/0/commitments/0/id").asString()).isNotBlank();
    assertThat(stored("warwickshire-2017-19")).isEqualTo(seed);

    // The ids never show on a page for people; they are only in the links' addresses.
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = editor.get("/plans/" + plan + "/progress").body();
    assertThat(page).contains("/progress/commitments/" + d2a + "\"");
    assertThat(page.replace("/progress/commitments/" + d2a, "")).doesNotContain(d2a);
  }

  @Test
  void anEditByIdChangesThatCommitmentWhereverItIsNow() {
    String plan = planWithTwoCommitments();
    String d2a = stored(plan).at("/themes/0/commitments/1/id").asString();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String path = "/plans/" + plan + "/progress/commitments/" + d2a + "/change";
    assertThat(editor.get(path).body()).contains("value=\"D2A\"");
    WebClient.Page saved =
        editor.post(path, change(version(plan), "Discharge to assess", "All pathways"), path);
    assertThat(saved.status()).isEqualTo(302);
    JsonNode log = stored(plan);
    assertThat(log.at("/themes/0/commitments/1/id").asString()).isEqualTo(d2a);
    assertThat(log.at("/themes/0/commitments/1/name").asString()).isEqualTo("Discharge to assess");
    assertThat(log.at("/themes/0/commitments/1/milestones/0/what").asString())
        .isEqualTo("Pathway agreed");
    assertThat(log.at("/themes/0/commitments/0/name").asString()).isEqualTo("HomeFirst");
    assertThat(log.at("/themes/0/commitments/0/aim").asString())
        .isEqualTo("Integrate intermediate care");
  }

  @Test
  void aCommitmentRemovedSinceThePageWasOpenedIsRefusedInWordsAndNoOtherRowIsTouched() {
    String plan = planWithTwoCommitments();
    JsonNode before = stored(plan);
    String homeFirst = before.at("/themes/0/commitments/0/id").asString();
    String hubs = before.at("/themes/0/commitments/0/milestones/0/id").asString();
    WebClient mine = web();
    mine.signIn(EDITOR, PASSWORD);
    String changePath = "/plans/" + plan + "/progress/commitments/" + homeFirst + "/change";
    assertThat(mine.get(changePath).status()).isEqualTo(200);

    // Someone else removes HomeFirst: D2A is now the first commitment of the theme.
    WebClient theirs = web();
    theirs.signIn(EDITOR, PASSWORD);
    String removePath = "/plans/" + plan + "/progress/commitments/" + homeFirst + "/remove";
    Map<String, String> asked = new LinkedHashMap<>();
    asked.put("baseVersion", version(plan));
    assertThat(theirs.post(removePath, asked, removePath).status()).isEqualTo(302);
    String afterRemoval = version(plan);

    // My save, even from the version now current, does not land on D2A.
    WebClient.Page refused =
        mine.post(changePath, change(afterRemoval, "HomeFirst", "Changed aim"), changePath);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body())
        .contains("That commitment has been removed since you opened the page");
    String milestonePath =
        "/plans/" + plan + "/progress/commitments/" + homeFirst + "/milestones/" + hubs + "/change";
    assertThat(mine.get(milestonePath).body())
        .contains("That commitment has been removed since you opened the page");
    JsonNode after = stored(plan);
    assertThat(version(plan)).isEqualTo(afterRemoval);
    assertThat(after.at("/themes/0/commitments")).hasSize(1);
    assertThat(after.at("/themes/0/commitments/0/name").asString()).isEqualTo("D2A");
    assertThat(after.at("/themes/0/commitments/0/aim").asString()).isEqualTo("Discharge to assess");

    // A quarter's status for it, chosen on a form opened before, is refused at its field.
    Map<String, String> status = new LinkedHashMap<>();
    status.put("baseVersion", afterRemoval);
    status.put("commitment", homeFirst);
    status.put("quarter", "2017-18 Q1");
    status.put("rag", "green");
    status.put("reason", "");
    status.put("achieved", "");
    String statusPath = "/plans/" + plan + "/progress/status";
    WebClient.Page atField = mine.post(statusPath, status, statusPath);
    assertThat(atField.body())
        .contains("href=\"#commitment\"")
        .contains("That commitment has been removed since you opened the page");
    assertThat(version(plan)).isEqualTo(afterRemoval);
  }

  @Test
  void aMilestoneRemovedMeanwhileIsRefusedAndTheOtherIsChangedByItsId() {
    String plan = planWithTwoCommitments();
    JsonNode before = stored(plan);
    String d2a = before.at("/themes/0/commitments/1/id").asString();
    String pathway = before.at("/themes/0/commitments/1/milestones/0/id").asString();
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String base = "/plans/" + plan + "/progress/commitments/" + d2a + "/milestones/" + pathway;
    Map<String, String> milestone = new LinkedHashMap<>();
    milestone.put("baseVersion", version(plan));
    milestone.put("what", "Pathway agreed by all partners");
    milestone.put("due-day", "");
    milestone.put("due-month", "11");
    milestone.put("due-year", "2017");
    milestone.put("done-day", "");
    milestone.put("done-month", "");
    milestone.put("done-year", "");
    assertThat(editor.post(base + "/change", milestone, base + "/change").status()).isEqualTo(302);
    JsonNode changed = stored(plan).at("/themes/0/commitments/1/milestones/0");
    assertThat(changed.path("id").asString()).isEqualTo(pathway);
    assertThat(changed.path("what").asString()).isEqualTo("Pathway agreed by all partners");

    Map<String, String> asked = new LinkedHashMap<>();
    asked.put("baseVersion", version(plan));
    assertThat(editor.post(base + "/remove", asked, base + "/remove").status()).isEqualTo(302);
    milestone.put("baseVersion", version(plan));
    WebClient.Page gone = editor.post(base + "/change", milestone, base + "/change");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.body()).contains("That milestone has been removed since you opened the page");
  }

  @Test
  void twoEditorsChangingDifferentCommitmentsEachChangeTheirOwn() {
    String plan = planWithTwoCommitments();
    JsonNode before = stored(plan);
    String homeFirst = before.at("/themes/0/commitments/0/id").asString();
    String d2a = before.at("/themes/0/commitments/1/id").asString();
    String opened = version(plan);
    WebClient mine = web();
    mine.signIn(EDITOR, PASSWORD);
    WebClient theirs = web();
    theirs.signIn(EDITOR, PASSWORD);
    String myPath = "/plans/" + plan + "/progress/commitments/" + homeFirst + "/change";
    String theirPath = "/plans/" + plan + "/progress/commitments/" + d2a + "/change";

    assertThat(theirs.post(theirPath, change(opened, "D2A", "Their aim"), theirPath).status())
        .isEqualTo(302);
    // Mine, from the version both opened, is refused in words with nothing saved...
    WebClient.Page conflict = mine.post(myPath, change(opened, "HomeFirst", "My aim"), myPath);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("changed after you opened version " + opened)
        .contains("Nothing was saved");
    assertThat(stored(plan).at("/themes/0/commitments/0/aim").asString())
        .isEqualTo("Integrate intermediate care");
    // ...and saved again from the version now current, lands on HomeFirst, keeping their change.
    WebClient.Page saved = mine.post(myPath, change(version(plan), "HomeFirst", "My aim"), myPath);
    assertThat(saved.status()).isEqualTo(302);
    JsonNode log = stored(plan);
    assertThat(log.at("/themes/0/commitments/0/aim").asString()).isEqualTo("My aim");
    assertThat(log.at("/themes/0/commitments/1/aim").asString()).isEqualTo("Their aim");
  }

  @Test
  void theApiKeepsTheIdsItIsGivenAndRefusesARepeatedOneSayingWhere() {
    String plan = planWithTwoCommitments();
    JsonNode doc = stored(plan);
    String homeFirst = doc.at("/themes/0/commitments/0/id").asString();
    // Renamed and put back with its id, the commitment keeps it (and its pages' address).
    ((tools.jackson.databind.node.ObjectNode) doc.at("/themes/0/commitments/0"))
        .put("name", "Home First");
    ApiClient.Response renamed =
        api(EDITOR)
            .put(
                "/api/v1/plans/" + plan + "/progress", doc.toString(), "\"" + version(plan) + "\"");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(stored(plan).at("/themes/0/commitments/0/id").asString()).isEqualTo(homeFirst);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    assertThat(editor.get("/plans/" + plan + "/progress/commitments/" + homeFirst).body())
        .contains("Home First");

    ((tools.jackson.databind.node.ObjectNode) doc.at("/themes/0/commitments/1"))
        .put("id", homeFirst);
    String before = version(plan);
    ApiClient.Response twice =
        api(EDITOR)
            .put("/api/v1/plans/" + plan + "/progress", doc.toString(), "\"" + before + "\"");
    assertThat(twice.status()).isEqualTo(422);
    assertThat(twice.json().get("rule").asString()).isEqualTo("progress-document-unusable");
    assertThat(twice.json().get("path").asString()).isEqualTo("/themes/0/commitments/1/id");
    assertThat(version(plan)).isEqualTo(before);
  }
}
