package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan API over HTTP against embedded PostgreSQL. */
class PlanApiIT extends AppTestSupport {

  @Test
  void anonymousVisitorsListOnlyPublishedPlans() {
    ApiClient.Response list = anonymous().get("/api/v1/plans");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsString("id"))
        .contains("warwickshire-2014-16", "warwickshire-2017-19", "dorset-2015-16");
    assertThat(list.json().findValues("publishedVersion")).allMatch(v -> !v.isNull());
  }

  @Test
  void theSummaryIsTheSameJsonAsTheCommandLine() throws Exception {
    ApiClient.Response summary = anonymous().get("/api/v1/plans/warwickshire-2017-19/summary");
    assertThat(summary.status()).isEqualTo(200);
    String cli =
        CliRun.of("summary", "examples/plans/warwickshire-2017-19.json", "--format", "json").out();
    tools.jackson.databind.JsonNode fromCli =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(cli);
    // One difference, by design: in bcf the signatures recorded in the workflow decide the
    // sign-off findings (none are recorded for the seed), while the command line has only the
    // document's printed sign-offs. Everything else is the same JSON.
    assertThat(withoutSignOffFindings(summary.json())).isEqualTo(withoutSignOffFindings(fromCli));
    assertThat(summary.json().get("findings").valueStream())
        .filteredOn(f -> f.get("rule").asString().equals("signoff-complete"))
        .extracting(f -> f.get("message").asString())
        .hasSize(5)
        .allMatch(m -> m.contains("has not signed the plan"));
  }

  private static tools.jackson.databind.JsonNode withoutSignOffFindings(
      tools.jackson.databind.JsonNode summary) {
    tools.jackson.databind.node.ObjectNode copy =
        (tools.jackson.databind.node.ObjectNode) summary.deepCopy();
    tools.jackson.databind.node.ArrayNode findings = copy.putArray("findings");
    summary
        .get("findings")
        .valueStream()
        .filter(f -> !f.get("rule").asString().equals("signoff-complete"))
        .forEach(findings::add);
    return copy;
  }

  @Test
  void aPlanDocumentGoesInAndComesOutUnchanged() throws Exception {
    String id = copyOfSeed("dorset-2015-16");
    ApiClient.Response document = api(EDITOR).get("/api/v1/plans/" + id + "/document");
    assertThat(document.status()).isEqualTo(404); // a Dorset draft is not Warwickshire's
    document = api(OTHER_EDITOR).get("/api/v1/plans/" + id + "/document");
    assertThat(document.status()).isEqualTo(200);
    String expected = seedAs("dorset-2015-16", id, false);
    assertThat(document.body()).isEqualTo(expected);
    Path file = Files.createTempFile("plan", ".json");
    Files.writeString(file, document.body());
    assertThat(CliRun.of("validate", file.toString()).exitCode()).isIn(0, 1);
  }

  @Test
  void whatAnonymousVisitorsReadIsNeverStaleAfterAChange() {
    ApiClient.Response before = anonymous().get("/api/v1/plans");
    assertThat(anonymous().get("/api/v1/plans").body()).isEqualTo(before.body());
    String id = copyOfPublishedSeed("coventry-2014-16");
    assertThat(anonymous().get("/api/v1/plans").json().findValuesAsString("id")).contains(id);
    assertThat(web().get("/plans").body()).contains(id);
    // A signed-in user is never served the anonymous answer: their list has their draft.
    String draft = copyOfSeed("dorset-2015-16");
    assertThat(web().get("/plans").body()).doesNotContain(draft);
    WebClient dorset = web();
    dorset.signIn(OTHER_EDITOR, PASSWORD);
    assertThat(dorset.get("/plans").body()).contains(draft);
  }

  /**
   * The national view's totals are typed (pounds by year), so the OpenAPI document describes them
   * and the golden figures come through exactly.
   */
  @Test
  void theNationalViewGivesEachPlansTotalsInPoundsByYearAndTheApiDocumentSaysSo() {
    ApiClient.Response national = api(NATIONAL_ASSURER).get("/api/v1/national?round=2017-19");
    assertThat(national.status()).isEqualTo(200);
    tools.jackson.databind.JsonNode warwickshire = null;
    for (tools.jackson.databind.JsonNode plan : national.json().get("plans")) {
      if (plan.get("id").asString().equals("warwickshire-2017-19")) {
        warwickshire = plan;
      }
    }
    assertThat(warwickshire).isNotNull();
    assertThat(warwickshire.get("incomeTotal").get("2017-18").decimalValue())
        .isEqualByComparingTo("117601234.00");
    assertThat(warwickshire.get("incomeTotal").get("2018-19").decimalValue())
        .isEqualByComparingTo("120101728.00");
    assertThat(national.json().get("conditions").isArray()).isTrue();
    tools.jackson.databind.JsonNode schema =
        anonymous()
            .get("/api/v1/openapi.json")
            .json()
            .at("/components/schemas/NationalItem/properties/incomeTotal");
    assertThat(schema.get("type").asString()).isEqualTo("object");
    assertThat(schema.at("/additionalProperties/type").asString()).isEqualTo("number");
  }

  /**
   * The history is the API's own record of versions, changes (with their part), moves and
   * signatures, described by the OpenAPI document; no storage row, no database id.
   */
  @Test
  void theHistoryNamesEachChangesPartAndShowsNoStorageIds() {
    String id = copyOfSeed("warwickshire-2017-19");
    ApiClient.Response saved =
        api(EDITOR)
            .put(
                "/api/v1/plans/" + id + "/parts/risks",
                "{\"risks\": [{\"id\": \"r1\", \"description\": \"Flu\"}]}",
                "\"1\"");
    assertThat(saved.status()).isEqualTo(200);
    tools.jackson.databind.JsonNode history =
        api(EDITOR).get("/api/v1/plans/" + id + "/history").json();
    assertThat(history.get("versions").size()).isEqualTo(2);
    assertThat(history.get("changes").get(0).get("part").asString()).isEqualTo("risks");
    assertThat(history.get("changes").get(0).get("changedBy").asString()).isEqualTo(EDITOR);
    tools.jackson.databind.JsonNode openapi = anonymous().get("/api/v1/openapi.json").json();
    tools.jackson.databind.JsonNode signOff =
        openapi.at("/components/schemas/SignOffItem/properties");
    assertThat(signOff.has("valid")).isTrue();
    assertThat(signOff.has("id")).isFalse();
    assertThat(openapi.at("/components/schemas/History/properties").has("changes")).isTrue();
  }

  /**
   * Summaries are kept as written per analysis, yet a save is in the next answer, readers of the
   * published version keep theirs, and the kept answer is the same JSON Spring writes.
   */
  @Test
  void aKeptSummaryChangesWithTheNextVersionAndOnlyForThoseWhoReadIt() {
    String id = copyOfPublishedSeed("warwickshire-2017-19");
    String path = "/api/v1/plans/" + id + "/summary";
    ApiClient.Response first = api(EDITOR).get(path);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Content-Type")).startsWith("application/json");
    assertThat(api(EDITOR).get(path).body()).isEqualTo(first.body());
    String title = first.json().at("/plan/title").asString();
    tools.jackson.databind.node.ObjectNode details =
        (tools.jackson.databind.node.ObjectNode)
            api(EDITOR).get("/api/v1/plans/" + id + "/parts/details").json();
    details.put("title", "Renamed plan");
    ApiClient.Response saved =
        api(EDITOR).put("/api/v1/plans/" + id + "/parts/details", details.toString(), "\"1\"");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(api(EDITOR).get(path).json().at("/plan/title").asString()).isEqualTo("Renamed plan");
    // The published version's readers keep the published summary.
    assertThat(anonymous().get(path).json().at("/plan/title").asString()).isEqualTo(title);
    assertThat(anonymous().get(path).body()).isEqualTo(first.body());
  }

  @Autowired
  private org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
      mappings;

  /**
   * Requests find their controller through bcf's prefiltered mapping, and what it matches is what
   * Spring matches: an escaped path reaches the same summary, an unknown one is not found, and a
   * method not allowed is still answered 405.
   */
  @Test
  void requestsAreMappedThroughThePrefilteredMappingWithSpringsAnswers() {
    assertThat(mappings.getClass().getName())
        .isEqualTo("bcf.platform.web.PrefilteredMappings$Mapping");
    ApiClient.Response plain = api(ADMIN).get("/api/v1/plans/warwickshire-2014-16/summary");
    assertThat(plain.status()).isEqualTo(200);
    ApiClient.Response escaped = api(ADMIN).get("/api/v1/pl%61ns/warwickshire-2014-16/summary");
    assertThat(escaped.status()).isEqualTo(200);
    assertThat(escaped.body()).isEqualTo(plain.body());
    assertThat(api(ADMIN).get("/api/v1/plans/warwickshire-2014-16/nothing-here").status())
        .isEqualTo(404);
    assertThat(
            api(ADMIN).send("DELETE", "/api/v1/plans/warwickshire-2014-16/summary", null).status())
        .isEqualTo(405);
  }
}
