package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/plans} with a round and HWBs instead of a whole document: a plan started
 * blank from the round or carried forward, and every refusal. Each test uses HWBs of its own, since
 * an HWB has one plan a round.
 */
class StartPlanApiIT extends AppTestSupport {

  @Autowired private UserRepository users;

  /** An editor of these HWBs (by the ids plans use: ONS codes). */
  private String editorOf(String... hwbs) {
    String name = "start." + String.join(".", hwbs).toLowerCase();
    synchronized (AppTestSupport.class) {
      if (!users.exists(name)) {
        Set<Scope> scopes = new java.util.LinkedHashSet<>();
        for (String h : hwbs) {
          scopes.add(Scope.hwb(h));
        }
        new UserAccounts(users, new BCryptPasswordEncoder(4))
            .add(name, name, PASSWORD, Set.of(Role.EDITOR), scopes);
      }
    }
    return name;
  }

  @Test
  void an_editor_starts_a_blank_plan_for_their_hwb_and_it_loads_and_validates() {
    String editor = editorOf("E06000001");
    ApiClient.Response created =
        api(editor)
            .post(
                "/api/v1/plans",
                """
                {"round": "2025-26", "hwbs": ["E06000001"], "icbs": ["QHM"]}""");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(id).isEqualTo("e06000001-2025-26");
    assertThat(created.header("Location")).isEqualTo("/api/v1/plans/" + id);
    assertThat(created.json().get("status").asString()).isEqualTo("draft");
    assertThat(created.json().get("version").asInt()).isEqualTo(1);

    JsonNode document = api(editor).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.get("round").asString()).isEqualTo("2025-26");
    assertThat(document.has("published") && document.get("published").asBoolean()).isFalse();
    JsonNode hwb = document.get("hwbs").get(0);
    assertThat(hwb.get("id").asString()).isEqualTo("E06000001");
    assertThat(hwb.get("name").asString()).isEqualTo("Hartlepool");
    assertThat(hwb.get("region").asString()).isEqualTo("North East and Yorkshire");
    assertThat(hwb.get("localAuthority").asString()).isEqualTo("hartlepool-council");
    assertThat(document.get("organisations").toString())
        .contains("\"Hartlepool Council\"")
        .contains("\"NHS North East and North Cumbria Integrated Care Board\"")
        .contains("\"icb\"");
    assertThat(document.get("narrative").size()).isEqualTo(3);

    // It validates: findings for what is still empty, and no other error.
    ApiClient.Response validation = api(editor).get("/api/v1/plans/" + id + "/validation");
    assertThat(validation.status()).isEqualTo(200);

