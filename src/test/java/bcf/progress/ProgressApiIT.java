package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The progress log over the API: the seed log loaded with the seed plan and public with it; saving
 * with the version it started from, conflicts and broken rules refused with nothing saved; and a
 * quarter's progress never ending the plan's sign-offs.
 */
class ProgressApiIT extends AppTestSupport {

  static final String SEED = "warwickshire-2017-19";

  static String log(String plan, String statuses) {
    return """
        {"documentVersion": 1, "id": "x", "plan": "%s", "title": "Our progress",
         "themes": [{"name": "Integrated Care", "commitments": [
           {"name": "HomeFirst", "scheme": "Reablement", "since": "2017-04",
            "aim": "Integrate intermediate care", "milestones": [
              {"what": "Hubs live", "due": "2017-09", "done": "2017-09-30"}],
            "statuses": [%s]}]}],
         "performance": []}
        """
        .formatted(plan, statuses);
  }

  static final String RED_Q1 =
      "{\"quarter\": \"2017-18 Q1\", \"rag\": \"red\", \"reason\": \"No hub open\"}";
  static final String AMBER_Q2 =
      "{\"quarter\": \"2017-18 Q2\", \"rag\": \"amber\", \"reason\": \"One hub open\","
          + " \"achieved\": \"North hub live\"}";

  private String path(String plan) {
    return "/api/v1/plans/" + plan + "/progress";
  }

  @Test
  void theSeedLogIsLoadedWithItsPlanAndPublicWithIt() {
    ApiClient.Response response = anonymous().get(path(SEED));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"1\"");
    JsonNode log = response.json();
    assertThat(log.get("id").asString()).isEqualTo("warwickshire-2017-19-progress");
    assertThat(log.get("themes")).hasSize(3);
    JsonNode nea = log.get("performance").get(0).get("rows").get(0);
    assertThat(nea.get("metric").asString()).isEqualTo("Non-elective Admissions");
    assertThat(nea.get("rag").asString()).isEqualTo("red");
    assertThat(nea.get("weeklyVolume").decimalValue()).isEqualByComparingTo("974");
    assertThat(nea.get("growthPercent").decimalValue()).isEqualByComparingTo("2.7");

