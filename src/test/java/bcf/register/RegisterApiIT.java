package bcf.register;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Actor;
import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.document.DocumentHistory;
import bcf.planning.PlanService;
import bcf.workflow.RequiredSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register API over HTTP: the seed register with the demo plan, a register started from a plan,
 * a review that leaves the plan's sign-offs alone, the register as it stood at signing, a
 * likelihood of 7 refused at its place with nothing saved, and a conflicting edit refused.
 */
class RegisterApiIT extends AppTestSupport {

  @Autowired private PlanService plans;

  private static String register(String plan) {
    return "/api/v1/plans/" + plan + "/register";
  }

  @Test
  void the_demo_plan_has_its_seed_register_for_anyone_to_read() {
    ApiClient.Response document = anonymous().get(register("warwickshire-2017-19"));
    assertThat(document.status()).as(document.body()).isEqualTo(200);
    assertThat(document.json().get("entries").size()).isEqualTo(4);
    JsonNode summary = anonymous().get(register("warwickshire-2017-19") + "/summary").json();
    assertThat(summary.get("entriesByType").get("risk").asInt()).isEqualTo(4);
    assertThat(summary.get("heatMap").get("unrated").asInt()).isEqualTo(4);
    assertThat(summary.get("findings").size()).isZero();
  }

  @Test
  void a_register_started_from_a_plan_keeps_its_scores_and_is_started_once() {
    String plan = copyOfSeed("warwickshire-2014-16");
    ApiClient.Response started = api(EDITOR).post(register(plan), "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.header("ETag")).isEqualTo("\"1\"");
    JsonNode summary = api(EDITOR).get(register(plan) + "/summary?today=2014-04-01").json();
    assertThat(summary.get("entriesByType").get("risk").asInt()).isEqualTo(8);
    assertThat(summary.get("exceptions").get("aboveThreshold").size()).isEqualTo(7);
    ApiClient.Response again = api(EDITOR).post(register(plan), "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asString()).isEqualTo("register-exists");
    ApiClient.Response stranger = api(OTHER_EDITOR).post(register(plan), "");
    assertThat(stranger.status()).isEqualTo(404);
  }

  @Test
  void a_likelihood_of_7_is_refused_at_its_place_and_nothing_is_saved() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    ApiClient.Response refused =
        api(EDITOR)
            .post(
                register(plan) + "/entries/risk-2/reviews",
                "{\"date\":\"2014-06-01\",\"likelihood\":7,\"impact\":3}",
                "\"1\"");
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    JsonNode problem = refused.json();
    assertThat(problem.get("rule").asString()).isEqualTo("rating-outside-scale");
    JsonNode finding = problem.get("findings").get(0);
    assertThat(finding.get("where").asString()).isEqualTo("reviews[8].rating.likelihood");
    assertThat(finding.get("place").asString())
        .isEqualTo(
            "Entry 2 (Failure to secure capacity, capability and quality provis...),"
                + " review on 1 June 2014");
    assertThat(finding.get("message").asString())
        .isEqualTo("the likelihood 7 is outside the register's scale of 1 to 5.");
    ApiClient.Response after = api(EDITOR).get(register(plan));
    assertThat(after.header("ETag")).isEqualTo("\"1\"");
    assertThat(after.json().get("reviews").size()).isEqualTo(8);
  }

