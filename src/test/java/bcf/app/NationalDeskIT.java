package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.planning.PlanService;
import bcf.reference.HwbDirectory;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import bcf.workflow.RequiredSignatures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The assurer's desk: counts over every HWB in England (or a region), the queue awaiting assurance,
 * sorting, the region filter, totals and "not given", the comparison, the CSV and bad parameters.
 * Its plans are 2025-26 plans for East of England HWBs that no seed covers, made through the API
 * once for the class; counts are checked against the state before they were made.
 */
class NationalDeskIT extends AppTestSupport {

  private static final String ROUND = "2025-26";
  private static final String REGION = "East of England";
  private static final String EDITOR_EAST = "ed.east-desk";

  /** Submitted first, so first in the queue, though its title sorts last. */
  private static final String JOINT = "bedfordshire-desk-2025-26";

  private static final String SUFFOLK = "suffolk-desk-2025-26";
  private static final String NORFOLK = "norfolk-desk-2025-26";
  private static final String THURROCK = "thurrock-desk-2025-26";
  private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"Norfolk\")";
  private static final String OVERRIDE = "@SUM(1+1) the DFG figures are being restated";

  private static JsonNode before;

  @Autowired private UserRepository users;
  @Autowired private PlanService plans;
  @Autowired private HwbDirectory directory;

  @BeforeEach
  void plans() {
    synchronized (NationalDeskIT.class) {
      if (before != null) {
        return;
      }
      JsonNode earlier = national(NATIONAL_ASSURER, "").json();
      accounts()
          .add(
              EDITOR_EAST,
              EDITOR_EAST,
              PASSWORD,
              Set.of(Role.EDITOR),
              Set.of(
                  Scope.hwb("E06000055"),
                  Scope.hwb("E06000056"),
                  Scope.hwb("E10000029"),
                  Scope.hwb("E10000020"),
                  Scope.hwb("E06000034")));
      create(
          JOINT,
          "Zeta Bedford and Central Bedfordshire",
          List.of("E06000055", "Bedford", "E06000056", "Central Bedfordshire"),
          "300");
      create(SUFFOLK, "Alpha Suffolk", List.of("E10000029", "Suffolk"), "100");
      create(NORFOLK, FORMULA_TITLE, List.of("E10000020", "Norfolk"), null);
      create(THURROCK, "Thurrock", List.of("E06000034", "Thurrock"), "0");
      submit(JOINT, "E06000055", "Joint figures follow");
      submit(SUFFOLK, "E10000029", OVERRIDE);
      before = earlier;
    }
  }

  @Test
  void counts_every_hwb_in_england_with_a_joint_plan_for_each_of_its_hwbs() {
    JsonNode counts = national(NATIONAL_ASSURER, "").json().get("counts");
    JsonNode earlier = before.get("counts");
    assertThat(counts.get("hwbs").intValue()).isEqualTo(151);
    List<String> notStartedBefore = names(earlier.get("notStarted"));
    List<String> mine =
        List.of("Bedford", "Central Bedfordshire", "Suffolk", "Norfolk", "Thurrock");
    assertThat(notStartedBefore).containsAll(mine);
    assertThat(names(counts.get("notStarted"))).doesNotContainAnyElementsOf(mine).contains("Essex");
    assertThat(counts.get("started").intValue()).isEqualTo(earlier.get("started").intValue() + 5);
    assertThat(counts.get("submitted").intValue())
        .isEqualTo(earlier.get("submitted").intValue() + 3);
    assertThat(counts.get("byStatus").get("draft").intValue())
        .isEqualTo(earlier.get("byStatus").get("draft").intValue() + 2);
    int byStatus = 0;
    for (JsonNode n : counts.get("byStatus")) {
      byStatus += n.intValue();
    }
    assertThat(byStatus + counts.get("notStarted").size()).isEqualTo(151);

    String page = page(NATIONAL_ASSURER, "/national?round=" + ROUND);
    assertThat(page)
        .contains("Submitted: " + counts.get("submitted").intValue() + " of 151")
        .contains("Progress in <span>England</span>")
        .contains("<li class=\"not-started-hwb\">Essex (East of England)</li>")
        .doesNotContain("<li class=\"not-started-hwb\">Suffolk");
  }

