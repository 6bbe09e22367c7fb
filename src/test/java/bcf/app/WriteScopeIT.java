package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.planning.PlanService;
import bcf.users.UserAccounts;
import bcf.workflow.RequiredSignatures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes stay in scope and duties stay separate: nobody moves a plan into another HWB or takes a
 * partner off a joint plan, squats another HWB's plan id or learns of its draft, assures a plan of
 * an HWB they edit, or signs for more than one partner; and nothing is stored that cannot be read
 * back.
 */
class WriteScopeIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";

  @Autowired private PlanService plans;
  @Autowired private bcf.users.UserRepository users;

  @Test
  void an_editor_cannot_move_a_plan_into_another_hwb_through_its_details() {
    String id = copyOfSeed(SEED);
    ApiClient editor = api(EDITOR);
    String details = "/api/v1/plans/" + id + "/parts/details";
    ObjectNode part = (ObjectNode) editor.get(details).json();
    ((ObjectNode) part.get("hwbs").get(0)).put("id", "dorset").put("name", "Dorset");
    ApiClient.Response refused = editor.put(details, part.toString(), "\"1\"");
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("HWBs this plan belongs to");
    assertThat(plans.record(id).orElseThrow().hwbs()).containsExactly("warwickshire");
    assertThat(plans.record(id).orElseThrow().currentVersion()).isEqualTo(1);

    // Adding a partner HWB the editor does not edit is refused too.
    ObjectNode joint = (ObjectNode) editor.get(details).json();
    ((ArrayNode) joint.get("hwbs")).addObject().put("id", "dorset").put("name", "Dorset");
    assertThat(editor.put(details, joint.toString(), "\"1\"").status()).isEqualTo(403);

    // Other details still save.
    ObjectNode titled = (ObjectNode) editor.get(details).json();
    titled.put("title", "Warwickshire, retitled");
    assertThat(editor.put(details, titled.toString(), "\"1\"").status()).isEqualTo(200);
  }

  @Test
  void a_plan_id_names_one_of_its_hwbs() {
    ApiClient.Response refused =
        api(EDITOR)
            .post("/api/v1/plans", seedAs(SEED, "dorset-2025-26-" + System.nanoTime(), false));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("names one of its HWBs", "'warwickshire'");
  }

  @Test
  void a_taken_id_tells_only_those_who_may_see_the_plan_that_it_exists() {
    String id = "dorset-squat-" + System.nanoTime();
    // An admin (exempt from the naming rule) holds a Warwickshire draft under a Dorset-like id.
    assertThat(api(ADMIN).post("/api/v1/plans", seedAs(SEED, id, false)).status()).isEqualTo(201);
    String dorsetPlan = seedAs("dorset-2015-16", id, false).replace("  \"published\": true,\n", "");
    String pan = "ed.pan-dorset." + System.nanoTime() % 100000;
    new UserAccounts(users, new BCryptPasswordEncoder(4))
        .add(
            pan,
            pan,
            PASSWORD,
            Set.of(Role.EDITOR),
            Set.of(Scope.hwb("dorset"), Scope.hwb("bournemouth-poole")));
    ApiClient.Response dorset = api(pan).post("/api/v1/plans", dorsetPlan);
    assertThat(dorset.status()).as(dorset.body()).isEqualTo(403);
    assertThat(dorset.body()).contains("choose another").doesNotContain("exists");
    ApiClient.Response warwickshire = api(EDITOR).post("/api/v1/plans", seedAs(SEED, id, false));
    assertThat(warwickshire.status()).isEqualTo(409);
    assertThat(warwickshire.body()).contains("already exists");
  }

  @Test
  void a_document_that_would_not_read_back_is_never_stored() {
    String id = SEED + "-poison-" + System.nanoTime();
    String poisoned = seedAs(SEED, id, false).replace("\"value\": 673.5", "\"value\": 1e100000");
    assertThat(poisoned).contains("1e100000");
    ApiClient.Response refused = api(EDITOR).post("/api/v1/plans", poisoned);
    assertThat(refused.status()).isBetween(400, 499);
    assertThat(refused.body().length()).isLessThan(4096);
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).status()).isEqualTo(404);
    assertThat(api(EDITOR).get("/api/v1/plans").status()).isEqualTo(200);
    assertThat(api(NATIONAL_ASSURER).get("/api/v1/national?round=2014-16").status()).isEqualTo(200);
  }

  @Test
  void each_partner_signs_once_and_only_for_its_own_party() {
    String id = copyOfSeed(SEED);
    List<RequiredSignatures.Required> required = plans.view(Actor.SYSTEM, id).missingSignatures();
    assertThat(required).hasSizeGreaterThan(1);
    RequiredSignatures.Required first = required.get(0);
    RequiredSignatures.Required second = required.get(1);
    String signOffs = "/api/v1/plans/" + id + "/sign-offs";

    ApiClient one = api(SIGNATORY);
    assertThat(one.post(signOffs, body(first)).status()).isEqualTo(201);
    ApiClient.Response again = one.post(signOffs, body(second));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("each partner signs with its own account");

    ApiClient linked = api(signatoryFor("warwickshire", second.party()));
    RequiredSignatures.Required third = required.get(2);
    ApiClient.Response notTheirs = linked.post(signOffs, body(third));
    assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(403);
    assertThat(notTheirs.body())
        .contains("You may not sign for " + third.partyName(), "not-your-signature");
    assertThat(linked.post(signOffs, body(second)).status()).isEqualTo(201);
  }

  @Test
  void nobody_assures_a_plan_of_an_hwb_they_edit() {
    String dual = "ed-assurer." + System.nanoTime() % 100000;
    new UserAccounts(users, new BCryptPasswordEncoder(4))
        .add(
            dual,
            dual,
            PASSWORD,
            Set.of(Role.EDITOR, Role.ASSURER),
            Set.of(Scope.hwb("warwickshire"), Scope.region("Midlands")));
    String id = submitted();
    String assure = "/api/v1/plans/" + id + "/workflow/assure";
    String outcome = "{\"outcome\":\"approved\",\"comment\":\"Assured\"}";
    ApiClient.Response refused = api(dual).post(assure, outcome);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(api(ASSURER).post(assure, outcome).status()).isEqualTo(200);
  }

  /** A copy of the seed signed by each partner, agreed, approved and submitted. */
  private String submitted() {
    String id = copyOfSeed(SEED);
    for (RequiredSignatures.Required r : plans.view(Actor.SYSTEM, id).missingSignatures()) {
      ApiClient.Response signed =
          api(signatoryFor("warwickshire", r.party()))
              .post("/api/v1/plans/" + id + "/sign-offs", body(r));
      assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    }
    move(api(EDITOR), id, "agree", "{}");
    move(api(SIGNATORY), id, "approve", "{}");
    move(api(EDITOR), id, "submit", "{\"overrideReason\":\"The figures are being restated.\"}");
    return id;
  }

  private static void move(ApiClient client, String id, String action, String body) {
    ApiClient.Response moved = client.post("/api/v1/plans/" + id + "/workflow/" + action, body);
    assertThat(moved.status()).as(action + ": " + moved.body()).isEqualTo(200);
  }

  private static String body(RequiredSignatures.Required r) {
    return "{\"party\":\"" + r.party() + "\",\"role\":\"" + r.role() + "\",\"name\":\"A Person\"}";
  }
}
