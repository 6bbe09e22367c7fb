package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The "Start a plan" page ({@code /plans/new}): every choice by name, another board added without
 * JavaScript, an error summary for each missing choice with nothing created, and the new plan's
 * page with a success banner. Each test uses HWBs of its own.
 */
class StartPlanPagesIT extends AppTestSupport {

  @Autowired private UserRepository users;

  private WebClient signedInEditorOf(String... hwbs) {
    String name = "pages." + String.join(".", hwbs).toLowerCase();
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
    WebClient web = web();
    assertThat(web.signIn(name, PASSWORD).location()).doesNotContain("error");
    return web;
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  @Test
  void an_editor_starts_a_plan_choosing_everything_by_name_and_lands_on_it() {
    WebClient web = signedInEditorOf("E06000010");
    assertThat(web.get("/plans").body()).contains("id=\"start-a-plan\"").contains("Start a plan");

    WebClient.Page form = web.get("/plans/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("<title>Start a plan – bcf</title>")
        .contains("Better Care Fund 2025-26")
        .contains(">Kingston upon Hull, City of</option>")
        // The only board the editor edits is chosen, and its region's ICBs come first.
        .contains("label=\"In the North East and Yorkshire region\"")
        .contains("NHS Humber and North Yorkshire Integrated Care Board")
        .contains("A blank plan from the round");

    WebClient.Page started =
        web.post(
            "/plans/new",
            fields(
                "round",
                "2025-26",
                "hwb",
                "E06000010",
                "icb",
                "QOQ",
                "from",
                "",
                "action",
                "start"),
            "/plans/new");
    assertThat(started.status()).as(started.body()).isIn(302, 303);
    assertThat(started.location()).endsWith("/plans/e06000010-2025-26?started=1");

    WebClient.Page plan = web.get("/plans/e06000010-2025-26?started=1");
    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.body())
        .contains("id=\"success-banner\"")
        .contains("Plan started")
        .contains("Better Care Fund 2025-26: Kingston upon Hull, City of");
    assertThat(web.get("/plans/e06000010-2025-26/edit/details").status()).isEqualTo(200);
  }

  @Test
  void each_missing_choice_is_named_in_the_error_summary_and_nothing_is_created() {
    WebClient web = signedInEditorOf("E06000011");
    WebClient.Page refused =
        web.post("/plans/new", fields("from", "", "action", "start"), "/plans/new");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: Start a plan – bcf</title>")
        .contains("govuk-error-summary")
        .contains("href=\"#round\">Choose the round the plan is for")
        .contains("href=\"#hwb\">Choose the Health and Wellbeing Board")
        .contains("href=\"#icb\">Choose the integrated care board")
        .contains("id=\"icb-error\"");
    assertThat(api(ADMIN).get("/api/v1/plans?hwb=E06000011").json().size()).isZero();

    // A board already planned for the round is refused in words, not codes.
    assertThat(
            web.post(
                    "/plans/new",
                    fields("round", "2025-26", "hwb", "E06000011", "icb", "QOQ", "action", "start"),
                    "/plans/new")
                .status())
        .isIn(302, 303);
    WebClient.Page again =
        web.post(
            "/plans/new",
            fields("round", "2025-26", "hwb", "E06000011", "icb", "QOQ", "action", "start"),
            "/plans/new");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body())
        .contains("East Riding of Yorkshire already has a plan for Better Care Fund 2025-26")
        .doesNotContain("E06000011</a>");
  }

  @Test
  void another_board_is_added_for_a_joint_plan_without_javascript() {
    WebClient web = signedInEditorOf("E06000012", "E06000013");
    WebClient.Page more =
        web.post(
            "/plans/new",
            fields("round", "2025-26", "hwb", "E06000012", "icb", "QOQ", "action", "add-hwb"),
            "/plans/new");
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.body()).contains("id=\"hwb-2\"").doesNotContain("govuk-error-summary");

    Map<String, String> both = new LinkedHashMap<>();
    both.put("round", "2025-26");
    both.put("icb", "QOQ");
    both.put("action", "start");
    both.put("_csrf", web.csrf("/plans/new"));
    String body = "hwb=E06000012&hwb=E06000013";
    WebClient.Page started = web.postRaw("/plans/new?" + body, both);
    assertThat(started.status()).as(started.body()).isIn(302, 303);
    String document = api(ADMIN).get("/api/v1/plans/e06000012-2025-26/document").body();
    assertThat(document)
        .contains("\"North East Lincolnshire Council\"")
        .contains("\"North Lincolnshire Council\"");
  }

  @Test
  void a_plan_of_the_board_is_offered_to_carry_forward_by_its_title() {
    WebClient web = signedInEditorOf("E06000014");
    assertThat(
            web.post(
                    "/plans/new",
                    fields("round", "2017-19", "hwb", "E06000014", "icb", "QOQ", "action", "start"),
                    "/plans/new")
                .location())
        .endsWith("/plans/e06000014-2017-19?started=1");

    WebClient.Page form = web.get("/plans/new");
    assertThat(form.body())
        .contains("Better Care Fund 2017-19: York (Better Care Fund 2017-19)")
        .contains("value=\"e06000014-2017-19\"");

    WebClient.Page carried =
        web.post(
            "/plans/new",
            fields(
                "round",
                "2025-26",
                "hwb",
                "E06000014",
                "icb",
                "QOQ",
                "from",
                "e06000014-2017-19",
                "action",
                "start"),
            "/plans/new");
    assertThat(carried.location()).endsWith("/plans/e06000014-2025-26?started=1");
    assertThat(web.get("/plans/e06000014-2025-26/history").body()).contains("Carried forward from");
  }

  @Test
  void a_signatory_is_told_they_cannot_start_a_plan_and_anonymous_visitors_sign_in() {
    WebClient signatory = web();
    signatory.signIn(SIGNATORY, PASSWORD);
    assertThat(signatory.get("/plans").body()).doesNotContain("id=\"start-a-plan\"");
    assertThat(signatory.get("/plans/new").body()).contains("id=\"no-hwbs\"");

    WebClient.Page anonymous = web().get("/plans/new");
    assertThat(anonymous.status()).isIn(302, 303);
    assertThat(anonymous.location()).endsWith("/login");
    assertThat(web().get("/plans").body()).doesNotContain("id=\"start-a-plan\"");
  }
}