    // The audit trail says where it came from.
    assertThat(api(editor).get("/api/v1/plans/" + id + "/history").body())
        .contains("Started blank from the round Better Care Fund 2025-26");
    // It opens in the editor.
    WebClient web = web();
    web.signIn(editor, PASSWORD);
    assertThat(web.get("/plans/" + id + "/edit/details").status()).isEqualTo(200);
    assertThat(web.get("/plans/" + id + "/edit/narrative").status()).isEqualTo(200);
  }

  @Test
  void a_plan_carried_forward_keeps_the_earlier_plans_schemes_without_their_old_spend() {
    String editor = editorOf("E06000002");
    ApiClient.Response earlier =
        api(editor).post("/api/v1/plans", "{\"round\": \"2017-19\", \"hwbs\": [\"E06000002\"]}");
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);
    String earlierId = earlier.json().get("id").asString();
    JsonNode schemes =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(
                """
                {"schemes": [{"id": "home-first", "name": "Home first",
                  "spend": {"2017-18": {"total": 1000}}}],
                 "risks": [{"id": "r1", "description": "Workforce"}]}""");
    ApiClient.Response saved =
        api(editor)
            .put(
                "/api/v1/plans/" + earlierId + "/parts/schemes",
                "{\"schemes\": " + schemes.get("schemes") + "}",
                "\"1\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    ApiClient.Response created =
        api(editor)
            .post(
                "/api/v1/plans",
                "{\"round\": \"2025-26\", \"hwbs\": [\"E06000002\"], \"from\": \""
                    + earlierId
                    + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    JsonNode document = api(editor).get("/api/v1/plans/" + id + "/document").json();
    assertThat(document.get("round").asString()).isEqualTo("2025-26");
    assertThat(document.get("schemes").get(0).get("name").asString()).isEqualTo("Home first");
    assertThat(document.get("schemes").get(0).has("spend")).isFalse();
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    assertThat(api(editor).get("/api/v1/plans/" + id + "/history").body())
        .contains("Carried forward from")
        .contains("version 2");
  }

  @Test
  void a_joint_plan_needs_an_editor_of_every_hwb() {
    String both = editorOf("E06000003", "E06000004");
    String one = editorOf("E06000003");
    String body = "{\"round\": \"2025-26\", \"hwbs\": [\"E06000003\", \"E06000004\"]}";

    ApiClient.Response refused = api(one).post("/api/v1/plans", body);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asString()).isEqualTo("access-refused");

    ApiClient.Response created = api(both).post("/api/v1/plans", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("hwbs").toString()).contains("E06000003", "E06000004");
  }

  @Test
  void an_hwb_with_a_plan_for_the_round_is_refused_a_second() {
    String editor = editorOf("E06000005");
    String body = "{\"round\": \"2025-26\", \"hwbs\": [\"E06000005\"]}";
    assertThat(api(editor).post("/api/v1/plans", body).status()).isEqualTo(201);

    ApiClient.Response again = api(editor).post("/api/v1/plans", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asString()).isEqualTo("plan-exists");
    assertThat(again.json().get("detail").asString())
        .contains("Darlington already has a plan for Better Care Fund 2025-26");
  }

  @Test
  void unknown_rounds_hwbs_icbs_and_plans_to_carry_forward_are_refused_saying_what_is_known() {
    String editor = editorOf("E06000006");

    JsonNode round =
        problem(
            api(editor).post("/api/v1/plans", "{\"round\": \"2099\", \"hwbs\": [\"E06000006\"]}"));
    assertThat(round.get("rule").asString()).isEqualTo("unknown-round");
    assertThat(round.get("field").asString()).isEqualTo("round");
    assertThat(round.get("detail").asString()).contains("2014-16", "2017-19", "2025-26");

    JsonNode hwb =
        problem(
            api(editor)
                .post("/api/v1/plans", "{\"round\": \"2025-26\", \"hwbs\": [\"E99999999\"]}"));
    assertThat(hwb.get("rule").asString()).isEqualTo("unknown-hwb");
    assertThat(hwb.get("field").asString()).isEqualTo("hwbs");
    assertThat(hwb.get("detail").asString())
        .contains("'E99999999' is not the ONS code of an English Health and Wellbeing Board")
        .contains("GET /api/v1/hwbs");

    JsonNode icb =
        problem(
            api(editor)
                .post(
                    "/api/v1/plans",
                    "{\"round\": \"2025-26\", \"hwbs\": [\"E06000006\"], \"icbs\": [\"XXX\"]}"));
    assertThat(icb.get("rule").asString()).isEqualTo("unknown-icb");

    JsonNode from =
        problem(
            api(editor)
                .post(
                    "/api/v1/plans",
                    "{\"round\": \"2025-26\", \"hwbs\": [\"E06000006\"], \"from\": \"no-such\"}"));
    assertThat(from.get("rule").asString()).isEqualTo("unknown-plan-to-carry-forward");
    assertThat(from.get("field").asString()).isEqualTo("from");

    // A draft of another HWB cannot be seen, so it is refused as if it did not exist.
    String dorsetDraft = copyOfSeed("dorset-2015-16");
    JsonNode hidden =
        problem(
            api(editor)
                .post(
                    "/api/v1/plans",
                    "{\"round\": \"2025-26\", \"hwbs\": [\"E06000006\"], \"from\": \""
                        + dorsetDraft
                        + "\"}"));
    assertThat(hidden.get("rule").asString()).isEqualTo("unknown-plan-to-carry-forward");

    // A published plan of another HWB can be seen, but it is not this HWB's to carry forward.
    JsonNode other =
        problem(
            api(editor)
                .post(
                    "/api/v1/plans",
                    "{\"round\": \"2025-26\", \"hwbs\": [\"E06000006\"], \"from\": \""
                        + copyOfPublishedSeed("dorset-2015-16")
                        + "\"}"));
    assertThat(other.get("field").asString()).isEqualTo("from");

    // Nothing was created by any of them.
    assertThat(api(editor).get("/api/v1/plans?hwb=E06000006").json().size()).isZero();
  }

  @Test
  void an_editor_of_another_hwb_and_anonymous_callers_are_refused() {
    String other = editorOf("E06000007");
    String body = "{\"round\": \"2025-26\", \"hwbs\": [\"E06000008\"]}";

    ApiClient.Response refused = api(other).post("/api/v1/plans", body);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asString()).isEqualTo("access-refused");

    assertThat(anonymous().post("/api/v1/plans", body).status()).isEqualTo(401);
    assertThat(api(ADMIN).get("/api/v1/plans?hwb=E06000008").json().size()).isZero();
  }

  @Test
  void a_whole_document_still_creates_a_plan_as_before() {
    String id = "warwickshire-whole-" + System.nanoTime() % 100000;
    ApiClient.Response created =
        api(EDITOR).post("/api/v1/plans", seedAs("warwickshire-2017-19", id, false));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("id").asString()).isEqualTo(id);
  }

  private static JsonNode problem(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).doesNotContain("Exception");
    return response.json();
  }
}