    JsonNode summary = anonymous().get(path(SEED) + "/summary").json();
    assertThat(summary.get("commitments").asInt()).isEqualTo(16);
    assertThat(summary.get("milestones").asInt()).isEqualTo(8);
    assertThat(summary.get("milestonesDone").asInt()).isEqualTo(7);
    assertThat(summary.get("byQuarter")).isEmpty();
    JsonNode performance = summary.get("performance").get(0);
    assertThat(performance.get("measures").asInt()).isEqualTo(4);
    assertThat(performance.get("red").asInt()).isEqualTo(2);
    assertThat(performance.get("green").asInt()).isEqualTo(2);
    assertThat(summary.get("findings")).isEmpty();
  }

  @Test
  void anEditorRecordsQuarterByQuarterAndTheHistoryShowsRedToAmber() {
    String plan = copyOfSeed(SEED);
    ApiClient editor = api(EDITOR);
    ApiClient.Response empty = editor.get(path(plan));
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.header("ETag")).isEqualTo("\"0\"");
    assertThat(empty.json().get("themes")).isEmpty();

    ApiClient.Response first = editor.put(path(plan), log(plan, RED_Q1), "\"0\"");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);
    assertThat(editor.get(path(plan)).json().get("id").asString()).isEqualTo(plan + "-progress");

    // Someone else's change since version 0: refused, nothing saved.
    ApiClient.Response stale = editor.put(path(plan), log(plan, AMBER_Q2), "\"0\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("rule").asString()).isEqualTo("edit-conflict");

    ApiClient.Response second = editor.put(path(plan), log(plan, RED_Q1 + "," + AMBER_Q2), "\"1\"");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.header("ETag")).isEqualTo("\"2\"");

    JsonNode summary = editor.get(path(plan) + "/summary").json();
    assertThat(summary.get("version").asInt()).isEqualTo(2);
    JsonNode q2 = summary.get("byQuarter").get(1);
    assertThat(q2.get("quarter").asString()).isEqualTo("2017-18 Q2");
    assertThat(q2.get("amber").asInt()).isEqualTo(1);
    assertThat(q2.get("red").asInt()).isZero();
    JsonNode change = summary.get("changes").get(1);
    assertThat(change.get("from").asString()).isEqualTo("red");
    assertThat(change.get("to").asString()).isEqualTo("amber");
    assertThat(change.get("reason").asString()).isEqualTo("One hub open");
  }

  @Test
  void recordingProgressNeverEndsThePlansSignOffs() {
    String plan = copyOfSeed(SEED);
    JsonNode required = api(EDITOR).get("/api/v1/plans/" + plan + "/sign-offs").json();
    JsonNode party = required.get("required").get(0);
    String signer = signatoryFor("warwickshire", party.get("party").asString());
    ApiClient.Response signed =
        api(signer)
            .post(
                "/api/v1/plans/" + plan + "/sign-offs",
                "{\"party\":\""
                    + party.get("party").asString()
                    + "\",\"role\":\""
                    + party.get("role").asString()
                    + "\",\"name\":\"A Person\"}");
    assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    int planVersion = required.get("version").asInt();

    assertThat(api(EDITOR).put(path(plan), log(plan, RED_Q1), "\"0\"").status()).isEqualTo(200);
    assertThat(api(EDITOR).put(path(plan), log(plan, RED_Q1 + "," + AMBER_Q2), "\"1\"").status())
        .isEqualTo(200);

    JsonNode after = api(EDITOR).get("/api/v1/plans/" + plan + "/sign-offs").json();
    assertThat(after.get("version").asInt()).isEqualTo(planVersion);
    assertThat(after.get("required").get(0).get("signed").asBoolean()).isTrue();
  }

  @Test
  void badInputIsRefusedWithWhereAndWhyAndNothingSaved() {
    String plan = copyOfSeed(SEED);
    ApiClient editor = api(EDITOR);
    assertRefused(editor.put(path(plan), log(plan, RED_Q1), null), 428, "version-required");
    assertRefused(editor.put(path(plan), log(plan, RED_Q1), "\"v1\""), 400, "progress-bad-input");
    ApiClient.Response notJson = editor.put(path(plan), "{\"documentVersion\": 1,", "\"0\"");
    assertRefused(notJson, 422, "progress-document-unusable");
    ApiClient.Response badRag =
        editor.put(
            path(plan),
            log(plan, "{\"quarter\": \"2017-18 Q1\", \"rag\": \"purple\", \"reason\": \"x\"}"),
            "\"0\"");
    assertRefused(badRag, 422, "progress-document-unusable");
    assertThat(badRag.json().get("path").asString())
        .isEqualTo("/themes/0/commitments/0/statuses/0/rag");
    assertThat(badRag.json().get("detail").asString()).contains("'purple' is not one of red");
    ApiClient.Response noReason =
        editor.put(
            path(plan), log(plan, "{\"quarter\": \"2017-18 Q1\", \"rag\": \"amber\"}"), "\"0\"");
    assertRefused(noReason, 422, "progress-reason-missing");
    assertThat(noReason.json().get("detail").asString())
        .contains("Integrated Care, HomeFirst, 2017/18 quarter 1: an amber status needs a reason");
    assertThat(noReason.json().get("findings").get(0).get("path").asString())
        .isEqualTo("/themes/0/commitments/0/statuses/0/reason");
    assertRefused(
        editor.put(
            path(plan), log(plan, "{\"quarter\": \"2016-17 Q4\", \"rag\": \"green\"}"), "\"0\""),
        422,
        "progress-quarter-outside-plan");
    assertRefused(
        editor.put(path(plan), log(plan, RED_Q1).replace("\"Reablement\"", "\"Bingo\""), "\"0\""),
        422,
        "progress-unknown-scheme");
    assertRefused(
        editor.put(
            path(plan), log(plan, RED_Q1).replace("\"2017-09-30\"", "\"2017-03-31\""), "\"0\""),
        422,
        "progress-done-before-commitment");
    assertRefused(
        editor.put(path(plan), log("dorset-2015-16", RED_Q1), "\"0\""), 422, "progress-other-plan");

    ApiClient.Response after = editor.get(path(plan));
    assertThat(after.header("ETag")).as("nothing saved").isEqualTo("\"0\"");
    assertThat(after.json().get("themes")).isEmpty();
  }

  @Test
  void onlyTheEditorsOfThePlansHwbSave() {
    String plan = copyOfSeed(SEED);
    assertRefused(anonymous().put(path(plan), log(plan, RED_Q1), "\"0\""), 401, "sign-in-required");
    assertThat(api(OTHER_EDITOR).put(path(plan), log(plan, RED_Q1), "\"0\"").status())
        .isEqualTo(404);
    assertRefused(
        api(SIGNATORY).put(path(plan), log(plan, RED_Q1), "\"0\""), 403, "progress-not-editor");
    assertThat(api(SIGNATORY).get(path(plan)).status()).isEqualTo(200);
    assertThat(anonymous().get(path(plan)).status())
        .as("a draft's log is not public")
        .isEqualTo(404);
    assertThat(api(EDITOR).get(path(plan)).header("ETag")).isEqualTo("\"0\"");
  }

  private static void assertRefused(ApiClient.Response response, int status, String rule) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("rule").asString()).as(response.body()).isEqualTo(rule);
  }
}
