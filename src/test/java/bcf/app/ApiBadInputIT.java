package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad requests get a problem document that says what is wrong: never a 500, never a trace. */
class ApiBadInputIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";

  /** A refusal: the status, a JSON problem with a rule, and nothing of the server's insides. */
  private static JsonNode problem(ApiClient.Response response, int... statuses) {
    String what = response.status() + " " + response.body();
    assertThat(response.status()).as(what).isNotEqualTo(500);
    assertThat(response.status()).as(what).isIn(box(statuses));
    assertThat(response.header("Content-Type")).as(what).contains("json");
    assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("at bcf.");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.status());
    assertThat(problem.get("rule").asString()).as(what).isNotBlank();
    assertThat(problem.get("detail").asString()).as(what).isNotBlank();
    return problem;
  }

  private static void noTrace(ApiClient.Response response, int status) {
    String what = response.status() + " " + response.body();
    assertThat(response.status()).as(what).isEqualTo(status);
    assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("at bcf.");
  }

  private static Object[] box(int... values) {
    Object[] boxed = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static String newId() {
    return "bad-input-" + System.nanoTime();
  }

  @Test
  void aPlanThatIsNotJsonSaysWhere() {
    JsonNode problem =
        problem(api(EDITOR).post("/api/v1/plans", "{\n  \"id\": \"x\",\n  oops\n}"), 400, 422);
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isPositive();
  }

  @Test
  void aPlanWithAnUnknownFieldNamesThePath() {
    String id = newId();
    ObjectNode document =
        (ObjectNode)
            new ApiClient.Response(200, seedAs(SEED, id, false), java.util.Map.of()).json();
    ((ObjectNode) document.get("contributions").get(0)).put("colour", "blue");
    JsonNode problem = problem(api(EDITOR).post("/api/v1/plans", document.toString()), 422);
    assertThat(problem.toString()).contains("colour");
    assertThat(problem.get("pointer").asString()).startsWith("/contributions/0");
    assertThat(api(ADMIN).get("/api/v1/plans/" + id).status()).isEqualTo(404);
  }

  @Test
  void aPlanForAnUnknownRoundIsABadRequest() {
    String id = newId();
    String document =
        seedAs(SEED, id, false).replace("\"round\": \"2014-16\"", "\"round\": \"2099-00\"");
    assertThat(document).contains("2099-00");
    JsonNode problem = problem(api(EDITOR).post("/api/v1/plans", document), 400);
    assertThat(problem.get("detail").asString()).contains("2099-00");
    assertThat(api(ADMIN).get("/api/v1/plans/" + id).status()).isEqualTo(404);
  }

  @Test
  void aPlanWithATakenIdIsAConflict() {
    String id = copyOfSeed(SEED);
    JsonNode problem = problem(api(EDITOR).post("/api/v1/plans", seedAs(SEED, id, false)), 409);
    assertThat(problem.get("rule").asString()).isEqualTo("plan-exists");
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    problem(api(EDITOR).post("/api/v1/plans", ""), 400, 422);
    problem(api(EDITOR).post("/api/v1/plans", "   "), 400, 422);
    problem(api(EDITOR).post("/api/v1/plans", "[]"), 400, 422);
    problem(api(EDITOR).post("/api/v1/plans", "null"), 400, 422);
  }

  @Test
  void aPartWithAWrongTypeSaysWhereAndChangesNothing() {
    String id = copyOfSeed(SEED);
    String path = "/api/v1/plans/" + id + "/parts/contributions";
    String before = api(EDITOR).get("/api/v1/plans/" + id + "/document").body();
    ObjectNode part = (ObjectNode) api(EDITOR).get(path).json();
    ((ObjectNode) part.get("contributions").get(0)).put("actual", "lots");
    JsonNode problem = problem(api(EDITOR).put(path, part.toString(), "\"1\""), 422);
    assertThat(problem.get("pointer").asString()).isEqualTo("/contributions/0/actual");
    assertUnchanged(id, before);
  }

  @Test
  void badPartRequestsAreRefusedAndChangeNothing() {
    String id = copyOfSeed(SEED);
    String before = api(EDITOR).get("/api/v1/plans/" + id + "/document").body();
    String parts = "/api/v1/plans/" + id + "/parts/";
    problem(api(EDITOR).put(parts + "nonsense", "{}", "\"1\""), 404);
    problem(api(EDITOR).get(parts + "nonsense"), 404);
    JsonNode notInPart =
        problem(api(EDITOR).put(parts + "contributions", "{\"schemes\": []}", "\"1\""), 400);
    assertThat(notInPart.get("detail").asString()).contains("schemes");
    problem(api(EDITOR).put(parts + "contributions", "not json", "\"1\""), 400, 422);
    problem(api(EDITOR).put(parts + "contributions", "[1, 2]", "\"1\""), 400, 422);
    problem(api(EDITOR).put(parts + "contributions", "", "\"1\""), 400, 422);
    problem(api(EDITOR).put(parts + "contributions", "{}", "\"banana\""), 400);
    problem(api(EDITOR).put(parts + "contributions", "{}", "\"99\""), 404, 409);
    problem(
        api(EDITOR).put(parts + "contributions", "{\"contributions\": \"none\"}", "\"1\""),
        400,
        422);
    assertUnchanged(id, before);
  }

  /**
   * Every API body is read with bcf's one JSON configuration: a key given twice is refused (it was
   * silently taken as its last value by the parts endpoint and the sign-off and workflow bodies).
   */
  @Test
  void aKeyGivenTwiceIsRefusedByEveryBody() {
    String id = copyOfSeed(SEED);
    String before = api(EDITOR).get("/api/v1/plans/" + id + "/document").body();
    JsonNode part =
        problem(
            api(EDITOR)
                .put(
                    "/api/v1/plans/" + id + "/parts/risks",
                    "{\"risks\": [], \"risks\": [{\"id\": \"r\", \"description\": \"d\"}]}",
                    "\"1\""),
            400);
    assertThat(part.get("detail").asString()).contains("risks");
    assertUnchanged(id, before);
    // A body that ends too soon is said in words, without the parser's internal notes.
    JsonNode unclosed =
        problem(api(EDITOR).put("/api/v1/plans/" + id + "/parts/risks", "[1,2", "\"1\""), 400);
    assertThat(unclosed.get("detail").asString())
        .isEqualTo(
            "The body is not usable JSON: line 1, column 5: the text ends before a list opened"
                + " with [ is closed with ]");
    problem(
        api(EDITOR)
            .post(
                "/api/v1/plans/" + id + "/workflow/agree",
                "{\"comment\": \"a\", \"comment\": \"b\"}"),
        400);
    problem(
        api(SIGNATORY)
            .post(
                "/api/v1/plans/" + id + "/sign-offs",
                "{\"party\": \"wcc\", \"party\": \"wcc\", \"name\": \"A\"}"),
        400);
    assertThat(api(ADMIN).get("/api/v1/plans/" + id + "/sign-offs").json().get("history").size())
        .isZero();
  }

  @Test
  void badWorkflowRequestsAreBadRequests() {
    String id = copyOfSeed(SEED);
    String workflow = "/api/v1/plans/" + id + "/workflow/";
    problem(api(EDITOR).post(workflow + "teleport", "{}"), 400);
    problem(api(ASSURER).post(workflow + "assure", "{\"outcome\": \"maybe\"}"), 400);
    problem(api(EDITOR).post(workflow + "agree", "{\"comment\": "), 400, 422);
    JsonNode unknown =
        problem(api(EDITOR).post(workflow + "agree", "{\"colour\": \"blue\"}"), 400, 422);
    assertThat(unknown.get("detail").asString()).contains("colour").doesNotContain("bcf.");
    JsonNode plan = api(ADMIN).get("/api/v1/plans/" + id).json();
    assertThat(plan.get("status").asString()).isEqualTo("draft");
  }

  @Test
  void badSignOffRequestsAreBadRequests() {
    String id = copyOfSeed(SEED);
    String signOffs = "/api/v1/plans/" + id + "/sign-offs";
    problem(api(SIGNATORY).post(signOffs, "{}"), 400);
    problem(api(SIGNATORY).post(signOffs, ""), 400, 422);
    problem(api(SIGNATORY).post(signOffs, "{\"party\": \"nobody\", \"name\": \"A\"}"), 400);
    assertThat(api(ADMIN).get(signOffs).json().get("history").size()).isZero();
  }

  @Test
  void badQueryParametersAreBadRequests() {
    String id = copyOfSeed(SEED);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/diff?from=x&to=1"), 400);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/diff?from=1"), 400);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/diff?from=1&to=7"), 404);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/versions/x/document"), 400);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/versions/7/document"), 404);
    problem(api(EDITOR).get("/api/v1/plans/" + id + "/document?version=x"), 400);
    problem(api(ASSURER).get("/api/v1/national"), 400);
    problem(api(ASSURER).get("/api/v1/national?round=1066"), 400);
    // Refused before any API handler is chosen: Spring Boot's error answer, but never a trace.
    noTrace(api(EDITOR).get("/api/v1/no-such-endpoint"), 404);
    noTrace(api(EDITOR).send("DELETE", "/api/v1/plans/" + id, null), 405);
  }

  private void assertUnchanged(String id, String before) {
    JsonNode plan = api(ADMIN).get("/api/v1/plans/" + id).json();
    assertThat(plan.get("currentVersion").asInt()).isEqualTo(1);
    assertThat(api(EDITOR).get("/api/v1/plans/" + id + "/document").body()).isEqualTo(before);
  }
}