  @Test
  void a_review_date_before_the_raised_date_is_refused_in_a_part_edit() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    JsonNode document = api(EDITOR).get(register(plan)).json();
    ObjectNode entry = (ObjectNode) document.get("entries").get(0);
    entry.put("raised", "2014-03-01");
    entry.put("review", "2014-02-01");
    ObjectNode body = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    body.set("entries", document.get("entries"));
    ApiClient.Response refused =
        api(EDITOR).put(register(plan) + "/parts/entries", body.toString(), "\"1\"");
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("rule").asString()).isEqualTo("review-before-raised");
    assertThat(api(EDITOR).get(register(plan)).header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void a_second_edit_of_the_entries_from_the_same_version_is_a_conflict() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    JsonNode document = api(EDITOR).get(register(plan)).json();
    ObjectNode first = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    first.set("entries", document.get("entries").deepCopy());
    ((ObjectNode) first.get("entries").get(0)).put("owner", "Strategic Director");
    ObjectNode second = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    second.set("entries", document.get("entries").deepCopy());
    ((ObjectNode) second.get("entries").get(1)).put("owner", "Head of Commissioning");
    ApiClient.Response saved =
        api(EDITOR).put(register(plan) + "/parts/entries", first.toString(), "\"1\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    ApiClient.Response conflict =
        api(EDITOR).put(register(plan) + "/parts/entries", second.toString(), "\"1\"");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("rule").asString()).isEqualTo("edit-conflict");
    // A review starting from version 1 is another part: kept.
    ApiClient.Response review =
        api(EDITOR)
            .post(
                register(plan) + "/entries/risk-1/reviews",
                "{\"date\":\"2014-06-01\",\"score\":9}",
                "\"1\"");
    assertThat(review.status()).as(review.body()).isEqualTo(201);
    ApiClient.Response noVersion =
        api(EDITOR).put(register(plan) + "/parts/entries", second.toString(), null);
    assertThat(noVersion.status()).isEqualTo(428);
  }

  @Test
  void reviewing_the_register_never_ends_the_plans_sign_offs_and_the_signed_version_is_kept() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    for (RequiredSignatures.Required r : plans.view(Actor.SYSTEM, plan).missingSignatures()) {
      ApiClient.Response signed =
          api(signatoryFor("warwickshire", r.party()))
              .post(
                  "/api/v1/plans/" + plan + "/sign-offs",
                  "{\"party\":\""
                      + r.party()
                      + "\",\"role\":\""
                      + r.role()
                      + "\",\"name\":\"Pat Partner\"}");
      assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    }
    long validBefore = validSignOffs(plan);
    int planVersion = plans.view(Actor.SYSTEM, plan).record().currentVersion();
    assertThat(validBefore).isPositive();

    ApiClient.Response review =
        api(EDITOR)
            .post(
                register(plan) + "/entries/risk-1/reviews",
                "{\"date\":\"2014-06-01\",\"likelihood\":5,\"impact\":5,\"note\":\"Worse\"}",
                "\"1\"");
    assertThat(review.status()).as(review.body()).isEqualTo(201);
    assertThat(review.json().get("signOffsInvalidated").asInt()).isZero();

    assertThat(validSignOffs(plan)).isEqualTo(validBefore);
    assertThat(plans.view(Actor.SYSTEM, plan).record().currentVersion()).isEqualTo(planVersion);
    JsonNode asSigned = api(EDITOR).get(register(plan) + "/as-signed").json();
    assertThat(asSigned.get("version").asInt()).isEqualTo(1);
    assertThat(asSigned.get("register").get("reviews").size()).isEqualTo(8);
    assertThat(api(EDITOR).get(register(plan)).json().get("reviews").size()).isEqualTo(9);
    JsonNode summary = api(EDITOR).get(register(plan) + "/summary?today=2014-06-02").json();
    assertThat(summary.get("asSigned").get("version").asInt()).isEqualTo(1);
    assertThat(summary.get("heatMap").get("cells").get(4).get("count").asInt()).isEqualTo(1);
  }

  @Test
  void the_boards_sign_off_of_the_register_survives_a_review_and_ends_with_an_edit_of_entries() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    RequiredSignatures.Required first = plans.view(Actor.SYSTEM, plan).requiredSignatures().get(0);
    String body =
        "{\"party\":\""
            + first.party()
            + "\",\"role\":\""
            + first.role()
            + "\",\"name\":\"Pat Partner\"}";
    ApiClient signatory = api(signatoryFor("warwickshire", first.party()));
    ApiClient.Response signed = signatory.post(register(plan) + "/sign-offs", body);
    assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    assertThat(signed.json().get("version").asInt()).isEqualTo(1);
    assertThat(signed.json().get("valid").asBoolean()).isTrue();
    ApiClient.Response again = signatory.post(register(plan) + "/sign-offs", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asString()).isEqualTo("already-signed");
    assertThat(api(EDITOR).post(register(plan) + "/sign-offs", body).status()).isEqualTo(403);
    // The plan itself is not signed by signing its register.
    assertThat(validSignOffs(plan)).isZero();

    ApiClient.Response review =
        api(EDITOR)
            .post(
                register(plan) + "/entries/risk-1/reviews",
                "{\"date\":\"2014-06-01\",\"score\":9}",
                "\"1\"");
    assertThat(review.json().get("signOffsInvalidated").asInt()).isZero();
    JsonNode afterReview = api(EDITOR).get(register(plan) + "/sign-offs").json();
    assertThat(afterReview.get(0).get("valid").asBoolean()).isTrue();

    JsonNode document = api(EDITOR).get(register(plan)).json();
    ObjectNode entries = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    entries.set("entries", document.get("entries"));
    ((ObjectNode) entries.get("entries").get(0)).put("owner", "Strategic Director");
    ApiClient.Response edit =
        api(EDITOR).put(register(plan) + "/parts/entries", entries.toString(), "\"2\"");
    assertThat(edit.status()).as(edit.body()).isEqualTo(200);
    assertThat(edit.json().get("signOffsInvalidated").asInt()).isEqualTo(1);
    JsonNode afterEdit = api(EDITOR).get(register(plan) + "/sign-offs").json();
    assertThat(afterEdit.get(0).get("valid").asBoolean()).isFalse();
    assertThat(afterEdit.get(0).get("endedByVersion").asInt()).isEqualTo(3);
    // The same signatory signs the new version.
    assertThat(signatory.post(register(plan) + "/sign-offs", body).status()).isEqualTo(201);
  }

  @Test
  void a_decision_on_an_escalation_takes_it_off_the_list_awaiting_one() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    JsonNode document = api(EDITOR).get(register(plan)).json();
    ObjectNode entries = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    entries.set("entries", document.get("entries"));
    ObjectNode first = (ObjectNode) entries.get("entries").get(0);
    first.put("status", "escalated");
    ObjectNode escalation = first.putObject("escalation");
    escalation.put("by", "Programme Manager");
    escalation.put("to", "the HWB Executive team");
    escalation.put("on", "2014-06-02");
    escalation.put("reason", "Needs a decision on the shared envelope");
    // "decided" left out: not decided (it was required once, as a Java boolean).
    ApiClient.Response escalated =
        api(EDITOR).put(register(plan) + "/parts/entries", entries.toString(), "\"1\"");
    assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
    String today = "/summary?today=2014-06-03";
    assertThat(
            api(EDITOR)
                .get(register(plan) + today)
                .json()
                .get("exceptions")
                .get("awaitingDecision"))
        .hasSize(1);

    ApiClient.Response blank =
        api(EDITOR)
            .post(register(plan) + "/entries/risk-1/decision", "{\"decision\":\" \"}", "\"2\"");
    assertThat(blank.status()).isEqualTo(400);
    ApiClient.Response notEscalated =
        api(EDITOR)
            .post(register(plan) + "/entries/risk-2/decision", "{\"decision\":\"No\"}", "\"2\"");
    assertThat(notEscalated.status()).isEqualTo(400);
    ApiClient.Response decided =
        api(EDITOR)
            .post(
                register(plan) + "/entries/risk-1/decision",
                "{\"decision\":\"Envelope shared 60:40\"}",
                "\"2\"");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.header("ETag")).isEqualTo("\"3\"");
    assertThat(
            api(EDITOR)
                .get(register(plan) + today)
                .json()
                .get("exceptions")
                .get("awaitingDecision"))
        .isEmpty();
    JsonNode after = api(EDITOR).get(register(plan)).json().get("entries").get(0).get("escalation");
    assertThat(after.get("decided").asBoolean()).isTrue();
    assertThat(after.get("decision").asString()).isEqualTo("Envelope shared 60:40");
    assertThat(
            api(SIGNATORY)
                .post(
                    register(plan) + "/entries/risk-1/decision",
                    "{\"decision\":\"Other\"}",
                    "\"3\"")
                .status())
        .isEqualTo(403);
  }

  @Test
  void those_who_may_not_edit_the_plan_may_not_change_its_register() {
    String plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post(register(plan), "");
    String review = "{\"date\":\"2014-06-01\",\"score\":9}";
    assertThat(
            api(SIGNATORY)
                .post(register(plan) + "/entries/risk-1/reviews", review, "\"1\"")
                .status())
        .isEqualTo(403);
    assertThat(
            api(OTHER_EDITOR)
                .post(register(plan) + "/entries/risk-1/reviews", review, "\"1\"")
                .status())
        .isEqualTo(404);
    assertThat(
            anonymous().post(register(plan) + "/entries/risk-1/reviews", review, "\"1\"").status())
        .isIn(401, 404);
    assertThat(api(EDITOR).get(register(plan)).header("ETag")).isEqualTo("\"1\"");
  }

  private long validSignOffs(String plan) {
    return plans.history(Actor.SYSTEM, plan).signOffs().stream()
        .filter(DocumentHistory.SignOffEntry::valid)
        .count();
  }
}