  @Test
  void a_regional_assurer_counts_their_region_only_and_cannot_widen_it() {
    int midlands =
        (int) directory.hwbs().stream().filter(h -> h.region().equals("Midlands")).count();
    ApiClient.Response own = national(ASSURER, "");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("counts").get("hwbs").intValue()).isEqualTo(midlands);
    assertThat(own.json().get("regions").toString()).isEqualTo("[\"Midlands\"]");
    assertThat(ids(own.json())).doesNotContain(JOINT, SUFFOLK);

    ApiClient.Response wider = national(ASSURER, "&region=" + encode(REGION));
    assertThat(wider.status()).as(wider.body()).isEqualTo(403);
    assertThat(wider.json().get("rule").stringValue()).isEqualTo("region-not-assured");
    assertThat(wider.json().get("detail").stringValue())
        .isEqualTo("You assure plans in Midlands only, not in East of England.");
    WebClient.Page page =
        signedIn(ASSURER).get("/national?round=" + ROUND + "&region=" + encode(REGION));
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.body()).contains("You assure plans in Midlands only").doesNotContain(JOINT);
    WebClient.Page csv =
        signedIn(ASSURER).get("/national.csv?round=" + ROUND + "&region=" + encode(REGION));
    assertThat(csv.status()).isEqualTo(403);
    assertThat(page(ASSURER, "/national?round=" + ROUND))
        .contains("<option value=\"Midlands\">Midlands</option>")
        .doesNotContain("<option value=\"East of England\"");
  }

  @Test
  void the_region_filter_shows_that_regions_hwbs_and_plans() {
    JsonNode east = national(NATIONAL_ASSURER, "&region=" + encode(REGION)).json();
    assertThat(east.get("region").stringValue()).isEqualTo(REGION);
    assertThat(east.get("counts").get("hwbs").intValue()).isEqualTo(11);
    assertThat(ids(east)).contains(JOINT, SUFFOLK, NORFOLK, THURROCK);
    for (JsonNode plan : east.get("plans")) {
      for (JsonNode code : plan.get("hwbCodes")) {
        assertThat(code.stringValue()).matches("E[0-9]{8}");
      }
    }
    JsonNode midlands = national(NATIONAL_ASSURER, "&region=Midlands").json();
    assertThat(ids(midlands)).doesNotContain(JOINT, SUFFOLK, NORFOLK, THURROCK);
    String page = page(NATIONAL_ASSURER, "/national?round=" + ROUND + "&region=" + encode(REGION));
    assertThat(page)
        .contains("Progress in <span>East of England</span>")
        .contains("<option value=\"East of England\" selected=\"selected\">");
  }

  @Test
  void
      the_queue_lists_submitted_plans_oldest_first_with_the_override_reason_and_a_link_to_assure() {
    List<String> queue = new ArrayList<>();
    JsonNode json = national(NATIONAL_ASSURER, "").json();
    for (JsonNode item : json.get("queue")) {
      if (item.get("id").stringValue().endsWith("-desk-2025-26")) {
        queue.add(item.get("id").stringValue());
      }
    }
    assertThat(queue).containsExactly(JOINT, SUFFOLK);
    String page = page(NATIONAL_ASSURER, "/national?round=" + ROUND);
    String queueTable =
        page.substring(
            page.indexOf("id=\"queue\""), page.indexOf("<h2 class=\"govuk-heading-m\">Plans</h2>"));
    assertThat(queueTable.indexOf(JOINT)).isLessThan(queueTable.indexOf(SUFFOLK)).isPositive();
    assertThat(queueTable)
        .contains("href=\"/plans/" + SUFFOLK + "/sign-off\"")
        .contains("@SUM(1+1) the DFG figures are being restated")
        .doesNotContain(NORFOLK, THURROCK);
  }

  @Test
  void sorting_by_a_column_orders_the_plans_and_puts_plans_without_the_figure_last() {
    List<String> ascending =
        mine(
            national(NATIONAL_ASSURER, "&region=" + encode(REGION) + "&sort=income-2025-26")
                .json());
    assertThat(ascending).containsExactly(THURROCK, SUFFOLK, JOINT, NORFOLK);
    List<String> descending =
        mine(
            national(
                    NATIONAL_ASSURER, "&region=" + encode(REGION) + "&sort=income-2025-26&dir=desc")
                .json());
    assertThat(descending).containsExactly(JOINT, SUFFOLK, THURROCK, NORFOLK);
    assertThat(mine(national(NATIONAL_ASSURER, "&region=" + encode(REGION) + "&sort=plan").json()))
        .containsExactly(NORFOLK, SUFFOLK, THURROCK, JOINT);

    String page =
        page(
            NATIONAL_ASSURER,
            "/national?round="
                + ROUND
                + "&region="
                + encode(REGION)
                + "&sort=income-2025-26&dir=desc");
    assertThat(page)
        .contains("aria-sort=\"descending\" data-column=\"income-2025-26\"")
        .contains("aria-sort=\"none\" data-column=\"plan\"")
        .contains(
            "href=\"/national?round=2025-26&amp;region=East%20of%20England&amp;sort=income-2025-26&amp;dir=asc\"");
    assertThat(page.indexOf("data-plan=\"" + JOINT + "\""))
        .isLessThan(page.indexOf("data-plan=\"" + SUFFOLK + "\""));
  }

  @Test
  void totals_add_the_plans_that_give_a_figure_and_a_missing_figure_is_not_given_not_zero() {
    JsonNode east = national(NATIONAL_ASSURER, "&region=" + encode(REGION)).json();
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonNode plan : east.get("plans")) {
      JsonNode income = plan.get("incomeTotal").get("2025-26");
      if (income != null && !income.isNull()) {
        sum = sum.add(income.decimalValue());
      }
      if (plan.get("id").stringValue().equals(NORFOLK)) {
        assertThat(plan.get("incomeTotal").size()).isZero();
      }
    }
    assertThat(east.get("totals").get("incomeTotal").get("2025-26").decimalValue())
        .isEqualByComparingTo(sum)
        .isGreaterThanOrEqualTo(new java.math.BigDecimal("400"));
    assertThat(east.get("totals").get("plans").intValue()).isEqualTo(east.get("plans").size());

    String page = page(NATIONAL_ASSURER, "/national?round=" + ROUND + "&region=" + encode(REGION));
    assertThat(row(page, NORFOLK))
        .contains("income\">not given<", "expenditure\">not given<")
        .doesNotContain("£0");
    assertThat(row(page, THURROCK)).contains("income\">£0<").doesNotContain("income\">not given");
    assertThat(row(page, SUFFOLK))
        .contains(">£100<")
        .contains("Submitted with errors because: @SUM(1+1) the DFG figures are being restated");
    assertThat(page)
        .contains("id=\"totals\"")
        .contains("Total of " + east.get("plans").size() + " plans");
  }

  @Test
  void chosen_plans_compare_side_by_side() {
    String page =
        page(
            NATIONAL_ASSURER,
            "/national/compare?round="
                + ROUND
                + "&plan="
                + SUFFOLK
                + "&plan="
                + NORFOLK
                + "&plan="
                + JOINT);
    assertThat(page).contains("<title>Compare plans – bcf</title>");
    String income = line(page, "Total income");
    assertThat(income).contains(">£100<", ">not given<", ">£300<");
    assertThat(line(page, "Schemes")).contains(">0<");
    assertThat(line(page, "Status")).contains(">Submitted<", ">Draft<");
    assertThat(page)
        .contains("Minimum contributions", "Disabled Facilities Grant passed through", "Errors");
    assertThat(page.indexOf("data-plan=\"" + SUFFOLK + "\""))
        .isLessThan(page.indexOf("data-plan=\"" + NORFOLK + "\""));
    // The table's form sends the ticked plans to the comparison.
    assertThat(page(NATIONAL_ASSURER, "/national?round=" + ROUND))
        .contains("action=\"/national/compare\"")
        .contains("name=\"plan\" value=\"" + SUFFOLK + "\"");

    WebClient.Page one =
        signedIn(NATIONAL_ASSURER).get("/national/compare?round=" + ROUND + "&plan=" + SUFFOLK);
    assertThat(one.status()).isEqualTo(400);
    assertThat(one.body())
        .contains("<title>Error: Compare plans – bcf</title>")
        .contains("<a href=\"#plan\">Choose from 2 to 10 plans to compare; 1 was chosen.</a>")
        .contains("value=\"" + SUFFOLK + "\" id=\"plan-" + SUFFOLK + "\" checked=\"checked\"");
    // With none chosen, the page offers the round's plans to choose from.
    String chooser = page(NATIONAL_ASSURER, "/national/compare?round=" + ROUND);
    assertThat(chooser)
        .contains("Which plans do you want to compare?")
        .contains("name=\"plan\" value=\"" + NORFOLK + "\"")
        .doesNotContain("govuk-error-summary");
    WebClient.Page unseen =
        signedIn(ASSURER)
            .get("/national/compare?round=" + ROUND + "&plan=" + SUFFOLK + "&plan=" + NORFOLK);
    assertThat(unseen.status()).isEqualTo(400);
    assertThat(unseen.body())
        .contains(
            "There is no plan &#39;"
                + SUFFOLK
                + "&#39; in round 2025-26 among the plans you assure.");
  }

  @Test
  void the_table_downloads_as_csv_with_formula_cells_neutralised() {
    WebClient.Page csv =
        signedIn(NATIONAL_ASSURER)
            .get("/national.csv?round=" + ROUND + "&region=" + encode(REGION) + "&sort=plan");
    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.body().split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "HWB ONS codes,HWBs,Plan id,Plan,Status,Submitted,Override reason,Errors,Warnings,Income"
                + " 2025/26 (£),Expenditure 2025/26 (£)");
    String joint =
        lineStarting(lines, "E06000055; E06000056,Bedford; Central Bedfordshire," + JOINT);
    assertThat(joint)
        .contains(",Zeta Bedford and Central Bedfordshire,Submitted,")
        .endsWith(",300.00,");
    String norfolk = lineStarting(lines, "E10000020,Norfolk," + NORFOLK);
    assertThat(norfolk)
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Norfolk\"\")\",Draft,")
        .endsWith(",,");
    String suffolk = lineStarting(lines, "E10000029,Suffolk," + SUFFOLK);
    assertThat(suffolk)
        .contains(",'@SUM(1+1) the DFG figures are being restated,")
        .endsWith(",100.00,");
    assertThat(lineStarting(lines, "E06000034,Thurrock,")).endsWith(",0.00,");
    for (String line : lines) {
      for (String cell : line.split(",")) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("\"=");
      }
    }
    assertThat(page(NATIONAL_ASSURER, "/national?round=" + ROUND + "&region=" + encode(REGION)))
        .contains(
            "href=\"/national.csv?round=2025-26&amp;region=East%20of%20England&amp;sort=plan&amp;dir=asc\"");
  }

  @Test
  void bad_parameters_are_refused_in_words_never_with_a_server_error() {
    ApiClient.Response round = api(NATIONAL_ASSURER).get("/api/v1/national?round=1999-00");
    assertThat(round.status()).isEqualTo(400);
    assertThat(round.json().get("detail").stringValue())
        .contains("Unknown round '1999-00'", "2025-26");
    ApiClient.Response sort = national(NATIONAL_ASSURER, "&sort=colour");
    assertThat(sort.status()).isEqualTo(400);
    assertThat(sort.json().get("rule").stringValue()).isEqualTo("unknown-sort-column");
    assertThat(sort.json().get("detail").stringValue())
        .startsWith("The table cannot be sorted by 'colour': sort by one of plan, hwb, status");
    ApiClient.Response dir = national(NATIONAL_ASSURER, "&sort=plan&dir=sideways");
    assertThat(dir.status()).isEqualTo(400);
    assertThat(dir.json().get("rule").stringValue()).isEqualTo("unknown-sort-direction");
    ApiClient.Response region = national(NATIONAL_ASSURER, "&region=Narnia");
    assertThat(region.status()).isEqualTo(400);
    assertThat(region.json().get("rule").stringValue()).isEqualTo("unknown-region");
    assertThat(region.json().get("detail").stringValue())
        .contains("There is no NHS England region 'Narnia'", "East of England", "Midlands");

    WebClient web = signedIn(NATIONAL_ASSURER);
    WebClient.Page pageRegion = web.get("/national?round=" + ROUND + "&region=Narnia");
    assertThat(pageRegion.status()).isEqualTo(400);
    assertThat(pageRegion.body())
        .contains("<title>Error: National view – bcf</title>")
        .contains("href=\"#region\"")
        .contains("Choose a region from the list");
    WebClient.Page pageSort = web.get("/national?round=" + ROUND + "&sort=colour");
    assertThat(pageSort.status()).isEqualTo(400);
    assertThat(pageSort.body()).contains("The table cannot be sorted by &#39;colour&#39;");
    WebClient.Page pageRound = web.get("/national?round=1999-00");
    assertThat(pageRound.status()).isEqualTo(400);
    assertThat(pageRound.body()).contains("Choose a round from the list");
    assertThat(web.get("/national.csv?round=1999-00").status()).isEqualTo(400);
    WebClient.Page noRound = web.get("/national.csv");
    assertThat(noRound.status()).isEqualTo(400);
    assertThat(noRound.body()).contains("Say which round&#39;s plans to download (round=).");
    assertThat(web.get("/national.csv?round=" + ROUND + "&sort=colour").status()).isEqualTo(400);
    assertThat(web.get("/national/compare?round=1999-00&plan=a&plan=b").status()).isEqualTo(400);
  }

  @Test
  void the_comparison_in_the_api_gives_amounts_with_not_given_as_null() {
    ApiClient.Response compared =
        api(NATIONAL_ASSURER)
            .get("/api/v1/national/compare?plans=" + SUFFOLK + "," + NORFOLK + "&plans=" + JOINT);
    assertThat(compared.status()).as(compared.body()).isEqualTo(200);
    JsonNode comparison = compared.json();
    // The round is the first plan's; the plans in the order asked.
    assertThat(comparison.get("round").asString()).isEqualTo(ROUND);
    assertThat(names(comparison.get("plans"), "id")).containsExactly(SUFFOLK, NORFOLK, JOINT);
    JsonNode suffolk = comparison.at("/plans/0");
    assertThat(suffolk.get("status").asString()).isEqualTo("submitted");
    assertThat(suffolk.get("overrideReason").asString()).isEqualTo(OVERRIDE);
    assertThat(suffolk.get("hwbNames").asString()).isEqualTo("Suffolk");
    JsonNode income =
        StreamSupport.stream(comparison.get("figures").spliterator(), false)
            .filter(f -> f.get("figure").asString().equals("Total income"))
            .findFirst()
            .orElseThrow();
    assertThat(income.get("year").asString()).isEqualTo(ROUND);
    assertThat(income.at("/amounts/0").decimalValue()).isEqualByComparingTo("100");
    assertThat(income.at("/amounts/1").isNull()).as("not given, not £0").isTrue();
    assertThat(income.at("/amounts/2").decimalValue()).isEqualByComparingTo("300");
    // The same figures as the page, in the same order.
    String page =
        page(
            NATIONAL_ASSURER,
            "/national/compare?round=" + ROUND + "&plan=" + SUFFOLK + "&plan=" + NORFOLK);
    for (JsonNode figure :
        api(NATIONAL_ASSURER)
            .get(
                "/api/v1/national/compare?round="
                    + ROUND
                    + "&plans="
                    + SUFFOLK
                    + "&plans="
                    + NORFOLK)
            .json()
            .get("figures")) {
      assertThat(page).contains(figure.get("figure").asString());
    }

    // With a round and no plans: the plans that can be chosen.
    JsonNode choices = api(NATIONAL_ASSURER).get("/api/v1/national/compare?round=" + ROUND).json();
    assertThat(choices.get("plans")).isEmpty();
    assertThat(names(choices.get("choices"), "id")).contains(SUFFOLK, NORFOLK, JOINT, THURROCK);
  }

  @Test
  void the_comparison_in_the_api_refuses_with_problem_documents() {
    ApiClient.Response one =
        api(NATIONAL_ASSURER).get("/api/v1/national/compare?round=" + ROUND + "&plans=" + SUFFOLK);
    assertThat(one.status()).isEqualTo(400);
    assertThat(one.json().get("rule").asString()).isEqualTo("bad-comparison");
    assertThat(one.json().get("detail").asString())
        .isEqualTo("Choose from 2 to 10 plans to compare; 1 was chosen.");

    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ",").append("plan-").append(i);
    }
    ApiClient.Response tooMany =
        api(NATIONAL_ASSURER).get("/api/v1/national/compare?round=" + ROUND + "&plans=" + eleven);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("detail").asString()).contains("11 were chosen");

    ApiClient.Response nothing = api(NATIONAL_ASSURER).get("/api/v1/national/compare");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.json().get("detail").asString()).contains("plans=ID,ID");

    // A regional assurer compares only the plans of their own region.
    ApiClient.Response unseen =
        api(ASSURER)
            .get("/api/v1/national/compare?round=" + ROUND + "&plans=" + SUFFOLK + "," + NORFOLK);
    assertThat(unseen.status()).isEqualTo(400);
    assertThat(unseen.json().get("detail").asString())
        .isEqualTo(
            "There is no plan '" + SUFFOLK + "' in round 2025-26 among the plans you assure.");
    // A plan the caller cannot see does not exist for them, round inferred or not.
    ApiClient.Response hidden =
        api(ASSURER).get("/api/v1/national/compare?plans=" + SUFFOLK + "," + NORFOLK);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.json().get("rule")).isNotNull();
    // Not an assurer: refused.
    ApiClient.Response editor =
        api(EDITOR)
            .get("/api/v1/national/compare?round=" + ROUND + "&plans=" + SUFFOLK + "," + NORFOLK);
    assertThat(editor.status()).isEqualTo(403);
    assertThat(anonymous().get("/api/v1/national/compare?round=" + ROUND).status()).isEqualTo(401);
  }

  @Test
  void the_api_routes_of_the_desk_are_in_the_openapi_document() {
    JsonNode openapi = anonymous().get("/api/v1/openapi.json").json();
    for (String path : List.of("/api/v1/national", "/api/v1/national/compare")) {
      JsonNode get = openapi.at("/paths/" + path.replace("/", "~1") + "/get");
      assertThat(get.isMissingNode()).as(path).isFalse();
      assertThat(get.at("/responses/200/content/application~1json/schema/$ref").asString())
          .as(path)
          .startsWith("#/components/schemas/");
    }
    JsonNode parameters = openapi.at("/paths/~1api~1v1~1national~1compare/get/parameters");
    assertThat(names(parameters, "name")).contains("round", "plans");
    assertThat(openapi.at("/components/schemas/Comparison/properties").propertyNames())
        .contains("round", "plans", "figures", "choices");
  }

  // --- helpers

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.get(field).asString()));
    return names;
  }

  private ApiClient.Response national(String user, String query) {
    return api(user).get("/api/v1/national?round=" + ROUND + query);
  }

  private String page(String user, String path) {
    WebClient.Page page = signedIn(user).get(path);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  private void create(String id, String title, List<String> hwbs, String income) {
    StringBuilder hwbJson = new StringBuilder();
    for (int i = 0; i < hwbs.size(); i += 2) {
      hwbJson
          .append(i == 0 ? "" : ", ")
          .append("{\"id\": \"" + hwbs.get(i) + "\", \"name\": \"" + hwbs.get(i + 1) + "\"}");
    }
    String contributions =
        income == null
            ? ""
            : ", \"contributions\": [{\"organisation\": \"council\", \"stream\": \"dfg\", \"year\":"
                + " \"2025-26\", \"actual\": "
                + income
                + "}]";
    String document =
        "{\"id\": \""
            + id
            + "\", \"round\": \"2025-26\", \"title\": "
            + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(title)
            + ", \"years\": [\"2025-26\"], \"hwbs\": ["
            + hwbJson
            + "], \"organisations\": [{\"id\": \"council\", \"name\": \"The council\", \"type\":"
            + " \"local-authority\"}]"
            + contributions
            + "}";
    ApiClient.Response created = api(ADMIN).post("/api/v1/plans", document);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private void submit(String id, String hwb, String override) {
    for (RequiredSignatures.Required r : plans.view(Actor.SYSTEM, id).missingSignatures()) {
      ApiClient.Response signed =
          api(signatory(hwb, r.party(), r.role()))
              .post(
                  "/api/v1/plans/" + id + "/sign-offs",
                  "{\"party\":\""
                      + r.party()
                      + "\",\"role\":\""
                      + r.role()
                      + "\",\"name\":\"A Person\"}");
      assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    }
    move(EDITOR_EAST, id, "agree", "{}");
    move(signatory(hwb, "council", "chief-executive"), id, "approve", "{}");
    move(
        EDITOR_EAST,
        id,
        "submit",
        override == null ? "{}" : "{\"overrideReason\": \"" + override + "\"}");
  }

  private UserAccounts accounts() {
    return new UserAccounts(users, new BCryptPasswordEncoder(4));
  }

  /** A signatory of the HWB for one party in one role: each signature needs its own account. */
  private String signatory(String hwb, String party, String role) {
    String name =
        ("sig.desk." + hwb + "." + party + "." + role).replaceAll("[^A-Za-z0-9._@-]", "-");
    if (!users.exists(name)) {
      accounts().add(name, name, PASSWORD, Set.of(Role.SIGNATORY), Set.of(Scope.hwb(hwb)), party);
    }
    return name;
  }

  private void move(String user, String id, String action, String body) {
    ApiClient.Response moved = api(user).post("/api/v1/plans/" + id + "/workflow/" + action, body);
    assertThat(moved.status()).as(action + " " + id + ": " + moved.body()).isEqualTo(200);
  }

  private static List<String> names(JsonNode notStarted) {
    return StreamSupport.stream(notStarted.spliterator(), false)
        .map(n -> n.get("name").stringValue())
        .toList();
  }

  private static List<String> ids(JsonNode national) {
    return StreamSupport.stream(national.get("plans").spliterator(), false)
        .map(n -> n.get("id").stringValue())
        .toList();
  }

  /** This class's plans, in the order the response gives them. */
  private static List<String> mine(JsonNode national) {
    return ids(national).stream().filter(id -> id.endsWith("-desk-2025-26")).toList();
  }

  private static String row(String page, String id) {
    int start = page.indexOf("national-plan\" data-plan=\"" + id + "\"");
    assertThat(start).as("row of " + id).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static String line(String page, String figure) {
    int start = page.indexOf(">" + figure + "</th>");
    assertThat(start).as("line " + figure).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static String lineStarting(String[] lines, String start) {
    for (String line : lines) {
      if (line.startsWith(start)) {
        return line;
      }
    }
    throw new AssertionError("no line starting " + start + " in " + String.join("\n", lines));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
